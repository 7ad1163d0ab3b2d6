/**
 * When a question is about: "in March", "last week", "on Monday", "in December 2004", "in 2005".
 * Dates are read by chrono-node relative to a reference day (the archive's newest article, so an
 * archive of old copy is asked about as of its own time); a month or weekday without a year is the
 * last one on or before that day, since an archive holds what was published, not what will be.
 *
 * A day in the possessive ("Monday's debate") or before a noun ("the July 25 call") names an event,
 * not a publication day: it is not read.
 * Numeric dates ("9/11", "10/4") are not read: in news questions they name events and bills far
 * more often than publication days.
 */
import * as chrono from "chrono-node";

/** A span of publication dates, as ISO days, both ends included. */
export interface Period {
  from: string;
  to: string;
  /** The words of the question that named it. */
  text: string;
  /** Only a year was named ("in 1995"): it may be when something happened, not when it was reported. */
  yearOnly: boolean;
  /**
   * Only a weekday was named ("on Tuesday", not "last Tuesday"): copy writes the day of the week for
   * what happened in the days before it was published, so a reporter's question copies it from the
   * story, whichever week that was.
   */
  weekdayOnly: boolean;
}

const DAY_MS = 86_400_000;
const MONTH_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const RELATIVE_WORD =
  /\b(?:yesterday|today|last|this|past|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/**
 * "the deal announced in", "tariffs imposed on": a word, then a participle and the date's preposition.
 * The word is a noun the participle qualifies unless it is the question's subject or auxiliary ("who
 * resigned in March", "what was announced in October", "Brown said he wanted in March").
 */
const EVENT_PARTICIPLE =
  /\b([a-z']+)\s+[a-z]{3,}(?:ed|held|made|signed|won|lost|set|taken|given|paid|sold|built|struck)\s+(?:(?:in|on|during)\s+)?$/i;
const SUBJECT_OR_AUXILIARY = new Set(
  "who what which that he she they it we you i is was were are been be has have had did does do".split(" "),
);
const WEEKDAY_ALONE = /^(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const YEAR = /\b(?:in|during|of|since|from)\s+((?:19|20)\d{2})\b(?!\s*(?:percent|%|people|dollars))/i;

/** The period a question names, if any, relative to `reference` (an ISO date or date-time). */
export function periodOf(question: string, reference: string): Period | null {
  const ref = new Date(`${reference.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(ref.getTime())) return null;
  for (const found of chrono.parse(question, ref)) {
    if (!MONTH_WORD.test(found.text) && !RELATIVE_WORD.test(found.text)) continue;
    // "Monday's debate", "last week's vote": the day names an event, which may be reported before or
    // after it, not when the article was published.
    if (/^['’]s\b/.test(question.slice(found.index + found.text.length))) continue;
    // So does a date before a noun: "the July 25 call", "the Nov. 8 election" ("the last week" is a
    // span); and one after a participle that qualifies a noun, "the deal announced in October",
    // "tariffs imposed on Sept. 1" (not "what was announced in October").
    const before = question.slice(0, found.index);
    if (/\bthe\s+$/i.test(before) && !/^(?:last|past|this|next)\b/i.test(found.text)) continue;
    const participle = EVENT_PARTICIPLE.exec(before);
    if (participle && !SUBJECT_OR_AUXILIARY.has(participle[1]!.toLowerCase())) continue;
    const period = spanOf(found, ref);
    if (period) return { ...period, weekdayOnly: WEEKDAY_ALONE.test(found.text.trim()) };
  }
  const year = YEAR.exec(question);
  if (year)
    return {
      from: `${year[1]}-01-01`,
      to: `${year[1]}-12-31`,
      text: year[0],
      yearOnly: true,
      weekdayOnly: false,
    };
  return null;
}

/** Whether an article published at `published` (ISO, or null) falls in the period. */
export function inPeriod(published: string | null, period: Period): boolean {
  if (!published) return false;
  const day = published.slice(0, 10);
  return day >= period.from && day <= period.to;
}

function spanOf(found: chrono.ParsedResult, ref: Date): Omit<Period, "weekdayOnly"> | null {
  const known = found.start;
  const text = found.text;
  const start = found.start.date();
  if (/\bweek\b/i.test(text)) {
    // "last week" is read as the day a week back: the seven days around it.
    return {
      from: iso(new Date(start.getTime() - 6 * DAY_MS)),
      to: iso(new Date(start.getTime() + DAY_MS)),
      text,
      yearOnly: false,
    };
  }
  if (known.isCertain("day") || known.isCertain("weekday")) {
    let day = start;
    // "on Monday": the last Monday on or before the reference day.
    while (day.getTime() > ref.getTime() + DAY_MS / 2) day = new Date(day.getTime() - 7 * DAY_MS);
    const end = found.end ? found.end.date() : day;
    // A story about a day is often published the day after.
    return { from: iso(day), to: iso(new Date(end.getTime() + DAY_MS)), text, yearOnly: false };
  }
  if (known.isCertain("month")) {
    const month = known.get("month")!;
    let year = known.isCertain("year") ? known.get("year")! : ref.getUTCFullYear();
    if (!known.isCertain("year") && (year > ref.getUTCFullYear() || month > ref.getUTCMonth() + 1)) year--;
    const from = new Date(Date.UTC(year, month - 1, 1));
    const to = new Date(Date.UTC(year, month, 0));
    return { from: iso(from), to: iso(to), text, yearOnly: false };
  }
  if (known.isCertain("year")) {
    const year = known.get("year")!;
    return { from: `${year}-01-01`, to: `${year}-12-31`, text, yearOnly: !RELATIVE_WORD.test(text) };
  }
  return null;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

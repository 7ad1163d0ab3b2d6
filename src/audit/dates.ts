/**
 * The dates people type for a report's range ("2017-02", "last month", "since March 1") → ISO days.
 * Pure: the reference date ("today") is handed in. chrono-node reads the words; how precise the
 * words were decides the day a bound stands for: "since February 2017" starts on 1 February,
 * "until February 2017" ends on the 28th.
 */
import * as chrono from "chrono-node";

export type Bound = "since" | "until";

export class DateRangeError extends Error {
  override name = "DateRangeError";
}

/** A range of ISO days ("2017-02-01"), both ends included; null for an open end. */
export interface DayRange {
  since: string | null;
  until: string | null;
}

type Precision = "year" | "month" | "day";

// Words people put before a date that only repeat what the option already says.
const LEADING_WORDS = /^(?:since|from|after|starting|until|till|til|to|before|up\s+to|through)\s+/i;
// The ISO forms chrono does not read on its own: "2017" and "2017-02".
const ISO_PARTIAL = /^(\d{4})(?:-(\d{1,2}))?$/;

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

/** The first or last day of the year, month or day named. */
function boundDay(bound: Bound, precision: Precision, year: number, month: number, day: number): string {
  if (precision === "day") return isoDay(year, month, day);
  if (precision === "month") return isoDay(year, month, bound === "since" ? 1 : daysIn(year, month));
  return bound === "since" ? isoDay(year, 1, 1) : isoDay(year, 12, 31);
}

/** Reads one end of a range; throws a DateRangeError with a short message when it is not a date. */
export function parseBound(text: string, bound: Bound, reference: Date): string {
  const cleaned = text.trim().replace(LEADING_WORDS, "").trim();
  const iso = cleaned.match(ISO_PARTIAL);
  if (iso) {
    const year = Number(iso[1]);
    const month = iso[2] ? Number(iso[2]) : 1;
    if (month < 1 || month > 12) throw new DateRangeError(`“${text}” is not a month: use 1 to 12`);
    return boundDay(bound, iso[2] ? "month" : "year", year, month, 1);
  }
  const found = cleaned ? chrono.parse(cleaned, reference)[0] : undefined;
  if (!found) {
    throw new DateRangeError(`could not read “${text}” as a date (try 2017-02, 1 March 2017 or last month)`);
  }
  const start = found.start;
  let year = start.get("year")!;
  const month = start.get("month")!;
  const day = start.get("day")!;
  // "March 1" said in November means the March just past, not the one to come.
  if (!start.isCertain("year") && isoDay(year, month, day) > localDay(reference)) year--;
  const precision: Precision = start.isCertain("day") ? "day" : start.isCertain("month") ? "month" : "year";
  return boundDay(bound, precision, year, month, Math.min(day, daysIn(year, month)));
}

function localDay(date: Date): string {
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Both ends, each optional; an end before the start is an error rather than an empty report. */
export function parseRange(since: string | undefined, until: string | undefined, reference: Date): DayRange {
  const range: DayRange = {
    since: since?.trim() ? parseBound(since, "since", reference) : null,
    until: until?.trim() ? parseBound(until, "until", reference) : null,
  };
  if (range.since && range.until && range.since > range.until) {
    throw new DateRangeError(`the range ends (${range.until}) before it starts (${range.since})`);
  }
  return range;
}

/**
 * Does a published date ("2017-02-24T21:16", "2017-02", "2017") fall in the range? A date known
 * only to the month or year stands for its first day. Undated articles are in no bounded range.
 */
export function inRange(published: string | null, range: DayRange): boolean {
  if (!range.since && !range.until) return true;
  if (!published) return false;
  const day = published.slice(0, 10);
  const padded = day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day;
  return (!range.since || padded >= range.since) && (!range.until || padded <= range.until);
}

/**
 * A source report in words, the same for the CLI (`PLAIN`) and the Discord reply (`MARKDOWN`).
 */

import { shortDate } from "../article/dates.ts";
import type { DayRange } from "../audit/dates.ts";
import type { GenderLabel, SourceReport, Tally } from "../audit/sources.ts";
import type { Style } from "./style.ts";

const GENDER_WORDS: Record<GenderLabel, string> = { woman: "women", man: "men", notStated: "not stated" };

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "7%" of a whole; "0%" of nothing. */
function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;
}

/** "1 Feb 2017 – 28 Feb 2017", "since 1 Feb 2017", "all dates". */
export function rangeLabel(range: DayRange): string {
  const since = range.since && shortDate(range.since);
  const until = range.until && shortDate(range.until);
  if (since && until) return since === until ? since : `${since} – ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return "all dates";
}

/** The line a chart is titled with and a reply starts with: range and article count. */
export function reportTitle(report: SourceReport): string {
  return `Who gets quoted · ${rangeLabel(report.range)} · ${plural(report.articles, "article")}`;
}

function tallies<K extends string>(
  parts: Record<K, Tally>,
  words: Record<K, string>,
  of: keyof Tally,
): string {
  const keys = Object.keys(words) as K[];
  const whole = keys.reduce((n, k) => n + parts[k][of], 0);
  return keys.map((k) => `${words[k]} ${parts[k][of]} (${percent(parts[k][of], whole)})`).join(" · ");
}

/** The report as Markdown lines: totals, gender, kinds of source, direct vs partial, most quoted. */
export function formatSources(report: SourceReport, style: Style): string {
  const lines = [style.strong(reportTitle(report))];
  if (report.undated > 0) lines.push(`(${plural(report.undated, "undated article")} left out)`);
  if (report.articles === 0) {
    lines.push("No articles in this range.");
    return lines.join("\n");
  }
  lines.push(
    `${plural(report.quotes, "quote")} from ${plural(report.people, "person or body", "people and bodies")}.`,
    "",
    `${style.strong("Quoted people by gender")} (as the articles state it, never guessed from a name)`,
    `People: ${tallies(report.gender, GENDER_WORDS, "people")}`,
    `Quotes: ${tallies(report.gender, GENDER_WORDS, "quotes")}`,
    "",
    style.strong("Who is quoted"),
    `People: ${tallies(report.sources, SOURCE_WORDS, "people")}`,
    `Quotes: ${tallies(report.sources, SOURCE_WORDS, "quotes")}`,
    "",
    `${style.strong("Quotes")} direct ${percent(report.quoteKinds.direct, report.quotes)} · partial ${percent(report.quoteKinds.partial, report.quotes)}`,
  );
  if (report.top.length > 0) {
    lines.push("", style.strong("Quoted most"));
    report.top.forEach((p, i) => {
      const titles = p.titles.length ? `, ${style.text(p.titles.join("; "))}` : "";
      lines.push(
        `${i + 1}. ${style.text(p.name)}${titles} — ${plural(p.quotes, "quote")} in ${plural(p.articles, "article")}`,
      );
    });
  }
  return lines.join("\n");
}

const SOURCE_WORDS = { named: "named people", unnamed: "unnamed sources", organisation: "organisations" };

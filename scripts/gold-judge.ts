/**
 * Judging an answer against a gold question as ../shared/eval/score.mjs judges it: the text must
 * hold one of the accepted strings and the speaker must be the one wanted, both compared after the
 * scorer's folding (mojibake dashes, accents, quotes, case, outer punctuation, honorifics).
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Answer } from "../src/qa/types.ts";

export interface GoldQuestion {
  q: string;
  answerable?: boolean;
  answer_contains?: string | null;
  accept?: string[];
  speaker?: string | null;
  answer_speaker?: string | null;
  also_accept?: string[];
}

/** The scorer's text folding: mojibake dashes, accents, quotes, case, outer punctuation. */
function norm(s: string | null | undefined): string {
  if (s == null) return "";
  return s
    .replace(/â€”/g, "—")
    .replace(/â€“/g, "–")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/[—–-]+/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s"'.,;:!?-]+|[\s"'.,;:!?-]+$/g, "");
}
const HONORIFIC =
  /^(mr|mrs|ms|miss|dr|sir|dame|prof|professor|rep|sen|senator|representative|president|gov|governor|gen|general)\.?\s+/;
function bareName(s: string): string {
  let t = norm(s);
  for (let prev = ""; prev !== t; ) {
    prev = t;
    t = t.replace(HONORIFIC, "").replace(/,?\s+(qc|kc|mp|jr|sr|ii|iii|iv)\.?$/, "");
  }
  return t;
}

/** An answerable question's answer: right (text and speaker), wrong, or declined. */
export function judge(
  q: GoldQuestion,
  a: Pick<Answer, "answered" | "text" | "speaker">,
): "right" | "wrong" | "declined" {
  if (!a.answered) return "declined";
  const text = norm(a.text);
  const okText = (q.accept ?? [q.answer_contains ?? ""]).some((s) => s && text.includes(norm(s)));
  const want = q.speaker ?? q.answer_speaker ?? null;
  const okSpeaker =
    want == null ||
    (a.speaker != null && [want, ...(q.also_accept ?? [])].some((w) => bareName(a.speaker!) === bareName(w)));
  return okText && okSpeaker ? "right" : "wrong";
}

/** What one setting of the thresholds does over a set of questions. */
export interface Tally {
  right: number;
  wrong: number;
  declined: number;
  unanswerable: number;
  unanswerableDeclined: number;
}

/** "right/wrong/declined | answered/unanswerable": a tally as the variant scripts print it. */
export const tallyLine = (t: Tally) =>
  `${t.right}/${t.wrong}/${t.declined} | ${t.unanswerable - t.unanswerableDeclined}/${t.unanswerable}`;

export function emptyTally(): Tally {
  return { right: 0, wrong: 0, declined: 0, unanswerable: 0, unanswerableDeclined: 0 };
}

/** Counts one answer; a right answer from another article than the question's (`elsewhere`) is wrong. */
export function countAnswer(
  t: Tally,
  q: GoldQuestion,
  a: Pick<Answer, "answered" | "text" | "speaker">,
  elsewhere = false,
): void {
  if (q.answerable === false) {
    t.unanswerable++;
    if (!a.answered) t.unanswerableDeclined++;
    return;
  }
  const verdict = judge(q, a);
  t[verdict === "right" && elsewhere ? "wrong" : verdict]++;
}

/**
 * The gold questions of one annotated set of the shared folder ("qa-dev", "dev", or "seed"), by the
 * article they were written for (its id is its file's base name; the seed's is "article").
 */
export function goldOf(shared: string, group: string): { article: string; questions: GoldQuestion[] }[] {
  if (group === "seed") {
    const gold = JSON.parse(readFileSync(join(shared, "seed", "gold.json"), "utf8"));
    return [{ article: "article", questions: gold.questions }];
  }
  return readdirSync(join(shared, group, "gold"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({
      article: basename(f, ".json"),
      questions: JSON.parse(readFileSync(join(shared, group, "gold", f), "utf8")).questions,
    }));
}

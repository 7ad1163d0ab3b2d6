/**
 * The reference scorer's comparisons (../shared/eval/score.mjs), ported so that the reference tests
 * judge exactly as it does: text normalisation (`norm`), names without honorifics (`bareName`), the
 * placement of reference quotes on extracted ones, and `scoreAnswer`.
 */
import { readFileSync } from "node:fs";
import type { Facts } from "../../src/article/facts.ts";
import type { Answer } from "../../src/qa/types.ts";

export interface GoldQuote {
  text: string;
  speaker: string | null;
  kind?: string;
  also_accept?: string[];
}

export interface GoldQuestion {
  q: string;
  answerable?: boolean;
  speaker?: string;
  answer_speaker?: string;
  accept?: string[];
  answer_contains?: string;
  also_accept?: string[];
}

export interface Gold {
  quotes?: GoldQuote[];
  questions?: GoldQuestion[];
  metadata?: Record<string, string>;
  people?: { name: string; aliases?: string[]; title?: string }[];
}

export function readGold(path: string): Gold {
  return JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8")) as Gold;
}

const MOJIBAKE: [string, string][] = [
  ["â€”", "—"],
  ["â€“", "–"],
  ["â€™", "’"],
  ["â€˜", "‘"],
  ["â€œ", "“"],
  ["â€\u009d", "”"],
  ["â€", "”"],
];

export function norm(s: string | null | undefined): string {
  if (s == null) return "";
  let t = String(s);
  for (const [bad, good] of MOJIBAKE) t = t.split(bad).join(good);
  t = t.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  t = t
    .replace(/[“”„"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/[—–-]+/g, "-");
  t = t.toLowerCase().replace(/\s+/g, " ");
  return t.replace(/^[\s"'.,;:!?-]+|[\s"'.,;:!?-]+$/g, "");
}

const HONORIFIC =
  /^(mr|mrs|ms|miss|dr|sir|dame|prof|professor|rep|sen|senator|representative|president|gov|governor|gen|general)\.?\s+/;
const SUFFIX = /,?\s+(qc|kc|mp|jr|sr|ii|iii|iv)\.?$/;

export function bareName(s: string | null | undefined): string {
  let t = norm(s);
  let prev: string;
  do {
    prev = t;
    t = t.replace(HONORIFIC, "").replace(SUFFIX, "");
  } while (t !== prev);
  return t;
}

export function sameName(
  got: string | null | undefined,
  want: string,
  also: readonly string[] = [],
): boolean {
  return got != null && [want, ...also].some((w) => w != null && bareName(got) === bareName(w));
}

/** What `npm run quotes -- --json` prints: attributed quotes, in document order. */
export function extractedQuotes(facts: Facts): { text: string; speaker: string }[] {
  const names = new Map(facts.people.map((p) => [p.id, p.name]));
  return facts.quotes
    .filter((q) => q.speakerId)
    .map((q) => ({ text: q.text, speaker: names.get(q.speakerId!)! }));
}

export interface QuoteScore {
  gold: number;
  found: number;
  speakerRight: number;
  extracted: number;
  extractedRight: number;
  misses: string[];
}

/** The scorer's one-to-one placement of reference quotes on extracted ones, in document order. */
export function scoreQuotes(gold: Gold, got: { text: string; speaker: string }[]): QuoteScore {
  const refQuotes = gold.quotes ?? [];
  const golds = refQuotes.filter((g) => g.kind !== "scare" && g.speaker != null);
  const scare = refQuotes.filter((g) => g.kind === "scare" || g.speaker == null).map((g) => norm(g.text));
  const gotN = got.map((e) => norm(e.text));
  const words = (s: string) =>
    new RegExp(`(^|[^a-z0-9])${s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^a-z0-9])`);
  const matches = (j: number, gn: string) =>
    gn.length > 0 &&
    (words(gn).test(gotN[j]!) || (gn.includes(gotN[j]!) && gotN[j]!.length >= 0.6 * gn.length));
  const covered: number[] = new Array(got.length).fill(0);
  const placed = new Map<number, number>();
  const order = golds
    .map((_, i) => i)
    .sort((a, b) => norm(golds[b]!.text).length - norm(golds[a]!.text).length);
  for (const i of order) {
    const gn = norm(golds[i]!.text);
    const want = golds.length > 1 ? (i * (got.length - 1)) / (golds.length - 1) : 0;
    let best = -1;
    for (let j = 0; j < got.length; j++) {
      const room = gotN[j]!.length * 1.1 + 5 - covered[j]!;
      if (!matches(j, gn) || room < Math.min(gn.length, gotN[j]!.length)) continue;
      if (best < 0 || Math.abs(j - want) < Math.abs(best - want)) best = j;
    }
    if (best >= 0) {
      placed.set(i, best);
      covered[best]! += Math.min(gn.length, gotN[best]!.length);
    }
  }
  const explained = (j: number) => covered[j]! * 1.2 + 10 >= gotN[j]!.length;
  const score: QuoteScore = {
    gold: 0,
    found: 0,
    speakerRight: 0,
    extracted: 0,
    extractedRight: 0,
    misses: [],
  };
  golds.forEach((g, i) => {
    score.gold++;
    const k = placed.get(i);
    if (k === undefined || !explained(k)) {
      score.misses.push(`not found: "${g.text}"`);
      return;
    }
    score.found++;
    if (sameName(got[k]!.speaker, g.speaker!, g.also_accept)) score.speakerRight++;
    else score.misses.push(`wrong speaker for "${g.text}": ${got[k]!.speaker}, want ${g.speaker}`);
  });
  got.forEach((e, j) => {
    if (scare.includes(gotN[j]!)) return;
    score.extracted++;
    if (covered[j]! > 0 && explained(j)) score.extractedRight++;
    else score.misses.push(`extracted but not a reference quote: "${e.text}"`);
  });
  return score;
}

/** The scorer's verdict on one answer. */
export function scoreAnswer(q: GoldQuestion, a: Answer | undefined): boolean {
  if (q.answerable === false) return a != null && a.answered === false;
  if (!a?.answered) return false;
  const body = norm(a.text);
  const okText = (q.accept ?? [q.answer_contains]).some((s) => s && body.includes(norm(s)));
  const want = q.speaker ?? q.answer_speaker ?? null;
  return okText && (want == null || sameName(a.speaker, want, q.also_accept));
}

/**
 * Word-level comparison of a claimed quote with an article's words: tokens that keep their place in
 * the text they came from, and a semi-global alignment (the claim whole, anywhere inside the article's
 * words) that yields the matched window and a word diff. Pure.
 *
 * Case, accents, quotation marks, dashes, spacing and punctuation never count as differences;
 * "1,000" is "1000" and "U.S." is "US". Function words weigh less than content words, so that a
 * changed "not" or number still shows as a change but two quotes sharing "the" and "of" are not close.
 */
import { fold, isStopword } from "../qa/terms.ts";

export interface Token {
  /** The folded form compared. */
  norm: string;
  /** Where it is in its text: text.slice(start, end). */
  start: number;
  end: number;
  weight: number;
}

const TOKEN = /\p{N}+(?:[.,]\p{N}+)*%?|[\p{L}\p{M}\p{N}]+(?:['.][\p{L}\p{M}\p{N}]+)*/gu;
const FUNCTION_WEIGHT = 0.4;
/**
 * Skipping an article word inside the matched stretch costs a third of its weight: a claim that leaves out
 * "repeat, no" in the middle still lines up with the whole quote, rather than with its end alone.
 */
const DROP_COST = 0.3;

/** The words of `text` with their places; at most `max` of them. */
export function tokenize(text: string, max = Number.POSITIVE_INFINITY): Token[] {
  const out: Token[] = [];
  // Curly apostrophes become straight ones at the same length, so places stay right.
  const plain = text.replace(/[‘’`´]/g, "'");
  for (const m of plain.matchAll(TOKEN)) {
    if (out.length >= max) break;
    const folded = fold(m[0]);
    const norm = /^\p{N}/u.test(folded) ? folded.replace(/,/g, "") : folded.replace(/\./g, "");
    out.push({ norm, start: m.index, end: m.index + m[0].length, weight: weightOf(norm) });
  }
  return out;
}

function weightOf(norm: string): number {
  // "not", "no" and "never" are stopwords to a search engine but carry a quote's meaning.
  if (/^(not|no|never|n't)$/.test(norm) || /n't$/.test(norm) || /\d/.test(norm)) return 1;
  return isStopword(norm) ? FUNCTION_WEIGHT : 1;
}

export type Step = "same" | "changed" | "added" | "dropped";

/** One step of an alignment: claim token `c` and/or article token `a` (index, or -1). */
export interface Pair {
  step: Step;
  c: number;
  a: number;
}

export interface Alignment {
  /** The article tokens the claim spans: [from, to). */
  from: number;
  to: number;
  pairs: Pair[];
  /** Weight of the claim's tokens matched word for word, over the claim's whole weight. */
  coverage: number;
  /** Weight of the window's tokens matched, over the window's whole weight. */
  precision: number;
  /** Every claim token matched, contiguously: the claim is in the article as printed. */
  exact: boolean;
}

/**
 * Aligns every claim token against a stretch of the article's tokens, which may start and end
 * anywhere (a partial quote is a stretch). Costs are token weights: a claim word not in the article
 * costs its weight, a change the larger of the two weights. O(n·m).
 */
export function align(claim: readonly Token[], article: readonly Token[]): Alignment {
  const n = claim.length;
  const m = article.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  const move = new Uint8Array((n + 1) * width); // 0 start, 1 diagonal, 2 claim only, 3 article only
  for (let i = 1; i <= n; i++) {
    cost[i * width] = cost[(i - 1) * width]! + claim[i - 1]!.weight;
    move[i * width] = 2;
  }
  for (let i = 1; i <= n; i++) {
    const c = claim[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const a = article[j - 1]!;
      const diagonal =
        cost[(i - 1) * width + j - 1]! + (c.norm === a.norm ? 0 : Math.max(c.weight, a.weight));
      const added = cost[(i - 1) * width + j]! + c.weight;
      const dropped = cost[i * width + j - 1]! + a.weight * DROP_COST;
      let best = diagonal;
      let step = 1;
      if (added < best) {
        best = added;
        step = 2;
      }
      if (dropped < best) {
        best = dropped;
        step = 3;
      }
      cost[i * width + j] = best;
      move[i * width + j] = step;
    }
  }
  let end = 0;
  for (let j = 1; j <= m; j++) if (cost[n * width + j]! < cost[n * width + end]!) end = j;
  return summarize(trace(move, width, n, end, claim, article), claim, article);
}

function trace(
  move: Uint8Array,
  width: number,
  n: number,
  end: number,
  claim: readonly Token[],
  article: readonly Token[],
): Pair[] {
  const pairs: Pair[] = [];
  let i = n;
  let j = end;
  while (i > 0) {
    const step = move[i * width + j];
    if (step === 1) {
      const same = claim[i - 1]!.norm === article[j - 1]!.norm;
      pairs.push({ step: same ? "same" : "changed", c: i - 1, a: j - 1 });
      i--;
      j--;
    } else if (step === 3) {
      pairs.push({ step: "dropped", c: -1, a: j - 1 });
      j--;
    } else {
      pairs.push({ step: "added", c: i - 1, a: -1 });
      i--;
    }
  }
  return pairs.reverse();
}

function summarize(pairs: Pair[], claim: readonly Token[], article: readonly Token[]): Alignment {
  const located = pairs.filter((p) => p.a >= 0);
  const from = located.length ? located[0]!.a : 0;
  const to = located.length ? located[located.length - 1]!.a + 1 : 0;
  let matched = 0;
  for (const p of pairs) if (p.step === "same") matched += claim[p.c]!.weight;
  const claimWeight = claim.reduce((s, t) => s + t.weight, 0);
  let windowWeight = 0;
  for (let k = from; k < to; k++) windowWeight += article[k]!.weight;
  const exact = claim.length > 0 && pairs.every((p) => p.step === "same");
  return {
    from,
    to,
    pairs,
    coverage: claimWeight ? matched / claimWeight : 0,
    precision: windowWeight ? matched / windowWeight : 0,
    exact,
  };
}

/** The longest run of the claim's opening words found together in the article, and where. */
export function openingRun(
  claim: readonly Token[],
  article: readonly Token[],
): { at: number; length: number } {
  let best = { at: 0, length: 0 };
  for (let j = 0; j < article.length; j++) {
    let k = 0;
    while (k < claim.length && j + k < article.length && claim[k]!.norm === article[j + k]!.norm) k++;
    if (k > best.length) best = { at: j, length: k };
  }
  return best;
}

/**
 * The claim as the article's run of `length` words at `at`, then other words: a quote cut short and
 * finished differently. The article's words from the cut to `end` count as dropped.
 */
export function cutShort(
  claim: readonly Token[],
  article: readonly Token[],
  run: { at: number; length: number },
  end: number,
): Alignment {
  const pairs: Pair[] = [];
  for (let k = 0; k < run.length; k++) pairs.push({ step: "same", c: k, a: run.at + k });
  for (let j = run.at + run.length; j < end; j++) pairs.push({ step: "dropped", c: -1, a: j });
  for (let k = run.length; k < claim.length; k++) pairs.push({ step: "added", c: k, a: -1 });
  return summarize(pairs, claim, article);
}

/**
 * An alignment → what a reader is shown: the article's words with the claim's differences marked,
 * and the list of changes (a word dropped, added or replaced; a "not" inserted; a number changed).
 * Every piece is a slice of the article's or the claim's own text. Pure.
 */
import type { Alignment, Pair, Token } from "./align.ts";

export interface DiffPiece {
  /** same: in both; removed: the article's words the claim lacks; added: the claim's own words. */
  kind: "same" | "removed" | "added";
  text: string;
}

export interface Change {
  type: "dropped" | "added" | "replaced" | "negation" | "number";
  /** The article's words ("" for an addition). */
  original: string;
  /** The claim's words ("" for a drop). */
  claimed: string;
}

interface Source {
  tokens: readonly Token[];
  texts: readonly string[];
  part: readonly number[];
}

const NEGATION = /^(not|no|never|n't|nothing|none|nobody|neither|nor)$|n't$/;

export function describe(
  a: Alignment,
  claim: { text: string; tokens: readonly Token[] },
  article: Source,
): { diff: DiffPiece[]; changes: Change[] } {
  const diff: DiffPiece[] = [];
  const changes: Change[] = [];
  let k = 0;
  while (k < a.pairs.length) {
    if (a.pairs[k]!.step === "same") {
      const start = k;
      while (k < a.pairs.length && a.pairs[k]!.step === "same") k++;
      diff.push({ kind: "same", text: articleWords(article, a.pairs.slice(start, k)) });
      continue;
    }
    const start = k;
    while (k < a.pairs.length && a.pairs[k]!.step !== "same") k++;
    const run = a.pairs.slice(start, k);
    const original = articleWords(article, run);
    const claimed = claimWords(claim, run);
    if (original) diff.push({ kind: "removed", text: original });
    if (claimed) diff.push({ kind: "added", text: claimed });
    changes.push({
      type: changeType(original, claimed, run, claim.tokens, article.tokens),
      original,
      claimed,
    });
  }
  return { diff, changes };
}

function changeType(
  original: string,
  claimed: string,
  run: Pair[],
  claim: readonly Token[],
  article: readonly Token[],
): Change["type"] {
  const added = run.filter((p) => p.c >= 0).map((p) => claim[p.c]!.norm);
  const removed = run.filter((p) => p.a >= 0).map((p) => article[p.a]!.norm);
  const negations = (list: string[]) => list.filter((w) => NEGATION.test(w)).length;
  if (negations(added) !== negations(removed)) return "negation";
  if (added.some((w) => /\d/.test(w)) && removed.some((w) => /\d/.test(w))) return "number";
  if (!claimed) return "dropped";
  if (!original) return "added";
  return "replaced";
}

/** The article's text from the first to the last article token of `pairs`, " … " between parts. */
function articleWords(article: Source, pairs: readonly Pair[]): string {
  const ids = pairs.filter((p) => p.a >= 0).map((p) => p.a);
  if (ids.length === 0) return "";
  const pieces: string[] = [];
  let first = ids[0]!;
  for (let i = 1; i <= ids.length; i++) {
    const id = ids[i];
    if (id !== undefined && article.part[id] === article.part[first]) continue;
    const last = ids[i - 1]!;
    pieces.push(
      article.texts[article.part[first]!]!.slice(article.tokens[first]!.start, article.tokens[last]!.end),
    );
    if (id !== undefined) first = id;
  }
  return pieces.join(" … ");
}

function claimWords(claim: { text: string; tokens: readonly Token[] }, pairs: readonly Pair[]): string {
  const ids = pairs.filter((p) => p.c >= 0).map((p) => p.c);
  if (ids.length === 0) return "";
  return claim.text.slice(claim.tokens[ids[0]!]!.start, claim.tokens[ids[ids.length - 1]!]!.end);
}

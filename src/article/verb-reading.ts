/**
 * Reading a word as a verb where no parser tags it: generously (any "-ed" or "-s" form counts, for
 * telling an object from a clause) or strictly (an auxiliary, a common verb or a past, for telling
 * where a clause begins). Shared by the readers of reported speech.
 */
import {
  CLAUSE_VERBS,
  COMMON_VERBS,
  IRREGULAR_PASTS,
  PERSON_PRONOUNS,
  POSSESSIVE_DETERMINERS,
} from "./lexicon.ts";
import { isPastVerb } from "./speech-verbs.ts";
import type { Token } from "./text.ts";

/**
 * Whether a clause's verb stands after `from` before the next mark: a verb read strictly, a quote that
 * holds one ("warned the "costs could easily outweigh the benefits""), or a pronoun that opens a
 * clause ("suggested he read the novel"); a relative clause between commas is passed over ("agreed the
 * Act, which governs the vote, was unfair").
 */
export function clauseVerbAhead(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + CLAUSE_REACH; k++) {
    const t = tokens[k]!;
    // (A relative clause between commas is skipped; one that runs to the end closes the clause:
    // "claimed responsibility for the attack, which it said …".)
    if (t.text === "," && RELATIVES.has(tokens[k + 1]?.lower ?? "")) {
      const close = tokens.findIndex((c, i) => i > k + 1 && c.text === ",");
      if (close < 0) return false;
      k = close;
      continue;
    }
    if (CLAUSE_MARKS.has(t.text)) return false;
    if (t.kind === "quote" && quoteHoldsVerb(t)) return true;
    if (t.kind !== "word") continue;
    if (PERSON_PRONOUNS.has(t.lower) || t.lower === "i" || t.lower === "we" || isPlainVerb(t)) return true;
  }
  return false;
}
/** Words at most between a verb of saying and the verb of the clause it reports. */
const CLAUSE_REACH = 16;
const RELATIVES = new Set(["which", "who", "whose"]);

/** A word that is a clause's verb, read strictly: a sure verb, a common past, a negated form, "he's". */
export const isPlainVerb = (t: Token) =>
  isSureVerb(t) ||
  (t.kind === "word" && !t.capitalised && (IRREGULAR_PASTS.has(t.lower) || NEGATED.test(t.lower))) ||
  PRONOUN_WITH_VERB.test(t.text);

/** Marks that end a clause. */
export const CLAUSE_MARKS = new Set([",", ";", ":", "."]);

/** A verb form read generously (`isVerbForm`), but not a name's ("Alwaleed") nor a possessive's ("his"). */
export const isVerbWord = (t: Token) =>
  !t.capitalised && !POSSESSIVE_DETERMINERS.has(t.lower) && isVerbForm(t);

/**
 * Whether a verb stands among the words from `from` up to `to`, so that they make a clause that can
 * be what was said: "GDP rose by 1.7%" does, "In the early 1990s" and "CENTR, the Council of …" do not.
 */
export const hasClauseVerb = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .some(
      (t) =>
        (isVerbWord(t) && !/\d/.test(t.text)) ||
        (!t.capitalised && IRREGULAR_PASTS.has(t.lower)) ||
        PRONOUN_WITH_VERB.test(t.text),
    );
/** "He's", "they're", "I've": a pronoun with its verb. */
const PRONOUN_WITH_VERB = /^(?:he|she|it|they|we|you|i|there|that)['’](?:s|re|ve|ll|d|m)$/i;

/** Words at most in an object read so: a longer run may hold an irregular verb ("… went back on"). */
export const OBJECT_WORDS = 8;
/** A verb form read generously: an auxiliary, a common verb, a negated form, any word in "-ed" or "-s" but "-ss" or "-us". */
export const isVerbForm = (t: Token) => t.kind === "word" && isVerbFormWord(t.lower);
const isVerbFormWord = (w: string) =>
  CLAUSE_VERBS.has(w) || COMMON_VERBS.has(w) || /(?:ed|[^su]s|n['’]t)$/.test(w);
/** Whether a quote token's words hold a verb form, read generously as `isVerbForm` reads a word, or a common past. */
export const quoteHoldsVerbForm = (quote: Token) =>
  quote.text
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .some((w) => isVerbFormWord(w) || IRREGULAR_PASTS.has(w));
/** A word that is surely a clause's verb, read strictly: an auxiliary, a modal, a common verb or a past. */
export const isSureVerb = (t: Token) =>
  t.kind === "word" &&
  !t.capitalised &&
  (CLAUSE_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower) || isPastVerb(t.lower));

/** Whether a quote token's words hold a verb, read strictly ("costs could easily outweigh the benefits"). */
export const quoteHoldsVerb = (quote: Token) =>
  quote.text
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .some(isClauseWord);
/** Whether a quote token's first word is a verb, read strictly ("“would be helpful in …”"). */
export const quoteOpensWithVerb = (quote: Token) => {
  const first = /\p{L}[\p{L}'’-]*/u.exec(quote.text)?.[0] ?? "";
  return /^\p{Ll}/u.test(first) && isClauseWord(first);
};
const isClauseWord = (w: string) =>
  CLAUSE_VERBS.has(w) || COMMON_VERBS.has(w) || IRREGULAR_PASTS.has(w) || NEGATED.test(w);
/** "don’t", "wasn't": a verb with its negation. */
const NEGATED = /n['’]t$/;

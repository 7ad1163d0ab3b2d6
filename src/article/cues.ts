/**
 * Word-level cues of attribution that the attributor reads around a quote: verbs that close an
 * attribution, the object of "told", reflexives, nouns for someone's words, transcript labels.
 * Pure functions and word lists over one sentence's tokens; `quotes.ts` weighs them.
 */
import { canHeadSpeaker, DAY, DETERMINERS, isSpeechVerb, qualifiesSpeaker } from "./clauses.ts";
import { isEnglishWord } from "./dictionary.ts";
import { BODY_NOUNS, COURTESY, isLyAdverb, LINKING } from "./lexicon.ts";
import type { Token } from "./text.ts";

/**
 * "a reporter for the Daily Ledger", "a spokeswoman for Ada Brightwater": a name that only says whom
 * the speaker noun before it works for.
 */
export function ofSpeakerNoun(tokens: readonly Token[], name: number): boolean {
  let k = name - 1;
  // "The star of Rain Man and Tootsie said": the second of two names the "of" phrase takes.
  if (tokens[k]?.lower === "and") {
    let first = k - 1;
    while (first > 0 && tokens[first]!.capitalised) first--;
    if (first < k - 1) k = first;
  }
  // "a spokeswoman for Ms Ruiz": the courtesy title before the name.
  if (COURTESY.has(tokens[k]?.lower ?? "") && tokens[k]!.capitalised) k--;
  if (DETERMINERS.has(tokens[k]?.lower ?? "")) k--;
  // "a source close to Wendy Sherman", "officials familiar with Ms Ruiz's thinking".
  if (qualifiesSpeaker(tokens, k)) return true;
  const link = tokens[k];
  const noun = tokens[k - 1];
  if (!link || !noun || link.capitalised || !LINKING.has(link.lower)) return false;
  return !noun.capitalised && canHeadSpeaker(noun);
}

/** Roles that name someone other than the person being written about: "the spokesman", "the lawyer". */
export const SEPARATE_ROLES = new Set(
  "spokesman spokeswoman spokesperson official officials aide aides adviser advisor source lawyer attorney reporter reporters interviewer moderator host judge".split(
    " ",
  ),
);

export const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself"]);
export const TELLING = new Set(["tell", "tells", "told", "telling"]);

/** Nouns for someone's words: "Trump's remark about "…"", "his warning that "…"". */
export const WORDS_NOUNS = new Set(
  "remark remarks comment comments words call warning claim claims promise pledge vow description phrase catchphrase message statement tweet speech line quip dictum argument assertion".split(
    " ",
  ),
);

export const POSSESSIVE_PRONOUNS = new Map<string, "m" | "f">([
  ["his", "m"],
  ["her", "f"],
]);

/** A transcript's speaker label in capitals at the start of a quote: `"RAMOS: Secretary Clinton, …`. */
export const TRANSCRIPT_LABEL = /^["“”„]\s*(\p{Lu}[\p{Lu}'’-]+):\s/u;
/** "Rep. Jim Jordan (R-Ohio)": the word before a bracketed aside that ends at `end`. */
export function beforeBracket(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ")") return end;
  for (let k = end - 1; k >= 0 && k >= end - 8; k--) if (tokens[k]!.text === "(") return k - 1;
  return end;
}

/** Right after a quote, "read" attributes it too: `"…," the editorial read` · `"…," reads a letter`. */
export function attributesQuote(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  return (
    isSpeechVerb(tokens, v) ||
    (t?.kind === "word" && !t.capitalised && (t.lower === "read" || t.lower === "reads"))
  );
}

/**
 * `"France will always be France," an angry Hollande retaliated.` · `"…," Hannity pressed.`: after a
 * quote and its comma, a subject and a verb that ends the sentence attribute the quote, whatever the
 * verb.
 */
export function endsAttribution(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v]!;
  if (t.kind !== "word" || t.capitalised || !/(?:ed|es|s)$/.test(t.lower) || t.lower.endsWith("ss"))
    return false;
  // "… Toomey fumed on Tuesday.": a time after the verb still closes the sentence.
  let k = v + 1;
  if (tokens[k]?.lower === "on" && DAY.test(tokens[k + 1]?.text ?? "")) k += 2;
  else if (DAY.test(tokens[k]?.text ?? "") || TIME_WORDS.has(tokens[k]?.lower ?? "")) k++;
  const next = tokens[k];
  return next === undefined || (next.kind === "punct" && /^[.!?]$/.test(next.text));
}
const TIME_WORDS = new Set(["yesterday", "today", "tonight", "later", "afterward", "afterwards"]);

/**
 * "The US delegation, led by Wendy Sherman, said", "The charity, founded by …": the one an aside names
 * as the agent of what the body is is not the body. Not its author ("The book, by Robert Peston, said",
 * "written by"), whose words it holds.
 */
export function ledBy(tokens: readonly Token[], open: number, name: number): boolean {
  const by = tokens.findIndex((t, k) => k > open && k < name && t.lower === "by");
  const verb = tokens[by - 1]?.lower ?? "";
  return by > open + 1 && verb.endsWith("ed") && !AUTHORED.has(verb);
}
const AUTHORED = new Set(["authored", "penned", "compiled", "edited", "co-authored", "co-written"]);

/**
 * Prepositions that open an adjunct after the speaker of a quote just closed ("…," read a statement
 * from the party · said the company in a statement), where no clause of its own follows the verb.
 */
export const ADJUNCT_OPENERS = new Set([
  "in",
  "on",
  "at",
  "from",
  "during",
  "after",
  "before",
  "with",
  "through",
]);

/** "Originally", "Separately": an adverb of a word of five letters or more ("original"), not "Kelly". */
export const isOpeningAdverb = (word: string) =>
  word.length >= 7 && isLyAdverb(word) && isEnglishWord(word.slice(0, -2));

/** "company", "firm", "carmaker": a body that speaks as one, written in lower case. */
export const isBodyNoun = (t: Token) => !t.capitalised && BODY_NOUNS.has(t.lower);

/**
 * "said the company", "said the US watchdog": a body speaking as one, named by a determiner and at
 * most two words more. Not the object of a reported clause ("said the bid undervalued the business").
 */
export function bodyAfterVerb(tokens: readonly Token[], v: number, end: number): boolean {
  const head = tokens[end]!;
  if (!isBodyNoun(head) || end - v > 3) return false;
  return DETERMINERS.has(tokens[v + 1]!.lower) && tokens.slice(v + 2, end).every((t) => !/ed$/.test(t.lower));
}

/**
 * `the author of "Hillbilly Elegy"`, `his new album "Ghosts"`: a quote right after a work's noun or
 * its author's names the work, nobody's words.
 */
export function namesWork(tokens: readonly Token[], q: number): boolean {
  // A title is written in capitals ("Frozen"); `said the film "has received strong interest"` is a clause.
  if (!/^\W*\p{Lu}/u.test(tokens[q]!.text)) return false;
  const before = tokens[q - 1];
  if (before?.kind !== "word" || before.capitalised) return false;
  if (before.lower === "of") return AUTHORS.has(tokens[q - 2]?.lower ?? "");
  return WORKS.has(before.lower);
}
const WORKS = new Set(
  "book books novel memoir film films movie song songs album single documentary play musical series poem essay".split(
    " ",
  ),
);
const AUTHORS = new Set([
  "author",
  "authors",
  "writer",
  "director",
  "star",
  "creator",
  "composer",
  "producer",
]);

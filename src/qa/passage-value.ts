/**
 * How a passage is weighed as an answer: a quoted phrase of one or two words is a term the copy
 * uses, not a statement; between a person's passages about as relevant, the one holding the topic
 * in its own words; a full-sentence quote over reported speech over a bare sentence.
 */
import type { Passage } from "./index.ts";
import { words } from "./terms.ts";

/** Between two of X's passages about as relevant, the one that holds the topic in its own words. */
const OWN_WORDS = 0.35;
/** Fewer words than this in quotation marks are a phrase, not a statement. */
const MIN_STATEMENT_WORDS = 3;

/**
 * A quoted phrase of one or two words ("King James", a “special meeting”) is a term the copy uses,
 * rarely what someone said about the topic: it answers only when nothing fuller does.
 */
export function isPhrase(passage: Passage): boolean {
  return passage.kind !== "sentence" && isPhraseText(passage.text);
}

/** Whether words in quotation marks are too few to be a statement ("free riders"). */
function isPhraseText(quoted: string): boolean {
  return words(quoted).length < MIN_STATEMENT_WORDS;
}
const PHRASE_PENALTY = 0.3;

/** How well one of X's passages answers "what did X say about Y": ties go to the crisper one. */
export function passageValue(passage: Passage, score: number, own: number): number {
  return score + own * OWN_WORDS - passage.text.length * 1e-5 - (isPhrase(passage) ? PHRASE_PENALTY : 0);
}

export function kindBonus(passage: Passage, preferDirect: boolean): number {
  if (isPhrase(passage)) return 0;
  const direct = passage.kind === "quote" && /^\p{Lu}/u.test(passage.text);
  if (preferDirect && direct) return 0.25;
  return passage.kind === "quote" ? 0.08 : passage.kind === "reported" ? 0.04 : 0;
}

/**
 * An attribution set between commas inside the clause it reports ("The Tories, he said, can cut
 * crime …", "The key to success, says Buser, is …"): where the subject of the words said begins, and
 * whether the words after the attribution go on with its clause.
 */
import type { SentenceContext } from "./clauses.ts";
import { ROLE_REACH } from "./cues.ts";
import { DETERMINERS, LEADING_JUNK, POSSESSIVE_DETERMINERS } from "./lexicon.ts";
import type { Entity } from "./registry.ts";
import type { Token } from "./text.ts";
import { CLAUSE_MARKS, hasClauseVerb, isPlainVerb, quoteOpensWithVerb } from "./verb-reading.ts";

/** Words that join two clauses or two verbs of one subject. */
export const JOINERS = new Set(["and", "but"]);
/** Words that open a relative clause after a noun or a comma. */
export const RELATIVES = new Set(["which", "who", "whose"]);

/**
 * "The Tories, he said, can cut crime …", "Iraq, they insisted, would not be a factor": an
 * attribution set between commas inside the clause it reports, whose subject stands before it and
 * whose verb follows it at `from`: the token where the words said begin, that subject's first; they
 * run past the attribution to the clause's end. Undefined where the verb at `v` is no such aside;
 * null where the subject is a relative ("… and which, he claimed, would be …"), whose words are not
 * all said.
 */
export function asideStart(tokens: readonly Token[], v: number, from: number): number | null | undefined {
  if (tokens[from - 1]?.text !== "," || !continuesClause(tokens, from)) return undefined;
  const open = tokens.findLastIndex((t, k) => k < v && (CLAUSE_MARKS.has(t.text) || t.kind === "quote"));
  if (open < 1 || tokens[open]!.text !== "," || v - open > ROLE_REACH || hasClauseVerb(tokens, open + 1, v))
    return undefined;
  // ("The deal, announced Friday, would …": a participle between commas names no one; "…, and he
  // says, promised …": a joined clause's subject is its own.)
  if (v - open === 1 || JOINERS.has(tokens[open + 1]!.lower)) return null;
  // ("But, the former CEO added, …", "Rather, he said, …": an opening word is no subject.)
  if (open === 1 && (LEADING_JUNK.has(tokens[0]!.text) || /ly$/.test(tokens[0]!.lower))) return undefined;
  return subjectStart(tokens, open);
}

/**
 * Where the subject that ends at the comma `open` begins: after the clause's last mark, or at the
 * sentence's start. Null where the words hold a quote or end in a relative, so that they are not a
 * subject of words said.
 */
export function subjectStart(tokens: readonly Token[], open: number): number | null {
  const start = tokens.findLastIndex((t, k) => k < open && CLAUSE_MARKS.has(t.text)) + 1;
  const subject = tokens.slice(start, open);
  if (subject.length === 0 || subject.some((t) => t.kind !== "word")) return null;
  const last = subject.at(-1)!.lower;
  return RELATIVES.has(last) || (last === "that" && subject.length > 1) ? null : start;
}

/**
 * Whether the word at `from` goes on with a clause whose subject came before an aside: a verb read
 * strictly ("would", "was", "thought"), one in "-s" before its object ("allows the …"), or a quote
 * that opens with one.
 */
export function continuesClause(tokens: readonly Token[], from: number): boolean {
  const word = tokens[from];
  // (A quote goes on with the clause only from its verb: `said, "would be helpful"`, not `said, "Not
  // going to …"` nor `said, "we don't know"`, which hold their own.)
  if (word?.kind === "quote") return quoteOpensWithVerb(word);
  if (word?.kind !== "word" || word.capitalised) return false;
  // (Not "he's", a clause with a subject of its own.)
  if (isPlainVerb(word) && !/^(?:he|she|it|they|we|you|i|there|that)['’]/i.test(word.text)) return true;
  const next = tokens[from + 1]?.lower ?? "";
  return (
    /[^su]s$/.test(word.lower) &&
    (DETERMINERS.has(next) || POSSESSIVE_DETERMINERS.has(next) || next === "that")
  );
}

/**
 * Whether `speaker` is named at the end of the subject an aside's words open with, from `start` to
 * the comma before the verb at `v` ("Clinton, a top aide said, "is very confident …"": someone who
 * speaks of themselves so is more likely the one spoken of, read wrongly as the speaker; not "A
 * Clinton presidency, she vowed, would …").
 */
export function namedBefore(sentence: SentenceContext, speaker: Entity, start: number, v: number): boolean {
  const open = sentence.tokens.findLastIndex((t, k) => k < v && t.text === ",");
  return sentence.mentions.some((m) => m.entity === speaker && m.start >= start && m.end === open);
}

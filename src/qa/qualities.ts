/**
 * Qualities and their negative forms, by their shape alone: a question asks about "honesty", the
 * copy calls someone "dishonest"; about whether a plan is "legal", the copy says "illegal". Talk of
 * a quality's lack is talk of the quality, so the question's word is met by its negative form.
 */
import { isDictionaryWord } from "../article/dictionary.ts";

/** Prefixes that make a word its opposite ("unfit", "illegal", "dishonest", "nonpartisan"). */
export const NEGATING_PREFIXES = ["un", "in", "im", "ir", "il", "dis", "non"] as const;

/**
 * Nouns that name a quality by their suffix, and the endings that make the adjective they name it
 * of: "fairness" / "fair", "happiness" / "happy", "ability" / "able", "security" / "secure",
 * "honesty" / "honest", "loyalty" / "loyal", "accuracy" / "accurate", "consistency" / "consistent", "competence" /
 * "competent". Longest first: "-iness" before "-ness".
 */
const QUALITY_NOUNS: readonly (readonly [string, readonly string[]])[] = [
  ["iness", ["y"]],
  ["ness", [""]],
  ["ility", ["le", "il"]],
  ["ity", ["", "e"]],
  ["esty", ["est"]],
  ["ty", [""]],
  ["acy", ["ate"]],
  ["ency", ["ent"]],
  ["ancy", ["ant"]],
  ["ence", ["ent"]],
  ["ance", ["ant"]],
];

/**
 * Endings of adjectives, which have negative forms ("legal", "popular", "accurate", "relevant",
 * "responsible", "active", "rational"). Before the ending, at least three letters: a shorter word
 * ("plant", "deal") is a noun or verb whose prefixed form is another word ("implant").
 */
const ADJECTIVE = /(?:al|ar|ary|ous|ive|able|ible|ent|ant|ic|ful|ate)$/;

/**
 * A quality asked by its name and the adjectives it is the quality of ("honesty": "honesty",
 * "honest"), or none for a word that names no quality by its shape.
 */
export function qualityForms(word: string): string[] {
  for (const [suffix, endings] of QUALITY_NOUNS) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    const root = word.slice(0, -suffix.length);
    const bases = endings.map((e) => root + e).filter((b) => b !== word && isDictionaryWord(b));
    if (bases.length > 0) return [word, ...bases];
  }
  const ending = ADJECTIVE.exec(word)?.[0];
  return ending !== undefined && word.length - ending.length >= 3 ? [word] : [];
}

/** The negative forms of a word that are words ("fair": "unfair"; "legal": "illegal"). */
export function negativeForms(word: string): string[] {
  return NEGATING_PREFIXES.map((prefix) => prefix + word).filter((w) => isDictionaryWord(w));
}

/**
 * What a negative form negates, when it is a word: "unchanged" / "changed", "nonpartisan" /
 * "partisan", "illegal" / "legal" (copy writes "no change", "not legal"). Only the prefixes that
 * seldom begin a word otherwise: "in-", "im-" and "dis-" start too many words that negate nothing
 * ("income", "impose", "display").
 */
export function positiveForms(word: string): string[] {
  const prefix = ["un", "non", "il", "ir"].find((p) => word.startsWith(p));
  const base = prefix === undefined ? "" : word.slice(prefix.length);
  return base.length >= 4 && isDictionaryWord(base) ? [base] : [];
}

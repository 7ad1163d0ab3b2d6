/**
 * What a written name is made of, for every place that compares names (a question's "Mr Kelly", a
 * claim's speaker, one person across articles): the words that come before or after a name without
 * being part of it ("Sen.", "Prime Minister", "former", "Jr.", "QC") and the words that are left.
 * One list, so that "Gov. Jim Hodges" is Jim Hodges to verification and to the archive alike.
 */
import { sameStart, wordSimilarity, words } from "./terms.ts";

/** Courtesy and office titles and the words around them, folded as `words` folds them. */
const BEFORE_A_NAME = `mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend fr father
  president pres vice senator sen rep representative congressman congresswoman gov governor gen general
  col colonel minister prime secretary chancellor mayor judge justice chief commissioner ambassador pope
  the former deputy acting leader speaker house`;
/** Generational suffixes: what tells a son from his father of the same name ("Donald Trump Jr."). */
const GENERATIONS = new Set(["jr", "sr", "ii", "iii", "iv"]);
const AFTER_A_NAME = `${[...GENERATIONS].join(" ")} qc kc mp`;

/** Words that come before or after a name without being part of it. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(`${BEFORE_A_NAME} ${AFTER_A_NAME}`.split(/\s+/));

/** A name's own words, folded: "Sen. Elizabeth Warren" → elizabeth, warren. */
export function ownNameWords(name: string): string[] {
  return words(name).filter((w) => !NOT_NAME_WORDS.has(w));
}

/** The same for a name as someone typed it, which may add where they are from ("of Maryland", ", 42"). */
export function typedNameWords(typed: string): string[] {
  return ownNameWords(typed.replace(/\s+of\s.*$|,.*$/s, ""));
}

/**
 * The words of a name that are its bearer's: all of a name's, but only the head of a description, which
 * may go on to name someone else ("one longtime adviser to Bill Clinton" is no Clinton).
 */
export function bearerWords(name: string): string[] {
  if (/^(?:the\s+)?[\p{Lu}\p{N}]/u.test(name)) return words(name);
  const other = name.search(/\s(?:to|of|for|with|at|from|close|near|under|behind)\s/);
  return words(other < 0 ? name : name.slice(0, other));
}

/** A name word this close in spelling to a word of the name asked about is a misspelling of it. */
const MISSPELLING = 0.8;

/** Whether a name word is the asked word or a misspelling of it ("Kelley" for Kelly). */
export function spellsLike(asked: string, word: string): boolean {
  return word === asked || wordSimilarity(asked, word) >= MISSPELLING;
}

/** The generational suffix a name ends with ("jr" of "Donald Trump Jr."), or null. */
export function generationOf(name: string): string | null {
  return words(name).find((w) => GENERATIONS.has(w)) ?? null;
}

/** Whether a word of one name is a misspelling of a word of another ("Bornsten" / "Bornstein"). */
export function misspells(word: string, name: string): boolean {
  return (
    word.length >= 4 &&
    words(name).some((w) => w !== word && sameStart(word, w) && wordSimilarity(word, w) >= MISSPELLING)
  );
}

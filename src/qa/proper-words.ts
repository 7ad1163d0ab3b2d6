/**
 * Proper nouns in a question: a word typed with a capital inside the question ("the capital of
 * Peru") names something, so a spelling correction may only make it another name the article
 * writes with a capital ("Congres" → "Congress"), never a common word that is spelled almost the
 * same ("Peru" → "per"). A name the article lacks stays unmatched and the question is declined.
 */
import type { Facts } from "../article/facts.ts";
import { stem, words } from "./terms.ts";

const CAPITALISED = /^\p{Lu}/u;
const FIRST_WORD = /^\s*\S+/u;

/** The folded words typed with a capital after a question's first word; none if it has no lower case. */
export function capitalisedWords(question: string): Set<string> {
  if (!/\p{Ll}/u.test(question)) return new Set();
  const rest = question.replace(FIRST_WORD, "");
  return new Set(
    (rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [])
      .filter((w) => CAPITALISED.test(w))
      .flatMap((w) => words(w)),
  );
}

const CACHE = new WeakMap<Facts, Set<string>>();

/** The stems of the words an article writes with a capital inside a sentence: its names. */
export function capitalisedStems(facts: Facts): Set<string> {
  let found = CACHE.get(facts);
  if (!found) {
    found = new Set();
    for (const sentence of facts.sentences) {
      const typed = sentence.text.replace(FIRST_WORD, "").match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
      for (const w of typed) if (CAPITALISED.test(w)) for (const folded of words(w)) found.add(stem(folded));
    }
    CACHE.set(facts, found);
  }
  return found;
}

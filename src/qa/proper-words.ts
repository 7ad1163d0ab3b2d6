/**
 * Proper nouns in a question: a word typed with a capital inside the question ("the capital of
 * Peru") names something, so a spelling correction may only make it another name the article
 * writes with a capital ("Congres" → "Congress"), never a common word that is spelled almost the
 * same ("Peru" → "per"). A name the article lacks stays unmatched and the question is declined.
 */
import type { Facts } from "../article/facts.ts";
import { stem, terms, words } from "./terms.ts";

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

const LOWER = new WeakMap<Facts, Set<string>>();

/** The stems of the words an article writes in lower case somewhere. */
function lowerCaseStems(facts: Facts): Set<string> {
  let found = LOWER.get(facts);
  if (!found) {
    found = new Set();
    for (const sentence of facts.sentences) {
      const typed = sentence.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu) ?? [];
      for (const w of typed) if (/^\p{Ll}/u.test(w)) for (const folded of words(w)) found.add(stem(folded));
    }
    LOWER.set(facts, found);
  }
  return found;
}

/**
 * The names a question types: its capitalised words, or, when it types none with a capital after
 * its first word as chat often does ("what did the republican nominee say"), its words that the
 * article writes only with a capital, so that such a word is still met only as the name it is,
 * never through its synonyms.
 */
export function typedNames(question: string, facts: Facts): Set<string> {
  const typed = capitalisedWords(question);
  if (typed.size > 0) return typed;
  const [named, lower] = [capitalisedStems(facts), lowerCaseStems(facts)];
  return new Set(words(question).filter((w) => named.has(stem(w)) && !lower.has(stem(w))));
}

/**
 * The folded words a question types in lower case while it types names with a capital ("What did
 * Obama say about the wall?", "Obama on the wall?": "wall"): common nouns, not names. None when the
 * question has no capital at all, as chat often has none ("wat did kely say"); one that opens with
 * a capital types its names with one too.
 */
export function lowerCaseWords(question: string): Set<string> {
  const rest = question.replace(FIRST_WORD, "");
  const typed = rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  if (!CAPITALISED.test(question.trim()) && !typed.some((w) => CAPITALISED.test(w))) return new Set();
  return new Set(typed.filter((w) => !CAPITALISED.test(w)).flatMap((w) => words(w)));
}

/**
 * The stems of a text as a common noun asked in lower case can meet them: a name's words but its
 * last are left out ("Wall Street" is no wall; "the Federal Budget" is a budget, as English names
 * end in their head), unless the question `asks` every word of the name ("the affordable care act"
 * for "the Affordable Care Act"). A name is a run of two or more capitalised words; a text in title
 * case (a headline) says nothing of names and is kept whole.
 */
export function commonStems(text: string, asks: ReadonlySet<string>): Set<string> {
  const long = (text.match(TYPED_WORD) ?? []).filter((w) => w.length >= 4);
  if (long.filter((w) => CAPITALISED.test(w)).length >= TITLE_CASE * long.length) return new Set(terms(text));
  const plain = text.replace(NAME_RUN, (run) => {
    const own = words(run);
    return own.every((w) => asks.has(w)) ? run : ` ${run.split(/\s+/u).at(-1)}`;
  });
  return new Set(terms(plain));
}
const TYPED_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const NAME_RUN = /\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*)+/gu;
/** The share of a text's longer words that are capitalised in a title-case headline. */
const TITLE_CASE = 0.6;

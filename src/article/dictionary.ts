/**
 * The dictionary of English words news copy uses (WordNet lemmas found in real articles, built by
 * `scripts/build-synonyms.ts`): a word in it is spelled right, and a capitalised word no form of
 * which is in it may be a name. Parsed on first use.
 */
import { DICTIONARY } from "./dictionary-table.ts";

let dictionary: Set<string> | null = null;

/** Whether a (folded) word is an English word news copy uses: spelled right, not to be corrected. */
export function isDictionaryWord(word: string): boolean {
  dictionary ??= new Set(DICTIONARY.split(" "));
  return dictionary.has(word);
}

/**
 * Whether a (lower-case) word is a dictionary word or an inflection of one: "reaching", "getting",
 * "making", "voters"; not "xiaoming" or "nwosu".
 */
export function isEnglishWord(word: string): boolean {
  const stems = [
    word,
    word.replace(/(?:e?s|e?d|ing)$/, ""),
    word.replace(/(?:s|d|ing)$/, ""),
    // "getting", "stopped": the consonant doubled before the ending; "making": its "e" dropped.
    word.replace(/(\p{Ll})\1(?:ing|ed)$/u, "$1"),
    word.replace(/(?:ing|ed)$/, "e"),
  ];
  return stems.some((stem) => stem.length >= 3 && isDictionaryWord(stem));
}

/**
 * A (lower-case) word of three letters or more that no form of is in the dictionary: a name's, as
 * in "Sipho "Chico" Tuilagi" or "Bongani Petrenko:", not the language's ("Daily Mail:", "He 'Won' By").
 */
export function isNameLikeWord(word: string): boolean {
  return word.length >= 3 && !isEnglishWord(word);
}

/** A plural's singular by the spelling rules copy follows: "critics" → "critic", "authorities" → "authority", "witnesses" → "witness". */
export function singularOf(plural: string): string {
  if (plural.endsWith("ies")) return `${plural.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(plural)) return plural.slice(0, -2);
  return plural.slice(0, -1);
}

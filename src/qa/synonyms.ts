/**
 * The synonym table built by `scripts/build-synonyms.ts` from WordNet: search terms (stems) to the
 * stems of their common-sense synonyms and related forms; a two-stem key or value is a phrase
 * ("armed forc"); and the dictionary of words news copy uses. Parsed on first use.
 */
import { DICTIONARY, SYNONYM_TABLE } from "./synonym-table.ts";

let table: Map<string, readonly string[]> | null = null;
const NONE: readonly string[] = [];

/** The synonyms of a term (or of two terms joined by a space), or none. */
export function synonymsOf(term: string): readonly string[] {
  if (!table) {
    table = new Map();
    for (const line of SYNONYM_TABLE.split("\n")) {
      const tab = line.indexOf("\t");
      table.set(line.slice(0, tab), line.slice(tab + 1).split(","));
    }
  }
  return table.get(term) ?? NONE;
}

let dictionary: Set<string> | null = null;

/** Whether a (folded) word is an English word news copy uses: spelled right, not to be corrected. */
export function isDictionaryWord(word: string): boolean {
  dictionary ??= new Set(DICTIONARY.split(" "));
  return dictionary.has(word);
}

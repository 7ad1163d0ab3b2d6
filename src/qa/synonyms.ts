/**
 * The synonym table built by `scripts/build-synonyms.ts` from WordNet: search terms (stems) to the
 * stems of their common-sense synonyms and related forms; a two-stem key or value is a phrase
 * ("arm forc"). Parsed on first use. (The dictionary of words news copy uses, built with it, is the
 * parser's: `article/dictionary.ts`.)
 */
import { KIN_TABLE, SYNONYM_TABLE } from "./synonym-table.ts";

const NONE: readonly string[] = [];

function parseTable(text: string): Map<string, readonly string[]> {
  const table = new Map<string, readonly string[]>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    table.set(line.slice(0, tab), line.slice(tab + 1).split(","));
  }
  return table;
}

let synonyms: Map<string, readonly string[]> | null = null;

/** The synonyms of a term (or of two terms joined by a space), or none. */
export function synonymsOf(term: string): readonly string[] {
  synonyms ??= parseTable(SYNONYM_TABLE);
  return synonyms.get(term) ?? NONE;
}

let kin: Map<string, readonly string[]> | null = null;

/**
 * A term's kin that are not its synonyms: the words of the sense right above it, right below it,
 * or beside it under a narrow parent ("prison" / "jail"); looser than synonyms, so worth less.
 */
export function kinOf(term: string): readonly string[] {
  kin ??= parseTable(KIN_TABLE);
  return kin.get(term) ?? NONE;
}

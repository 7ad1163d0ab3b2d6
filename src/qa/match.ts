/**
 * Matching what a person typed against names and headlines, typos and half-typed words included: one
 * matcher for the bot's autocomplete and options and the command line's `--speaker` and filters.
 */
import { editDistance, fold } from "./terms.ts";

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const CONTAINS = 3;
const FUZZY = 4;

const WORD_BREAK = /[\s\-–—'’.,:;!?"“”()]+/;

/** `fold` on one line: the form typed text and keys are compared in. */
function flat(text: string): string {
  return fold(text).replace(/\s+/g, " ").trim();
}

interface Folded {
  text: string;
  words: string[];
}

// Autocomplete runs on every keystroke over every headline; folding them once keeps that within a
// few milliseconds for a large archive. Cleared when full rather than tracked, as keys rarely change.
const FOLDED_MAX = 100_000;
const foldedKeys = new Map<string, Folded>();

function folded(key: string): Folded {
  let entry = foldedKeys.get(key);
  if (!entry) {
    if (foldedKeys.size >= FOLDED_MAX) foldedKeys.clear();
    const text = flat(key);
    entry = { text, words: text.split(WORD_BREAK) };
    foldedKeys.set(key, entry);
  }
  return entry;
}

/** A folded query, with each typed word's fuzzy verdicts remembered for the words of the archive. */
class Query {
  readonly text: string;
  readonly #typed: { word: string; near: Map<string, boolean> }[];

  constructor(text: string) {
    this.text = text;
    this.#typed = text
      .split(WORD_BREAK)
      .filter(Boolean)
      .map((word) => ({ word, near: new Map() }));
  }

  /** Lower is better; null when the query matches `key` not even with a typo per word. */
  rank(key: string): number | null {
    const { text, words } = folded(key);
    const q = this.text;
    if (text === q) return EXACT;
    if (text.startsWith(q)) return PREFIX;
    if (words.some((word) => word.startsWith(q))) return WORD_PREFIX;
    if (text.includes(q)) return CONTAINS;
    return this.#fuzzy(words) ? FUZZY : null;
  }

  /** Every typed word is, give or take a typo, a word of the text or the start of one. */
  #fuzzy(words: readonly string[]): boolean {
    return (
      this.#typed.length > 0 &&
      this.#typed.every(({ word: typed, near }) =>
        words.some((word) => {
          let verdict = near.get(word);
          if (verdict === undefined) {
            verdict = nearWord(typed, word);
            near.set(word, verdict);
          }
          return verdict;
        }),
      )
    );
  }
}

/** Short words get no typo: one edit turns them into other words ("pay" → "day"). */
function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

function nearWord(typed: string, word: string): boolean {
  if (word.startsWith(typed)) return true;
  const budget = typoBudget(typed.length);
  if (budget === 0) return false;
  // The whole word ("deportaton"), or its start for a word still being typed ("presdi" → "president").
  return (
    editDistance(typed, word, budget) <= budget ||
    editDistance(typed, word.slice(0, typed.length), budget) <= budget
  );
}

function matches<T>(items: readonly T[], query: Query, keys: (item: T) => string[]) {
  const matched: { item: T; rank: number; index: number }[] = [];
  items.forEach((item, index) => {
    let best: number | null = null;
    for (const key of keys(item)) {
      const rank = query.rank(key);
      if (rank !== null && (best === null || rank < best)) best = rank;
    }
    if (best !== null) matched.push({ item, rank: best, index });
  });
  return matched;
}

/**
 * Items whose keys match `query`, best first: exact → prefix → prefix of a word → contains → with typos.
 * Ties keep the input order (e.g. newest article first); an empty query keeps every item.
 */
export function rankBy<T>(items: readonly T[], query: string, keys: (item: T) => string[]): T[] {
  const q = flat(query);
  if (!q) return [...items];
  const ranked = matches(items, new Query(q), keys).sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((r) => r.item);
}

/** Items whose keys match `query` as `rankBy` does, in their input order. */
export function filterBy<T>(items: readonly T[], query: string, keys: (item: T) => string[]): T[] {
  const q = flat(query);
  return q ? matches(items, new Query(q), keys).map((m) => m.item) : [...items];
}

export function rankNames(names: readonly string[], query: string): string[] {
  return rankBy(names, query, (name) => [name]);
}

/**
 * Autocomplete and option matching shared by the commands: ranking typed text against speakers and
 * article headlines, and turning the `article` option back into an article id.
 */
import type { ApplicationCommandOptionChoiceData, SlashCommandStringOption } from "discord.js";
import { escapeText } from "../present/format.ts";
import { editDistance } from "../qa/terms.ts";
import type { ArticleRef } from "../qa/types.ts";
import type { Archive } from "../store/archive.ts";

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const CONTAINS = 3;
const FUZZY = 4;

const WORD_BREAK = /[\s\-–—'’.,:;!?"“”()]+/;

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
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
    const text = fold(key);
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
  const q = fold(query);
  if (!q) return [...items];
  const ranked = matches(items, new Query(q), keys).sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((r) => r.item);
}

/** Items whose keys match `query` as `rankBy` does, in their input order. */
export function filterBy<T>(items: readonly T[], query: string, keys: (item: T) => string[]): T[] {
  const q = fold(query);
  return q ? matches(items, new Query(q), keys).map((m) => m.item) : [...items];
}

export function rankNames(names: readonly string[], query: string): string[] {
  return rankBy(names, query, (name) => [name]);
}

export function nameChoices(
  names: readonly string[],
  query: string,
): ApplicationCommandOptionChoiceData<string>[] {
  return rankNames(names, query).map((name) => ({ name, value: name }));
}

export function articleChoices(
  archive: Archive,
  query: string,
): ApplicationCommandOptionChoiceData<string>[] {
  return rankBy(archive.articles(), query, articleKeys).map((a) => ({ name: articleLabel(a), value: a.id }));
}

/** Headline and date, for autocomplete names (plain text: no markdown is rendered there). */
export function articleLabel(article: ArticleRef): string {
  const date = article.published ? ` (${article.published.slice(0, 10)})` : "";
  return `${article.headline}${date}`;
}

/** The label for message text and embeds, where markdown in a headline would otherwise restyle it. */
export function articleLabelMd(article: ArticleRef): string {
  return escapeText(articleLabel(article));
}

function articleKeys(article: ArticleRef): string[] {
  return [article.id, article.headline];
}

/** How many articles an unmatched `article` option lists, newest first. */
const KNOWN_SHOWN = 10;

export type ArticleChoice = { ok: true; id: string | undefined } | { ok: false; message: string };

/**
 * The `article` option holds an id when picked from autocomplete, but users can also type a headline
 * fragment and submit without picking; accept the best match then. Unset means "let the archive decide".
 */
export function resolveArticle(archive: Archive, input: string | null): ArticleChoice {
  if (input === null || input.trim() === "") return { ok: true, id: undefined };
  const articles = archive.articles();
  const exact = articles.find((a) => a.id === input);
  const best = exact ?? rankBy(articles, input, articleKeys)[0];
  if (best) return { ok: true, id: best.id };
  if (articles.length === 0) return { ok: false, message: "No articles are loaded yet." };
  const newest = articles.slice(0, KNOWN_SHOWN).map((a) => `• ${articleLabelMd(a)}`);
  const more =
    articles.length > KNOWN_SHOWN ? `\n…and ${articles.length - KNOWN_SHOWN} more: see /articles` : "";
  return {
    ok: false,
    message: `I have no article matching “${escapeText(input)}”. The newest:\n${newest.join("\n")}${more}`,
  };
}

/** The articles a command covers: the chosen one, or all of them (newest first). */
export function selectedArticles(archive: Archive, id: string | undefined): ArticleRef[] {
  const all = archive.articles();
  return id === undefined ? all : all.filter((a) => a.id === id);
}

/**
 * Quoted speakers of one article, or of all of them (first appearance wins, newest article first).
 * The archive itself only answers for one article at a time once several are loaded.
 */
export function speakersOf(archive: Archive, id: string | undefined): string[] {
  if (id !== undefined) return archive.speakers(id);
  return [...new Set(archive.articles().flatMap((a) => archive.speakers(a.id)))];
}

/** The `article` option of every answering command; `otherwise` says what leaving it out means. */
export function articleOption(otherwise: string) {
  return (o: SlashCommandStringOption) =>
    o
      .setName("article")
      .setDescription(`Which article (default: the channel's, else ${otherwise})`)
      .setAutocomplete(true);
}

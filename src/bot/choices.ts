/**
 * Autocomplete and option matching shared by the commands: ranking typed text against speakers and
 * article headlines, and turning the `article` option back into an article id.
 */
import { type ApplicationCommandOptionChoiceData, escapeMarkdown } from "discord.js";
import type { ArticleRef } from "../qa/types.ts";
import type { Archive } from "../store/archive.ts";

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const CONTAINS = 3;

function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Lower is better; null when `query` does not occur in `text` at all. */
function matchRank(text: string, query: string): number | null {
  const t = fold(text);
  if (t === query) return EXACT;
  if (t.startsWith(query)) return PREFIX;
  if (t.split(/[\s\-–—'’.]+/).some((word) => word.startsWith(query))) return WORD_PREFIX;
  if (t.includes(query)) return CONTAINS;
  return null;
}

/**
 * Items whose keys match `query`, best first: exact → prefix → prefix of a word → contains.
 * Ties keep the input order (e.g. newest article first); an empty query keeps every item.
 */
export function rankBy<T>(items: readonly T[], query: string, keys: (item: T) => string[]): T[] {
  const q = fold(query);
  if (!q) return [...items];
  const ranked: { item: T; rank: number; index: number }[] = [];
  items.forEach((item, index) => {
    const ranks = keys(item).flatMap((key) => matchRank(key, q) ?? []);
    if (ranks.length > 0) ranked.push({ item, rank: Math.min(...ranks), index });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return ranked.map((r) => r.item);
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
  return escapeMarkdown(articleLabel(article));
}

function articleKeys(article: ArticleRef): string[] {
  return [article.id, article.headline];
}

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
  const known = articles.map((a) => `• ${articleLabelMd(a)}`).join("\n");
  return {
    ok: false,
    message: `I have no article matching “${input}”. I know:\n${known || "(no articles loaded)"}`,
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

/**
 * Autocomplete and option matching shared by the commands: ranking typed text against speakers and
 * article headlines, and turning the `article` option back into an article id.
 */
import type { ApplicationCommandOptionChoiceData, SlashCommandStringOption } from "discord.js";
import { joinMarkdown, type Markdown, md } from "../present/markdown.ts";
import { rankBy, rankNames } from "../qa/match.ts";
import type { ArticleRef } from "../qa/types.ts";
import type { Archive } from "../store/archive.ts";

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
export function articleLabelMd(article: ArticleRef): Markdown {
  return md`${articleLabel(article)}`;
}

function articleKeys(article: ArticleRef): string[] {
  return [article.id, article.headline];
}

/** How many articles an unmatched `article` option lists, newest first. */
const KNOWN_SHOWN = 10;

export type ArticleChoice = { ok: true; id: string | undefined } | { ok: false; message: Markdown };

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
  if (articles.length === 0) return { ok: false, message: md`No articles are loaded yet.` };
  const newest = articles.slice(0, KNOWN_SHOWN).map((a) => md`• ${articleLabel(a)}`);
  const more =
    articles.length > KNOWN_SHOWN ? md`\n…and ${articles.length - KNOWN_SHOWN} more: see /articles` : md``;
  return {
    ok: false,
    message: md`I have no article matching “${input}”. The newest:\n${joinMarkdown(newest, "\n")}${more}`,
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

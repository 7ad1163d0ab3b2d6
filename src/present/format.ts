/**
 * Answer → what a reader sees. One formatter for the CLI and the bot, so both say the same words:
 * each function takes the `Style` of its medium (`PLAIN` on a terminal, `MARKDOWN` in Discord), and
 * every piece of text that is not ours goes through `style.text`.
 */
import { shortDate } from "../article/dates.ts";
import type { Facts } from "../article/facts.ts";
import { quotesBy } from "../qa/speakers.ts";
import type { Summary } from "../qa/summary.ts";
import type { Answer, ArticleRef } from "../qa/types.ts";
import { choicesText, copiesNote } from "./archive.ts";
import { citation, who } from "./cite.ts";
import { type Embed, Markdown } from "./markdown.ts";
import { MARKDOWN, type Style } from "./style.ts";

const NOT_COVERED = "The article doesn't say.";
const NOT_COVERED_ANY = "None of the articles says.";

/** "A, B and C" */
export function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function declineText(a: Answer, style: Style): string {
  const head = a.article || a.suggestions.length ? NOT_COVERED : NOT_COVERED_ANY;
  if (a.suggestions.length === 0) return head;
  return `${head} It quotes ${style.text(list(a.suggestions.slice(0, 5)))}.`;
}

/** The text the CLI prints and the bot sends for a mention. */
export function formatAnswer(a: Answer, style: Style): string {
  if (a.candidates?.length) return choicesText(a, style);
  if (!a.answered || !a.article) return declineText(a, style);
  const cite = `(${citation(a.article, a.paragraph, style)})${copiesNote(a)}`;
  const speaker = style.text(who(a.speaker, a.title));
  switch (a.kind) {
    case "quote":
      return `"${style.text(a.text.trim())}" — ${speaker} ${cite}`;
    case "reported":
      return `${speaker}: ${style.text(a.text)} ${cite}`;
    default:
      return `${style.text(a.text)} ${cite}`;
  }
}

/** The answer as an embed: the quote as description, speaker and title as author, source as footer. */
export function answerEmbed(a: Answer): Embed {
  // The question rides in the footer: a choice's button answers it (see commands/ask.ts).
  if (a.candidates?.length) {
    return { description: Markdown.styled(choicesText(a, MARKDOWN)), footer: { text: a.question } };
  }
  if (!a.answered || !a.article) return { description: Markdown.styled(declineText(a, MARKDOWN)) };
  const body = a.kind === "quote" ? `"${MARKDOWN.text(a.text.trim())}"` : MARKDOWN.text(a.text);
  // Embed footers and author names show no Markdown: their text goes as it is.
  const footer = [
    a.article.headline,
    a.article.source,
    a.article.published ? shortDate(a.article.published) : null,
    a.paragraph ? `¶${a.paragraph}` : null,
  ]
    .filter(Boolean)
    .join(" · ")
    .concat(copiesNote(a));
  const embed: Embed = { description: Markdown.styled(body), footer: { text: footer } };
  const author = who(a.speaker, a.title);
  if (author && a.kind !== "who") embed.author = { name: author };
  return embed;
}

export function formatSummary(s: Summary, style: Style): string {
  const published = s.article.published ? shortDate(s.article.published) : null;
  const meta = [s.dateline, s.article.source, published].filter(Boolean).join(" · ");
  const lines = [style.strong(style.text(s.article.headline))];
  if (meta) lines.push(style.text(meta));
  if (s.lede.length) lines.push("", style.text(s.lede.join(" ")));
  if (s.keyQuotes.length) {
    lines.push("");
    for (const q of s.keyQuotes)
      lines.push(
        `• "${style.text(q.text.trim())}" — ${style.text(who(q.speaker, q.title))} (¶${q.paragraph})`,
      );
  }
  return lines.join("\n");
}

/** One readable line per quote: `¶4 John Kelly, US Homeland Security Secretary: "…"`. */
export function formatQuotes(facts: Facts, speaker: string | undefined, style: Style): string[] {
  return quotesBy(facts, speaker).map(
    ({ quote, person }) =>
      `¶${quote.paragraph} ${style.text(who(person.name, person.title))}: "${style.text(quote.text.trim())}"`,
  );
}

/** What to say when there is no quote to list, naming who is quoted instead. */
export function noQuotesText(speaker: string | undefined, quoted: readonly string[], style: Style): string {
  const head = speaker ? `I found no quotes from “${style.text(speaker)}”.` : "I found no quotes.";
  return quoted.length ? `${head} Quoted speakers: ${style.text(quoted.join(", "))}.` : head;
}

/** One line per person: "Name — title". */
export function formatPeople(facts: Facts, style: Style): string[] {
  return facts.people.map((p) =>
    p.title ? `${style.text(p.name)} — ${style.text(p.title)}` : style.text(p.name),
  );
}

/** The headline, then agency · date · id (the id is what `article` options and the CLI accept). */
export function formatArticle(article: ArticleRef, style: Style): string {
  const details = [
    article.source && style.text(article.source),
    article.published?.slice(0, 10),
    style.code(article.id),
  ];
  return `${style.strong(style.text(article.headline))}\n${details.filter(Boolean).join(" · ")}`;
}

/** How many people an article quotes directly, as words: "quotes 3 people", "quotes no one". */
function quotedCount(facts: Facts): string {
  const speakers = new Set(facts.quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : []))).size;
  if (speakers === 0) return "quotes no one";
  return `quotes ${speakers} ${speakers === 1 ? "person" : "people"}`;
}

/**
 * One line for an article just added from a link or a feed: headline, source, date and how many people
 * it quotes, then its link (in Discord without a preview).
 */
export function formatNewArticle(facts: Facts, style: Style): string {
  const { headline, source, published, url } = facts.metadata;
  const where = [source && style.text(source), published && shortDate(published)].filter(Boolean).join(", ");
  const title = style.strong(style.text(headline || facts.id));
  const link = url
    ? style === MARKDOWN
      ? ` <${url.replace(/[<>\s]/g, encodeURIComponent)}>`
      : ` ${url}`
    : "";
  return `${title}${where ? ` (${where})` : ""}, ${quotedCount(facts)}${link}`;
}

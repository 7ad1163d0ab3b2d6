/**
 * Archive-wide results → what a reader sees: the choices of an ambiguous question, a person across
 * the archive, and their quotes with where each was published.
 */
import { shortDate } from "../article/dates.ts";
import type { Identity } from "../qa/identity.ts";
import type { ArchiveQuote, IdentityHit } from "../qa/people-directory.ts";
import type { Answer, Choice } from "../qa/types.ts";
import { citation, who } from "./cite.ts";
import { type Style, truncate } from "./style.ts";

/** Discord's longest button label. */
const LABEL_CHARS = 80;

/** The ask-back for an ambiguous question: one line per choice. */
export function choicesText(a: Answer, style: Style): string {
  const lines = (a.candidates ?? []).map(
    (c, n) =>
      `${n + 1}. ${style.text(who(c.speaker, c.title) || "unattributed")} (${citation(c.article, null, style)})`,
  );
  return [`That could mean ${lines.length} different people or stories. Which one?`, ...lines].join("\n");
}

/** A button's label for a choice: name, source and date (buttons show no Markdown). */
export function choiceLabel(choice: Choice): string {
  const { article } = choice;
  const parts = [
    choice.speaker ?? article.headline,
    article.source,
    article.published && shortDate(article.published),
  ];
  return truncate(parts.filter(Boolean).join(" · "), LABEL_CHARS);
}

/** " Also in 3 other articles." after an answer whose words other articles carry too. */
export function copiesNote(a: Answer): string {
  if (!a.copies) return "";
  return a.copies === 1 ? " Also in 1 other article." : ` Also in ${a.copies} other articles.`;
}

/** One line per identity: name, titles, and how often they are quoted. */
export function identityLines(hits: readonly IdentityHit[], style: Style): string[] {
  return hits.map(({ identity }) => {
    const titles = identity.titles.slice(0, 4).map((t) => style.text(t.title));
    const articles = new Set(identity.mentions.map((m) => m.article)).size;
    const quoted = `quoted ${times(identity.quotes)} in ${articles} ${articles === 1 ? "article" : "articles"}`;
    return [style.strong(style.text(identity.name)), titles.join("; "), quoted].filter(Boolean).join(" — ");
  });
}

/**
 * Said before one person's quotes when their name fits others as well: "Kelly" listed as Megyn
 * Kelly says that Ruth Kelly and John E. Kelly are quoted too.
 */
export function namesakesLine(
  asked: string,
  listed: Identity,
  namesakes: readonly Identity[],
  style: Style,
): string {
  if (namesakes.length === 0) return "";
  const others = namesakes.map(
    (n) => `${style.text(n.name)} (${n.quotes} ${n.quotes === 1 ? "quote" : "quotes"})`,
  );
  const list = others.length === 1 ? others[0] : `${others.slice(0, -1).join(", ")} or ${others.at(-1)}`;
  return `Showing ${style.text(listed.name)} for “${style.text(asked)}”; it may also mean ${list}: ask with the full name.`;
}

/** One line per quote: the words, who said them, and the article's headline, source and date. */
export function archiveQuoteLines(quotes: readonly ArchiveQuote[], style: Style): string[] {
  return quotes.map(
    (q) =>
      `"${style.text(q.text.trim())}" — ${style.text(who(q.speaker, q.title))} (${citation(q.article, q.paragraph, style)})`,
  );
}

function times(n: number): string {
  return n === 1 ? "once" : `${n} times`;
}

/**
 * Archive-wide results → what a reader sees: the choices of an ambiguous question, a person across
 * the archive, and their quotes with where each was published.
 */
import type { ArchiveQuote, IdentityHit } from "../qa/people-directory.ts";
import type { Answer, ArticleRef, Choice } from "../qa/types.ts";
import { citation, escapeText, shortDate } from "./format.ts";

/** Discord's longest button label. */
const LABEL_CHARS = 80;

/** "Ruth Kelly, Education Secretary" or the name alone. */
function speakerOf(choice: Pick<Choice, "speaker" | "title">): string {
  if (!choice.speaker) return "";
  return choice.title ? `${choice.speaker}, ${choice.title}` : choice.speaker;
}

/** The ask-back for an ambiguous question: one line per choice. */
export function choicesText(a: Answer): string {
  const lines = (a.candidates ?? []).map(
    (c, n) => `${n + 1}. ${escapeText(speakerOf(c) || "unattributed")} (${citation(c.article, null)})`,
  );
  return [`That could mean ${lines.length} different people or stories. Which one?`, ...lines].join("\n");
}

/** A button's label for a choice: name, source and date, within Discord's limit. */
export function choiceLabel(choice: Choice): string {
  const parts = [
    choice.speaker ?? choice.article.headline,
    choice.article.source,
    shortDate(choice.article.published),
  ].filter(Boolean);
  const label = parts.join(" · ");
  return label.length <= LABEL_CHARS ? label : `${label.slice(0, LABEL_CHARS - 1)}…`;
}

/** " Also in 3 other articles." after an answer whose words other articles carry too. */
export function copiesNote(a: Answer): string {
  if (!a.copies) return "";
  return a.copies === 1 ? " Also in 1 other article." : ` Also in ${a.copies} other articles.`;
}

/** One line per identity: name, titles, and how often they are quoted. */
export function identityLines(hits: readonly IdentityHit[]): string[] {
  return hits.map(({ identity }) => {
    const titles = identity.titles.map((t) => escapeText(t.title)).slice(0, 4);
    const articles = new Set(identity.mentions.map((m) => m.article)).size;
    const quoted = `quoted ${times(identity.quotes)} in ${articles} ${articles === 1 ? "article" : "articles"}`;
    return [`**${escapeText(identity.name)}**`, titles.join("; "), quoted].filter(Boolean).join(" — ");
  });
}

/** One line per quote: the words, who said them, and the article's headline, source and date. */
export function archiveQuoteLines(quotes: readonly ArchiveQuote[]): string[] {
  return quotes.map(
    (q) =>
      `"${escapeText(q.text.trim())}" — ${escapeText(speakerOf(q))} (${citation(q.article, q.paragraph)})`,
  );
}

/** The article a choice or quote is from, as a short plain label. */
export function articleLabel(ref: ArticleRef): string {
  return [ref.headline, ref.source, shortDate(ref.published)].filter(Boolean).join(" · ");
}

function times(n: number): string {
  return n === 1 ? "once" : `${n} times`;
}

/**
 * Who said it and where: the pieces every formatter ends an answer with ("John Kelly, US Homeland
 * Security Secretary", "¶5, *Headline*, AP, 24 Feb 2017"). Their own module so that the formatters of
 * single articles, of the archive and of verifications share them without importing one another.
 */
import { shortDate } from "../article/dates.ts";
import type { ArticleRef } from "../qa/types.ts";
import type { Style } from "./style.ts";

export function who(speaker: string | null, title: string | null): string {
  if (!speaker) return "";
  return title ? `${speaker}, ${title}` : speaker;
}

/** "¶5, *Headline*, AP, 24 Feb 2017" */
export function citation(article: ArticleRef, paragraph: number | null, style: Style): string {
  const parts = [
    paragraph ? `¶${paragraph}` : null,
    style.emphasis(style.text(article.headline)),
    article.source ? style.text(article.source) : null,
    article.published ? style.text(shortDate(article.published)) : null,
  ];
  return parts.filter(Boolean).join(", ");
}

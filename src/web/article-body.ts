/**
 * A page's own copy of its text (schema.org `articleBody`) as a guide to the extracted paragraphs.
 * Pure.
 */
import type { Block } from "./paragraphs.ts";

const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const wordCount = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + tokens(p).length, 0);

// Below this, the page's copy is a stub, not the text.
const MIN_BODY_WORDS = 40;
// A copy much shorter than what the extractor found is a teaser (often cut off with "…").
const TEASER_SHARE = 0.6;
// A paragraph belongs to the article when nearly all its words are in the page's copy.
const PARAGRAPH_IN_BODY = 0.8;

/**
 * Chooses the body's paragraphs with the page's `articleBody` as a guide: the extracted paragraphs it
 * contains, and the quotations among them (a page's copy leaves out the posts it embeds); its own
 * text when the extractor found much less than it holds; the extracted paragraphs as they are when
 * the copy is a stub or a teaser.
 */
export function guideByArticleBody(blocks: readonly Block[], articleBody: string): string[] {
  const paragraphs = blocks.map((b) => b.text);
  const bodyTokens = tokens(articleBody);
  const found = wordCount(paragraphs);
  if (bodyTokens.length < MIN_BODY_WORDS || bodyTokens.length < found * TEASER_SHARE) return paragraphs;
  const body = new Set(bodyTokens);
  const inBody = (p: string) => {
    const t = tokens(p);
    return t.length > 0 && t.filter((w) => body.has(w)).length / t.length >= PARAGRAPH_IN_BODY;
  };
  const kept = paragraphs.filter(inBody);
  if (wordCount(kept) >= bodyTokens.length * TEASER_SHARE)
    return blocks.filter((b) => b.quoted || inBody(b.text)).map((b) => b.text);
  return bodyTokens.length > found ? splitArticleBody(articleBody) : paragraphs;
}

/** The page's copy as paragraphs, on its own line breaks. */
export function splitArticleBody(articleBody: string): string[] {
  return articleBody
    .split(/\s*\n\s*/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

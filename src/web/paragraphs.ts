/**
 * Generic cleanup of an extracted body's paragraphs: what is left of page furniture after the
 * extractor. Pure.
 */

export interface Block {
  text: string;
  /** Share of the text inside links. */
  linkShare: number;
  /** Inside a blockquote: an embedded post or a quoted passage, whose links are its own. */
  quoted: boolean;
}

const SENTENCE_END = /[.!?:;"”’»)。！？」]$/u;
// Labels at a body's edges come one to three at a time.
const MAX_EDGE_LABELS = 3;
// Photo and copyright credits: "Alex Wong | Getty Images", "© Aaron Schwartz", "Photo: AP".
const CREDIT =
  /^(?:©|\(c\)|copyright\b|(?:photo|image|picture|foto|credit)s?\s*(?:by)?\s*[:|/])|\b(?:getty images|ap photo|shutterstock|afp photo)\b/i;

/** Words in a text; scripts written without spaces count about two characters a word. */
function words(text: string): number {
  const ideographs = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return Math.max(text.split(/\s+/).length, ideographs / 2);
}

/** A short line that is not a sentence: a section label, a time stamp, "Tags". */
function isLabel(text: string): boolean {
  return words(text) <= 12 && !isSentence(text);
}

/** A line that reads as running text rather than a label, link or time stamp. */
function isSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !/(?:\.\.\.|…)$/.test(text) && words(text) >= 4;
}

/** Short all-capitals lines are calls to action ("READ MORE ON …", "CONTINUE READING"). */
function isShout(text: string): boolean {
  return words(text) <= 15 && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text);
}

function isFurniture(block: Block): boolean {
  if (block.quoted) return false;
  if (block.linkShare > 0.6 && !isSentence(block.text)) return true;
  if (block.linkShare > 0.85) return true;
  if (words(block.text) <= 20 && CREDIT.test(block.text)) return true;
  return isShout(block.text);
}

/** Blocks of the body, without furniture, repeats, the headline, and labels at its edges. */
export function cleanBlocks(blocks: readonly Block[], headline: string | null): Block[] {
  const seen = new Set<string>();
  const kept: Block[] = [];
  for (const block of blocks) {
    if (isFurniture(block) || block.text === headline) continue;
    if (seen.has(block.text) && !isSentence(block.text)) continue;
    seen.add(block.text);
    kept.push(block);
  }
  // Section labels, dates and "Tags" lines sit just before or after the text; headings inside stay.
  let start = 0;
  let end = kept.length;
  while (start < Math.min(end, MAX_EDGE_LABELS) && isLabel(kept[start]!.text)) start++;
  while (end > Math.max(start, kept.length - MAX_EDGE_LABELS) && isLabel(kept[end - 1]!.text)) end--;
  return kept.slice(start, end);
}

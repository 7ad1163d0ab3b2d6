/**
 * Quotation-mark pairing: each paragraph's quoted spans, curly or straight marks, BBC-style quotes
 * reopened each paragraph, block quotes a colon introduces, markup and nicknames left alone; and the
 * masking of quoted words, so that "I" or a name inside a quote is never taken for the one who speaks.
 */
import { isTitleCase, SPEECH_VERBS } from "./lexicon.ts";
import { nicknameEnd } from "./nicknames.ts";
import { isSpace, type QuoteSpan, trimmedEnd } from "./text.ts";

const OPENERS = new Set(["“", "„"]);
/** The characters `findQuoteSpans` looks at: quotation marks (see `markRole`) and "<" (markup). */
const MAY_MATTER = /["“„”<]/g;
const CLOSERS = new Set(["”"]);
const BEFORE_OPEN = /[\s([{—–\-/:;,]/;

type MarkRole = "open" | "close" | "either";

function markRole(text: string, i: number): MarkRole | null {
  const ch = text[i]!;
  const before = i === 0 ? " " : text[i - 1]!;
  const after = i + 1 >= text.length ? " " : text[i + 1]!;
  // `"It's unusual,“ said Noble`: an opening mark typed where a quote closes, before a space.
  if (OPENERS.has(ch)) return /[,.?!]/.test(before) && /\s/.test(after) ? "either" : "open";
  // `”Mr. Trump embodies …`: a closing mark typed where a quote opens, before a word, or at the
  // start of a paragraph (`” … what I learned`), where nothing is open for it to close.
  if (CLOSERS.has(ch))
    return i === 0 || (/\s/.test(before) && /[\p{L}\p{N}]/u.test(after)) ? "either" : "close";
  if (ch !== '"') return null;
  const opens = BEFORE_OPEN.test(before) && /\S/.test(after);
  const closes = /\S/.test(before) && !/[\p{L}\p{N}]/u.test(after);
  if (opens && !closes) return "open";
  if (closes && !opens) return "close";
  return "either";
}

/** The `>` closing an HTML-like tag that opens at `i` (`<tweet tweet-id="1">`), or -1. */
function markupEnd(text: string, i: number): number {
  const tag = MARKUP_TAG.exec(text.slice(i, i + 300));
  return tag ? i + tag[0].length - 1 : -1;
}
const MARKUP_TAG = /^<\/?[a-z][\w-]*(?:\s+[\w-]+(?:=(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)*\s*\/?>/;

/**
 * Pairs double quotation marks, straight or curly, in each paragraph. An opening mark while a
 * quote is open closes the open one just before it; a quote open at the end of a paragraph ends
 * there (the next paragraph reopens it). Linear in the text: one pass, no backtracking.
 */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  paragraphs.forEach((text, p) => {
    let open = -1;
    MAY_MATTER.lastIndex = 0;
    // Most characters are neither a mark nor markup: the search jumps to the next that is.
    for (let i = 0; MAY_MATTER.test(text); MAY_MATTER.lastIndex = i + 1) {
      i = MAY_MATTER.lastIndex - 1;
      // `<tweet tweet-id="…">`: marks inside markup delimit attributes, not quotes.
      if (text[i] === "<" && open < 0) {
        const close = markupEnd(text, i);
        if (close > i) {
          i = close;
          continue;
        }
      }
      const role = markRole(text, i);
      if (!role) continue;
      // Juan "Chico" Manriquez: a nickname's marks open no quote.
      const nickname = open < 0 && role !== "close" ? nicknameEnd(text, i) : -1;
      if (nickname > 0) i = nickname - 1;
      else if (open < 0) {
        if (role !== "close") open = i;
      } else if (role === "open" && i > open + 1) {
        pushSpan(spans, text, p, open, i, null);
        open = i;
      } else if (role !== "open") {
        pushSpan(spans, text, p, open, i, i);
        open = -1;
      }
    }
    if (open >= 0) pushSpan(spans, text, p, open, text.length, null);
    const block = blockQuoted(paragraphs, p);
    if (block > 0) spans.push({ paragraph: p + 1, open: 0, start: 0, end: block, close: null });
  });
  return spans;
}

/**
 * Adds the quote opened at `open` and ended at `end` in paragraph `p`, unless it quotes no word (a
 * stray mark before a full stop, `“.`). Not a
 * closure in `findQuoteSpans`: tsx names each named closure as it is made, a share of parsing.
 */
function pushSpan(
  spans: QuoteSpan[],
  text: string,
  p: number,
  open: number,
  end: number,
  close: number | null,
): void {
  let start = open + 1;
  // `“ The plan …`: a space typed after the opening mark is not part of the words quoted.
  while (start < end && /\s/.test(text[start]!)) start++;
  const stop = trimmedEnd(text, start, end);
  if (stop > start && WORDLIKE.test(text.slice(start, stop)))
    spans.push({ paragraph: p + 1, open, start, end: stop, close });
}
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The last word of a paragraph that ends in a colon: "added" of "The governor added:". */
const INTRODUCED = /(\p{L}+):\s*$/u;

/** Letters at most in a subheading. */
const HEADING_LENGTH = 80;

/**
 * The length of paragraph `p` when it is a block quote: copy sets a long quote apart, without
 * quotation marks, after a paragraph that ends in a verb of saying and a colon ("The governor
 * added:" / "It's typical of …"). 0 when it is not: it has marks of its own, or does not open a
 * sentence (a list: "1. …", "— …"), or what comes before introduces something else ("the
 * following:").
 */
function blockQuoted(paragraphs: readonly string[], p: number): number {
  const text = paragraphs[p]!;
  const before = p > 0 ? paragraphs[p - 1]!.trimEnd() : "";
  // The regex scans from every letter of the paragraph; most paragraphs end in no colon at all.
  const verb = before.endsWith(":") ? INTRODUCED.exec(before) : null;
  if (!verb || !SPEECH_VERBS.has(verb[1]!.toLowerCase())) return 0;
  if (!/^\p{Lu}/u.test(text) || /["“„”]/.test(text)) return 0;
  // ("Here's what the early reviews say:" / "What Does Stadia Offer?": a subheading in Title Case.)
  if (text.length <= HEADING_LENGTH && isTitleCase(text)) return 0;
  return trimmedEnd(text, 0, text.length);
}

/**
 * The paragraph with quoted words replaced by "Q" (same length, so offsets hold). A quote's final
 * full stop, question or exclamation mark is kept so sentences still end after it.
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  if (SURROGATE_PAIR.test(text)) return maskQuotesSlow(text, spans);
  // Built from parts in one pass: re-slicing the whole paragraph per span would be quadratic.
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const masked = maskedRange(text, span.start, span.end);
    const last = text[span.end - 1]!;
    parts.push(text.slice(at, span.start), /[.!?]/.test(last) ? masked.slice(0, -1) + last : masked);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * `text` from `start` to `end` with each whitespace character a space and every other one "Q", built
 * a run at a time: two regular-expression replaces per quote were a few percent of parsing.
 */
function maskedRange(text: string, start: number, end: number): string {
  let out = "";
  let from = start;
  for (let i = start; i < end; i++) {
    if (!isSpace(text, i)) continue;
    out += `${masks(i - from)} `;
    from = i + 1;
  }
  return out + masks(end - from);
}

/**
 * A word's mask, "Q" `length` times: the short ones (a word of quoted copy) made once, not per
 * word of every quote; the cache stops at a length no word of copy reaches, so odd text cannot grow it.
 */
function masks(length: number): string {
  if (length >= MASKS.length) return "Q".repeat(length);
  MASKS[length] ??= "Q".repeat(length);
  return MASKS[length];
}
const MASKS: string[] = new Array(64);

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

// Astral characters (emoji): masked by code units, whitespace kept as it is.
function maskQuotesSlow(text: string, spans: readonly QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const inner = text.slice(span.start, span.end).replace(/[^\s]/g, "Q");
    const last = text[span.end - 1] ?? "";
    const masked = /[.!?]/.test(last) ? inner.slice(0, -1) + last : inner;
    parts.push(text.slice(at, span.start), masked.slice(0, span.end - span.start));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * Raw article text → clean paragraphs and metadata. Pure: takes a string, returns values.
 */
import { decodeHTMLStrict } from "entities";
import type { Metadata } from "./facts.ts";

// Windows-1252 code points above 0x7F that are not Latin-1 (index = byte value 0x80..0x9F).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const CP1252_BYTE = new Map<string, number>([...CP1252_HIGH].map((ch, i) => [ch, 0x80 + i]));
const CP1252_CLASS = CP1252_HIGH.replace(/[\u0081\u008d\u008f\u0090\u009d]/g, "");
// A UTF-8 lead byte (Â..ô) followed by continuation bytes, all seen through Windows-1252.
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00f4][\\u0080-\\u00bf${CP1252_CLASS}]{1,3}`, "g");
const utf8 = new TextDecoder("utf-8", { fatal: true });

function cp1252Byte(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  return CP1252_BYTE.get(ch) ?? (code <= 0xff ? code : undefined);
}

/** Repairs UTF-8 text that was decoded as Windows-1252 ("â€”" → "—"), leaving real accents alone. */
export function repairMojibake(text: string): string {
  return text.replace(MOJIBAKE, (run) => {
    const bytes = [...run].map(cp1252Byte);
    if (bytes.some((b) => b === undefined)) return run;
    try {
      return utf8.decode(Uint8Array.from(bytes as number[]));
    } catch {
      return run;
    }
  });
}

const BULLET = /^\s*(?:[-*•·]\s+|\s{3,})(?=\S)/;
const SENTENCE_END = /[.!?:"”’'»)]\s*$/;

/** A paragraph of the raw text: its lines joined, and whether it was a list item. */
interface RawBlock {
  text: string;
  bullet: boolean;
  /** The block's lines as written, trimmed, for credit lines that look like list items ("- AP"). */
  raw: string;
}

/** Runs of whitespace made one space, and none at either end; most text is that already. */
function singleSpaced(text: string): string {
  return (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, " ") : text).trim();
}

/**
 * Blank lines separate paragraphs; wrapped lines (even ones that begin with a space) are joined.
 * A line that starts like a list item begins a block of its own.
 */
export function splitBlocks(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: string[] = [];
  let raw: string[] = [];
  let bullet = false;
  const flush = () => {
    const joined = singleSpaced(current.join(" "));
    // Only a list item's first line differs from its raw form (a block starts at each item).
    const rawText = bullet ? singleSpaced(raw.join(" ")) : joined;
    if (joined) blocks.push({ text: joined, bullet, raw: rawText });
    current = [];
    raw = [];
    bullet = false;
  };
  for (const line of lines) {
    if (!line.trim()) {
      flush();
      continue;
    }
    if (BULLET.test(line)) {
      flush();
      bullet = true;
      current.push(line.replace(BULLET, ""));
      raw.push(line);
      continue;
    }
    current.push(line);
    raw.push(line);
  }
  flush();
  return blocks;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number, time?: string): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return time ? `${date}T${time}` : date;
}

function parseTime(text: string): string | undefined {
  // "21:16", "9:30 p.m.", and ISO 8601's "2021-03-03T06:00:00Z".
  const m = /(?:\b|(?<=\dT))(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?/i.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem === "p" && hour < 12) hour += 12;
  if (meridiem === "a" && hour === 12) hour = 0;
  return hour < 24 ? `${pad(hour)}:${m[2]}` : undefined;
}

/** Finds a publication date (and time) in a line: numeric day-first, ISO, or with a month name. */
export function parseDate(text: string): string | null {
  const time = parseTime(text);
  let m = /\b(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]), time);
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Day-first unless that is impossible (wire copy outside the US writes 24/02/2017).
    return a > 12 || b <= 12 ? isoDate(Number(m[3]), b, a, time) : isoDate(Number(m[3]), a, b, time);
  }
  const month = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+(\\d{4})`, "i").exec(text);
  if (m)
    return isoDate(Number(m[3]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1]), time);
  m = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i").exec(text);
  if (m)
    return isoDate(Number(m[3]), MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, Number(m[2]), time);
  return null;
}

/**
 * The dateline that opens a paragraph ("MEXICO CITY (AP) — ", "Mexico City: "): the place in group
 * 1, the agency in group 2. Null when there is none: a real dateline is a place, so it is short
 * and not the start of a sentence ("He said: …").
 */
export function datelineOf(paragraph: string): RegExpExecArray | null {
  const m = DATELINE.exec(paragraph);
  return m && !/^(?:He|She|They|It|We|I|The|But|And|So|Yet)\b/.test(m[1]!) ? m : null;
}

// "MEXICO CITY (AP) — ", "Mexico City: ", "LONDON, March 3 (Reuters) - "
const DATELINE =
  /^([A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,3})(?:,\s*[A-Z][A-Za-z.]*(?:\s\d{1,2})?)?\s*(?:\(([A-Za-z][\w .&-]{0,20})\))?\s*(?::|—|–|--?)\s+(?=\S)/;
const CREDIT = /^[-–—]\s*\(?([A-Z][A-Za-z&. ]{0,30}?)\)?\s*$/;
const BYLINE = /^(?:by|from)\s+([\p{L}][\p{L} .,'&-]{0,60})$/iu;
const CAPTION_START =
  /^(?:file\s+)?(?:pic|photo|picture|image|caption|video|graphic)\b|\((?:AP|Reuters|AFP|Getty)[^)]*\)$/i;

export interface CleanArticle {
  metadata: Metadata;
  paragraphs: string[];
}

const SIGNED_QUOTE = /["”]\s*[―—–]\s*\p{Lu}/u;

function isCaption(block: RawBlock): boolean {
  if (block.bullet) return false;
  // "Video: …", "Photo of …": a caption is a short label; "Video shows that …" in a long block is body.
  if (
    CAPTION_START.test(block.text) &&
    (spaceSeparated(block.text, 40) <= 40 || /^\S+\s*[:|–—-]/.test(block.text))
  )
    return true;
  // `"…" ― Rosa Delgado`: a signed pull quote is body text, though no full stop ends it (the
  // expression reads the whole block: last, as most blocks are long or end a sentence).
  return (
    spaceSeparated(block.text, 25) <= 25 && !SENTENCE_END.test(block.text) && !SIGNED_QUOTE.test(block.text)
  );
}

/**
 * `text.split(" ").length`, without making the pieces, or any number over `most` once past it:
 * every block of every article is measured, and most are far longer than a caption.
 */
function spaceSeparated(text: string, most: number): number {
  let count = 1;
  for (let at = text.indexOf(" "); at >= 0 && count <= most; at = text.indexOf(" ", at + 1)) count++;
  return count;
}

/** Splits the date/byline line ("24/02/2017 21:16 by admin") into its parts. */
function readDateLine(line: string): { published: string | null; byline: string | null } | null {
  const published = parseDate(line);
  const by = /\bby\s+([\p{L}][\p{L} .'&-]{0,60})$/iu.exec(line);
  const byline = BYLINE.exec(line)?.[1] ?? by?.[1] ?? null;
  if (!published && !byline) return null;
  if (line.split(" ").length > 16 || /[.!?]$/.test(line)) return null;
  return { published, byline: byline?.trim() ?? null };
}

/**
 * Text taken from a feed or a page's source keeps its HTML entities (`&ldquo;`, `&quot;`, `&#8217;`):
 * decoded, so its quotation marks are marks. Only complete entities (with their ";"): "AT&T" and
 * "R&D" stay as written.
 */
function decodedEntities(text: string): string {
  return ENTITY.test(text) ? decodeHTMLStrict(text) : text;
}
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i;
/**
 * Embed markup: a tag with attributes (`<tweet tweet-id="1" author="@AP">`), a closing or an empty
 * one (`</tweet>`, `<tweet/>`). A word in angle brackets alone ("<soon>") is the copy's own.
 */
const EMBED_TAG =
  /<[a-z][\w-]*(?:\s+[\w-]+(?:=(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?)+\s*\/?>|<\/[a-z][\w-]*\s*>|<[a-z][\w-]*\s*\/>/g;

/**
 * Mojibake repaired, NFC, and control characters (other than tab and newlines) dropped: noise from bad
 * encodings. Embed markup left in the copy (`<tweet author="@AP" …>…</tweet>`, `<tweet/>`) is dropped
 * and its text kept: the tags are no words of the article, and would show in its sentences.
 */
function normaliseText(raw: string): string {
  const decoded = repairMojibake(decodedEntities(raw.replace(/^\uFEFF/, ""))).normalize("NFC");
  const text = decoded.includes("<") ? decoded.replace(EMBED_TAG, "") : decoded;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  return withLostSpaces(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ""));
}

/**
 * "… Trump said.Trump claimed that …", "the website.He added": copy pasted from the web loses the
 * space after a full stop, and the two sentences read as one, a name glued to the verb before it. A
 * word of two lower-case letters or more, its stop and a capitalised word get the space back; a
 * domain or a path ("www.Example.com", "bbc.co.uk/News") keeps its dots.
 */
function withLostSpaces(text: string): string {
  if (text.search(LOST_SPACE) < 0) return text;
  return text.replace(LOST_SPACE, (match, word: string, stop: string, next: string, at: number) =>
    word === "www" || /[./@]/.test(text[at - 1] ?? "") ? match : `${word}${stop} ${next}`,
  );
}
const LOST_SPACE = /\b(\p{Ll}{2,})([.!?])(\p{Lu}\p{Ll})/gu;

/** Staff credits in brackets closing a paragraph, as wire copy ends: "(Additional reporting by …; Editing by …)". */
const STAFF_CREDITS =
  /\s*\((?:additional |writing and )?(?:reporting|writing|editing|compiled|research|photographs) by [^()]*\)\s*$/i;

/** Cleans raw article text into metadata and body paragraphs. */
export function cleanArticle(raw: string): CleanArticle {
  const lines = normaliseText(raw).split(/\r\n|\r|\n/);
  const metadata: Metadata = {
    headline: "",
    published: null,
    byline: null,
    dateline: null,
    source: null,
    captions: [],
  };
  const rest = readHeader(lines, metadata);
  const body: string[] = [];
  for (const block of splitBlocks(rest)) {
    const credit = CREDIT.exec(block.raw);
    // "(Reporting by …; Editing by …)": the wire's staff credits, no part of the story or its people.
    const text = block.text.endsWith(")") ? block.text.replace(STAFF_CREDITS, "") : block.text;
    if (credit) metadata.source ??= credit[1]!.trim();
    else if (isCaption(block)) metadata.captions.push(block.text);
    else if (text) body.push(text);
  }
  readDateline(body, metadata);
  return { metadata, paragraphs: body };
}

/** What a page or a wire document gives: its body already in paragraphs, its metadata in fields. */
export interface ArticleParts {
  headline: string;
  /** A date as the source wrote it (ISO 8601 from JSON-LD and feeds, or a looser form). */
  published: string | null;
  byline: string | null;
  source: string | null;
  url: string | null;
  paragraphs: readonly string[];
  /** Where the story was filed, when the source says so (ninjs `located`). */
  dateline?: string | null;
}

/** A source's date as ISO 8601: kept when it already is, else read as the article text's dates are. */
function isoPublished(date: string | null): string | null {
  if (!date) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(
    date.trim(),
  );
  if (m) return PLACEHOLDER_DATE.test(m[1]!) ? null : m[2] ? `${m[1]}T${m[2]}${m[3] ?? ""}` : m[1]!;
  const parsed = parseDate(date);
  if (parsed) return parsed;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 16).concat("Z");
}

/** A date a page writes when it has none: year 1 ("0001-01-01"), or the Unix epoch. */
const PLACEHOLDER_DATE = /^(?:0\d{3}|1[0-8]\d{2}|1970-01-01)/;

/**
 * A page's byline as a name: "By GREG BEACHAM, AP Sports Writer" without its "By", and none for a
 * link or a content system's account ("https://www.facebook.com/…", "admin").
 */
function cleanByline(byline: string | null): string | null {
  if (!byline || /^(?:https?:|www\.)/i.test(byline) || NO_BYLINE.test(byline)) return null;
  return byline.replace(/^(?:[A-Za-z]+ )?by\s+/i, "") || null;
}
const NO_BYLINE = /^(?:admin|administrator|editor|webmaster|staff)$/i;

/**
 * A page's publisher as a name: "The Jerusalem Post | JPost.com" is "The Jerusalem Post", a handle
 * ("@politifact") loses its "@", and a bare address names its host ("hawaiinewsnow.com").
 */
function cleanSource(source: string | null): string | null {
  if (!source) return null;
  if (/^https?:\/\//i.test(source)) {
    try {
      return new URL(source).hostname.replace(/^www\./, "") || null;
    } catch {
      return null;
    }
  }
  return source.split(" | ")[0]!.replace(/^@/, "").trim() || null;
}

/** Cleans an article that arrives in parts; the paragraphs keep their breaks. */
export function cleanParts(parts: ArticleParts): CleanArticle {
  const one = (text: string | null | undefined) =>
    text ? normaliseText(text).replace(/\s+/g, " ").trim() || null : null;
  const paragraphs = parts.paragraphs.map((p) => one(p)).filter((p): p is string => p !== null);
  const metadata: Metadata = {
    headline: one(parts.headline) ?? "",
    published: isoPublished(parts.published),
    byline: cleanByline(one(parts.byline)),
    dateline: one(parts.dateline),
    source: cleanSource(one(parts.source)),
    captions: [],
    url: parts.url,
  };
  if (!metadata.dateline) {
    const source = metadata.source;
    readDateline(paragraphs, metadata);
    // The page names its publisher better than a dateline's "(AP)" does.
    metadata.source = source ?? metadata.source;
  }
  return { metadata, paragraphs };
}

/** Lines after the headline that may hold its date and byline. */
const HEADER_LINES = 2;

/**
 * The headline is the first line on its own (it is never wrapped in the copy we see); a date or
 * byline line may follow it. Returns the lines that remain.
 */
function readHeader(lines: string[], metadata: Metadata): string[] {
  let at = lines.findIndex((line) => line.trim() !== "");
  const first = lines[at]?.trim() ?? "";
  if (at < 0 || first.split(" ").length > 30 || /[.]$/.test(first)) return lines;
  metadata.headline = first.replace(/\s+/g, " ");
  at++;
  // The date and the byline, on one line ("24/02/2017 21:16 by admin") or on two ("By Jane Doe" /
  // "March 3, 2021"), in either order.
  for (let line = 0; line < HEADER_LINES; line++) {
    while (at < lines.length && !lines[at]!.trim()) at++;
    const dated = lines[at] ? readDateLine(lines[at]!.trim()) : null;
    if (!dated || (dated.published && metadata.published) || (dated.byline && metadata.byline)) break;
    metadata.published ??= dated.published;
    metadata.byline ??= dated.byline;
    at++;
  }
  return lines.slice(at);
}

/** Reads "Mexico City:" or "WASHINGTON (AP) —" at the start of the body; the paragraph keeps it. */
function readDateline(body: readonly string[], metadata: Metadata): void {
  const m = datelineOf(body[0] ?? "");
  if (!m) return;
  const place = m[1]!;
  metadata.dateline = place
    .split(" ")
    .map((w) => (w === w.toUpperCase() && w.length > 2 ? w[0] + w.slice(1).toLowerCase() : w))
    .join(" ");
  if (m[2]) metadata.source = m[2];
}

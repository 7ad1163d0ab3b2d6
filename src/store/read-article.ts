import { readFileSync, statSync } from "node:fs";

/** Input that is not usable article text: missing, empty, too large, binary or undecodable. */
export class ArticleInputError extends Error {
  override name = "ArticleInputError";
}

const MB = 1024 * 1024;
// Above this share of control characters the input is not prose, whatever it decoded as.
const MAX_CONTROL_SHARE = 0.05;

// Node 20's TextDecoder("windows-1252") really decodes Latin-1, leaving 0x80-0x9F as C1 controls.
// These are the Windows-1252 characters for those bytes; its five undefined slots map to themselves.
const CP1252_80_9F =
  "\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f" +
  "\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178";

/** Decodes Windows-1252 as browsers do (Node's own decoder leaves 0x80-0x9F as C1 controls). */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("windows-1252")
    .decode(bytes)
    .replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80] as string);
}

function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} bytes`;
}

/**
 * Reads an article file as text, refusing anything too large, empty or binary. The file calls are
 * synchronous: for a small local file the asynchronous ones (callback or promise alike) cost about
 * 200 µs of CPU against 15 µs, a share of a bulk ingest's time (its workers read thousands), while a
 * blocking read of a local file, 5 MB at most, holds the bot's event loop for a few milliseconds at worst.
 */
export async function readArticleText(
  path: string,
  maxBytes = 5 * MB,
  { html = false }: DecodeOptions = {},
): Promise<string> {
  const tooLarge = (size: number) =>
    new ArticleInputError(`${path}: ${formatSize(size)} exceeds the ${formatSize(maxBytes)} limit`);
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new ArticleInputError(`${path}: not a regular file`);
    size = stats.size;
  } catch (err) {
    if (err instanceof ArticleInputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ArticleInputError(`${path}: ${code === "ENOENT" ? "no such file" : `cannot read (${code})`}`, {
      cause: err,
    });
  }
  // Refuse before reading so a huge file never lands in memory.
  if (size > maxBytes) throw tooLarge(size);
  const bytes = readFileSync(path);
  // The file may have grown between the stat and the read.
  if (bytes.length > maxBytes) throw tooLarge(bytes.length);
  return decodeArticleBytes(bytes, path, { html });
}

function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  // Without a BOM, Latin-script UTF-16 shows itself by a NUL high byte in nearly every code unit.
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const units = bytes.length / 2;
  if (oddNuls >= units * 0.4 && evenNuls <= units * 0.05) return "utf-16le";
  if (evenNuls >= units * 0.4 && oddNuls <= units * 0.05) return "utf-16be";
  return null;
}

function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isWhitespace = c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d;
    if ((c < 0x20 && !isWhitespace) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / text.length;
}

/** Formats that are not text, by their first bytes, with the name a person knows them by. */
const SIGNATURES: [bytes: number[], kind: string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], "a PDF document"], // %PDF-
  [[0x50, 0x4b, 0x03, 0x04], "a ZIP archive (or a Word or OpenDocument file)"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF document"], // {\rtf
  [[0xd0, 0xcf, 0x11, 0xe0], "an old Word or Office document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip archive"],
];

function binaryKind(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find(([signature]) => signature.every((b, i) => bytes[i] === b));
  return found ? found[1] : null;
}

export interface DecodeOptions {
  /** Return a web page's text too (for a caller that extracts its article) instead of refusing it. */
  html?: boolean;
}

/** A web page or other markup: its first tag comes before any prose. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b/i.test(text);
}

/**
 * Decodes article bytes: UTF-8 (BOM stripped), UTF-16 LE/BE (by BOM or by NUL pattern),
 * else Windows-1252 for old newsroom exports that are not valid UTF-8.
 * `name` (a path or attachment name) is only used in error messages.
 */
export function decodeArticleBytes(
  bytes: Uint8Array,
  name: string,
  { html = false }: DecodeOptions = {},
): string {
  if (bytes.length === 0) throw new ArticleInputError(`${name}: file is empty`);
  const kind = binaryKind(bytes);
  if (kind) throw new ArticleInputError(`${name}: ${kind}, not article text; save it as plain text first`);
  let text: string;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new ArticleInputError(`${name}: looks like ${utf16.toUpperCase()} but is not valid ${utf16}`);
    }
  } else {
    // Stripped by hand so the Windows-1252 fallback does not turn a BOM into "ï»¿".
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hasBom ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      // Windows-1252 maps every byte, so this cannot fail; it is a superset of Latin-1's printable range.
      text = decodeWindows1252(body);
    }
  }
  if (text.trim() === "") throw new ArticleInputError(`${name}: file is empty`);
  // Any NUL outside UTF-16 (and any U+0000 inside it) means this is not text.
  if (text.includes("\0") || controlShare(text) > MAX_CONTROL_SHARE) {
    throw new ArticleInputError(`${name}: looks like a binary file, not article text`);
  }
  if (looksLikeHtml(text) && !html) {
    throw new ArticleInputError(`${name}: a web page (HTML), not article text; add it with npm run ingest`);
  }
  return text;
}

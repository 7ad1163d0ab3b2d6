/**
 * Bytes of a web page → text, choosing the character set as browsers do: a byte-order mark first,
 * then the HTTP Content-Type header, then a `<meta charset>` (or its http-equiv form) in the first
 * 1024 bytes, else UTF-8 when the bytes are valid UTF-8, else Windows-1252. Pure.
 */
import { decodeWindows1252 } from "../store/read-article.ts";

// The HTML standard's pre-scan reads the first 1024 bytes; some pages put the tag a little later.
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset parameter of a Content-Type value, lower-cased, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The encoding a `<meta>` tag declares near the top of the page, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** A label TextDecoder knows, normalised; null for an unknown label. */
function knownEncoding(label: string | null): string | null {
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page cannot really be UTF-16 if its bytes said so in ASCII (the standard's rule).
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return null;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  if (encoding === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder(encoding).decode(bytes);
}

/** Decodes a page; `contentType` is the HTTP header when the page was fetched. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const declared = knownEncoding(charsetOf(contentType)) ?? knownEncoding(declaredCharset(bytes));
  if (declared && declared !== "utf-8") return decodeAs(declared, bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Declared UTF-8 but not valid: keep what is valid. Undeclared: old pages are mostly Windows-1252.
    return declared ? new TextDecoder("utf-8").decode(bytes) : decodeWindows1252(bytes);
  }
}

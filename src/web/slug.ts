/**
 * The article id of a link: readable (the site and the last words of the path) and stable (the same
 * URL always gives the same id, so fetching it again replaces the article). A short hash of the whole
 * URL keeps two links that read alike apart. Pure.
 */
import { createHash } from "node:crypto";

const MAX_READABLE = 80;

function words(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\.(?:s?html?|php|aspx?|jsp)$/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "https://www.example.com/news/2019/11/harbour-strike.html" → "example.com-harbour-strike-3fa2c1b0". */
export function slugForUrl(link: string | URL): string {
  const url = new URL(link);
  url.hash = "";
  const host = url.hostname.replace(/^www\./, "");
  // The last meaningful path segments: dates and numeric ids say less than the words.
  const segments = url.pathname
    .split("/")
    .map((s) => words(decodeURIComponent(s.replace(/%(?![0-9a-f]{2})/gi, "%25"))))
    .filter((s) => s && !/^\d+$/.test(s));
  let path = segments.slice(-2).join("-");
  if (path.length > MAX_READABLE) path = path.slice(0, MAX_READABLE).replace(/-[^-]*$/, "");
  const hash = createHash("sha256").update(url.href).digest("hex").slice(0, 8);
  const readable = [words(host).replace(/-/g, "."), path].filter(Boolean).join("-");
  return `${readable.replace(/\.{2,}/g, ".")}-${hash}`;
}

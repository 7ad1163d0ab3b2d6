/**
 * Where an article comes from → its id, text and facts: a plain-text file, a saved web page
 * (.html/.htm), a wire document (ninjs .json), or an http(s) link to any of those. The one function
 * the ingest command, the bot and the feed follower share.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { ArticleParts } from "../article/clean.ts";
import type { Facts } from "../article/facts.ts";
import { parseArticle, parseArticleParts } from "../article/parse.ts";
import { validateArticleId } from "../store/facts-store.ts";
import { ArticleInputError, looksLikeHtml, readArticleText } from "../store/read-article.ts";
import { decodeHtml } from "./charset.ts";
import { extractArticle } from "./extract.ts";
import { type FetchOptions, fetchLink } from "./fetch.ts";
import { isNinjs, ninjsParts } from "./ninjs.ts";
import { slugForUrl } from "./slug.ts";

export interface SourcedArticle {
  id: string;
  /** The article as plain text (headline, then paragraphs), saved beside its facts. */
  text: string;
  facts: Facts;
}

const MB = 1024 * 1024;
const MAX_FILE_BYTES = 10 * MB;
const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain|application\/(?:[\w.+-]*\+)?json)$/;

export function isLink(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^(?:file|data|javascript):/i.test(input);
}

/** The plain text saved beside the facts of an article that came in parts. */
export function textOfParts(parts: ArticleParts): string {
  return `${[parts.headline, ...parts.paragraphs].filter(Boolean).join("\n\n")}\n`;
}

/** An article that arrived in parts → its facts; refuses one with no text. */
export function sourcedFromParts(parts: ArticleParts, id: string, where: string): SourcedArticle {
  const facts = parseArticleParts(parts, id);
  if (facts.paragraphs.length === 0) throw new ArticleInputError(`${where}: found no article text`);
  return { id, text: textOfParts(parts), facts };
}

/** Bytes that are a page or a wire document → article parts. */
export function partsOf(
  bytes: Uint8Array,
  contentType: string | null,
  where: string,
  url?: string,
): ArticleParts {
  const mediaType = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (mediaType.includes("json") || (!mediaType && where.toLowerCase().endsWith(".json"))) {
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new ArticleInputError(`${where}: not valid JSON`);
    }
    if (!isNinjs(value)) throw new ArticleInputError(`${where}: JSON that is not a ninjs news item`);
    const parts = ninjsParts(value);
    return { ...parts, url: parts.url ?? url ?? null };
  }
  if (mediaType === "text/plain") {
    const text = new TextDecoder().decode(bytes);
    return {
      headline: "",
      published: null,
      byline: null,
      source: null,
      url: url ?? null,
      paragraphs: text.split(/\n\s*\n/),
    };
  }
  return extractArticle(decodeHtml(bytes, contentType), url);
}

async function fromFile(path: string, id: string): Promise<SourcedArticle> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".html" && ext !== ".htm" && ext !== ".json") {
    return fromText(await readArticleText(path, undefined, { html: true }), id, path);
  }
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new ArticleInputError(`${path}: no such file`);
    },
  );
  if (size > MAX_FILE_BYTES) throw new ArticleInputError(`${path}: larger than ${MAX_FILE_BYTES / MB} MB`);
  const bytes = await readFile(path);
  const type = ext === ".json" ? "application/json" : null;
  return sourcedFromParts(partsOf(bytes, type, path), id, path);
}

/** Article text as a person saved it; a web page saved under another name is extracted all the same. */
export function fromText(text: string, id: string, where: string): SourcedArticle {
  if (looksLikeHtml(text)) return sourcedFromParts(extractArticle(text), id, where);
  return { id, text, facts: parseArticle(text, id) };
}

/** Fetches a link and reads the article it holds; the id is the link's slug unless one is given. */
export async function fromLink(
  link: string,
  id: string | undefined,
  options: FetchOptions,
): Promise<SourcedArticle> {
  const page = await fetchLink(link, { accept: PAGE_TYPES, ...options });
  return sourcedFromParts(partsOf(page.body, page.contentType, link, page.url), id ?? slugForUrl(link), link);
}

/**
 * Reads one article from a file path or a link. `id` overrides the default (the file's base name, or
 * the link's slug). Throws ArticleInputError or FetchError with a one-line reason.
 */
export async function readSource(
  input: string,
  options: FetchOptions & { id?: string } = {},
): Promise<SourcedArticle> {
  const { id, ...fetchOptions } = options;
  if (isLink(input))
    return fromLink(input, id === undefined ? undefined : validateArticleId(id), fetchOptions);
  return fromFile(input, validateArticleId(id ?? basename(input, extname(input))));
}

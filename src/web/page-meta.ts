/**
 * What a news page says about itself: schema.org JSON-LD (NewsArticle and kin) and OpenGraph / meta
 * tags. Pure: takes a parsed document, returns values.
 */
import type { DomDocument } from "./dom.ts";

export interface PageMeta {
  headline: string | null;
  published: string | null;
  byline: string | null;
  source: string | null;
  /** The canonical URL, when the page names one. */
  url: string | null;
  /** schema.org `articleBody`, when the page carries the text itself. */
  articleBody: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting|WebPage)$/;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every object in the JSON-LD graphs, flattened (arrays, `@graph`, and `mainEntity`). */
function jsonLdObjects(doc: DomDocument): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (isObject(value)) {
      out.push(value);
      visit(value["@graph"], depth + 1);
      visit(value.mainEntity, depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Some sites leave raw newlines or a trailing semicolon in the JSON; both are harmless to drop.
      visit(JSON.parse((script.textContent ?? "").replace(/[\r\n\t]+/g, " ").replace(/;\s*$/, "")), 0);
    } catch {
      // Broken JSON-LD is common; the page is still read from its HTML.
    }
  }
  return out;
}

function typesOf(obj: Json): string[] {
  const t = obj["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** A name out of a schema.org value: a string, a Person/Organization, or a list of them. */
function nameOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(", ") : null;
  }
  if (isObject(value)) return nameOf(value.name);
  return null;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function metaContent(doc: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

/** An http(s) URL, resolved against the page's own address; anything else is dropped. */
function absoluteUrl(value: string | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Reads the page's own description of itself. `pageUrl` is where it was fetched from, if known. */
export function readPageMeta(doc: DomDocument, pageUrl?: string): PageMeta {
  const objects = jsonLdObjects(doc);
  const article =
    objects.find((o) => typesOf(o).some((t) => /Article|BlogPosting|Report/.test(t))) ??
    objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t)) && o.headline);
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metaContent(doc, "og:url");
  const headline =
    text(article?.headline) ??
    metaContent(doc, "og:title", "twitter:title") ??
    text(doc.querySelector("title")?.textContent);
  const source = nameOf(article?.publisher) ?? metaContent(doc, "og:site_name", "application-name");
  return {
    headline,
    published:
      text(article?.datePublished) ??
      metaContent(doc, "article:published_time", "datePublished", "pubdate", "date", "dc.date"),
    byline: nameOf(article?.author) ?? metaContent(doc, "author", "article:author", "byl"),
    // Some pages give their headline as the application's name: no source at all.
    source: source === headline ? null : source,
    url: absoluteUrl(canonical, pageUrl) ?? absoluteUrl(pageUrl ?? null, undefined),
    articleBody: text(article?.articleBody),
  };
}

/**
 * RSS 2.0, Atom and JSON Feed documents → their items. Pure: takes the document's text, returns values.
 * linkedom reads the XML (it expands no entities of the document's own, so a hostile feed cannot
 * blow up in memory).
 */
import { createHash } from "node:crypto";
import { DOMParser } from "linkedom";
import type { DomElement } from "./dom.ts";

export interface FeedItem {
  /** What makes the item itself: its guid/id, else its link, else a hash of its content. */
  key: string;
  link: string | null;
  title: string;
  published: string | null;
  byline: string | null;
  /** The item's text as HTML (content:encoded, Atom content, content_html) or plain text; may be a teaser. */
  content: string | null;
  contentIsHtml: boolean;
}

export interface Feed {
  title: string;
  items: FeedItem[];
}

/** A document that is not a feed of any known kind; the message is one line. */
export class FeedFormatError extends Error {
  override name = "FeedFormatError";
}

interface XmlElement extends DomElement {
  getElementsByTagName(name: string): ArrayLike<XmlElement> & Iterable<XmlElement>;
  readonly children: ArrayLike<XmlElement> & Iterable<XmlElement>;
}

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() ? value.trim() : null;

function hashKey(...parts: (string | null)[]): string {
  return `sha256:${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32)}`;
}

function absolute(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The first direct child with one of these tag names (namespace prefix included, as written). */
function child(el: XmlElement, ...names: string[]): XmlElement | null {
  for (const name of names) {
    for (const c of el.children) if (c.tagName === name || c.tagName.toLowerCase() === name) return c;
  }
  return null;
}

const childText = (el: XmlElement, ...names: string[]) => text(child(el, ...names)?.textContent);

function item(fields: Omit<FeedItem, "key">, id: string | null): FeedItem {
  return { key: id ?? fields.link ?? hashKey(fields.title, fields.content), ...fields };
}

function rssItem(el: XmlElement, base: string | undefined): FeedItem {
  const encoded = childText(el, "content:encoded");
  const description = childText(el, "description");
  return item(
    {
      link: absolute(childText(el, "link"), base),
      title: childText(el, "title") ?? "",
      published: childText(el, "pubDate", "dc:date"),
      byline: childText(el, "dc:creator", "author"),
      content: encoded ?? description,
      contentIsHtml: true,
    },
    childText(el, "guid"),
  );
}

function atomLink(el: XmlElement, base: string | undefined): string | null {
  for (const link of el.children) {
    if (link.tagName !== "link") continue;
    const rel = link.getAttribute("rel") ?? "alternate";
    if (rel === "alternate") return absolute(link.getAttribute("href"), base);
  }
  return null;
}

function atomEntry(el: XmlElement, base: string | undefined): FeedItem {
  const content = child(el, "content") ?? child(el, "summary");
  const type = content?.getAttribute("type") ?? "text";
  const author = child(el, "author");
  return item(
    {
      link: atomLink(el, base),
      title: childText(el, "title") ?? "",
      published: childText(el, "published", "updated"),
      byline: author ? childText(author, "name") : null,
      content: text(content?.textContent),
      contentIsHtml: type === "html" || type === "xhtml",
    },
    childText(el, "id"),
  );
}

function parseXmlFeed(source: string, base: string | undefined): Feed {
  const doc = new DOMParser().parseFromString(source, "text/xml") as unknown as {
    documentElement: XmlElement | null;
  };
  const root = doc.documentElement;
  const name = root?.tagName.toLowerCase();
  if (root && (name === "rss" || name === "rdf:rdf")) {
    const channel = child(root, "channel") ?? root;
    const items = [...root.getElementsByTagName("item")].map((el) => rssItem(el, base));
    return { title: childText(channel, "title") ?? "", items };
  }
  if (root && name === "feed") {
    const entries = [...root.children].filter((c) => c.tagName === "entry");
    return { title: childText(root, "title") ?? "", items: entries.map((el) => atomEntry(el, base)) };
  }
  throw new FeedFormatError(`not an RSS, Atom or JSON feed (root element ${name ?? "missing"})`);
}

function parseJsonFeed(source: string, base: string | undefined): Feed {
  let doc: unknown;
  try {
    doc = JSON.parse(source);
  } catch {
    throw new FeedFormatError("not valid JSON");
  }
  const feed = doc as { version?: unknown; title?: unknown; items?: unknown };
  if (typeof feed?.version !== "string" || !feed.version.startsWith("https://jsonfeed.org/version/")) {
    throw new FeedFormatError("JSON that is not a JSON Feed (no jsonfeed.org version)");
  }
  const items = (Array.isArray(feed.items) ? feed.items : []).map((raw: Record<string, unknown>) => {
    const html = text(raw.content_html);
    const authors = Array.isArray(raw.authors) ? raw.authors : raw.author ? [raw.author] : [];
    const byline =
      authors
        .map((a: { name?: unknown }) => text(a?.name))
        .filter(Boolean)
        .join(", ") || null;
    return item(
      {
        link: absolute(text(raw.url) ?? text(raw.external_url), base),
        title: text(raw.title) ?? "",
        published: text(raw.date_published),
        byline,
        content: html ?? text(raw.content_text) ?? text(raw.summary),
        contentIsHtml: html !== null,
      },
      raw.id === undefined || raw.id === null ? null : String(raw.id),
    );
  });
  return { title: text(feed.title) ?? "", items };
}

/** Parses a feed of any of the three kinds; `base` resolves relative links. */
export function parseFeed(source: string, base?: string): Feed {
  const start = source.trimStart();
  return start.startsWith("{") ? parseJsonFeed(start, base) : parseXmlFeed(start, base);
}

/**
 * HTML → article text: the body as paragraphs, and the page's metadata. Pure: takes the page's
 * text (already decoded) and returns values.
 *
 * Mozilla's Readability finds the body. Around it, generic cleanup that follows how news pages are
 * built rather than any one site: page furniture (captions, credits, share and newsletter boxes,
 * pop-ups) is removed before Readability scores the page; afterwards, runs of links, repeated lines
 * and the short non-sentences at the edges of the body (section labels, time stamps, "Tags") are
 * dropped. When the page carries its own text (schema.org `articleBody`), it decides which
 * paragraphs belong to the article.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { ArticleParts } from "../article/clean.ts";
import { guideByArticleBody } from "./article-body.ts";
import { type DomDocument, type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from "./dom.ts";
import { type PageMeta, readPageMeta } from "./page-meta.ts";
import { type Block, cleanBlocks } from "./paragraphs.ts";
import { stripHeavyTags } from "./strip.ts";

const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TR",
  "UL",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "BUTTON", "SELECT", "TEXTAREA"]);

// Class or id words of page furniture that sits inside article bodies on many sites.
const FURNITURE =
  /(?:^|[-_\s])(?:caption|credits?|share|sharing|social|newsletter|subscribe|promo|rollover|tooltip|popup|modal|related|recommended|tags?|breadcrumbs?|byline|author-bio|dateline|timestamp|print-only|visually-hidden|sr-only|screen-reader-text)(?:$|[-_\s])/i;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Page furniture by its markup: captions, hidden elements, and the widgets named in FURNITURE. */
function isFurnitureElement(el: DomElement): boolean {
  const tag = el.tagName;
  if (tag === "FIGCAPTION") return true;
  if (tag === "BODY" || tag === "HTML" || tag === "ARTICLE" || tag === "MAIN") return false;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && HIDDEN_STYLE.test(style)) return true;
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  return names.length > 1 && FURNITURE.test(names);
}

/**
 * `Rep. <span class="rollover-people"><a>Alexandria Ocasio-Cortez</a><span class="rollover-people-block">…`:
 * a hover card inside a paragraph keeps the link that opens it, a word of the sentence; only the card
 * is furniture. Null for any other furniture.
 */
function hoverTrigger(el: DomElement): DomElement | null {
  if (!INLINE.has(el.tagName) || !HOVER_CARD.test(el.getAttribute("class") ?? "")) return null;
  const link = el.firstElementChild;
  if (link?.tagName !== "A" || !insideParagraph(el)) return null;
  return link;
}
const INLINE = new Set(["SPAN", "A"]);
const HOVER_CARD = /(?:^|[-_\s])(?:rollover|tooltip|popup|hovercard)(?:$|[-_\s])/i;

/** Whether a paragraph holds `el`, a few elements up at most. */
function insideParagraph(el: DomElement): boolean {
  let up = el.parentElement;
  for (let k = 0; up && k < 4; k++, up = up.parentElement) if (up.tagName === "P") return true;
  return false;
}

/** Elements a post's box never is: the body itself, or a paragraph the post is part of. */
const NOT_A_BOX = new Set(["BODY", "HTML", "ARTICLE", "MAIN", "P", "LI", "TD"]);

/**
 * Takes each blockquote out of the boxes that hold nothing but it. An embedded post (a tweet, an
 * Instagram post: what the article quotes, its sources' own words) comes wrapped in widget boxes
 * full of links and short of words ("social-media-embed", "article-tweet__inner"), which page
 * cleaning, ours and Readability's, drops by their names or link density; standing among the
 * paragraphs, the post is read as the quotation it is.
 */
function unwrapQuotations(root: DomElement): void {
  for (const quote of [...root.querySelectorAll("blockquote")]) {
    const text = quote.textContent?.trim();
    let box = quote.parentElement;
    while (text && box && !NOT_A_BOX.has(box.tagName) && box.textContent?.trim() === text) {
      const outer: DomElement | null = box.parentElement;
      box.replaceWith(quote);
      box = outer;
    }
  }
}

/** Removes what never belongs to an article's text, before Readability weighs the page. */
function removeFurniture(root: DomElement): void {
  let child = root.firstElementChild;
  while (child) {
    const next = child.nextElementSibling;
    // Furniture is small: an element that holds several paragraphs is content whatever its name.
    if (isFurnitureElement(child) && child.getElementsByTagName("p").length < 3) {
      const trigger = hoverTrigger(child);
      if (trigger) child.replaceWith(trigger);
      else child.remove();
    } else removeFurniture(child);
    child = next;
  }
}

/** The text of an element as blocks: block elements and line breaks separate them. */
export function blocksOf(root: DomElement): Block[] {
  const out: Block[] = [];
  let text = "";
  let linked = 0;
  let quoted = false;
  const flush = () => {
    const t = text.replace(/\s+/g, " ").trim();
    if (t) out.push({ text: t, linkShare: Math.min(1, linked / t.length), quoted });
    text = "";
    linked = 0;
  };
  const walk = (node: DomNode, inLink: boolean, inQuote: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const value = child.nodeValue ?? "";
        text += value;
        if (inLink) linked += value.replace(/\s+/g, " ").trim().length;
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as DomElement).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        // A table row is one line; its cells are words of it.
        if (tag === "TD" || tag === "TH") text += " ";
        quoted = inQuote || tag === "BLOCKQUOTE";
        walk(child, inLink || tag === "A", quoted);
        if (block) flush();
        quoted = inQuote;
      }
    }
  };
  walk(root, false, false);
  flush();
  return out;
}

function readabilityBlocks(doc: DomDocument): Block[] {
  const parsed = new Readability(doc, {
    serializer: (el: DomNode) => el,
    // Metadata is read from the page before Readability runs, and classes are never looked at after.
    disableJSONLD: true,
    keepClasses: true,
  }).parse();
  return parsed?.content ? blocksOf(parsed.content as unknown as DomElement) : [];
}

/** The paragraphs of an HTML fragment that is all body (a feed item's content, a wire story). */
export function paragraphsOfHtml(html: string): string[] {
  const document = parseHTML(`<!doctype html><html><body>${stripHeavyTags(html)}</body></html>`)
    .document as unknown as DomDocument;
  return blocksOf(document.documentElement).map((b) => b.text);
}

/** Extracts the article from a page; never throws on odd HTML (an empty body at worst). */
export function extractArticle(html: string, pageUrl?: string): ArticleParts {
  const document = parseHTML(stripHeavyTags(html)).document as unknown as DomDocument;
  const meta: PageMeta = readPageMeta(document, pageUrl);
  let blocks: Block[] = [];
  try {
    unwrapQuotations(document.documentElement);
    removeFurniture(document.documentElement);
    blocks = readabilityBlocks(document);
  } catch {
    blocks = [];
  }
  const body = cleanBlocks(blocks, meta.headline);
  const paragraphs = meta.articleBody ? guideByArticleBody(body, meta.articleBody) : body.map((b) => b.text);
  return {
    headline: meta.headline ?? "",
    published: meta.published,
    byline: meta.byline,
    source: meta.source,
    url: meta.url,
    paragraphs,
  };
}

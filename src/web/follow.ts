/**
 * Following a feed: fetch it (conditionally), take every item not seen before, read its article from
 * the feed's own full text or from its page, and remember it in the feed state so that nothing is
 * ingested twice, across restarts too. A failing feed is retried later and later (backoff).
 */
import type { ArticleParts } from "../article/clean.ts";
import type { FeedRecord, FeedState } from "../store/feed-state.ts";
import { paragraphsOfHtml } from "./extract.ts";
import { FeedFormatError, type FeedItem, parseFeed } from "./feed-parse.ts";
import { FetchError, type FetchOptions, fetchLink } from "./fetch.ts";
import { slugForUrl } from "./slug.ts";
import { fromLink, type SourcedArticle, sourcedFromParts } from "./source.ts";

const FEED_TYPES = /xml|rss|atom|json|^text\/plain$/;
// A feed item with at least this many words carries the article itself, not a teaser.
const FULL_TEXT_WORDS = 150;
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_MAX_MS = 6 * 60 * 60_000;

export interface FollowOptions extends FetchOptions {
  state: FeedState;
  /** Stores an article (the data directory, the bot's archive); throws to leave the item for next time. */
  save: (article: SourcedArticle) => Promise<void>;
  now?: () => number;
}

export type PollResult =
  | { status: "ok"; articles: SourcedArticle[]; errors: string[] }
  | { status: "unchanged" }
  | { status: "waiting"; retryAt: string }
  | { status: "failed"; error: string; retryAt: string };

/** The wait after `failures` failures in a row: one minute, doubling, at most six hours. */
export function backoffMs(failures: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The item's own text as an article, when the feed carries all of it. */
function fullTextParts(item: FeedItem, feedTitle: string): ArticleParts | null {
  if (!item.content) return null;
  const paragraphs = item.contentIsHtml ? paragraphsOfHtml(item.content) : item.content.split(/\n\s*\n/);
  if (wordCount(paragraphs.join(" ")) < FULL_TEXT_WORDS) return null;
  return {
    headline: item.title,
    published: item.published,
    byline: item.byline,
    source: feedTitle || null,
    url: item.link,
    paragraphs,
  };
}

async function readItem(item: FeedItem, feedTitle: string, options: FetchOptions): Promise<SourcedArticle> {
  const parts = fullTextParts(item, feedTitle);
  const id = item.link
    ? slugForUrl(item.link)
    : `item-${item.key
        .replace(/^sha256:/, "")
        .replace(/[^A-Za-z0-9]+/g, "-")
        .slice(0, 60)}`;
  if (parts) return sourcedFromParts(parts, id, item.link ?? item.title);
  if (!item.link) throw new FetchError(`item “${item.title}” has neither a link nor its text`);
  const article = await fromLink(item.link, id, options);
  // The feed names the headline, date and byline as the newsroom meant them; the page may not.
  const metadata = article.facts.metadata;
  metadata.headline ||= item.title;
  metadata.byline ??= item.byline;
  return article;
}

/** Polls one feed once. Never throws for the feed's own faults: they are in the result. */
export async function pollFeed(feedUrl: string, options: FollowOptions): Promise<PollResult> {
  const { state, save, now = Date.now, ...fetchOptions } = options;
  const record = await state.get(feedUrl);
  if (record.retryAt && Date.parse(record.retryAt) > now())
    return { status: "waiting", retryAt: record.retryAt };
  let feed: ReturnType<typeof parseFeed>;
  let fetched: Awaited<ReturnType<typeof fetchLink>>;
  try {
    fetched = await fetchLink(feedUrl, {
      ...fetchOptions,
      accept: FEED_TYPES,
      etag: record.etag,
      lastModified: record.lastModified,
    });
    feed = fetched.notModified
      ? { title: "", items: [] }
      : parseFeed(fetched.body.toString("utf8"), fetched.url);
  } catch (err) {
    if (!(err instanceof FetchError || err instanceof FeedFormatError)) throw err;
    const failed = await state.update(feedUrl, (r) => failure(r, err.message, now()));
    return { status: "failed", error: err.message, retryAt: failed!.retryAt! };
  }
  const validators = {
    etag: fetched.etag ?? record.etag,
    lastModified: fetched.lastModified ?? record.lastModified,
  };
  await state.update(feedUrl, (r) => ({ ...r, ...validators, failures: 0, retryAt: null, lastError: null }));
  if (fetched.notModified) return { status: "unchanged" };
  const seen = new Set(record.seen);
  const articles: SourcedArticle[] = [];
  const errors: string[] = [];
  // Feeds list the newest first; oldest first keeps the archive in the order the news came.
  for (const item of [...feed.items].reverse()) {
    if (seen.has(item.key)) continue;
    let article: SourcedArticle;
    try {
      article = await readItem(item, feed.title, fetchOptions);
      await save(article);
      articles.push(article);
    } catch (err) {
      errors.push(`${item.link ?? item.title}: ${(err as Error).message}`);
      continue;
    }
    seen.add(item.key);
    const { id } = article;
    await state.update(feedUrl, (r) => ({
      ...r,
      seen: [...r.seen, item.key],
      articles: [...r.articles.filter((known) => known !== id), id],
    }));
  }
  return { status: "ok", articles, errors };
}

function failure(record: FeedRecord, error: string, now: number): FeedRecord {
  const failures = record.failures + 1;
  return {
    ...record,
    failures,
    lastError: error,
    retryAt: new Date(now + backoffMs(failures)).toISOString(),
  };
}

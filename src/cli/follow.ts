/**
 * `npm run follow`: follows news feeds (RSS 2.0, Atom, JSON Feed) into the data directory: one line per
 * new article; with --once, one pass then exit; else a pass every --every (default 5 minutes).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { privateUrlsAllowed } from "../config.ts";
import { formatNewArticle } from "../present/format.ts";
import { PLAIN } from "../present/style.ts";
import { saveArticle } from "../store/facts-store.ts";
import { FeedState } from "../store/feed-state.ts";
import { parseLink } from "../web/fetch.ts";
import { type FollowOptions, pollFeed } from "../web/follow.ts";
import { type CliCommand, dataOption, oneLine, print, UsageError } from "./command.ts";

const options = {
  data: dataOption,
  once: { type: "boolean", description: "fetch each feed once, then exit" },
  every: { type: "string", value: "DUR", description: "time between passes: 30s, 5m, 1h", default: "5m" },
} as const;

/** "30s", "5m", "1h" (or plain seconds) → milliseconds; at least ten seconds, to be kind to servers. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(text.trim());
  const ms = m
    ? Number(m[1]) * { s: 1_000, m: 60_000, h: 3_600_000 }[(m[2]?.toLowerCase() ?? "s") as "s"]
    : Number.NaN;
  if (!(ms >= 10_000))
    throw new UsageError(`--every takes a duration of at least 10s, like 30s, 5m or 1h, not "${text}"`);
  return ms;
}

/** One pass over the feeds; resolves to the number of feeds that failed. */
async function pass(feeds: string[], follow: FollowOptions): Promise<number> {
  let failed = 0;
  for (const feed of feeds) {
    const result = await pollFeed(feed, follow);
    if (result.status === "failed") {
      failed++;
      process.stderr.write(`${feed}: ${oneLine(result.error)} (next try after ${result.retryAt})\n`);
    }
    if (result.status !== "ok") continue;
    for (const article of result.articles) print(`${article.id}: ${formatNewArticle(article.facts, PLAIN)}`);
    for (const error of result.errors) process.stderr.write(`${oneLine(error)}\n`);
  }
  return failed;
}

export const follow = {
  name: "follow",
  summary: "follow RSS, Atom or JSON feeds: ingest each new item once, polling until stopped",
  arguments: "<feed...>",
  options,
  examples: [
    "npm run follow -- --once https://example.com/news/rss.xml",
    "npm run follow -- --every 10m FEED_URL",
  ],
  async run({ data, once, every }, feeds) {
    const interval = parseDuration(every);
    for (const feed of feeds) parseLink(feed);
    const follow: FollowOptions = {
      state: FeedState.inDataDir(data),
      allowPrivate: privateUrlsAllowed(process.env),
      save: ({ id, text, facts }) => saveArticle(data, id, text, facts),
    };
    for (;;) {
      const failed = await pass(feeds, follow);
      if (once) return failed > 0 ? 1 : 0;
      await sleep(interval);
    }
  },
} satisfies CliCommand<typeof options>;

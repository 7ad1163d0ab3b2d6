/**
 * The feeds the bot follows: those in FEEDS and those added with /feed add, polled every few minutes
 * into the data directory. A feed added with a channel announces its new articles there (headline,
 * source, date, people quoted), pinging no one. Under sharding only the process with shard 0 polls.
 */
import type { Client } from "discord.js";
import type { Logger } from "../log.ts";
import { formatNewArticle } from "../present/format.ts";
import { markdown, md } from "../present/markdown.ts";
import type { DataDir } from "../store/data-dir.ts";
import { emptyFeedRecord, type FeedRecord, type FeedState } from "../store/feed-state.ts";
import { type PollResult, pollFeed } from "../web/follow.ts";
import type { SourcedArticle } from "../web/source.ts";
import { safeMessageReply } from "./respond.ts";

const POLL_EVERY_MS = 5 * 60_000;

export interface BotFeedsOptions {
  /** Feeds from the environment (FEEDS): followed, never announced, not removable with /feed. */
  fixed: readonly string[];
  state: FeedState;
  data: DataDir;
  client: Client;
  log: Logger;
  allowPrivate: boolean;
}

export class BotFeeds {
  readonly #options: BotFeedsOptions;
  #timer: NodeJS.Timeout | undefined;
  /** One pass at a time: a slow feed must not let passes pile up. */
  #running: Promise<void> = Promise.resolve();

  constructor(options: BotFeedsOptions) {
    this.#options = options;
  }

  get fixed(): readonly string[] {
    return this.#options.fixed;
  }

  /** Every feed followed, with its record; FEEDS first. */
  async list(): Promise<{ url: string; record: FeedRecord; fixed: boolean }[]> {
    const records = await this.#options.state.all();
    const { fixed } = this.#options;
    const added = Object.keys(records).filter((url) => records[url]!.subscribed && !fixed.includes(url));
    return [...fixed, ...added].map((url) => ({
      url,
      record: records[url] ?? emptyFeedRecord(),
      fixed: fixed.includes(url),
    }));
  }

  /** Follows a feed (announcing in `channelId`, if given) and takes its items at once. */
  async add(url: string, channelId: string | null): Promise<PollResult> {
    const before = await this.#options.state.get(url);
    await this.#options.state.update(url, (r) => ({ ...r, subscribed: true, channelId, retryAt: null }));
    const result = await this.poll(url);
    // A link that is no working feed is not kept: the state is as it was.
    if (result.status === "failed")
      await this.#options.state.update(url, () => (before.seen.length ? before : null));
    return result;
  }

  /** Stops following an added feed; false when it was not followed that way. */
  async remove(url: string): Promise<boolean> {
    const record = await this.#options.state.get(url);
    if (!record.subscribed) return false;
    await this.#options.state.update(url, (r) => ({ ...r, subscribed: false, channelId: null }));
    return true;
  }

  /** Polls one feed, saving and announcing what is new. */
  async poll(url: string): Promise<PollResult> {
    const { state, data, log, allowPrivate } = this.#options;
    const save = async (a: SourcedArticle) => {
      await data.add(a.id, a.text, a.facts);
    };
    const result = await pollFeed(url, { state, save, allowPrivate });
    if (result.status === "failed")
      log.warn({ feed: url, problem: result.error, retryAt: result.retryAt }, "feed failed");
    if (result.status !== "ok") return result;
    for (const error of result.errors) log.warn({ feed: url, problem: error }, "feed item skipped");
    const channelId = (await state.get(url)).channelId;
    for (const article of result.articles) {
      log.info({ event: "article added", feed: url, article: article.id }, "article added from a feed");
      if (channelId) await this.#announce(channelId, article);
    }
    return result;
  }

  async #announce(channelId: string, article: SourcedArticle): Promise<void> {
    try {
      const channel = await this.#options.client.channels.fetch(channelId);
      if (!channel?.isSendable()) throw new Error("not a channel the bot can post in");
      await channel.send(safeMessageReply(md`New article: ${markdown(formatNewArticle, article.facts)}`));
    } catch (err) {
      this.#options.log.warn(
        { channel: channelId, article: article.id, err },
        "could not announce an article",
      );
    }
  }

  /** Polls every feed now and then every five minutes. */
  start(everyMs = POLL_EVERY_MS): void {
    const pass = () => {
      this.#running = this.#running.then(() => this.#pollAll());
    };
    pass();
    this.#timer = setInterval(pass, everyMs).unref();
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  async #pollAll(): Promise<void> {
    for (const { url } of await this.list()) {
      try {
        await this.poll(url);
      } catch (err) {
        this.#options.log.error({ feed: url, err }, "feed poll crashed");
      }
    }
  }
}

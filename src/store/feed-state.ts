/**
 * The feeds followed and what was already taken from each, in `<data>/.state/feeds.json`, so a restart
 * ingests nothing twice. Every write is a locked read-modify-write (the bot's shards and `npm run
 * follow` may share a data directory). Returns data only.
 */
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { z } from "zod";
import { writeFileAtomic } from "./facts-store.ts";
import { withFileLock } from "./file-lock.ts";

const VERSION = 1;
// Feeds list their latest few dozen items; this many keys remember far more than any feed shows.
const MAX_SEEN = 2_000;

const FEED_RECORD = z.object({
  /** Item keys already ingested (guid, link or content hash), newest last. */
  seen: z.array(z.string()).default([]),
  etag: z.string().nullable().default(null),
  lastModified: z.string().nullable().default(null),
  /** Failures in a row; the wait before the next try doubles with each. */
  failures: z.int().min(0).default(0),
  /** ISO time before which a failing feed is not tried again. */
  retryAt: z.string().nullable().default(null),
  lastError: z.string().nullable().default(null),
  /** Channel where new articles are announced (added with /feed add), or null. */
  channelId: z.string().nullable().default(null),
  /** True for a feed added with /feed add (as opposed to FEEDS or the command line). */
  subscribed: z.boolean().default(false),
  /** Ids of the articles this feed brought in, oldest first: what `/sources feed:` counts. */
  articles: z.array(z.string()).default([]),
});

/** One schema for the state file: its type and its validation. */
const STATE_FILE = z.object({
  version: z.literal(VERSION),
  feeds: z.record(z.string(), FEED_RECORD),
});

export type FeedRecord = z.infer<typeof FEED_RECORD>;
type StateFile = z.infer<typeof STATE_FILE>;

export function emptyFeedRecord(): FeedRecord {
  return FEED_RECORD.parse({});
}

export class FeedState {
  readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  static inDataDir(dataDir: string): FeedState {
    return new FeedState(join(dataDir, ".state", "feeds.json"));
  }

  async all(): Promise<Record<string, FeedRecord>> {
    return (await this.#read()).feeds;
  }

  /** The articles a followed feed brought in, or null for a feed that is not followed. */
  async articlesOf(url: string): Promise<string[] | null> {
    return (await this.all())[url]?.articles ?? null;
  }

  async get(url: string): Promise<FeedRecord> {
    return (await this.all())[url] ?? emptyFeedRecord();
  }

  /** Changes one feed's record under the lock; `change` returns the new record, or null to delete it. */
  async update(url: string, change: (record: FeedRecord) => FeedRecord | null): Promise<FeedRecord | null> {
    await mkdir(dirname(this.path), { recursive: true });
    return withFileLock(this.path, async () => {
      const state = await this.#read();
      const next = change(state.feeds[url] ?? emptyFeedRecord());
      if (next === null) delete state.feeds[url];
      else
        state.feeds[url] = {
          ...next,
          seen: next.seen.slice(-MAX_SEEN),
          articles: next.articles.slice(-MAX_SEEN),
        };
      await writeFileAtomic(this.path, `${JSON.stringify(state, null, 2)}\n`);
      return next;
    });
  }

  async #read(): Promise<StateFile> {
    let raw: string;
    try {
      raw = await readFile(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return { version: VERSION, feeds: {} };
      throw err;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new Error(`${this.path}: not valid JSON`);
    }
    const parsed = STATE_FILE.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${this.path}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    }
    return parsed.data;
  }
}

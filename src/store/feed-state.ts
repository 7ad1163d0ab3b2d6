/**
 * The feeds followed and what was already taken from each, in `<data>/.state/feeds.json`, so a restart
 * ingests nothing twice. Every write is a locked read-modify-write (the bot's shards and `npm run
 * follow` may share a data directory). Returns data only.
 */
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { writeFileAtomic } from "./facts-store.ts";
import { withFileLock } from "./file-lock.ts";

const VERSION = 1;
// Feeds list their latest few dozen items; this many keys remember far more than any feed shows.
const MAX_SEEN = 2_000;

export interface FeedRecord {
  /** Item keys already ingested (guid, link or content hash), newest last. */
  seen: string[];
  etag: string | null;
  lastModified: string | null;
  /** Failures in a row; the wait before the next try doubles with each. */
  failures: number;
  /** ISO time before which a failing feed is not tried again. */
  retryAt: string | null;
  lastError: string | null;
  /** Channel where new articles are announced (added with /feed add), or null. */
  channelId: string | null;
  /** True for a feed added with /feed add (as opposed to FEEDS or the command line). */
  subscribed: boolean;
}

interface StateFile {
  version: typeof VERSION;
  feeds: Record<string, FeedRecord>;
}

export function emptyFeedRecord(): FeedRecord {
  return {
    seen: [],
    etag: null,
    lastModified: null,
    failures: 0,
    retryAt: null,
    lastError: null,
    channelId: null,
    subscribed: false,
  };
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
      else state.feeds[url] = { ...next, seen: next.seen.slice(-MAX_SEEN) };
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
    const parsed = JSON.parse(raw) as StateFile;
    if (parsed?.version !== VERSION || typeof parsed.feeds !== "object" || parsed.feeds === null) {
      throw new Error(`${this.path}: not a feed state file of version ${VERSION}`);
    }
    for (const [url, record] of Object.entries(parsed.feeds))
      parsed.feeds[url] = { ...emptyFeedRecord(), ...record };
    return parsed;
  }
}

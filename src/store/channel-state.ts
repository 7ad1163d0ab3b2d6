/**
 * Each channel's current article (/article use), in one small JSON file under `<data>/.state/`, where
 * neither the facts loader nor the data-directory watcher looks. Every read goes to the file, so the
 * shard processes of one bot agree without messaging each other; every write is a locked
 * read-modify-write, so two shards updating different channels at once cannot lose either update.
 */
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Logger } from "../log.ts";
import { writeFileAtomic } from "./facts-store.ts";
import { withFileLock } from "./file-lock.ts";

const VERSION = 1;

interface StateFile {
  version: typeof VERSION;
  /** Channel id → article id. */
  channels: Record<string, string>;
}

export class ChannelState {
  readonly path: string;
  readonly #log: Logger;

  constructor(path: string, log: Logger) {
    this.path = path;
    this.#log = log;
  }

  static inDataDir(dataDir: string, log: Logger): ChannelState {
    return new ChannelState(join(dataDir, ".state", "channels.json"), log);
  }

  async get(channelId: string): Promise<string | undefined> {
    return (await this.#read())[channelId];
  }

  /** Sets the channel's article, or forgets it when `articleId` is null. */
  async set(channelId: string, articleId: string | null): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await withFileLock(this.path, async () => {
      const channels = await this.#read();
      if (articleId === null) delete channels[channelId];
      else channels[channelId] = articleId;
      const state: StateFile = { version: VERSION, channels };
      await writeFileAtomic(this.path, `${JSON.stringify(state, null, 2)}\n`);
    });
  }

  /**
   * A missing file is an empty state. A damaged one (edited by hand) is reported and read as empty
   * rather than failing every command in every channel; the next write replaces it.
   */
  async #read(): Promise<Record<string, string>> {
    let raw: string;
    try {
      raw = await readFile(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
      throw err;
    }
    try {
      return channelsOf(JSON.parse(raw));
    } catch (err) {
      this.#log.warn(
        { file: this.path, problem: (err as Error).message },
        "ignored a damaged channel state file",
      );
      return {};
    }
  }
}

function channelsOf(value: unknown): Record<string, string> {
  const state = value as Partial<StateFile> | null;
  if (state?.version !== VERSION || typeof state.channels !== "object" || state.channels === null) {
    throw new Error(`expected {"version": ${VERSION}, "channels": {…}}`);
  }
  const entries = Object.entries(state.channels).filter(([, id]) => typeof id === "string");
  return Object.fromEntries(entries);
}

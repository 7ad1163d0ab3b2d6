/**
 * Keeps an Archive in step with its data directory while the bot runs. The directory is the one source
 * of truth: an article added or removed through any shard, or copied in by hand, reaches every process
 * that watches it. Facts files are loaded, never re-parsed, so start-up stays fast; a `*.txt` without
 * facts is parsed once and its facts saved beside it. A broken file is reported once and skipped.
 */
import { type FSWatcher, watch } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Facts } from "../article/facts.ts";
import { parseArticle } from "../article/parse.ts";
import type { Logger } from "../log.ts";
import type { Archive } from "./archive.ts";
import {
  articlePath,
  FACTS_SUFFIX,
  factsPath,
  loadArticleFacts,
  saveArticle,
  validateArticleId,
} from "./facts-store.ts";
import type { ListedFile } from "./index-snapshot.ts";
import { readArticleText } from "./read-article.ts";

export interface DataDirOptions {
  log: Logger;
  /** Parse dropped `*.txt` files. With several shards only one process should, or each would. */
  ingestTexts: boolean;
  /** A text modified more recently than this may still be being copied in, so it waits. */
  settleMs?: number;
  /** Copying one file fires several file-system events; they are answered by one rescan. */
  debounceMs?: number;
  /** A full rescan this often, for file systems where fs.watch misses events (network mounts). */
  rescanMs?: number;
}

/** What one rescan changed: article ids, and the files it skipped as broken. */
export interface SyncReport {
  loaded: string[];
  ingested: string[];
  removed: string[];
  failed: string[];
}

// Bounds the open files while thousands of facts files load at start-up.
const LOAD_BATCH = 64;

export class DataDir {
  readonly archive: Archive;
  readonly dir: string;
  readonly #log: Logger;
  readonly #options: Required<Omit<DataDirOptions, "log">>;
  /** Facts file name → signature when last read, whether it loaded or not. */
  readonly #seen = new Map<string, string>();
  /** Text file name → signature of a version that failed, so it is reported once, not every rescan. */
  readonly #failedTexts = new Map<string, string>();
  /** Rescans, adds and removals run one at a time, so none sees another half done. */
  #queue: Promise<unknown> = Promise.resolve();
  #pendingSync: Promise<SyncReport> | null = null;
  #watcher: FSWatcher | null = null;
  #timer: NodeJS.Timeout | undefined;
  #rescan: NodeJS.Timeout | undefined;

  constructor(archive: Archive, dir: string, { log, ...options }: DataDirOptions) {
    this.archive = archive;
    this.dir = dir;
    this.#log = log;
    this.#options = { settleMs: 1_000, debounceMs: 150, rescanMs: 30_000, ...options };
  }

  /**
   * Takes the facts files that `Archive.open` already loaded (or restored from its index snapshot)
   * as seen, so the first `sync` reads only what is new or changed instead of every file again.
   */
  adopt(files: readonly ListedFile[]): void {
    for (const file of files) this.#seen.set(file.name, signatureOf(file));
  }

  /** Brings the archive in line with the directory; throws only when the directory cannot be read. */
  sync(): Promise<SyncReport> {
    // A request made while a rescan is still waiting joins it; one made later gets a fresh rescan.
    this.#pendingSync ??= this.#exclusive(() => {
      this.#pendingSync = null;
      return this.#scan();
    });
    return this.#pendingSync;
  }

  /** Rescans whenever the directory changes, and every `rescanMs` in case an event was missed. */
  watch(): void {
    this.#watcher = watch(this.dir, { persistent: false }, (_event, name) => {
      // Temp files of atomic writes and the state directory start with a dot; they are not articles.
      if (!name?.startsWith(".")) this.#schedule(this.#options.debounceMs);
    });
    this.#watcher.on("error", (err) =>
      this.#log.warn({ err, dir: this.dir }, "stopped watching the data directory; rescanning periodically"),
    );
    this.#rescan = setInterval(() => this.#schedule(0), this.#options.rescanMs).unref();
  }

  close(): void {
    this.#watcher?.close();
    clearInterval(this.#rescan);
    clearTimeout(this.#timer);
  }

  /** Parses and saves an article, then serves it at once. Throws, changing nothing, if either step fails. */
  /** `facts` when the article was already parsed (a web page, a feed item), else they are parsed from `text`. */
  add(id: string, text: string, facts?: Facts): Promise<{ facts: Facts; replaced: boolean }> {
    return this.#exclusive(async () => {
      const replaced = this.archive.facts(id) !== undefined;
      return { facts: await this.#save(id, text, facts), replaced };
    });
  }

  /** Deletes an article's files and drops it from the archive. */
  remove(id: string): Promise<boolean> {
    return this.#exclusive(async () => {
      // Text first: a text without facts is what the watcher ingests, so the other order could bring
      // the article straight back.
      await rm(articlePath(this.dir, id), { force: true });
      await rm(factsPath(this.dir, id), { force: true });
      this.#seen.delete(`${id}${FACTS_SUFFIX}`);
      return this.archive.remove(id);
    });
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => {});
    return run;
  }

  #schedule(delayMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#syncAndLog(), delayMs).unref();
  }

  async #syncAndLog(): Promise<void> {
    try {
      const { loaded, ingested, removed } = await this.sync();
      if (loaded.length + ingested.length + removed.length > 0) {
        this.#log.info({ loaded, ingested, removed }, "archive updated");
      }
    } catch (err) {
      this.#log.error({ err, dir: this.dir }, "cannot rescan the data directory");
    }
  }

  async #scan(): Promise<SyncReport> {
    const report: SyncReport = { loaded: [], ingested: [], removed: [], failed: [] };
    const names = (await readdir(this.dir)).filter((name) => !name.startsWith("."));
    const factsNames = names.filter((name) => name.endsWith(FACTS_SUFFIX));
    for (let i = 0; i < factsNames.length; i += LOAD_BATCH) {
      await Promise.all(factsNames.slice(i, i + LOAD_BATCH).map((name) => this.#loadIfChanged(name, report)));
    }
    const present = new Set(factsNames);
    this.#dropMissing(present, report);
    if (this.#options.ingestTexts) {
      const texts = names.filter((name) => name.endsWith(".txt") && !present.has(factsNameOf(name)));
      for (const name of texts) await this.#ingestText(name, report);
    }
    return report;
  }

  async #loadIfChanged(name: string, report: SyncReport): Promise<void> {
    const file = join(this.dir, name);
    // Signature before content: a change in between is then caught by the next rescan.
    const sig = await signature(file);
    if (sig === null || this.#seen.get(name) === sig) return;
    this.#seen.set(name, sig);
    try {
      const facts = await loadArticleFacts(file);
      this.archive.add(facts);
      report.loaded.push(facts.id);
    } catch (err) {
      // A broken replacement leaves the last good version in the archive: nothing answerable is lost.
      if (isGone(err)) this.#seen.delete(name);
      else this.#skip(file, err, report, "skipped a broken facts file");
    }
  }

  #dropMissing(present: ReadonlySet<string>, report: SyncReport): void {
    for (const name of this.#seen.keys()) {
      if (present.has(name)) continue;
      this.#seen.delete(name);
      const id = basename(name, FACTS_SUFFIX);
      if (this.archive.remove(id)) report.removed.push(id);
    }
  }

  async #ingestText(name: string, report: SyncReport): Promise<void> {
    const file = join(this.dir, name);
    const stats = await stat(file).catch(() => null);
    if (!stats) return;
    const sig = signatureOf(stats);
    if (this.#failedTexts.get(name) === sig) return;
    // No settling time means none: a file written this very millisecond has an mtime a fraction ahead of
    // Date.now(), which truncates, so comparing ages alone would defer it.
    const settleMs = this.#options.settleMs;
    if (settleMs > 0 && Date.now() - stats.mtimeMs < settleMs) {
      this.#schedule(settleMs);
      return;
    }
    try {
      const id = validateArticleId(basename(name, ".txt"));
      await this.#save(id, await readArticleText(file));
      this.#failedTexts.delete(name);
      report.ingested.push(id);
    } catch (err) {
      this.#failedTexts.set(name, sig);
      this.#skip(file, err, report, "skipped a broken article text");
    }
  }

  async #save(id: string, text: string, parsed?: Facts): Promise<Facts> {
    const facts = parsed ?? parseArticle(text, id);
    await saveArticle(this.dir, id, text, facts);
    this.archive.add(facts);
    // Remember the file just written, so the rescan its write triggers does not load it again.
    const name = `${id}${FACTS_SUFFIX}`;
    const sig = await signature(join(this.dir, name));
    if (sig !== null) this.#seen.set(name, sig);
    return facts;
  }

  #skip(file: string, err: unknown, report: SyncReport, msg: string): void {
    report.failed.push(file);
    this.#log.warn({ file, problem: err instanceof Error ? err.message : String(err) }, msg);
  }
}

function factsNameOf(textName: string): string {
  return `${basename(textName, ".txt")}${FACTS_SUFFIX}`;
}

/** Identifies one version of a file: atomic writes replace the inode, in-place edits change size or time. */
function signatureOf(stats: { ino: number; size: number; mtimeMs: number }): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

async function signature(file: string): Promise<string | null> {
  try {
    return signatureOf(await stat(file));
  } catch (err) {
    if (isGone(err)) return null;
    throw err;
  }
}

/** The file was deleted between listing the directory and reading it. */
function isGone(err: unknown): boolean {
  const code = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;
  return code(err) === "ENOENT" || code((err as Error | undefined)?.cause) === "ENOENT";
}

/**
 * Ingest of many articles at once: files and folders (walked recursively) → facts in the data
 * directory, parsed on every core by worker threads, then the archive's index snapshot written, so
 * that the first start after an ingest rebuilds nothing.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, stat } from "node:fs/promises";
import { cpus } from "node:os";
import { basename, extname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Facts } from "../article/facts.ts";
import { parseArticle } from "../article/parse.ts";
import { Archive, SNAPSHOT_MIN_ARTICLES } from "./archive.ts";
import { factsPath, saveArticle, validateArticleId } from "./facts-store.ts";
import { listFacts, writeSnapshot } from "./index-snapshot.ts";
import { readArticleText } from "./read-article.ts";

/** One file to ingest, and the id its facts get. */
export interface IngestItem {
  path: string;
  id: string;
}

export interface Skipped {
  path: string;
  reason: string;
}

export interface IngestSummary {
  added: string[];
  replaced: string[];
  skipped: Skipped[];
  /** Whether the index snapshot was written for the next start. */
  ready: boolean;
}

/** What a folder contributes: article text files (a named file is taken whatever its extension). */
const ARTICLE_EXTENSION = ".txt";
/** Below this many files, parsing stays on the main thread. */
const MIN_FOR_WORKERS = 16;
/** Saves in flight at once: each is two atomic writes, mostly waiting on the disk. */
const SAVES_IN_FLIGHT = 16;

/**
 * The files to ingest under `paths`: files as given, folders walked recursively for `.txt` files
 * (hidden entries, such as the data directory's own state, left out). A file that cannot be an
 * article, or whose id another file already took, is skipped with the reason.
 */
export async function listArticleFiles(
  paths: readonly string[],
  idOf: (path: string) => string = (p) => basename(p, extname(p)),
): Promise<{ items: IngestItem[]; skipped: Skipped[] }> {
  const items: IngestItem[] = [];
  const skipped: Skipped[] = [];
  const taken = new Map<string, string>();
  const take = (path: string) => {
    let id: string;
    try {
      id = validateArticleId(idOf(path));
    } catch (err) {
      skipped.push({ path, reason: (err as Error).message });
      return;
    }
    const first = taken.get(id);
    if (first !== undefined) skipped.push({ path, reason: `same id "${id}" as ${first}` });
    else {
      taken.set(id, path);
      items.push({ path, id });
    }
  };
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      // A link to a file is followed; a link to a folder is not (it could lead back up the tree).
      const linked = entry.isSymbolicLink() ? await stat(path).catch(() => null) : null;
      if (entry.isDirectory()) await walk(path);
      else if (!(entry.isFile() || linked?.isFile())) skipped.push({ path, reason: "not a regular file" });
      else if (extname(entry.name).toLowerCase() !== ARTICLE_EXTENSION)
        skipped.push({ path, reason: "not a .txt file" });
      else take(path);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) skipped.push({ path, reason: "no such file" });
    else if (info.isDirectory()) {
      const before = items.length;
      await walk(path);
      if (items.length === before) skipped.push({ path, reason: "no .txt files in this folder" });
    } else take(path);
  }
  return { items, skipped };
}

/** Parses articles on worker threads, one per core (parsing is pure CPU work). */
export class ParsePool {
  private readonly workers: Worker[];
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, (result: { text: string; facts: Facts } | Error) => void>();
  private jobs = 0;

  constructor(size = Math.max(1, cpus().length)) {
    // The workers run TypeScript like the rest of the project: tsx's loader is registered in each.
    const code = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
      .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.resolve("./parse-worker.ts"))}); });`;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(code, { eval: true });
      worker.on("message", ({ job, text, facts, error }) => {
        const settle = this.pending.get(job)!;
        this.pending.delete(job);
        this.release(worker);
        settle(error === undefined ? { text, facts } : new Error(error));
      });
      return worker;
    });
    this.idle.push(...this.workers);
  }

  async parse(item: IngestItem): Promise<{ text: string; facts: Facts }> {
    const worker = await this.acquire();
    const job = this.jobs++;
    const result = await new Promise<{ text: string; facts: Facts } | Error>((resolve) => {
      this.pending.set(job, resolve);
      worker.postMessage({ job, path: item.path, id: item.id });
    });
    if (result instanceof Error) throw result;
    return result;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve) => this.waiting.push(() => resolve(this.idle.pop()!)));
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }
}

/**
 * Parses and saves every item into `dataDir`, calling `progress` after each, and leaves the index
 * snapshot written. A file that cannot be read or parsed is skipped with the reason; the others go on.
 */
export async function ingestAll(
  dataDir: string,
  items: readonly IngestItem[],
  progress: (done: number, item: IngestItem, outcome: Facts | Error) => void = () => {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: [], replaced: [], skipped: [], ready: false };
  await mkdir(dataDir, { recursive: true });
  const archive = await Archive.open(dataDir);
  // Starting a worker costs about a second: a few files are parsed here.
  const pool = items.length >= MIN_FOR_WORKERS ? new ParsePool() : null;
  // Outcomes are reported in the order the items came, whatever order they finish in.
  const outcomes: (Facts | Error | undefined)[] = [];
  let reported = 0;
  let next = 0;
  const one = async (at: number) => {
    const item = items[at]!;
    try {
      const { text, facts } = pool ? await pool.parse(item) : await parseHere(item);
      const existed = existsSync(factsPath(dataDir, item.id));
      await saveArticle(dataDir, item.id, text, facts);
      archive.add(facts);
      (existed ? summary.replaced : summary.added).push(item.id);
      outcomes[at] = facts;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      summary.skipped.push({ path: item.path, reason: message.replace(`${item.path}: `, "") });
      outcomes[at] = err instanceof Error ? err : new Error(message);
    }
    for (; outcomes[reported] !== undefined; reported++)
      progress(reported + 1, items[reported]!, outcomes[reported]!);
  };
  const lane = async () => {
    while (next < items.length) await one(next++);
  };
  try {
    await Promise.all(Array.from({ length: SAVES_IN_FLIGHT }, lane));
  } finally {
    await pool?.close();
  }
  await archive.saved;
  summary.ready = await saveSnapshot(dataDir, archive);
  return summary;
}

async function parseHere(item: IngestItem): Promise<{ text: string; facts: Facts }> {
  const text = await readArticleText(item.path);
  return { text, facts: parseArticle(text, item.id) };
}

/**
 * Writes the index snapshot for the data directory as the archive now holds it; when an article was
 * replaced (its old postings still count), the archive is loaded afresh from the files instead.
 */
async function saveSnapshot(dataDir: string, archive: Archive): Promise<boolean> {
  // A small archive starts as fast from its facts files: it keeps no snapshot.
  if (archive.articles().length < SNAPSHOT_MIN_ARTICLES) return true;
  const image = archive.index.toImage();
  if (!image) return (await Archive.open(dataDir)).saved;
  const files = await listFacts(dataDir);
  if (files.length !== archive.articles().length) return (await Archive.open(dataDir)).saved;
  return writeSnapshot(dataDir, files, image, (id) => archive.facts(id)!, [...archive.errors]);
}

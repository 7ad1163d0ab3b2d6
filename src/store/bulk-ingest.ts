/**
 * Ingest of many articles at once: files, folders (walked recursively) and links → facts in the data
 * directory, read and saved by the caller's `store` (the CLI does it on every core), then the archive's index
 * snapshot written, so that the first start after an ingest rebuilds nothing.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Facts } from "../article/facts.ts";
import { Archive, SNAPSHOT_MIN_ARTICLES } from "./archive.ts";
import { FACTS_SUFFIX, factsPath, saveArticle, validateArticleId } from "./facts-store.ts";
import { listFacts, writeSnapshot } from "./index-snapshot.ts";

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

/** What a folder contributes: articles as text, saved pages and wire JSON (a named file is taken whatever it is). */
const ARTICLE_EXTENSIONS = new Set([".txt", ".html", ".htm", ".json"]);
/** Items in flight at once: enough to keep every reader busy while others wait on the disk. */
const SAVES_IN_FLIGHT = 16;

/**
 * The files to ingest under `paths`: files as given, folders walked recursively for `.txt` files
 * (hidden entries, such as the data directory's own state, left out). A file that cannot be an
 * article, or whose id another file already took, is skipped with the reason.
 */
export async function listArticleFiles(
  paths: readonly string[],
  idOf: (path: string) => string = (p) => basename(p, extname(p)),
  isLink: (path: string) => boolean = () => false,
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
      else if (
        !ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()) ||
        entry.name.endsWith(FACTS_SUFFIX)
      )
        skipped.push({ path, reason: "not an article file (.txt, .html, .htm, .json)" });
      else take(path);
    }
  };
  for (const path of paths) {
    if (isLink(path)) {
      take(path);
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info) skipped.push({ path, reason: "no such file" });
    else if (info.isDirectory()) {
      const before = items.length;
      await walk(path);
      if (items.length === before) skipped.push({ path, reason: "no article files in this folder" });
    } else take(path);
  }
  return { items, skipped };
}

/** One item read, parsed and saved: its facts, and whether they replaced an earlier version. */
export interface Stored {
  facts: Facts;
  replaced: boolean;
}

/**
 * Reads one item with `read` and saves its text and facts into `dataDir` (atomic writes): the work
 * of one article, done wherever the reading is (a worker thread of the CLI does both).
 */
export async function storeOne(
  dataDir: string,
  item: IngestItem,
  read: (item: IngestItem) => Promise<{ text: string; facts: Facts }>,
): Promise<Stored> {
  const { text, facts } = await read(item);
  const replaced = existsSync(factsPath(dataDir, item.id));
  await saveArticle(dataDir, item.id, text, facts);
  return { facts, replaced };
}

/**
 * Stores every item into `dataDir` with `store` (see `storeOne`), indexing each as it comes, calling
 * `progress` after each, and leaves the index snapshot written. A file that cannot be read or parsed
 * is skipped with the reason; the others go on.
 */
export async function ingestAll(
  dataDir: string,
  items: readonly IngestItem[],
  store: (item: IngestItem) => Promise<Stored>,
  progress: (done: number, item: IngestItem, outcome: Facts | Error) => void = () => {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: [], replaced: [], skipped: [], ready: false };
  await mkdir(dataDir, { recursive: true });
  const archive = await Archive.open(dataDir);
  // Outcomes are reported in the order the items came, whatever order they finish in.
  const outcomes: (Facts | Error | undefined)[] = [];
  let reported = 0;
  let next = 0;
  const one = async (at: number) => {
    const item = items[at]!;
    try {
      const { facts, replaced } = await store(item);
      archive.add(facts);
      (replaced ? summary.replaced : summary.added).push(item.id);
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
  await Promise.all(Array.from({ length: SAVES_IN_FLIGHT }, lane));
  await archive.saved;
  summary.ready = await saveSnapshot(dataDir, archive);
  return summary;
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

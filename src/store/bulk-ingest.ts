/**
 * Ingest of many articles at once: files, folders (walked recursively) and links → facts in the data
 * directory, read, saved and made ready for the index by the caller's `store` (the CLI does it on
 * every core), indexed here one by one as they come, then the archive's index snapshot written, so
 * that the first start after an ingest rebuilds nothing. No article's facts stay in memory.
 */
import { mkdir, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { Archive, SNAPSHOT_MIN_ARTICLES } from "./archive.ts";
import { FACTS_SUFFIX, factsPath, loadFactsFileSync, validateArticleId } from "./facts-store.ts";
import { listFacts, writeSnapshot } from "./index-snapshot.ts";
import type { IngestItem, Stored } from "./store-one.ts";

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

/**
 * The texts the data directory keeps beside its facts (`<id>.txt`), as items to store again under
 * their own ids: how an archive is parsed afresh after the parser changed.
 */
export async function listKeptTexts(dataDir: string): Promise<{ items: IngestItem[]; skipped: Skipped[] }> {
  const names = await readdir(dataDir).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`cannot read ${dataDir}: ${err.code === "ENOENT" ? "no such directory" : err.message}`);
  });
  const texts = names.filter((name) => name.endsWith(".txt") && !name.startsWith(".")).sort();
  return listArticleFiles(texts.map((name) => join(dataDir, name)));
}

export interface IngestOptions {
  /** Called after each item, in the order of `items`. */
  progress?: (done: number, item: IngestItem, outcome: Stored | Error) => void;
  /** Awaited once the last item is stored, before the snapshot is written. */
  storesDone?: () => Promise<void>;
  /**
   * The items are every article the directory keeps (a re-parse): the index starts empty rather
   * than from the directory, so none of it is built twice or left holding replaced postings.
   */
  fresh?: boolean;
}

/**
 * Stores every item into `dataDir` with `store` (see `storeOne`), indexing each as it comes, calling
 * `progress` after each, and leaves the index snapshot written. A file that cannot be read or parsed
 * is skipped with the reason; the others go on. Articles are indexed in the order of `items`, however
 * the stores finish, so the same files always make the same index. `storesDone` is awaited once the
 * last item is stored, before the snapshot is written: the caller lets go of what storing held (the
 * CLI's worker threads, a hundred MB or more), so that their memory and the snapshot's do not add up.
 */
export async function ingestAll(
  dataDir: string,
  items: readonly IngestItem[],
  store: (item: IngestItem) => Promise<Stored>,
  { progress = () => {}, storesDone = async () => {}, fresh = false }: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: [], replaced: [], skipped: [], ready: false };
  let archive: Archive;
  try {
    await mkdir(dataDir, { recursive: true });
    // Which ids replace an earlier version, from one listing rather than a look-up per article.
    const before = new Set((await readdir(dataDir)).filter((n) => n.endsWith(FACTS_SUFFIX)));
    archive = fresh ? new Archive() : await Archive.open(dataDir);
    const replaces = (id: string) => before.has(`${id}${FACTS_SUFFIX}`);
    await storeInOrder(dataDir, archive, items, { store, replaces, progress }, summary);
  } finally {
    await storesDone();
  }
  await archive.saved;
  summary.ready = await saveSnapshot(dataDir, archive);
  return summary;
}

/** How `storeInOrder` stores an item, tells whether its id was there before, and reports progress. */
interface StoreSteps {
  store: (item: IngestItem) => Promise<Stored>;
  replaces: (id: string) => boolean;
  progress: (done: number, item: IngestItem, outcome: Stored | Error) => void;
}

/** The storing and indexing of `ingestAll`, several items in flight, indexed in item order. */
async function storeInOrder(
  dataDir: string,
  archive: Archive,
  items: readonly IngestItem[],
  { store, replaces, progress }: StoreSteps,
  summary: IngestSummary,
): Promise<void> {
  // Finished items waiting for those before them; only the index keeps anything once they are taken.
  const outcomes = new Map<number, Stored | Error>();
  let reported = 0;
  let next = 0;
  const one = async (at: number) => {
    const item = items[at]!;
    try {
      outcomes.set(at, await store(item));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      summary.skipped.push({ path: item.path, reason: message.replace(`${item.path}: `, "") });
      outcomes.set(at, err instanceof Error ? err : new Error(message));
    }
    for (let outcome = outcomes.get(reported); outcome; outcome = outcomes.get(++reported)) {
      outcomes.delete(reported);
      const { id } = items[reported]!;
      if (!(outcome instanceof Error)) {
        const file = factsPath(dataDir, id);
        archive.index.addPrepared(outcome.prepared, () => loadFactsFileSync(file));
        (replaces(id) ? summary.replaced : summary.added).push(id);
      }
      progress(reported + 1, items[reported]!, outcome);
    }
  };
  const lane = async () => {
    while (next < items.length) await one(next++);
  };
  await Promise.all(Array.from({ length: SAVES_IN_FLIGHT }, lane));
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
  return writeSnapshot(dataDir, files, image, [...archive.errors]);
}

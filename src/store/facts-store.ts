import { randomUUID } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type Facts, FactsError, validateFacts } from "../article/facts.ts";

const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const FACTS_SUFFIX = ".facts.json";

/** Throws unless `id` is safe to use as a file name inside the data directory. */
export function validateArticleId(id: string): string {
  if (!ARTICLE_ID.test(id) || id.includes("..")) {
    throw new Error(
      `invalid article id ${JSON.stringify(id)}: use 1-128 letters, digits, ".", "_" or "-", starting with a letter or digit, without ".."`,
    );
  }
  return id;
}

export function factsPath(dir: string, id: string): string {
  return join(dir, `${validateArticleId(id)}${FACTS_SUFFIX}`);
}

export function articlePath(dir: string, id: string): string {
  return join(dir, `${validateArticleId(id)}.txt`);
}

/**
 * Replaces `path` with `data` so that readers see either the old file or the new one, never a
 * partial write: the data goes to a temp file in the same directory (rename is only atomic within
 * one file system), is fsynced, then renamed over the target.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data, typeof data === "string" ? "utf8" : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw writeError(path, err);
  }
}

/** A temp file beside `path` (rename is only atomic within one file system), unique to this write. */
function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
}

/** A disk-full or read-only error says "write" or "open" of a temp name; say which file it was. */
function writeError(path: string, err: unknown): unknown {
  if (err instanceof Error) err.message = `cannot write ${path}: ${err.message}`;
  return err;
}

/**
 * `writeFileAtomic` without waiting, and never fsynced: for a bulk ingest's worker thread, which has
 * nothing else to do meanwhile. Node's promise-based file calls cost several times the CPU of the
 * plain system calls for a small file (open, write, close, rename: measured ~0.5 ms against ~0.1 ms),
 * a good share of an ingest's time.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, "wx");
    try {
      writeFileSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw writeError(path, err);
  }
}

/**
 * Writes `<id>.txt` and `<id>.facts.json` into `dir`, creating it if needed, each replaced
 * atomically and fsynced.
 */
export async function saveArticle(dir: string, id: string, text: string, facts: Facts): Promise<void> {
  const target = checkedFactsPath(dir, id, facts);
  if (!existsSync(dir)) await mkdir(dir, { recursive: true });
  // Text first: the loader goes by facts files, so a facts file always has its text beside it.
  await writeFileAtomic(articlePath(dir, id), text);
  await writeFileAtomic(target, factsJson(facts));
}

/**
 * `saveArticle` for a bulk ingest, on a worker thread: each file is still replaced atomically, but
 * written with plain system calls and not forced to disk one by one (that doubled an ingest's time);
 * a crash can lose the last articles written, which the loader then reports and a second ingest
 * restores. The ingest makes `dir` once, before its first article.
 */
export function saveArticleForBulk(dir: string, id: string, text: string, facts: Facts): void {
  const target = checkedFactsPath(dir, id, facts);
  writeFileAtomicSync(articlePath(dir, id), text);
  writeFileAtomicSync(target, factsJson(facts));
}

/** The facts file's path, once the facts are known to be what the loader accepts under that id. */
function checkedFactsPath(dir: string, id: string, facts: Facts): string {
  const target = factsPath(dir, id);
  if (facts.id !== id) throw new Error(`cannot save facts with id ${JSON.stringify(facts.id)} as "${id}"`);
  // Never put a file on disk that the loader would reject.
  validateFacts(facts, target);
  return target;
}

function factsJson(facts: Facts): string {
  return `${JSON.stringify(facts, null, 2)}\n`;
}

export async function loadFactsFile(path: string): Promise<Facts> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw unreadable(path, err);
  }
  return factsOfJson(text, path);
}

/**
 * `loadFactsFile` without waiting: for an answer that needs an article's facts now (a large archive
 * keeps them on disk until then).
 */
export function loadFactsFileSync(path: string): Facts {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw unreadable(path, err);
  }
  return factsOfJson(text, path);
}

function factsOfJson(text: string, path: string): Facts {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new FactsError(path, null, `invalid JSON: ${(err as Error).message}`);
  }
  return validateFacts(value, path);
}

// Some fs errors (EISDIR) do not carry the path in their message.
function unreadable(path: string, err: unknown): Error {
  return new Error(`${path}: cannot read: ${(err as Error).message}`, { cause: err });
}

/** Loads `<id>.facts.json`, checking that the id inside matches the file name. */
export async function loadArticleFacts(file: string): Promise<Facts> {
  const facts = await loadFactsFile(file);
  // The id is the file name everywhere else (articlePath, commands), so they must agree.
  if (`${facts.id}${FACTS_SUFFIX}` !== basename(file)) {
    throw new FactsError(file, "id", `${JSON.stringify(facts.id)} does not match the file name`);
  }
  return facts;
}

/**
 * Loads every `*.facts.json` in `dir`. A broken file does not stop the others: it is reported in
 * `errors` (its `message` names the file, so it can be shown as is).
 */
export async function loadFactsDir(
  dir: string,
): Promise<{ facts: Facts[]; errors: { file: string; message: string }[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    const reason = code === "ENOENT" ? "no such directory" : code === "ENOTDIR" ? "not a directory" : message;
    throw new Error(`cannot read facts directory ${dir}: ${reason}`, { cause: err });
  }
  const files = names
    .filter((name) => name.endsWith(FACTS_SUFFIX))
    .sort()
    .map((name) => join(dir, name));
  const results = await Promise.allSettled(files.map(loadArticleFacts));
  const facts: Facts[] = [];
  const errors: { file: string; message: string }[] = [];
  results.forEach((result, i) => {
    const file = files[i] as string;
    if (result.status === "fulfilled") facts.push(result.value);
    else
      errors.push({
        file,
        message: result.reason instanceof Error ? result.reason.message : String(result.reason),
      });
  });
  return { facts, errors };
}

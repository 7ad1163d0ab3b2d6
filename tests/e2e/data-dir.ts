/** Temporary data directories for end-to-end runs, seeded with the shipped article. */
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./bot-process.ts";

export const FIXTURES = join(ROOT, "tests/fixtures/archive");

/** A new temp dir holding data/article.txt and data/article.facts.json; the caller removes it. */
export async function tempDataDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  for (const file of ["article.txt", "article.facts.json"]) {
    await copyFile(join(ROOT, "data", file), join(dir, file));
  }
  return dir;
}

/** Adds `count` facts files, older than the shipped article, titled "Archive story <n>". */
export async function addOlderStories(dir: string, count: number): Promise<void> {
  const facts = JSON.parse(await readFile(join(ROOT, "data/article.facts.json"), "utf8"));
  for (let n = 1; n <= count; n++) {
    const id = `archive-${String(n).padStart(2, "0")}`;
    const metadata = {
      ...facts.metadata,
      headline: `Archive story ${n}`,
      published: `2010-01-${String(n).padStart(2, "0")}`,
    };
    await writeFile(join(dir, `${id}.facts.json`), JSON.stringify({ ...facts, id, metadata }));
  }
}

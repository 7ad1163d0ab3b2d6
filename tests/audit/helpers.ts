/** The small archive of tests/fixtures/sources, parsed by the real parser, for the source audit's tests. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Facts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";

export const SOURCES_FIXTURES = fileURLToPath(new URL("../fixtures/sources/", import.meta.url));

export function smallArchive(): Facts[] {
  return readdirSync(SOURCES_FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => parseArticle(readFileSync(join(SOURCES_FIXTURES, f), "utf8"), basename(f, ".txt")));
}

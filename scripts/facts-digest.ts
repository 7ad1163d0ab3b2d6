/**
 * Proves that a change to the parser or to the index's preparing changes no output: parses every
 * `.txt` article under the given folders (and, with `--generated N`, the bench's first N generated
 * articles), prepares each for the index, and prints one SHA-256 digest of the facts and one of the
 * prepared data, plus how long the two steps took on this thread (CPU milliseconds an article).
 * Run it on two commits and compare the digests; `--list` prints a digest per article to find the
 * first that differs.
 *
 *   npx tsx scripts/facts-digest.ts [--generated N] [--list] DIR...
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { generateArticles } from "../bench/generate.ts";
import { parseArticle } from "../src/article/parse.ts";
import { type PreparedArticle, prepareArticle } from "../src/qa/prepared.ts";

interface Source {
  id: string;
  text: string;
}

function textFilesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textFilesUnder(path);
      return name.endsWith(".txt") ? [path] : [];
    });
}

function sources(dirs: string[], generated: number): Source[] {
  const files = dirs.flatMap(textFilesUnder).map((path) => ({ id: path, text: readFileSync(path, "utf8") }));
  const made = generateArticles(generated).map((a) => ({ id: a.id, text: a.text }));
  return [...files, ...made];
}

/** The prepared article as plain JSON: typed arrays become number arrays so that they hash by value. */
function preparedJson(prepared: PreparedArticle): string {
  return JSON.stringify(prepared, (_key, value) =>
    ArrayBuffer.isView(value) ? Array.from(value as Int32Array) : value,
  );
}

function main(argv: string[]): void {
  const at = argv.indexOf("--generated");
  const generated = at >= 0 ? Number(argv[at + 1]) : 0;
  const list = argv.includes("--list");
  const dirs = argv.filter((arg, i) => !arg.startsWith("--") && argv[i - 1] !== "--generated");
  const all = sources(dirs, generated);
  const factsHash = createHash("sha256");
  const preparedHash = createHash("sha256");
  let parseUs = 0;
  let prepareUs = 0;
  for (const { id, text } of all) {
    const t0 = process.cpuUsage();
    const facts = parseArticle(text, "a");
    const t1 = process.cpuUsage(t0);
    const prepared = prepareArticle(facts);
    const t2 = process.cpuUsage(t0);
    parseUs += t1.user + t1.system;
    prepareUs += t2.user + t2.system - (t1.user + t1.system);
    const factsJson = JSON.stringify(facts);
    const prepJson = preparedJson(prepared);
    factsHash.update(factsJson);
    preparedHash.update(prepJson);
    if (list)
      console.log(
        `${createHash("sha256").update(factsJson).update(prepJson).digest("hex").slice(0, 16)} ${id}`,
      );
  }
  const ms = (us: number) => (us / 1000 / Math.max(1, all.length)).toFixed(3);
  console.log(`articles ${all.length}`);
  console.log(`facts    ${factsHash.digest("hex")}`);
  console.log(`prepared ${preparedHash.digest("hex")}`);
  console.log(`cpu ms/article: parse ${ms(parseUs)}, prepare ${ms(prepareUs)}`);
}

main(process.argv.slice(2));

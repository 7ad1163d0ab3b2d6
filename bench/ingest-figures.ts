/**
 * The bench's ingest figures: `parseArticle` on one thread over generated articles (whose facts
 * files the archives are then made of), and the command line as a user runs it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../src/article/parse.ts";
import { log, ROOT, round, SEED, timed } from "./figures.ts";
import { generateArticle } from "./generate.ts";

/** Articles the CLI ingests in one run for its figure, and runs of `--help` timed for its start-up. */
export const CLI_ARTICLES = 300;
export const CLI_STARTS = 5;

export interface Ingest {
  articles: number;
  avgWords: number;
  quotesPerArticle: number;
  perSecond: number;
  cli: { articles: number; ingestPerSecond: number; startupMs: number };
}

/** Parses generated articles 0…count-1 one by one on this thread and writes their facts into `dir`. */
export function ingestGenerated(dir: string, count: number): Omit<Ingest, "cli"> {
  for (let i = 0; i < 20; i++) parseArticle(generateArticle(i, SEED + 1).text, "warm");
  let parseMs = 0;
  let words = 0;
  let quotes = 0;
  for (let i = 0; i < count; i++) {
    const article = generateArticle(i, SEED);
    const [facts, ms] = timed(() => parseArticle(article.text, article.id));
    parseMs += ms;
    words += article.words;
    quotes += facts.quotes.filter((q) => q.speakerId).length;
    writeFileSync(join(dir, `${article.id}.facts.json`), `${JSON.stringify(facts, null, 2)}\n`);
    if (i % 2000 === 1999) log(`generated and parsed ${i + 1}/${count}`);
  }
  return {
    articles: count,
    avgWords: Math.round(words / count),
    quotesPerArticle: round(quotes / count, 1),
    perSecond: round((count / parseMs) * 1000, 0),
  };
}

/** The command line as a user runs it (`npm run` is scripts/cli.mjs): one ingest of `count` files. */
export function cliFigures(tmp: string, count: number): Ingest["cli"] {
  const texts = join(tmp, "texts");
  mkdirSync(texts);
  const files = Array.from({ length: count }, (_, i) => {
    const article = generateArticle(i, SEED);
    const file = join(texts, `${article.id}.txt`);
    writeFileSync(file, article.text);
    return file;
  });
  const cli = (args: string[]) =>
    timed(() =>
      execFileSync(process.execPath, ["scripts/cli.mjs", ...args], {
        cwd: ROOT,
        stdio: "ignore",
      }),
    )[1];
  cli(["--help"]); // builds the launcher's bundle if the sources changed, untimed
  const starts = Array.from({ length: CLI_STARTS }, () => cli(["--help"])).sort((a, b) => a - b);
  const ingestMs = cli(["ingest", "--data", join(tmp, "cli-data"), ...files]);
  return {
    articles: count,
    ingestPerSecond: round((count / ingestMs) * 1000, 0),
    startupMs: round(starts[Math.floor(CLI_STARTS / 2)]!, 0),
  };
}

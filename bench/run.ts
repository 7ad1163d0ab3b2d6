/**
 * `npm run bench`: ingest throughput, web-page extraction throughput, start-up, index build, memory,
 * answer and verification latency with
 * archives of 1, 1,000 and 10,000 generated articles, against a naive fuse.js baseline, plus the
 * reference article alone. Prints a table (with the date and machine) and, last, one line
 * `BENCH {json}`.
 *
 *   BENCH_QUICK=1 npm run bench          a short run while iterating: archives of 1 and 1,000, fewer passes
 *   BENCH_SIZES=1,1000 npm run bench     smaller archives (default 1,1000,10000)
 *   BENCH_KEEP=1 npm run bench           keep the generated data directory
 *
 * Each archive is measured in a fresh child process (so memory figures are its own), loading
 * facts files from a temporary data directory as the bot does. Numbers come only from here.
 * This file runs the bench in order; the measurements are in measure.ts (the child's side),
 * ingest-figures.ts and extract.ts, the printing in report.ts.
 */
import { fork } from "node:child_process";
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchCliArchive } from "./cli-archive.ts";
import { benchExtraction } from "./extract.ts";
import { log, machine, QUICK, ROOT, round, SEED } from "./figures.ts";
import { generateArticle } from "./generate.ts";
import { CLI_ARTICLES, cliFigures, ingestGenerated } from "./ingest-figures.ts";
import {
  type ArchiveJob,
  type ArchiveResult,
  type ColdResult,
  type ReferenceResult,
  runChild,
} from "./measure.ts";
import { type BenchQuestion, questionsFor } from "./questions.ts";
import { type ArchiveFigures, report } from "./report.ts";

const SELF = fileURLToPath(import.meta.url);

/** Runs `job` in a fresh process (own heap, own RSS) and returns what it reports. */
function inChild<T>(job: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(SELF, ["--child", JSON.stringify(job)], {
      execArgv: [...process.execArgv, "--expose-gc", "--max-old-space-size=4096"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: T | undefined;
    child.on("message", (m) => {
      result = m as T;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      result !== undefined ? resolve(result) : reject(new Error(`bench child exited with ${code}`)),
    );
  });
}

function sampleQuestions(size: number): BenchQuestion[] {
  const seen = new Set<string>();
  const out: BenchQuestion[] = [];
  const picks =
    size === 1
      ? [0, 0, 0, 0].map((a, n) => [a, n])
      : [...Array(25).keys()].map((k) => [Math.floor((k * size) / 25), k]);
  for (const [index, n] of picks) {
    for (const q of questionsFor(generateArticle(index!, SEED), n!)) {
      if (seen.has(q.q)) continue;
      seen.add(q.q);
      out.push(q);
    }
  }
  return out;
}

function benchSizes(): number[] {
  const sizes = (process.env.BENCH_SIZES ?? (QUICK ? "1,1000" : "1,1000,10000"))
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b);
  if (sizes.length === 0) throw new Error("BENCH_SIZES: give article counts, e.g. 1,1000");
  return sizes;
}

/** The reference article alone, in a data directory of its own. */
async function referenceFigures(tmp: string): Promise<ReferenceResult> {
  const ref = join(tmp, "ref");
  mkdirSync(ref);
  copyFileSync(join(ROOT, "data", "article.facts.json"), join(ref, "article.facts.json"));
  const reference = await inChild<ReferenceResult>({ mode: "reference", dir: ref });
  log(`reference: p50 ${round(reference.latency.p50, 3)} ms`);
  return reference;
}

/** An archive of the first `size` facts files of `all`: a cold start, then its questions. */
async function archiveFigures(tmp: string, all: string, size: number): Promise<ArchiveFigures> {
  const dir = join(tmp, String(size));
  mkdirSync(dir);
  for (let i = 0; i < size; i++) {
    const name = `gen-${String(i).padStart(5, "0")}.facts.json`;
    try {
      linkSync(join(all, name), join(dir, name));
    } catch {
      copyFileSync(join(all, name), join(dir, name));
    }
  }
  const questions = sampleQuestions(size);
  const job: ArchiveJob & { mode: string } = {
    mode: "archive",
    dir,
    size,
    questions,
    passes: QUICK ? 1 : size === 1 ? 40 : size <= 1000 ? 5 : 3,
    baselineSample: size === 1 ? questions.length : size <= 1000 ? 3 : 0,
  };
  log(`archive of ${size}: cold start`);
  const cold = await inChild<ColdResult>({ mode: "cold", dir, size });
  log(`archive of ${size}: ${questions.length} questions`);
  const result = await inChild<ArchiveResult>(job);
  log(`archive of ${size}: p95 ${round(result.archive.p95)} ms, start-up ${round(result.startupMs, 0)} ms`);
  return { ...result, cold };
}

async function parent(): Promise<void> {
  const sizes = benchSizes();
  const started = performance.now();
  const host = machine();
  const tmp = mkdtempSync(join(os.tmpdir(), "newsroom-bench-"));
  try {
    // Ingest: parse generated articles one by one on this thread, and write their facts.
    const count = Math.max(sizes.at(-1)!, 300);
    const all = join(tmp, "all");
    mkdirSync(all);
    const ingest = ingestGenerated(all, count);
    log(`ingest: ${ingest.perSecond} articles/s`);
    const extraction = benchExtraction(ROOT);
    log(`extraction: ${extraction.perSecond} pages/s`);
    const cli = cliFigures(tmp, Math.min(count, CLI_ARTICLES));
    log(`CLI ingest: ${cli.ingestPerSecond} articles/s, start-up ${cli.startupMs} ms`);
    const reference = await referenceFigures(tmp);
    const results: ArchiveFigures[] = [];
    for (const size of sizes) results.push(await archiveFigures(tmp, all, size));
    const largest = sizes.at(-1)!;
    log(`archive of ${largest} through the command line`);
    const archiveCli = largest > 1 ? await benchCliArchive(join(tmp, "cli-archive"), largest, SEED) : null;
    const seconds = (performance.now() - started) / 1000;
    report({ host, ingest: { ...ingest, cli }, extraction, reference, results, seconds, archiveCli });
  } finally {
    if (process.env.BENCH_KEEP) log(`data kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--child") {
  await runChild(JSON.parse(process.argv[3]!));
} else {
  await parent();
}

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
 */
import { execFileSync, fork } from "node:child_process";
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Fuse from "fuse.js";
import { parseArticle } from "../src/article/parse.ts";
import type { Answer } from "../src/qa/types.ts";
import { Archive } from "../src/store/archive.ts";
import { type BenchClaim, claimsFor } from "./claims.ts";
import { benchCliArchive, type CliArchiveResult, cliLines } from "./cli-archive.ts";
import { benchExtraction, type ExtractionResult } from "./extract.ts";
import { generateArticle } from "./generate.ts";
import { type BenchQuestion, questionsFor, REFERENCE_QUESTIONS } from "./questions.ts";

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(SELF, "..", "..");
const SEED = 1;
const QUICK = process.env.BENCH_QUICK === "1";

// ---------------------------------------------------------------- figures

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { p50: at(50), p95: at(95), p99: at(99), mean, n: s.length };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 2 ** 20, 0);

/** A cold start: no snapshot yet, every facts file read, validated and indexed. */
interface ColdResult {
  startupMs: number;
  readMs: number;
  indexBuildMs: number;
  snapshotWriteMs: number;
  snapshotWritten: boolean;
  rssMb: number;
}

interface ArchiveResult {
  size: number;
  passages: number;
  restored: boolean;
  startupMs: number;
  firstAnswerMs: number;
  rssMb: number;
  heapMb: number;
  peakRssMb: number;
  scoped: Latency;
  archive: Latency;
  right: { scoped: number; archive: number; questions: number };
  byKind: Record<string, { scoped: number; archive: number }>;
  /** `/verify` across the whole archive: time per verification and verdicts as expected. */
  verify: { latency: Latency; right: number; claims: number };
  /** Null where it would take minutes (10,000 articles: about a minute a question): MiniSearch is the comparison there. */
  baseline: {
    buildMs: number;
    questions: number;
    meanMs: number;
    oursMeanMs: number;
    speedup: number;
  } | null;
}

interface ReferenceResult {
  openMs: number;
  loadAndFirstAnswerMs: number;
  latency: Latency;
  right: number;
  questions: number;
}

// ---------------------------------------------------------------- child: one archive

function isRight(q: BenchQuestion, a: Answer, scoped: boolean): boolean {
  if (q.kind === "unanswerable") return !a.answered;
  if (!a.answered) return false;
  if (!scoped && a.article?.id !== q.article) return false;
  if (q.text !== undefined) return a.text === q.text;
  return a.speaker === q.speaker;
}

function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

/** Asks every question `passes` times (within `budgetMs`), after one untimed warm-up pass. */
function measure(
  archive: Archive,
  questions: BenchQuestion[],
  scoped: boolean,
  passes: number,
  budgetMs: number,
) {
  const ask = (q: BenchQuestion) => archive.answer(q.q, scoped ? q.article : undefined);
  const right = new Map<string, [number, number]>();
  let correct = 0;
  for (const q of questions) {
    const ok = isRight(q, ask(q), scoped);
    correct += ok ? 1 : 0;
    const r = right.get(q.kind) ?? [0, 0];
    right.set(q.kind, [r[0] + (ok ? 1 : 0), r[1] + 1]);
  }
  const samples: number[] = [];
  const perQuestion = new Map<string, number[]>();
  const started = performance.now();
  for (let pass = 0; pass < passes && (pass === 0 || performance.now() - started < budgetMs); pass++) {
    for (const q of questions) {
      const [, ms] = timed(() => ask(q));
      samples.push(ms);
      perQuestion.set(q.q, [...(perQuestion.get(q.q) ?? []), ms]);
    }
  }
  return { latency: latency(samples), correct, right, perQuestion };
}

async function childArchive(job: {
  dir: string;
  size: number;
  questions: BenchQuestion[];
  baselineSample: number;
  passes: number;
}): Promise<ArchiveResult> {
  const { questions } = job;
  const [archive, startupMs] = await timedAsync(() => Archive.open(job.dir));
  const restored = archive.restored;
  if (archive.errors.length) throw new Error(`facts failed to load: ${archive.errors[0]!.message}`);
  if (archive.articles().length !== job.size) throw new Error(`loaded ${archive.articles().length} articles`);
  const [, firstAnswerMs] = timed(() => archive.answer(questions[0]!.q));
  const budget = QUICK ? 5_000 : job.size >= 10_000 ? 40_000 : 30_000;
  const scoped = measure(archive, questions, true, job.passes, budget);
  const whole = measure(archive, questions, false, job.passes, budget);
  const verify = measureVerify(archive, job.passes, budget);
  const peakRssMb = mb(process.resourceUsage().maxRSS * 1024);
  globalThis.gc?.();
  const memory = process.memoryUsage();

  // Every passage of the archive (this materialises them all, so it comes after the memory figures).
  const ids = archive.articles().map((a) => a.id);
  const texts = ids.flatMap((id) => archive.index.passagesOf(id).map((p) => p.text));
  const byKind: Record<string, { scoped: number; archive: number }> = {};
  for (const [kind, [ok, n]] of scoped.right) {
    byKind[kind] = { scoped: round(ok / n), archive: round((whole.right.get(kind)?.[0] ?? 0) / n) };
  }
  const result = {
    size: job.size,
    passages: texts.length,
    restored,
    startupMs,
    firstAnswerMs,
    rssMb: mb(memory.rss),
    heapMb: mb(memory.heapUsed),
    peakRssMb,
    scoped: scoped.latency,
    archive: whole.latency,
    right: { scoped: scoped.correct, archive: whole.correct, questions: questions.length },
    byKind,
    verify,
  };
  if (job.baselineSample === 0) return { ...result, baseline: null };

  // Naive baseline: fuse.js over every passage, the whole question as the pattern.
  const [fuse, buildMs] = timed(() => new Fuse(texts, { ignoreLocation: true, includeScore: true }));
  const step = Math.max(1, Math.floor(questions.length / job.baselineSample));
  const sample = questions.filter((_, i) => i % step === 0).slice(0, job.baselineSample);
  const base: number[] = [];
  const ours: number[] = [];
  for (const q of sample) {
    base.push(timed(() => fuse.search(q.q, { limit: 10 }))[1]);
    const mine = whole.perQuestion.get(q.q)!;
    ours.push(mine.reduce((a, b) => a + b, 0) / mine.length);
  }
  const meanMs = base.reduce((a, b) => a + b, 0) / base.length;
  const oursMeanMs = ours.reduce((a, b) => a + b, 0) / ours.length;
  return {
    ...result,
    baseline: { buildMs, questions: sample.length, meanMs, oursMeanMs, speedup: meanMs / oursMeanMs },
  };
}

/** Claims about 25 articles spread over the archive, each verified across all of it. */
function measureVerify(archive: Archive, passes: number, budgetMs: number) {
  const refs = archive.articles();
  const picked = [...new Set([...Array(25).keys()].map((k) => Math.floor((k * refs.length) / 25)))];
  const claims: BenchClaim[] = picked.flatMap((i, n) => claimsFor(archive.facts(refs[i]!.id)!, n));
  const check = (c: BenchClaim) => archive.verify({ quote: c.quote, speaker: c.speaker });
  const right = claims.filter((c) => check(c).verdict === c.expect).length;
  const samples: number[] = [];
  const started = performance.now();
  for (let pass = 0; pass < passes && (pass === 0 || performance.now() - started < budgetMs); pass++) {
    for (const c of claims) samples.push(timed(() => check(c))[1]);
  }
  return { latency: latency(samples), right, claims: claims.length };
}

async function childCold(job: { dir: string; size: number }): Promise<ColdResult> {
  const [archive, startupMs] = await timedAsync(() => Archive.open(job.dir));
  if (archive.articles().length !== job.size) throw new Error(`loaded ${archive.articles().length} articles`);
  const [snapshotWritten, snapshotWriteMs] = await timedAsync(() => archive.saved);
  return {
    startupMs,
    readMs: archive.loading.readMs,
    indexBuildMs: archive.loading.indexMs,
    snapshotWriteMs,
    snapshotWritten,
    rssMb: mb(process.resourceUsage().maxRSS * 1024),
  };
}

async function childReference(job: { dir: string }): Promise<ReferenceResult> {
  const [archive, openMs] = await timedAsync(() => Archive.open(job.dir));
  const [, firstMs] = timed(() => archive.answer(REFERENCE_QUESTIONS[0]!.q, "article"));
  let right = 0;
  for (const q of REFERENCE_QUESTIONS) {
    const a = archive.answer(q.q, "article");
    right += q.kind === "unanswerable" ? Number(!a.answered) : Number(a.answered);
  }
  const samples: number[] = [];
  for (let pass = 0; pass < 200; pass++) {
    for (const q of REFERENCE_QUESTIONS) samples.push(timed(() => archive.answer(q.q, "article"))[1]);
  }
  return {
    openMs,
    loadAndFirstAnswerMs: openMs + firstMs,
    latency: latency(samples),
    right,
    questions: REFERENCE_QUESTIONS.length,
  };
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

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

// ---------------------------------------------------------------- parent

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function machine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load: os.loadavg().map((l) => round(l, 2)),
  };
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

async function parent(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? (QUICK ? "1,1000" : "1,1000,10000"))
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b);
  if (sizes.length === 0) throw new Error("BENCH_SIZES: give article counts, e.g. 1,1000");
  const started = performance.now();
  const host = machine();
  const tmp = mkdtempSync(join(os.tmpdir(), "newsroom-bench-"));
  try {
    // Ingest: parse generated articles one by one on this thread, and write their facts.
    const count = Math.max(sizes.at(-1)!, 300);
    const all = join(tmp, "all");
    mkdirSync(all);
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
      writeFileSync(join(all, `${article.id}.facts.json`), `${JSON.stringify(facts, null, 2)}\n`);
      if (i % 2000 === 1999) log(`generated and parsed ${i + 1}/${count}`);
    }
    const ingest = {
      articles: count,
      avgWords: Math.round(words / count),
      quotesPerArticle: round(quotes / count, 1),
      perSecond: round((count / parseMs) * 1000, 0),
    };
    log(`ingest: ${ingest.perSecond} articles/s`);
    const extraction = benchExtraction(ROOT);
    log(`extraction: ${extraction.perSecond} pages/s`);
    const cli = cliFigures(tmp, Math.min(count, CLI_ARTICLES));
    log(`CLI ingest: ${cli.ingestPerSecond} articles/s, start-up ${cli.startupMs} ms`);

    const ref = join(tmp, "ref");
    mkdirSync(ref);
    copyFileSync(join(ROOT, "data", "article.facts.json"), join(ref, "article.facts.json"));
    const reference = await inChild<ReferenceResult>({ mode: "reference", dir: ref });
    log(`reference: p50 ${round(reference.latency.p50, 3)} ms`);

    const results: (ArchiveResult & { cold: ColdResult })[] = [];
    for (const size of sizes) {
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
      const job = {
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
      results.push({ ...result, cold });
      log(
        `archive of ${size}: p95 ${round(result.archive.p95)} ms, start-up ${round(result.startupMs, 0)} ms`,
      );
    }
    const largest = sizes.at(-1)!;
    log(`archive of ${largest} through the command line`);
    const archiveCli = largest > 1 ? await benchCliArchive(join(tmp, "cli-archive"), largest, SEED) : null;
    report(
      host,
      { ...ingest, cli },
      extraction,
      reference,
      results,
      (performance.now() - started) / 1000,
      archiveCli,
    );
  } finally {
    if (process.env.BENCH_KEEP) log(`data kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

/** Articles the CLI ingests in one run for its figure, and runs of `--help` timed for its start-up. */
const CLI_ARTICLES = 300;
const CLI_STARTS = 5;

interface Ingest {
  articles: number;
  avgWords: number;
  quotesPerArticle: number;
  perSecond: number;
  cli: { articles: number; ingestPerSecond: number; startupMs: number };
}

/** The command line as a user runs it (`npm run` is scripts/cli.mjs): one ingest of `count` files. */
function cliFigures(tmp: string, count: number): Ingest["cli"] {
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

function report(
  host: ReturnType<typeof machine>,
  ingest: Ingest,
  extraction: ExtractionResult,
  reference: ReferenceResult,
  results: (ArchiveResult & { cold: ColdResult })[],
  seconds: number,
  archiveCli: CliArchiveResult | null,
): void {
  const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
  const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}`;
  const lines: string[] = [];
  lines.push(`Newsroom Quote Bot benchmark, ${host.date}`);
  lines.push(
    `machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB RAM; ${host.os}; Node ${host.node}; load ${host.load.join(" ")}`,
  );
  lines.push("");
  lines.push(
    `ingest (parseArticle, one core): ${ingest.perSecond} articles/s over ${ingest.articles} generated articles of ~${ingest.avgWords} words, ${ingest.quotesPerArticle} attributed quotes each`,
  );
  lines.push(
    `ingest (npm run ingest, ${ingest.cli.articles} files in one run: start-up, reading, parsing and atomic writes): ${ingest.cli.ingestPerSecond} articles/s; CLI start-up (--help, median of ${CLI_STARTS}): ${ingest.cli.startupMs} ms`,
  );
  lines.push(
    `web pages (decode + extract, one core): ${extraction.perSecond} pages/s over ${extraction.pages} ${extraction.source === "html-dev" ? "real pages of ../shared/html-dev" : "generated pages"} (~${extraction.avgKb} KB each), ${extraction.passes} passes after a warm-up`,
  );
  lines.push(
    `reference article: load ${ms(reference.openMs)} ms, load + index + first answer ${ms(reference.loadAndFirstAnswerMs)} ms; p50 / p95 / p99 ${lat(reference.latency)} ms over ${reference.latency.n} answers (${reference.right}/${reference.questions} answered or declined as expected)`,
  );
  lines.push("");
  const header = [
    "articles",
    "passages",
    "cold start ms",
    "index build ms",
    "start-up ms",
    "1st answer ms",
    "RSS MB",
    "heap MB",
    "scoped p50/p95/p99 ms",
    "archive p50/p95/p99 ms",
    "verify p50/p95/p99 ms",
    "baseline ms (n)",
    "speed-up",
    "right scoped/archive",
  ];
  const rows = results.map((r) => [
    String(r.size),
    String(r.passages),
    ms(r.cold.startupMs),
    ms(r.cold.indexBuildMs),
    `${ms(r.startupMs)}${r.restored ? "" : "*"}`,
    ms(r.firstAnswerMs),
    String(r.peakRssMb),
    String(r.heapMb),
    lat(r.scoped),
    lat(r.archive),
    lat(r.verify.latency),
    r.baseline ? `${ms(r.baseline.meanMs)} (${r.baseline.questions})` : "n/a",
    r.baseline ? `${round(r.baseline.speedup, 0)}x` : "n/a",
    `${r.right.scoped}/${r.right.archive} of ${r.right.questions}; verify ${r.verify.right}/${r.verify.claims}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  lines.push(row(header));
  lines.push(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) lines.push(row(r));
  lines.push("");
  lines.push(
    [
      "cold start: Archive.open(dir) in a fresh process with no index snapshot: every facts file read, validated and indexed (index build = the indexing part; the snapshot is then written in the background).",
      "start-up: Archive.open(dir) in a fresh process, as the CLI does, once the snapshot exists (* = no snapshot: archives under 100 articles load from their files).",
      "RSS: peak of that process after start-up and all the questions; heap: used after GC.",
      "latency: one warm-up pass, then every question timed; scoped = asked of its own article, archive = across all articles.",
      "verify: time per verification (/verify, npm run verify) across the whole archive, for claims about 25 of its articles: each quote as printed, with a word changed, given to someone else, and words nobody said; right = verdicts as expected.",
      "right: answers that match what the generator wrote (the speaker, the sentence, or a decline); across the archive the right article must also answer, which templated copy makes hard by design.",
      "baseline: fuse.js over every passage, the whole question as the pattern, ignoreLocation; mean over n sampled questions; speed-up = baseline mean / our mean on the same questions across the archive; not run at 10,000 articles (about a minute a question), where MiniSearch is the comparison.",
    ].join("\n"),
  );
  const targets: [string, boolean | null][] = [
    ["ingest >= 200 articles/s", ingest.perSecond >= 200],
    ["web pages >= 50 pages/s", extraction.perSecond >= 50],
    ["reference load + index < 200 ms", reference.loadAndFirstAnswerMs < 200],
    ["reference p50 < 2 ms", reference.latency.p50 < 2],
    ["reference p99 < 10 ms", reference.latency.p99 < 10],
  ];
  const at = (n: number) => results.find((r) => r.size === n);
  const one = at(1);
  const thousand = at(1000);
  const tenK = at(10_000);
  if (one) targets.push(["1 article p50 < 2 ms", one.scoped.p50 < 2]);
  if (thousand) targets.push(["1,000 articles archive p95 < 20 ms", thousand.archive.p95 < 20]);
  if (tenK) {
    targets.push(["10,000 articles archive p95 < 100 ms", tenK.archive.p95 < 100]);
    targets.push([
      "10,000 articles verify mean and p95 <= 50 ms",
      tenK.verify.latency.mean <= 50 && tenK.verify.latency.p95 <= 50,
    ]);
    targets.push(["10,000 articles RSS < 1 GB", tenK.peakRssMb < 1024]);
    targets.push(["10,000 articles start-up < 5 s", tenK.startupMs < 5000 && tenK.restored]);
  }
  lines.push("");
  lines.push(
    `verification (npm run verify, whole archive): ${results.map((r) => `${ms(r.verify.latency.mean)} ms mean, ${ms(r.verify.latency.p95)} ms p95 at ${r.size} article${r.size === 1 ? "" : "s"}`).join("; ")}`,
  );
  if (archiveCli) {
    const at = archiveCli.articles;
    lines.push("");
    lines.push(...cliLines(archiveCli));
    const peak = Math.max(
      archiveCli.ingestRssMb ?? 0,
      archiveCli.firstStartRssMb ?? 0,
      archiveCli.batchRssMb ?? 0,
    );
    targets.push([`CLI ingest of a folder >= 1,000 articles/s at ${at}`, archiveCli.ingestPerSecond >= 1000]);
    targets.push([`CLI first start after ingest <= 3 s at ${at}`, archiveCli.firstStartMs <= 3000]);
    targets.push([`CLI per question <= 30 ms mean at ${at}`, archiveCli.perQuestionMs <= 30]);
    targets.push([
      `ahead of MiniSearch per question at ${at}`,
      archiveCli.ours.meanMs <= archiveCli.minisearch.meanMs,
    ]);
    targets.push([`CLI peak RSS <= 600 MB at every step at ${at}`, peak > 0 && peak <= 600]);
  }
  lines.push("");
  lines.push(`targets: ${targets.map(([t, ok]) => `${ok ? "met" : "MISSED"}: ${t}`).join("; ")}`);
  lines.push(`bench took ${round(seconds, 0)} s`);
  process.stdout.write(`${lines.join("\n")}\n`);
  const bench = {
    date: host.date,
    machine: { cpu: host.cpu, cores: host.cores, memoryGb: host.memoryGb, node: host.node, load: host.load },
    ingest,
    extraction,
    reference: {
      openMs: round(reference.openMs),
      loadAndFirstAnswerMs: round(reference.loadAndFirstAnswerMs),
      p50: round(reference.latency.p50, 3),
      p95: round(reference.latency.p95, 3),
      p99: round(reference.latency.p99, 3),
    },
    archives: results.map((r) => ({
      articles: r.size,
      passages: r.passages,
      coldStartMs: round(r.cold.startupMs, 0),
      coldReadMs: round(r.cold.readMs, 0),
      indexBuildMs: round(r.cold.indexBuildMs, 0),
      snapshotWriteMs: round(r.cold.snapshotWriteMs, 0),
      coldPeakRssMb: r.cold.rssMb,
      startupMs: round(r.startupMs, 0),
      restored: r.restored,
      firstAnswerMs: round(r.firstAnswerMs),
      rssMb: r.rssMb,
      peakRssMb: r.peakRssMb,
      heapMb: r.heapMb,
      scoped: { p50: round(r.scoped.p50, 3), p95: round(r.scoped.p95, 3), p99: round(r.scoped.p99, 3) },
      archive: { p50: round(r.archive.p50, 3), p95: round(r.archive.p95, 3), p99: round(r.archive.p99, 3) },
      right: r.right,
      rightByKind: r.byKind,
      verify: {
        p50: round(r.verify.latency.p50, 3),
        p95: round(r.verify.latency.p95, 3),
        p99: round(r.verify.latency.p99, 3),
        mean: round(r.verify.latency.mean, 3),
        right: r.verify.right,
        claims: r.verify.claims,
      },
      baseline: r.baseline && {
        buildMs: round(r.baseline.buildMs, 0),
        questions: r.baseline.questions,
        meanMs: round(r.baseline.meanMs, 1),
        oursMeanMs: round(r.baseline.oursMeanMs, 3),
      },
      speedup: r.baseline && round(r.baseline.speedup, 1),
    })),
    targets: Object.fromEntries(targets),
    seconds: round(seconds, 0),
    archiveCli,
  };
  process.stdout.write(`BENCH ${JSON.stringify(bench)}\n`);
}

async function child(job: { mode: string } & Record<string, unknown>): Promise<void> {
  const result =
    job.mode === "reference"
      ? await childReference(job as unknown as { dir: string })
      : job.mode === "cold"
        ? await childCold(job as unknown as { dir: string; size: number })
        : await childArchive(job as unknown as Parameters<typeof childArchive>[0]);
  await new Promise<void>((resolve, reject) =>
    process.send!(result, (err: Error | null) => (err ? reject(err) : resolve())),
  );
  process.disconnect();
}

if (process.argv[2] === "--child") {
  await child(JSON.parse(process.argv[3]!));
} else {
  await parent();
}

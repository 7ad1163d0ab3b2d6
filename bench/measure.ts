/**
 * The bench's measurements of one archive, each run in a fresh child process (so memory figures are
 * its own): a cold start, the reference article alone, and an archive's start-up, answer and
 * verification latency, correctness and memory against a naive fuse.js baseline.
 */
import Fuse from "fuse.js";
import type { Answer } from "../src/qa/types.ts";
import { Archive } from "../src/store/archive.ts";
import { type BenchClaim, claimsFor } from "./claims.ts";
import { type Latency, latency, mb, QUICK, round, timed, timedAsync } from "./figures.ts";
import { type BenchQuestion, REFERENCE_QUESTIONS } from "./questions.ts";

/** A cold start: no snapshot yet, every facts file read, validated and indexed. */
export interface ColdResult {
  startupMs: number;
  readMs: number;
  indexBuildMs: number;
  snapshotWriteMs: number;
  snapshotWritten: boolean;
  rssMb: number;
}

interface Baseline {
  buildMs: number;
  questions: number;
  meanMs: number;
  oursMeanMs: number;
  speedup: number;
}

export interface ArchiveResult {
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
  baseline: Baseline | null;
}

export interface ReferenceResult {
  openMs: number;
  loadAndFirstAnswerMs: number;
  latency: Latency;
  right: number;
  questions: number;
}

/** What the parent asks a child to measure of the archive in `dir`. */
export interface ArchiveJob {
  dir: string;
  size: number;
  questions: BenchQuestion[];
  baselineSample: number;
  passes: number;
}

function isRight(q: BenchQuestion, a: Answer, scoped: boolean): boolean {
  if (q.kind === "unanswerable") return !a.answered;
  if (!a.answered) return false;
  if (!scoped && a.article?.id !== q.article) return false;
  if (q.text !== undefined) return a.text === q.text;
  return a.speaker === q.speaker;
}

type Measured = ReturnType<typeof measure>;

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

export async function childArchive(job: ArchiveJob): Promise<ArchiveResult> {
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
    byKind: rightByKind(scoped, whole),
    verify,
  };
  if (job.baselineSample === 0) return { ...result, baseline: null };
  return { ...result, baseline: measureBaseline(texts, questions, job.baselineSample, whole) };
}

/** Share of each kind of question answered right, asked of its own article and across the archive. */
function rightByKind(scoped: Measured, whole: Measured): ArchiveResult["byKind"] {
  const byKind: ArchiveResult["byKind"] = {};
  for (const [kind, [ok, n]] of scoped.right) {
    byKind[kind] = { scoped: round(ok / n), archive: round((whole.right.get(kind)?.[0] ?? 0) / n) };
  }
  return byKind;
}

/** Naive baseline: fuse.js over every passage, the whole question as the pattern. */
function measureBaseline(
  texts: string[],
  questions: BenchQuestion[],
  sampleSize: number,
  whole: Measured,
): Baseline {
  const [fuse, buildMs] = timed(() => new Fuse(texts, { ignoreLocation: true, includeScore: true }));
  const step = Math.max(1, Math.floor(questions.length / sampleSize));
  const sample = questions.filter((_, i) => i % step === 0).slice(0, sampleSize);
  const base: number[] = [];
  const ours: number[] = [];
  for (const q of sample) {
    base.push(timed(() => fuse.search(q.q, { limit: 10 }))[1]);
    const mine = whole.perQuestion.get(q.q)!;
    ours.push(mine.reduce((a, b) => a + b, 0) / mine.length);
  }
  const meanMs = base.reduce((a, b) => a + b, 0) / base.length;
  const oursMeanMs = ours.reduce((a, b) => a + b, 0) / ours.length;
  return { buildMs, questions: sample.length, meanMs, oursMeanMs, speedup: meanMs / oursMeanMs };
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

export async function childCold(job: { dir: string; size: number }): Promise<ColdResult> {
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

export async function childReference(job: { dir: string }): Promise<ReferenceResult> {
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

/** The child's side of `inChild`: measures what `job.mode` names and sends the result to the parent. */
export async function runChild(job: { mode: string } & Record<string, unknown>): Promise<void> {
  const result =
    job.mode === "reference"
      ? await childReference(job as unknown as { dir: string })
      : job.mode === "cold"
        ? await childCold(job as unknown as { dir: string; size: number })
        : await childArchive(job as unknown as ArchiveJob);
  await new Promise<void>((resolve, reject) =>
    process.send!(result, (err: Error | null) => (err ? reject(err) : resolve())),
  );
  process.disconnect();
}

/**
 * What `npm run bench` prints: the figures as a table with the date and machine, what each column
 * means, the targets met or missed, and last one line `BENCH {json}`.
 */
import { type CliArchiveResult, cliLines } from "./cli-archive.ts";
import type { ExtractionResult } from "./extract.ts";
import { type Latency, type Machine, round } from "./figures.ts";
import { CLI_STARTS, type Ingest } from "./ingest-figures.ts";
import type { ArchiveResult, ColdResult, ReferenceResult } from "./measure.ts";

export type ArchiveFigures = ArchiveResult & { cold: ColdResult };

export interface BenchFigures {
  host: Machine;
  ingest: Ingest;
  extraction: ExtractionResult;
  reference: ReferenceResult;
  results: ArchiveFigures[];
  seconds: number;
  archiveCli: CliArchiveResult | null;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}`;

/** What each column of the archive table means. */
const NOTES = [
  "cold start: Archive.open(dir) in a fresh process with no index snapshot: every facts file read, validated and indexed (index build = the indexing part; the snapshot is then written in the background).",
  "start-up: Archive.open(dir) in a fresh process, as the CLI does, once the snapshot exists (* = no snapshot: archives under 100 articles load from their files).",
  "RSS: peak of that process after start-up and all the questions; heap: used after GC.",
  "latency: one warm-up pass, then every question timed; scoped = asked of its own article, archive = across all articles.",
  "verify: time per verification (/verify, npm run verify) across the whole archive, for claims about 25 of its articles: each quote as printed, with a word changed, given to someone else, and words nobody said; right = verdicts as expected.",
  "right: answers that match what the generator wrote (the speaker, the sentence, or a decline); across the archive the right article must also answer, which templated copy makes hard by design.",
  "baseline: fuse.js over every passage, the whole question as the pattern, ignoreLocation; mean over n sampled questions; speed-up = baseline mean / our mean on the same questions across the archive; not run at 10,000 articles (about a minute a question), where MiniSearch is the comparison.",
].join("\n");

export function report(figures: BenchFigures): void {
  const { results, archiveCli } = figures;
  const targets = targetsOf(figures);
  const lines: string[] = [...summaryLines(figures), "", ...archiveTable(results), "", NOTES];
  lines.push("");
  lines.push(
    `verification (npm run verify, whole archive): ${results.map((r) => `${ms(r.verify.latency.mean)} ms mean, ${ms(r.verify.latency.p95)} ms p95 at ${r.size} article${r.size === 1 ? "" : "s"}`).join("; ")}`,
  );
  if (archiveCli) {
    lines.push("");
    lines.push(...cliLines(archiveCli));
  }
  lines.push("");
  lines.push(`targets: ${targets.map(([t, ok]) => `${ok ? "met" : "MISSED"}: ${t}`).join("; ")}`);
  lines.push(`bench took ${round(figures.seconds, 0)} s`);
  process.stdout.write(`${lines.join("\n")}\n`);
  process.stdout.write(`BENCH ${JSON.stringify(benchJson(figures, targets))}\n`);
}

/** The date and machine, then the ingest, web-page and reference-article figures. */
function summaryLines({ host, ingest, extraction, reference }: BenchFigures): string[] {
  return [
    `Newsroom Quote Bot benchmark, ${host.date}`,
    `machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGb} GB RAM; ${host.os}; Node ${host.node}; load ${host.load.join(" ")}`,
    "",
    `ingest (parseArticle, one core): ${ingest.perSecond} articles/s over ${ingest.articles} generated articles of ~${ingest.avgWords} words, ${ingest.quotesPerArticle} attributed quotes each`,
    `ingest (npm run ingest, ${ingest.cli.articles} files in one run: start-up, reading, parsing and atomic writes): ${ingest.cli.ingestPerSecond} articles/s; CLI start-up (--help, median of ${CLI_STARTS}): ${ingest.cli.startupMs} ms`,
    `web pages (decode + extract, one core): ${extraction.perSecond} pages/s over ${extraction.pages} ${extraction.source === "html-dev" ? "real pages of ../shared/html-dev" : "generated pages"} (~${extraction.avgKb} KB each), ${extraction.passes} passes after a warm-up`,
    `reference article: load ${ms(reference.openMs)} ms, load + index + first answer ${ms(reference.loadAndFirstAnswerMs)} ms; p50 / p95 / p99 ${lat(reference.latency)} ms over ${reference.latency.n} answers (${reference.right}/${reference.questions} answered or declined as expected)`,
  ];
}

/** One row an archive size, as a Markdown table. */
function archiveTable(results: ArchiveFigures[]): string[] {
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
  return [row(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(row)];
}

type Target = [string, boolean | null];

/** The speed and memory goals, each met or missed; those of sizes not run are left out. */
function targetsOf({ ingest, extraction, reference, results, archiveCli }: BenchFigures): Target[] {
  const targets: Target[] = [
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
  if (archiveCli) targets.push(...cliTargets(archiveCli));
  return targets;
}

function cliTargets(archiveCli: CliArchiveResult): Target[] {
  const at = archiveCli.articles;
  const peak = Math.max(
    archiveCli.ingestRssMb ?? 0,
    archiveCli.firstStartRssMb ?? 0,
    archiveCli.batchRssMb ?? 0,
  );
  return [
    [`CLI ingest of a folder >= 1,000 articles/s at ${at}`, archiveCli.ingestPerSecond >= 1000],
    [`CLI first start after ingest <= 3 s at ${at}`, archiveCli.firstStartMs <= 3000],
    [`CLI per question <= 30 ms mean at ${at}`, archiveCli.perQuestionMs <= 30],
    [`ahead of MiniSearch per question at ${at}`, archiveCli.ours.meanMs <= archiveCli.minisearch.meanMs],
    [`CLI peak RSS <= 600 MB at every step at ${at}`, peak > 0 && peak <= 600],
  ];
}

/** The same figures, machine-readable, for the `BENCH {json}` line. */
function benchJson(figures: BenchFigures, targets: Target[]) {
  const { host, ingest, extraction, reference, results, seconds, archiveCli } = figures;
  return {
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
    archives: results.map(archiveJson),
    targets: Object.fromEntries(targets),
    seconds: round(seconds, 0),
    archiveCli,
  };
}

function archiveJson(r: ArchiveFigures) {
  return {
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
  };
}

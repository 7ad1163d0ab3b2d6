/**
 * The archive as a newsroom runs it, through the command line: generated articles written as text
 * files, `ingest` of their folder, the first `ask` after it (which must rebuild nothing), and a batch
 * of questions of real shapes (a person by full name, by surname, by title, misspelled; a topic;
 * questions the archive cannot answer). Every run's peak RSS is read by GNU time.
 *
 * MiniSearch, the well-kept search library a user would pick instead, indexes the same passages and
 * is asked the same questions in a process of its own; our answering is measured the same way, so
 * the two latencies and memories can be set side by side.
 */
import { type ChildProcess, fork, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import type { Facts } from "../src/article/facts.ts";
import { draftPassages } from "../src/qa/passages.ts";
import { fold, isStopword } from "../src/qa/terms.ts";
import { Archive } from "../src/store/archive.ts";
import { ROOT } from "./figures.ts";
import { generateArticle } from "./generate.ts";
import { questionsFor } from "./questions.ts";

const SELF = fileURLToPath(import.meta.url);
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const QUESTIONS = 400;

export interface CliArchiveResult {
  articles: number;
  ingestPerSecond: number;
  ingestRssMb: number | null;
  firstStartMs: number;
  firstStartRssMb: number | null;
  perQuestionMs: number;
  batchRssMb: number | null;
  questions: number;
  ours: InProcess;
  minisearch: InProcess;
}

/** One engine answering in a process of its own: build time, mean latency and peak RSS. */
interface InProcess {
  loadMs: number;
  meanMs: number;
  peakRssMb: number;
}

/** Runs the CLI stage on `count` generated articles in `dir` (created). */
export async function benchCliArchive(dir: string, count: number, seed: number): Promise<CliArchiveResult> {
  const input = join(dir, "articles");
  const data = join(dir, "data");
  mkdirSync(input, { recursive: true });
  const questions: string[] = [];
  for (let i = 0; i < count; i++) {
    const article = generateArticle(i, seed);
    writeFileSync(join(input, `${article.id}.txt`), article.text);
    if (questions.length < QUESTIONS && i % Math.max(1, Math.floor(count / 60)) === 0) {
      questions.push(...questionsFor(article, i).map((q) => q.q));
      const person = article.people[i % article.people.length]!;
      questions.push(`What did the ${person.title.toLowerCase()} say about the ${article.topic}?`);
    }
  }
  cli(["--help"]); // builds the launcher's bundle if the sources changed, untimed
  const ingest = cli(["ingest", "--data", data, input]);
  const first = cli(["ask", "--data", data, questions[0]!]);
  const one = cli(["ask", "--data", data, "--json"], `${questions[0]}\n`);
  const batch = cli(["ask", "--data", data, "--json"], `${questions.join("\n")}\n`);
  return {
    articles: count,
    ingestPerSecond: Math.round(count / ingest.seconds),
    ingestRssMb: ingest.rssMb,
    firstStartMs: Math.round(first.seconds * 1000),
    firstStartRssMb: first.rssMb,
    perQuestionMs: ((batch.seconds - one.seconds) * 1000) / (questions.length - 1),
    batchRssMb: batch.rssMb,
    questions: questions.length,
    ours: await inChild({ engine: "ours", data, questions }),
    minisearch: await inChild({ engine: "minisearch", data, questions }),
  };
}

/** The stage's lines for the report: the steps, then ours beside MiniSearch as ratios. */
export function cliLines(r: CliArchiveResult): string[] {
  const rss = (mb: number | null) => (mb === null ? "n/a" : `${mb} MB`);
  const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}x`;
  return [
    `through the command line, ${r.articles} generated articles as text files:`,
    `  ingest of their folder: ${r.ingestPerSecond} articles/s, peak RSS ${rss(r.ingestRssMb)}`,
    `  first ask after ingest (start-up included): ${r.firstStartMs} ms, peak RSS ${rss(r.firstStartRssMb)}`,
    `  ask --json batch of ${r.questions} questions: ${r.perQuestionMs.toFixed(2)} ms per question (batch minus one question), peak RSS ${rss(r.batchRssMb)}`,
    `  same passages and questions, one process each: ours ${r.ours.meanMs.toFixed(2)} ms per question, ${r.ours.peakRssMb} MB peak RSS (load ${Math.round(r.ours.loadMs)} ms); MiniSearch ${r.minisearch.meanMs.toFixed(2)} ms, ${r.minisearch.peakRssMb} MB (load ${Math.round(r.minisearch.loadMs)} ms)`,
    `  ours / MiniSearch: latency ${ratio(r.ours.meanMs, r.minisearch.meanMs)}, memory ${ratio(r.ours.peakRssMb, r.minisearch.peakRssMb)} (MiniSearch only ranks passages; ours also picks the article, the speaker and declines)`,
  ];
}

/** Runs `npm run <command>` as a user would (scripts/cli.mjs), timed, with its peak RSS. */
function cli(args: string[], input?: string): { seconds: number; rssMb: number | null } {
  const command = [process.execPath, "scripts/cli.mjs", ...args];
  const started = performance.now();
  const run = spawnSync(TIME ?? command[0]!, TIME ? ["-f", "MAXRSS %M", ...command] : command.slice(1), {
    cwd: ROOT,
    input,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0 && args[0] !== "ingest")
    throw new Error(`${args[0]} failed: ${run.stderr.slice(-300)}`);
  const rss = /MAXRSS (\d+)/.exec(run.stderr ?? "");
  return { seconds, rssMb: rss ? Math.round(Number(rss[1]) / 1024) : null };
}

function inChild(job: {
  engine: "ours" | "minisearch";
  data: string;
  questions: string[];
}): Promise<InProcess> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(SELF, ["--engine", JSON.stringify(job)], {
      // A heap large enough that MiniSearch's index of every passage fits, so its memory is measured.
      execArgv: ["--import", "tsx", "--max-old-space-size=8192"],
    });
    child.on("message", (m) => resolve(m as InProcess));
    child.on("error", reject);
    child.on("exit", (code) => code === 0 || reject(new Error(`${job.engine} exited ${code}`)));
  });
}

/** In the child: load one engine over the data directory, ask every question twice, report. */
async function engine(job: {
  engine: "ours" | "minisearch";
  data: string;
  questions: string[];
}): Promise<void> {
  const started = performance.now();
  let ask: (q: string) => unknown;
  if (job.engine === "ours") {
    const archive = await Archive.open(job.data);
    ask = (q) => archive.answer(q);
  } else {
    const search = miniSearchOver(job.data);
    ask = (q) => search.search(q).slice(0, 10);
  }
  const loadMs = performance.now() - started;
  for (const q of job.questions) ask(q);
  const timedStart = performance.now();
  for (const q of job.questions) ask(q);
  const meanMs = (performance.now() - timedStart) / job.questions.length;
  process.send!({ loadMs, meanMs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
}

/**
 * MiniSearch configured as a user would for this archive: the passages our index holds (each
 * article's distinct passage texts), words folded and stopwords dropped as ours are, and typo
 * tolerance of one edit in five letters (at most two), without prefix search (which on half a
 * million passages matches most of the vocabulary for every short word).
 */
function miniSearchOver(data: string): MiniSearch<{ id: number; text: string }> {
  const processTerm = (term: string) => {
    const word = fold(term).replace(/'s?$/, "");
    return word && !isStopword(word) ? word : null;
  };
  const search = new MiniSearch<{ id: number; text: string }>({
    fields: ["text"],
    storeFields: [],
    processTerm,
    searchOptions: { fuzzy: 0.2, maxFuzzy: 2, prefix: false },
  });
  let id = 0;
  for (const name of readdirSync(data).filter((n) => n.endsWith(".facts.json"))) {
    const facts = JSON.parse(readFileSync(join(data, name), "utf8")) as Facts;
    const texts = new Set(draftPassages(facts).map((p) => p.context));
    search.addAll([...texts].map((text) => ({ id: id++, text })));
  }
  return search;
}

const at = process.argv.indexOf("--engine");
if (at >= 0) {
  engine(JSON.parse(process.argv[at + 1]!)).then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

/**
 * `npm run eval`: the README's quality table, on real articles only. Runs the reference scorer
 * (`<sets>/eval/score.mjs`, which drives this project through its CLI) over the public sets and
 * prints one Markdown table with the date, the command and where each set comes from, then counts
 * unacceptable speakers (pronoun, fragment, title glued to the name, bare surname where the article
 * gives the full name) over all of PolNeAR.
 *
 *   npm run eval                       seed, dev, qa-dev, polnear/dev from ../shared
 *   npm run eval -- --sets DIR         the same sets from DIR
 *   npm run eval -- --train            polnear/train too (840 articles: about 20 minutes more)
 *
 * The scorer runs on a few articles at a time so a terminal shows progress; its counts are summed.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { parseArticle } from "../src/article/parse.ts";
import { type BadKind, badSpeakers } from "./speaker-check.ts";

const run = promisify(execFile);
const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..");
/** Articles per scorer run: small enough for steady progress, large enough to amortise start-up. */
const CHUNK = 8;

interface SetSpec {
  folder: string;
  label: string;
  source: string;
}

const SETS: SetSpec[] = [
  { folder: "seed", label: "reference article", source: "AP, Feb 2017: the project's seed annotation" },
  {
    folder: "dev",
    label: "development set",
    source: "6 BBC News politics articles, 2004–05 (Greene & Cunningham 2006)",
  },
  {
    folder: "qa-dev",
    label: "question set",
    source: "24 PolNeAR dev articles (US, 2016), 240 questions as reporters ask them",
  },
  {
    folder: "polnear/dev",
    label: "PolNeAR dev",
    source: "84 articles from 7 US publishers, 2016 (PolNeAR, Newell et al. 2018)",
  },
];
const TRAIN: SetSpec = {
  folder: "polnear/train",
  label: "PolNeAR train",
  source: "840 articles, same corpus (the set rules are tuned on)",
};

interface Counts {
  found: number;
  gold: number;
  extractedRight: number;
  extracted: number;
  speakerRight: number;
  answeredRight: number;
  answerable: number;
  declinedRight: number;
  unanswerable: number;
}

const zero = (): Counts => ({
  found: 0,
  gold: 0,
  extractedRight: 0,
  extracted: 0,
  speakerRight: 0,
  answeredRight: 0,
  answerable: 0,
  declinedRight: 0,
  unanswerable: 0,
});

/** Gold/article pairs of a set: `gold.json` + `article.txt`, or `gold/X.json` + `articles/X.txt`. */
function pairsOf(dir: string): [string, string][] {
  if (existsSync(join(dir, "gold.json"))) return [[join(dir, "gold.json"), join(dir, "article.txt")]];
  return readdirSync(join(dir, "gold"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [join(dir, "gold", f), join(dir, "articles", f.replace(/\.json$/, ".txt"))]);
}

/** Adds the scorer's summary lines ("quotes found: 3/4 …; extracted right: …") to the counts. */
function addScorerOutput(out: string, into: Counts): void {
  const pair = (label: string) => {
    const m = new RegExp(`${label}: (\\d+)/(\\d+)`).exec(out);
    if (!m) throw new Error(`the scorer printed no "${label}" line:\n${out}`);
    return [Number(m[1]), Number(m[2])] as const;
  };
  const [found, gold] = pair("quotes found");
  const [extractedRight, extracted] = pair("extracted right");
  const [speakerRight] = pair("speaker right");
  const [answeredRight, answerable] = pair("answerable questions right");
  const [declinedRight, unanswerable] = pair("unanswerable declined");
  const add = {
    found,
    gold,
    extractedRight,
    extracted,
    speakerRight,
    answeredRight,
    answerable,
    declinedRight,
    unanswerable,
  };
  for (const key of Object.keys(add) as (keyof Counts)[]) into[key] += add[key];
}

class Progress {
  private readonly tty = process.stderr.isTTY === true;
  constructor(private readonly total: number) {}
  private done = 0;

  step(label: string, n: number): void {
    this.done += n;
    if (!this.tty) return;
    const width = 30;
    const filled = Math.round((this.done / this.total) * width);
    process.stderr.write(
      `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${this.done}/${this.total} ${label}   `,
    );
  }

  note(line: string): void {
    process.stderr.write(this.tty ? `\r\x1b[K${line}\n` : `${line}\n`);
  }
}

async function scoreSet(
  scorer: string,
  pairs: [string, string][],
  progress: Progress,
  label: string,
): Promise<Counts> {
  const counts = zero();
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const chunk = pairs.slice(i, i + CHUNK);
    const { stdout } = await run("node", [scorer, "--project", ROOT, ...chunk.flat()], {
      cwd: ROOT,
      maxBuffer: 64 << 20,
    });
    addScorerOutput(stdout, counts);
    progress.step(label, chunk.length);
  }
  return counts;
}

/** Unacceptable speakers over every PolNeAR article, parsed in this process. */
function countBadSpeakers(sets: string): { articles: number; bad: Map<BadKind, number> } {
  const bad = new Map<BadKind, number>();
  let articles = 0;
  for (const folder of ["polnear/dev", "polnear/train"]) {
    const dir = join(sets, folder, "articles");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      articles++;
      const facts = parseArticle(readFileSync(join(dir, file), "utf8"), file.replace(/\.txt$/, ""));
      for (const b of badSpeakers(facts)) bad.set(b.kind, (bad.get(b.kind) ?? 0) + 1);
    }
  }
  return { articles, bad };
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : "—");
const fraction = (a: number, b: number) => (b ? `${ratio(a, b)} (${a}/${b})` : "—");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sets: { type: "string", default: join(ROOT, "..", "shared") },
      train: { type: "boolean", default: false },
    },
  });
  const sets = resolve(values.sets!);
  const scorer = join(sets, "eval", "score.mjs");
  if (!existsSync(scorer)) throw new Error(`no scorer at ${scorer}: give the shared folder with --sets DIR`);
  const specs = [...SETS, ...(values.train ? [TRAIN] : [])].filter((s) => existsSync(join(sets, s.folder)));
  const work = specs.map((spec) => ({ spec, pairs: pairsOf(join(sets, spec.folder)) }));
  const progress = new Progress(work.reduce((n, w) => n + w.pairs.length, 0));
  const rows: string[] = [];
  for (const { spec, pairs } of work) {
    const c = await scoreSet(scorer, pairs, progress, spec.folder);
    progress.note(`${spec.folder}: done`);
    const quotes = c.gold > 0;
    rows.push(
      `| ${spec.label} (\`${spec.folder}\`, ${pairs.length} article${pairs.length > 1 ? "s" : ""}) | ${spec.source} | ` +
        `${quotes ? ratio(c.found, c.gold) : "—"} | ${quotes ? ratio(c.extractedRight, c.extracted) : "—"} | ` +
        `${quotes ? fraction(c.speakerRight, c.gold) : "—"} | ${fraction(c.answeredRight, c.answerable)} | ` +
        `${fraction(c.declinedRight, c.unanswerable)} |`,
    );
  }
  const { articles, bad } = countBadSpeakers(sets);
  const total = [...bad.values()].reduce((a, b) => a + b, 0);
  const kinds = [...bad].map(([k, n]) => `${k} ${n}`).join(", ");
  const where = relative(ROOT, sets) || ".";
  const command = `npm run eval${values.train ? " -- --train" : ""}`;
  process.stdout.write(
    [
      `Measured on ${new Date().toISOString().slice(0, 10)} with \`${command}\` (the reference scorer \`${where}/eval/score.mjs\` through the CLI, sets from \`${where}\`):`,
      "",
      "| set | source | quote recall | precision | speaker accuracy | questions right | declined right |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
      `Unacceptable speakers (pronoun, fragment, title glued to the name, bare surname where the article gives the full name) over all ${articles} PolNeAR articles: ${total}${total ? ` (${kinds})` : ""}.`,
      "",
    ].join("\n"),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

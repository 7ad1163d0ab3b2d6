/**
 * Asks questions written for the project on real articles through the reference scorer, as `npm run
 * eval` asks `qa-dev`'s:
 *
 *   npx tsx scripts/written-questions.ts [--set html|bbc|polnear] [--archive] [--verbose] [--shared DIR]
 *
 * `html` (the default): `bench/html-questions`, 411 questions on 47 real web-page bodies of
 * `../shared/html-dev` (2019–20, publishers the scored sets do not hold), the bodies kept beside them,
 * and every quote of those bodies with its speaker, so the run scores attribution on that copy too.
 * `bbc`: `bench/bbc-questions`, 320 questions on 32 BBC News articles of `../shared/bbc` (2004–05
 * business, entertainment, sport and technology copy; the scored BBC set is politics), read from
 * there, and every quote of those articles with its speaker. `polnear`: `bench/polnear-questions`, 320 questions on 32 articles of `../shared/polnear/train`
 * (US copy of 2015–16 from its seven publishers), read from there. Each set's SOURCES.md says how its
 * questions were written.
 *
 * The questions were written for the project, so the figures are a probe of how the answerer meets
 * other copy and other askers, never evidence of quality.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    set: { type: "string", default: "html" },
    archive: { type: "boolean" },
    verbose: { type: "boolean" },
    shared: { type: "string" },
  },
});
const root = join(import.meta.dirname, "..");
const shared = values.shared ?? join(root, "..", "shared");
/** Each set: where its gold files are, and where the article of a gold file's id is. */
const SETS: Record<string, { gold: string; article: (id: string) => string }> = {
  html: {
    gold: join(root, "bench", "html-questions", "gold"),
    article: (id) => join(root, "bench", "html-questions", "articles", `${id}.txt`),
  },
  bbc: {
    gold: join(root, "bench", "bbc-questions", "gold"),
    article: (id) => join(shared, "bbc", "articles", `${id}.txt`),
  },
  polnear: {
    gold: join(root, "bench", "polnear-questions", "gold"),
    article: (id) => join(shared, "polnear", "train", "articles", `${id}.txt`),
  },
};
const set = SETS[values.set];
if (!set) {
  console.error(`--set is one of ${Object.keys(SETS).join(", ")}`);
  process.exit(2);
}
const pairs = readdirSync(set.gold)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => [join(set.gold, f), set.article(basename(f, ".json"))]);
const flags = [...(values.archive ? ["--archive"] : []), ...(values.verbose ? ["--verbose"] : [])];
const run = spawnSync(
  process.execPath,
  [join(shared, "eval", "score.mjs"), "--project", root, ...flags, ...pairs],
  { stdio: "inherit" },
);
process.exit(run.status ?? 1);

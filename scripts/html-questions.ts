/**
 * Asks the questions written on real web-page bodies (`bench/html-questions`: 47 articles of
 * `../shared/html-dev`, 2019–20, from publishers the scored sets do not hold; 411 questions, 94 of
 * them unanswerable) through the reference scorer, as `npm run eval` asks `qa-dev`'s:
 *
 *   npx tsx scripts/html-questions.ts [--archive] [--verbose] [--shared DIR]   (default ../shared)
 *
 * The questions were written for the project, so the figure is a probe of how the answerer meets
 * other copy and other askers, never evidence of quality (see bench/html-questions/SOURCES.md).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { archive: { type: "boolean" }, verbose: { type: "boolean" }, shared: { type: "string" } },
});
const root = join(import.meta.dirname, "..");
const shared = values.shared ?? join(root, "..", "shared");
const set = join(root, "bench", "html-questions");
const pairs = readdirSync(join(set, "gold"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .flatMap((f) => [join(set, "gold", f), join(set, "articles", `${basename(f, ".json")}.txt`)]);
const flags = [...(values.archive ? ["--archive"] : []), ...(values.verbose ? ["--verbose"] : [])];
const run = spawnSync(
  process.execPath,
  [join(shared, "eval", "score.mjs"), "--project", root, ...flags, ...pairs],
  {
    stdio: "inherit",
  },
);
process.exit(run.status ?? 1);

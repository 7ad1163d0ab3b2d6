/**
 * Splits the archive-wide misses by cause, to see which part of answering from the archive loses
 * each question:
 *
 *   node ../shared/eval/archive-score.mjs --build-only          (prints the archive folder, ARCHIVE)
 *   npm run ingest -- --data /tmp/archive-data ARCHIVE/articles
 *   npx tsx scripts/archive-misses.ts --data /tmp/archive-data [--shared DIR] [--verbose]
 *
 * Every question of `qa-dev`, `dev` and the seed is asked with no article named, as `npm run ask`
 * does, and also of its own article. An answerable question missed is put down to the first of:
 * its own article answers it wrongly (single-article answering), its article is not among the
 * candidates, it answers differently among them, the question is asked back, it is declined, or
 * another article is chosen (with the rank of its own). Unanswerable questions count as declined or
 * answered. --verbose prints each miss with its best candidates and what the choice weighed.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ARCHIVE_THRESHOLDS, chooseAnswer, weighAnswers } from "../src/qa/archive-answer.ts";
import { Archive } from "../src/store/archive.ts";
import { causeOf, show } from "./archive-causes.ts";
import { goldOf } from "./gold-judge.ts";

const { values } = parseArgs({
  options: { shared: { type: "string" }, data: { type: "string" }, verbose: { type: "boolean" } },
});
if (!values.data) {
  console.error(
    "usage: npx tsx scripts/archive-misses.ts --data DIR [--shared DIR] [--verbose] (see its header)",
  );
  process.exit(2);
}
const shared = values.shared ?? join(import.meta.dirname, "..", "..", "shared");

const archive = await Archive.open(values.data);
const counts = new Map<string, number>();
for (const group of ["qa-dev", "dev", "seed"]) {
  for (const { article, questions } of goldOf(shared, group)) {
    for (const gold of questions) {
      const weighing = weighAnswers(archive.index, gold.q);
      const cause =
        gold.answerable === false
          ? `unanswerable ${chooseAnswer(archive.index, weighing, ARCHIVE_THRESHOLDS).answered ? "answered" : "declined"}`
          : causeOf(archive.index, article, gold, weighing);
      const key = `${group}: ${cause}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!values.verbose || cause === "right" || cause === "unanswerable declined") continue;
      console.log(
        `[${cause}] ${gold.q} | ${article} | ${weighing.kind}, ${weighing.spread} articles name who (fit ${weighing.bestPerson.toFixed(2)})`,
      );
      show(weighing, article);
    }
  }
}
for (const [key, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0]) || b[1] - a[1]))
  console.log(`${n}\t${key}`);

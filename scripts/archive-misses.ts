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
import { answerQuestion } from "../src/qa/answer.ts";
import {
  ARCHIVE_THRESHOLDS,
  chooseAnswer,
  refusal,
  type Weighing,
  weighAnswers,
} from "../src/qa/archive-answer.ts";
import type { ArchiveIndex } from "../src/qa/index.ts";
import { Archive } from "../src/store/archive.ts";
import { type GoldQuestion, goldOf, judge } from "./gold-judge.ts";

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

/** Why an answerable question was missed, or "right". */
function causeOf(index: ArchiveIndex, article: string, gold: GoldQuestion, weighing: Weighing): string {
  const final = chooseAnswer(index, weighing, ARCHIVE_THRESHOLDS);
  if (final.answered && final.article?.id === article && judge(gold, final) === "right") return "right";
  if (judge(gold, answerQuestion(index, gold.q, article)) !== "right") return "own article answers wrongly";
  const rank = weighing.answers.findIndex((a) => a.answer.article?.id === article);
  if (rank < 0) return "own article not a candidate";
  if (judge(gold, weighing.answers[rank]!.answer) !== "right") return "own article answers differently";
  if (final.candidates) return "asked back";
  if (!final.answered) return rank === 0 ? "declined, own article best" : "declined, own article not best";
  return rank === 0 ? "another copy or answer chosen" : `another article chosen (own ranks ${rank + 1})`;
}

function show(weighing: Weighing, article: string): void {
  const f = (x: number) => x.toFixed(2);
  for (const a of weighing.answers.slice(0, 5)) {
    const mark = a.answer.article?.id === article ? "*" : " ";
    console.log(
      `   ${mark} ${a.answer.article?.id.slice(0, 40)} value=${f(a.value)} score=${f(a.answer.score)} person=${f(a.person)} topic=${f(a.topic)} whole=${f(a.whole)} subject=${f(a.subject)} own=${f(a.own)} near=${f(a.near)} fit=${f(a.fit)} | ${a.answer.speaker} | ${a.answer.text.slice(0, 70)}${why(weighing, a)}`,
    );
  }
}

/** Why the choice refuses an answer, if it does. */
function why(weighing: Weighing, a: Weighing["answers"][number]): string {
  const refused = refusal(a, weighing, ARCHIVE_THRESHOLDS);
  return refused ? ` [refused: ${refused}]` : "";
}

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

/**
 * The shapes of `question-variants.ts` asked of the whole archive, with no article named, beside
 * the same questions in their original phrasing: where a shape loses because the right article is
 * not found (names and topics read from the reshaped frame), not because its article answers it
 * wrongly.
 *
 *   node ../shared/eval/archive-score.mjs --build-only          (prints the archive folder, ARCHIVE)
 *   npm run ingest -- --data /tmp/archive-data ARCHIVE/articles
 *   npx tsx scripts/archive-variants.ts --data /tmp/archive-data [--shape SHAPE|all] [--shared DIR] [--verbose]
 *
 * Every question of `qa-dev`, `dev` and the seed that the shape rewrites is asked as
 * `archive-misses.ts` asks it (an answer counts only from the question's own article) and, reshaped,
 * of its own article too. Per shape: the original phrasing and the reshaped one across the archive,
 * the reshaped one per article, and how many the shape loses only across the archive. --verbose
 * prints each of those with its cause and best candidates (`archive-causes.ts`).
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { answerQuestion } from "../src/qa/answer.ts";
import { ARCHIVE_THRESHOLDS, chooseAnswer, weighAnswers } from "../src/qa/archive-answer.ts";
import type { ArchiveIndex } from "../src/qa/index.ts";
import type { Answer } from "../src/qa/types.ts";
import { Archive } from "../src/store/archive.ts";
import { causeOf, show } from "./archive-causes.ts";
import {
  countAnswer,
  emptyTally,
  type GoldQuestion,
  goldOf,
  judge,
  type Tally,
  tallyLine,
} from "./gold-judge.ts";
import { reshaped, SHAPE_NAMES } from "./question-variants.ts";

interface Asked {
  article: string;
  gold: GoldQuestion;
  /** The original phrasing's archive-wide answer, asked once for every shape. */
  original: Answer;
}

/** Right across the archive: the right text and speaker from the question's own article. */
const rightFrom = (a: Answer, q: Asked, gold: GoldQuestion) =>
  a.answered && a.article?.id === q.article && judge(gold, a) === "right";
const count = (t: Tally, gold: GoldQuestion, a: Answer, article: string) =>
  countAnswer(t, gold, a, a.answered && a.article?.id !== article);

/** Scores one shape; prints its line and, with `verbose`, each question lost only across the archive. */
function scoreShape(index: ArchiveIndex, asked: Asked[], shape: string, verbose: boolean): void {
  const [before, after, single] = [emptyTally(), emptyTally(), emptyTally()];
  const lost: [GoldQuestion, Asked][] = [];
  for (const q of asked) {
    const text = reshaped(q.gold.q, shape);
    if (text === null) continue;
    const gold = { ...q.gold, q: text };
    const wide = chooseAnswer(index, weighAnswers(index, text), ARCHIVE_THRESHOLDS);
    const own = answerQuestion(index, text, q.article);
    count(before, q.gold, q.original, q.article);
    count(after, gold, wide, q.article);
    count(single, gold, own, q.article);
    const worse =
      gold.answerable === false
        ? wide.answered && !q.original.answered
        : rightFrom(q.original, q, q.gold) && judge(gold, own) === "right" && !rightFrom(wide, q, gold);
    if (worse) lost.push([gold, q]);
  }
  console.log(
    `| ${shape} | ${tallyLine(before)} | ${tallyLine(after)} | ${tallyLine(single)} | ${lost.length} |`,
  );
  if (!verbose) return;
  for (const [gold, q] of lost) {
    const weighing = weighAnswers(index, gold.q);
    const cause =
      gold.answerable === false ? "unanswerable answered" : causeOf(index, q.article, gold, weighing);
    console.log(
      `[${cause}] ${gold.q} | ${q.article} | ${weighing.kind}, ${weighing.spread} articles name who`,
    );
    show(weighing, q.article);
  }
}

const { values } = parseArgs({
  options: {
    shared: { type: "string" },
    data: { type: "string" },
    shape: { type: "string" },
    verbose: { type: "boolean" },
  },
});
if (!values.data) {
  console.error("usage: npx tsx scripts/archive-variants.ts --data DIR [--shape SHAPE|all] (see its header)");
  process.exit(2);
}
const shapes = (values.shape ?? "all") === "all" ? SHAPE_NAMES : [values.shape!];
if (!shapes.every((s) => SHAPE_NAMES.includes(s)))
  throw new Error(`--shape: one of all, ${SHAPE_NAMES.join(", ")}`);
const shared = values.shared ?? join(import.meta.dirname, "..", "..", "shared");
const archive = await Archive.open(values.data);
const asked: Asked[] = [];
for (const group of ["qa-dev", "dev", "seed"])
  for (const { article, questions } of goldOf(shared, group))
    for (const gold of questions) asked.push({ article, gold, original: archive.answer(gold.q) });
console.log(`archive-wide, answer from the question's own article: right/wrong/declined; unanswerable: answered/all

| shape | original, archive | reshaped, archive | reshaped, own article | lost only across the archive |
| --- | --- | --- | --- | --- |`);
for (const shape of shapes) scoreShape(archive.index, asked, shape, values.verbose ?? false);

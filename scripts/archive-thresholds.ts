/**
 * Prints how the archive-wide decline thresholds trade answers for declines:
 *
 *   node ../shared/eval/archive-score.mjs --build-only          (prints the archive folder, ARCHIVE)
 *   npm run ingest -- --data /tmp/archive-data ARCHIVE/articles
 *   npx tsx scripts/archive-thresholds.ts --data /tmp/archive-data [--shared DIR]
 *
 * The archive is the scorer's (`../shared/eval/archive-score.mjs`: the annotated articles among
 * ~3,000 real ones). Every question of `qa-dev`, `dev` and the seed is asked with no article named,
 * as `npm run ask` does; each question's candidates are weighed once and chosen from for each pair
 * of thresholds (`ArchiveThresholds` in src/qa/archive-answer.ts). An answerable question counts
 * right only when answered right (as ../shared/eval/score.mjs judges it) from its own article;
 * unanswerable ones are counted apart (declined is right). Tune on qa-dev, report dev and the seed.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  ARCHIVE_THRESHOLDS,
  type ArchiveThresholds,
  chooseAnswer,
  type Weighing,
  weighAnswers,
} from "../src/qa/archive-answer.ts";
import { Archive } from "../src/store/archive.ts";
import { countAnswer, emptyTally, type GoldQuestion, goldOf, type Tally } from "./gold-judge.ts";

const { values } = parseArgs({ options: { shared: { type: "string" }, data: { type: "string" } } });
if (!values.data) {
  console.error("usage: npx tsx scripts/archive-thresholds.ts --data DIR [--shared DIR] (see its header)");
  process.exit(2);
}
const shared = values.shared ?? join(import.meta.dirname, "..", "..", "shared");

interface Asked {
  group: string;
  article: string;
  gold: GoldQuestion;
  weighing: Weighing;
}

function tally(asked: Asked[], archive: Archive, thresholds: ArchiveThresholds): Tally {
  const t = emptyTally();
  for (const { article, gold, weighing } of asked) {
    const a = chooseAnswer(archive.index, weighing, thresholds);
    countAnswer(t, gold, a, a.article?.id !== article);
  }
  return t;
}

const archive = await Archive.open(values.data);
const groups = ["qa-dev", "dev", "seed"];
const asked: Asked[] = groups.flatMap((group) =>
  goldOf(shared, group).flatMap(({ article, questions }) =>
    questions.map((gold) => ({ group, article, gold, weighing: weighAnswers(archive.index, gold.q) })),
  ),
);
const cell = (t: Tally) => {
  const answerable = t.right + t.wrong + t.declined;
  return `${t.right}/${t.wrong}/${t.declined} (${(t.right / answerable).toFixed(2)}) | ${t.unanswerableDeclined}/${t.unanswerable}`;
};
console.log(
  `Archive decline thresholds, ${archive.articles().length} articles, ${new Date().toISOString().slice(0, 10)}`,
);
console.log(
  "answerable: right from the right article / wrong / declined (share right) | unanswerable declined\n",
);
const chosen = ARCHIVE_THRESHOLDS;
const grid: ArchiveThresholds[] = [
  ...[0.3, 0.6, 0.65, 0.7, 0.75, 0.8].map((said) => ({ ...chosen, said })),
  ...[2, 3, 4, 6, 8].map((saidSpread) => ({ ...chosen, saidSpread })),
  ...[0, 0.1, 0.2, 0.3].map((near) => ({ ...chosen, near })),
  ...[0.45, 0.6].map((other) => ({ ...chosen, other })),
];
console.log(`| said | said in full from (articles) | near | other | ${groups.join(" | ")} | all |`);
console.log(`| --- | --- | --- | --- | ${groups.map(() => "---").join(" | ")} | --- |`);
for (const t of grid) {
  const same = t.said === chosen.said && t.saidSpread === chosen.saidSpread && t.near === chosen.near;
  const mark = same && t.other === chosen.other ? " ←" : "";
  const cells = groups.map((g) =>
    cell(
      tally(
        asked.filter((a) => a.group === g),
        archive,
        t,
      ),
    ),
  );
  console.log(
    `| ${t.said} | ${t.saidSpread} | ${t.near} | ${t.other}${mark} | ${cells.join(" | ")} | ${cell(tally(asked, archive, t))} |`,
  );
}

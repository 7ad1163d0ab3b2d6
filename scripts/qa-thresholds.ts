/**
 * Prints how the decline thresholds of "what did X say about Y" trade answers for declines:
 *
 *   npx tsx scripts/qa-thresholds.ts [--shared DIR]      (default ../shared)
 *
 * For each pair of thresholds (`Thresholds` in src/qa/answer.ts: the share of Y the article uses,
 * and the relevance of X's best passage), every question of `qa-dev` and of the seed article is
 * asked with its article loaded alone with the others of its set, as `npm run ask -- --article`
 * does, and judged as ../shared/eval/score.mjs judges it: answered right, answered wrong, or
 * declined; unanswerable questions are counted apart (declined is right). Only real articles.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { parseArticle } from "../src/article/parse.ts";
import { answerQuestion, THRESHOLDS, type Thresholds } from "../src/qa/answer.ts";
import { ArchiveIndex } from "../src/qa/index.ts";
import { countAnswer, emptyTally, type GoldQuestion, type Tally } from "./gold-judge.ts";

const { values } = parseArgs({ options: { shared: { type: "string" } } });
const shared = values.shared ?? join(import.meta.dirname, "..", "..", "shared");

interface Set_ {
  name: string;
  articles: { id: string; text: string; questions: GoldQuestion[] }[];
}

function loadSets(): Set_[] {
  const qaDev = join(shared, "qa-dev");
  const qa = readdirSync(join(qaDev, "gold")).map((file) => ({
    id: basename(file, ".json"),
    text: readFileSync(join(qaDev, "articles", `${basename(file, ".json")}.txt`), "utf8"),
    questions: JSON.parse(readFileSync(join(qaDev, "gold", file), "utf8")).questions,
  }));
  const seed = {
    id: "article",
    text: readFileSync(join(shared, "seed", "article.txt"), "utf8"),
    questions: JSON.parse(readFileSync(join(shared, "seed", "gold.json"), "utf8")).questions,
  };
  return [
    { name: "qa-dev", articles: qa },
    { name: "seed", articles: [seed] },
  ];
}

function tally(set: Set_, index: ArchiveIndex, thresholds: Thresholds): Tally {
  const t = emptyTally();
  for (const article of set.articles) {
    for (const q of article.questions) countAnswer(t, q, answerQuestion(index, q.q, article.id, thresholds));
  }
  return t;
}

const sets = loadSets().map((set) => {
  const index = new ArchiveIndex();
  for (const a of set.articles) index.add(parseArticle(a.text, a.id));
  return { set, index };
});
const grid: Thresholds[] = [];
for (const covered of [0, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  for (const said of [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4]) grid.push({ ...THRESHOLDS, covered, said });
}
const cell = (t: Tally) => {
  const answerable = t.right + t.wrong + t.declined;
  return `${t.right}/${t.wrong}/${t.declined} (${(t.right / answerable).toFixed(2)}) | ${t.unanswerableDeclined}/${t.unanswerable}`;
};
console.log(`Decline thresholds of "what did X say about Y", ${new Date().toISOString().slice(0, 10)}`);
console.log("answerable questions: right/wrong/declined (share right) | unanswerable declined\n");
console.log(`| covered | said | ${sets.map((s) => s.set.name).join(" | ")} |`);
console.log(`| --- | --- | ${sets.map(() => "---").join(" | ")} |`);
for (const thresholds of grid) {
  const mark = thresholds.covered === THRESHOLDS.covered && thresholds.said === THRESHOLDS.said ? " ←" : "";
  const cells = sets.map(({ set, index }) => cell(tally(set, index, thresholds)));
  console.log(`| ${thresholds.covered} | ${thresholds.said}${mark} | ${cells.join(" | ")} |`);
}

/**
 * A copy of a scored question set with its questions asked in other shapes reporters use: how far
 * answering leans on the set's own phrasing ("What did X say about Y?", "Who said Z?").
 *
 *   npx tsx scripts/question-variants.ts --shape SHAPE [--set DIR] [--out DIR] [--verbose]
 *   npx tsx scripts/question-variants.ts --shape all            every shape, one line each
 *
 * SET defaults to ../shared/qa-dev, OUT to /tmp/qa-variants/SHAPE. Only the frame of a question is
 * reshaped, never its content words: the person (as asked, typos and all) and the topic stay word
 * for word. A question the shape has no rewriting for is left out of the copy, so each shape's
 * figures are of its own questions; the same questions in their original phrasing are scored
 * beside them, in process, and judged as ../shared/eval/score.mjs judges (`gold-judge.ts`). The
 * copy can be scored by the reference scorer too:
 *   node ../shared/eval/score.mjs OUT/gold/A.json OUT/articles/A.txt …
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { parseArticle } from "../src/article/parse.ts";
import { answerQuestion } from "../src/qa/answer.ts";
import { ArchiveIndex } from "../src/qa/index.ts";
import { countAnswer, emptyTally, type GoldQuestion, judge, tallyLine } from "./gold-judge.ts";

/** "What did X say about Y?" → another frame around the same X and Y; null: no such shape. */
type SaidShape = ((who: string, topic: string) => string) | null;
/** "Who said Z?" / "Who called Z?" → the verb ("said", "called") and Z in another frame. */
type WhoShape = ((verb: string, rest: string) => string | null) | null;

// AP style: "Sanders' view", "Kelly's view".
const owner = (who: string) => (/s$/i.test(who) ? `${who}'` : `${who}'s`);

const SHAPES: Record<string, { said: SaidShape; who: WhoShape; all?: (q: string) => string }> = {
  comment: { said: (x, y) => `What was ${owner(x)} comment on ${y}?`, who: null },
  anything: { said: (x, y) => `Did ${x} say anything about ${y}?`, who: null },
  terse: { said: (x, y) => `${x} on ${y}?`, who: null },
  quote: { said: (x, y) => `Quote from ${x} about ${y}`, who: null },
  describe: { said: (x, y) => `How did ${x} describe ${y}?`, who: null },
  view: { said: (x, y) => `What's ${owner(x)} view of ${y}?`, who: null },
  words: { said: (x, y) => `Give me ${owner(x)} words on ${y}`, who: null },
  "who-was": { said: null, who: (v, z) => `Who was it that ${v} ${z}?` },
  which: { said: null, who: (v, z) => `Which person ${v} ${z}?` },
  told: { said: null, who: (v, z) => (v === "said" ? `Who told reporters ${z}?` : null) },
  informal: {
    said: (x, y) => `what'd ${x} say re ${y}`,
    who: (v, z) => `who's the one that ${v} ${z}`,
  },
  // Shapes added after the first fixes, to check them on frames they were not written for (three of
  // the five then needed fixes of their own: "tell reporters", "quoted as saying", "name the person").
  "have-to-say": { said: (x, y) => `What did ${x} have to say about ${y}?`, who: null },
  "comment-from": { said: (x, y) => `Any comment from ${x} on ${y}?`, who: null },
  "tell-reporters": { said: (x, y) => `What did ${x} tell reporters about ${y}?`, who: null },
  quoted: { said: null, who: (v, z) => (v === "said" ? `Who was quoted as saying ${z}?` : null) },
  "name-who": { said: null, who: (v, z) => `Name the person who ${v} ${z}` },
  // Every question, lower case and without its question mark, as typed in a chat.
  lower: { said: null, who: null, all: (q) => q.toLowerCase().replace(/\?\s*$/, "") },
};

/** The shapes' names, for tools that score them elsewhere (`archive-variants.ts`). */
export const SHAPE_NAMES: readonly string[] = Object.keys(SHAPES);

const SAID = /^What did (.+?) say about (.+?)\?$/;
const WHO = /^Who (said|called) (.+?)\?$/;
const capitalised = (s: string) => (/^[a-z]/.test(s) ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The question in `shape`, or null when the shape does not rewrite it. */
export function reshaped(q: string, shape: string): string | null {
  const { said, who, all } = SHAPES[shape]!;
  if (all) return all(q);
  const s = SAID.exec(q);
  if (s && said && !/\bsay\b/.test(s[1]!)) {
    const out = said(s[1]!, s[2]!);
    return shape === "informal" ? out : capitalised(out);
  }
  const w = WHO.exec(q);
  return w && who ? who(w[1]!, w[2]!) : null;
}

interface Article {
  id: string;
  questions: GoldQuestion[];
}

/** Writes the reshaped copy of `set` to `out`; returns its articles with both phrasings. */
function writeCopy(
  set: string,
  out: string,
  shape: string,
): { id: string; pairs: [GoldQuestion, GoldQuestion][] }[] {
  mkdirSync(join(out, "articles"), { recursive: true });
  mkdirSync(join(out, "gold"), { recursive: true });
  return readdirSync(join(set, "gold"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const id = basename(file, ".json");
      const gold = JSON.parse(readFileSync(join(set, "gold", file), "utf8")) as Article;
      const pairs: [GoldQuestion, GoldQuestion][] = [];
      for (const q of gold.questions) {
        const r = reshaped(q.q, shape);
        if (r !== null) pairs.push([q, { ...q, q: r }]);
      }
      copyFileSync(join(set, "articles", `${id}.txt`), join(out, "articles", `${id}.txt`));
      writeFileSync(
        join(out, "gold", file),
        `${JSON.stringify({ questions: pairs.map((p) => p[1]) }, null, 2)}\n`,
      );
      return { id, pairs };
    });
}

const HEADER = `answerable: right/wrong/declined; unanswerable: answered/all

| shape | original phrasing | unanswerable answered | reshaped | unanswerable answered |
| --- | --- | --- | --- | --- |`;

/** Scores one shape in process; prints its line and, with `verbose`, what the shape lost. */
function score(set: string, outRoot: string, shape: string, index: ArchiveIndex, verbose: boolean): void {
  const articles = writeCopy(set, join(outRoot, shape), shape);
  const [before, after] = [emptyTally(), emptyTally()];
  const lost: string[] = [];
  for (const { id, pairs } of articles) {
    for (const [orig, variant] of pairs) {
      const a = answerQuestion(index, orig.q, id);
      const b = answerQuestion(index, variant.q, id);
      countAnswer(before, orig, a);
      countAnswer(after, variant, b);
      const bad =
        variant.answerable === false ? b.answered && !a.answered : judge(variant, b) !== judge(orig, a);
      if (bad)
        lost.push(
          `  ${variant.q}\n    was ${a.answered ? a.speaker : "declined"}, now ${b.answered ? `${b.speaker}: ${b.text?.slice(0, 90)}` : "declined"}`,
        );
    }
  }
  console.log(`| ${shape} | ${tallyLine(before)} | ${tallyLine(after)} |`);
  if (verbose && lost.length) console.log(lost.join("\n"));
}

function main(): void {
  const { values } = parseArgs({
    options: {
      shape: { type: "string" },
      set: { type: "string" },
      out: { type: "string" },
      verbose: { type: "boolean" },
    },
  });
  const shapes = values.shape === "all" ? Object.keys(SHAPES) : [values.shape ?? ""];
  if (!shapes.every((s) => s in SHAPES))
    throw new Error(`--shape: one of all, ${Object.keys(SHAPES).join(", ")}`);
  const set = values.set ?? join(import.meta.dirname, "..", "..", "shared", "qa-dev");
  const index = new ArchiveIndex();
  for (const file of readdirSync(join(set, "articles")).filter((f) => f.endsWith(".txt")))
    index.add(parseArticle(readFileSync(join(set, "articles", file), "utf8"), basename(file, ".txt")));
  console.log(HEADER);
  for (const shape of shapes)
    score(set, values.out ?? "/tmp/qa-variants", shape, index, values.verbose ?? false);
}

if (process.argv[1] && basename(process.argv[1]) === "question-variants.ts") main();

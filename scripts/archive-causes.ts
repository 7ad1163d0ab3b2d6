/**
 * Why an archive-wide answer missed, shared by `archive-misses.ts` (the sets' own phrasing) and
 * `archive-variants.ts` (the same questions reshaped), so both split their misses alike.
 */
import { answerQuestion } from "../src/qa/answer.ts";
import { ARCHIVE_THRESHOLDS, chooseAnswer, refusal, type Weighing } from "../src/qa/archive-answer.ts";
import type { ArchiveIndex } from "../src/qa/index.ts";
import { type GoldQuestion, judge } from "./gold-judge.ts";

/** Why an answerable question was missed, or "right". */
export function causeOf(
  index: ArchiveIndex,
  article: string,
  gold: GoldQuestion,
  weighing: Weighing,
): string {
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

/** The best five candidates (the question's own article starred) and what the choice weighed. */
export function show(weighing: Weighing, article: string): void {
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

/** `npm run ask`: one question, or one per line of stdin, answered with the quote and who said it. */
import { createInterface } from "node:readline";
import { formatAnswer } from "../present/format.ts";
import { PLAIN } from "../present/style.ts";
import type { Answer } from "../qa/types.ts";
import { articleOption, type CliCommand, dataOption, jsonOption, openArchive, print } from "./command.ts";

const options = {
  data: dataOption,
  article: articleOption,
  json: {
    ...jsonOption,
    description:
      "print one {question, answered, speaker, title, text, kind, article, paragraph, score} a line (plus candidates for an ambiguous question, copies for wire copy)",
  },
} as const;

export const ask = {
  name: "ask",
  summary: "answer a question (or one per line of stdin) with the exact quote and who said it",
  arguments: "[question...]",
  options,
  examples: [
    'npm run ask -- "What did Kelly say about the military?"',
    "npm run ask -- --json --article article < questions.txt",
  ],
  async run({ data, article, json }, words) {
    const archive = await openArchive(data);
    if (article !== undefined) archive.require(article);
    const respond = (q: string) => print(answerLine(archive.answer(q, article), json));
    if (words.length > 0) {
      respond(words.join(" "));
      return 0;
    }
    if (process.stdin.isTTY) {
      process.stderr.write("Type a question and press Enter; Ctrl-D when done.\n");
    }
    // One answer line per input line, blank ones included, so answers stay in step with questions.
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      respond(line);
    }
    return 0;
  },
} satisfies CliCommand<typeof options>;

/** The answer as text, or as the JSON line the scorers read (`../shared/eval/score.mjs`). */
function answerLine(a: Answer, json: boolean): string {
  if (!json) return formatAnswer(a, PLAIN);
  return JSON.stringify({
    question: a.question,
    answered: a.answered,
    speaker: a.speaker,
    title: a.title,
    text: a.text,
    kind: a.kind,
    article: a.article?.id ?? null,
    paragraph: a.paragraph,
    score: a.score,
    ...(a.copies ? { copies: a.copies } : {}),
    ...(a.candidates
      ? {
          candidates: a.candidates.map((c) => ({
            article: c.article.id,
            speaker: c.speaker,
            title: c.title,
            headline: c.article.headline,
            source: c.article.source,
            published: c.article.published,
          })),
        }
      : {}),
  });
}

/**
 * The one path from a question to a reply, shared by /ask and mentions, so both log the same line:
 * who asked where, how long the question was and how long answering took — never the question itself.
 */
import type { Answer } from "../qa/types.ts";
import type { CommandContext } from "./command.ts";

export interface Asked {
  question: string;
  articleId?: string;
  guild: string | null;
  channel: string | null;
  user: string;
  via: "slash" | "mention";
}

export async function answerQuestion(
  ctx: CommandContext,
  asked: Asked,
  send: (answer: Answer) => Promise<void>,
): Promise<Answer> {
  const started = performance.now();
  const answer = ctx.archive.answer(asked.question, asked.articleId);
  await send(answer);
  ctx.log.info(
    {
      event: "question",
      via: asked.via,
      guild: asked.guild,
      channel: asked.channel,
      user: asked.user,
      questionLength: asked.question.length,
      latencyMs: Math.round(performance.now() - started),
      outcome: answer.answered ? "answered" : "declined",
      kind: answer.kind,
      article: answer.article?.id ?? null,
    },
    "question",
  );
  return answer;
}

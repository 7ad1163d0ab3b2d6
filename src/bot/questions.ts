/**
 * The one path from a question to a reply, shared by /ask and mentions, so both log the same line:
 * who asked where, how long the question was and how long answering took — never the question itself.
 * Also the rate-limit gate every command and mention passes first.
 */
import type { Answer } from "../qa/types.ts";
import type { CommandContext } from "./command.ts";
import type { Verdict } from "./rate-limit.ts";

/** The longest question /ask takes (Discord enforces it there); mentions are held to the same. */
export const QUESTION_MAX = 300;

export interface Asker {
  guild: string | null;
  channel: string | null;
  user: string;
  via: "slash" | "mention";
}

export interface Asked extends Asker {
  question: string;
  articleId?: string;
}

/** Whether `asker` may be answered now; a refusal is logged with who and where, never what. */
export function admit(ctx: CommandContext, asker: Asker): Verdict {
  const verdict = ctx.limits.admit(asker.user, asker.channel);
  if (!verdict.ok) {
    const { retryAfterMs, warn } = verdict;
    ctx.log.info({ event: "rate limited", ...asker, retryAfterMs, warned: warn }, "rate limited");
  }
  return verdict;
}

export async function replyToQuestion(
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

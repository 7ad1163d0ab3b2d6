/**
 * Answers a message that mentions the bot: the text without the mention is the question, asked of the
 * channel's current article if it has one, and the answer is the same plain text the CLI prints, sent
 * as a reply that pings nobody. Mentions count against the same rate limits as commands.
 */
import type { Message } from "discord.js";
import { formatAnswer } from "../present/format.ts";
import { markdown, md } from "../present/markdown.ts";
import type { CommandContext } from "./command.ts";
import { channelArticle } from "./current-article.ts";
import { type Asker, admit, QUESTION_MAX, replyToQuestion } from "./questions.ts";
import { slowDownMessage } from "./rate-limit.ts";
import { replyToMessage } from "./respond.ts";

export const MENTION_HINT = md`Ask me about the article after the mention, e.g. “@me What did Kelly say about the military?”, or use /help.`;
export const TOO_LONG = md`That question is too long: ask it in at most ${QUESTION_MAX} characters.`;

/** Removes mentions of the bot (<@id> and the older <@!id>) and tidies the whitespace left behind. */
export function stripBotMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, "g"), " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function isQuestionForBot(message: Message, botId: string): boolean {
  return !message.author.bot && message.mentions.users.has(botId);
}

export async function handleMention(message: Message, botId: string, ctx: CommandContext): Promise<void> {
  const asker: Asker = {
    guild: message.guildId,
    channel: message.channelId,
    user: message.author.id,
    via: "mention",
  };
  if (await overLimit(message, asker, ctx)) return;
  const question = stripBotMention(message.content, botId);
  const unaskable = !question ? MENTION_HINT : question.length > QUESTION_MAX ? TOO_LONG : null;
  if (unaskable) {
    await replyToMessage(message, unaskable);
    return;
  }
  const articleId = await channelArticle(ctx, message.channelId);
  await replyToQuestion(ctx, { ...asker, question, articleId }, (answer) =>
    replyToMessage(message, markdown(formatAnswer, answer)),
  );
}

/**
 * Only the first refusal in a window gets a reply (pinging nobody); later ones are ignored, so that
 * spamming the bot cannot make it spam the channel.
 */
async function overLimit(message: Message, asker: Asker, ctx: CommandContext): Promise<boolean> {
  const verdict = admit(ctx, asker);
  if (verdict.ok) return false;
  if (verdict.warn) await replyToMessage(message, slowDownMessage(verdict.retryAfterMs));
  return true;
}

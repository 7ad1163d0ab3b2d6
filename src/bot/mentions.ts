/**
 * Answers a message that mentions the bot: the text without the mention is the question, asked of the
 * channel's current article if it has one, and the answer is the same plain text the CLI prints, sent
 * as a reply that pings nobody.
 */
import type { Message } from "discord.js";
import { formatAnswer } from "../present/format.ts";
import type { CommandContext } from "./command.ts";
import { channelArticle } from "./current-article.ts";
import { answerQuestion } from "./questions.ts";
import { replyToMessage } from "./respond.ts";

export const MENTION_HINT =
  "Ask me about the article after the mention, e.g. “@me What did Kelly say about the military?”, or use /help.";

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
  const question = stripBotMention(message.content, botId);
  if (!question) {
    await replyToMessage(message, MENTION_HINT);
    return;
  }
  await answerQuestion(
    ctx,
    {
      question,
      articleId: await channelArticle(ctx, message.channelId),
      guild: message.guildId,
      channel: message.channelId,
      user: message.author.id,
      via: "mention",
    },
    (answer) => replyToMessage(message, formatAnswer(answer)),
  );
}

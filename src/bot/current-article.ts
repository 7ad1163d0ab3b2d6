/**
 * Which article a command works on: the `article` option when given; else the channel's current
 * article (/article use); else none, which means the whole archive.
 */
import type { ChatInputCommandInteraction } from "discord.js";
import { type ArticleChoice, resolveArticle } from "./choices.ts";
import type { CommandContext } from "./command.ts";
import { respond } from "./respond.ts";

/** What commands and autocompletes with an `article` option have in common. */
interface WithArticleOption {
  channelId: string | null;
  options: { getString(name: string): string | null };
}

export async function channelArticle(
  ctx: CommandContext,
  channelId: string | null,
): Promise<string | undefined> {
  const id = channelId ? await ctx.channels.get(channelId) : undefined;
  // An article removed since the channel chose it no longer narrows anything.
  return id !== undefined && ctx.archive.facts(id) ? id : undefined;
}

export async function commandArticle(
  interaction: WithArticleOption,
  ctx: CommandContext,
): Promise<ArticleChoice> {
  const input = interaction.options.getString("article");
  if (input?.trim()) return resolveArticle(ctx.archive, input);
  return { ok: true, id: await channelArticle(ctx, interaction.channelId) };
}

/** `commandArticle` for a command: when the option matches nothing it tells the user, and gives null. */
export async function chosenArticle(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
): Promise<{ id: string | undefined } | null> {
  const article = await commandArticle(interaction, ctx);
  if (article.ok) return article;
  await respond(interaction, { content: article.message, ephemeral: true });
  return null;
}

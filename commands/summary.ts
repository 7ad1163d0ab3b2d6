/** /summary — what an article says, in a few lines. */
import { SlashCommandBuilder } from "discord.js";
import { articleChoices, articleOption, selectedArticles } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { chosenArticle } from "../src/bot/current-article.ts";
import { respond, respondChoices } from "../src/bot/respond.ts";
import { formatSummary } from "../src/present/format.ts";
import { markdown, md } from "../src/present/markdown.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("summary")
    .setDescription("Summarise an article")
    .addStringOption(articleOption("the latest")),

  async execute(interaction, ctx) {
    const article = await chosenArticle(interaction, ctx);
    if (!article) return;
    // Without a choice or a channel article, summarise the newest article (the archive needs one when several are loaded).
    const ref = selectedArticles(ctx.archive, article.id)[0];
    if (!ref) {
      await respond(interaction, { content: md`No articles are loaded yet.`, ephemeral: true });
      return;
    }
    // The formatted summary starts with the headline, so the embed needs no title of its own.
    await respond(interaction, {
      embeds: [{ description: markdown(formatSummary, ctx.archive.summary(ref.id)) }],
    });
  },

  async autocomplete(interaction, ctx) {
    await respondChoices(interaction, articleChoices(ctx.archive, interaction.options.getFocused()));
  },
} satisfies Command;

/** /who — the people (and organisations) an article mentions, with their titles. */
import { SlashCommandBuilder } from "discord.js";
import { articleChoices, articleLabelMd, resolveArticle, selectedArticles } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { respond, respondChoices } from "../src/bot/respond.ts";
import { formatPeople } from "../src/present/format.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("who")
    .setDescription("Who is in the article, and their titles")
    .addStringOption((o) =>
      o.setName("article").setDescription("Which article (default: all of them)").setAutocomplete(true),
    ),

  async execute(interaction, ctx) {
    const article = resolveArticle(ctx.archive, interaction.options.getString("article"));
    if (!article.ok) {
      await respond(interaction, { content: article.message, ephemeral: true });
      return;
    }
    // One embed per article; respond() keeps the total within Discord's limits.
    const embeds = selectedArticles(ctx.archive, article.id).map((ref) => {
      const facts = ctx.archive.facts(ref.id);
      const people = facts ? formatPeople(facts) : [];
      return {
        title: articleLabelMd(ref),
        description: people.join("\n") || "No people found in this article.",
      };
    });
    await respond(
      interaction,
      embeds.length ? { embeds } : { content: "No articles are loaded yet.", ephemeral: true },
    );
  },

  async autocomplete(interaction, ctx) {
    await respondChoices(interaction, articleChoices(ctx.archive, interaction.options.getFocused()));
  },
} satisfies Command;

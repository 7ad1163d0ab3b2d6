/** /who — the people (and organisations) an article mentions, with their titles. */
import { SlashCommandBuilder } from "discord.js";
import { articleChoices, articleLabelMd, articleOption, selectedArticles } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { chosenArticle } from "../src/bot/current-article.ts";
import { LIMITS, respond, respondChoices } from "../src/bot/respond.ts";
import { formatPeople } from "../src/present/format.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("who")
    .setDescription("Who is in the article, and their titles")
    .addStringOption(articleOption("all of them")),

  async execute(interaction, ctx) {
    const article = await chosenArticle(interaction, ctx);
    if (!article) return;
    // One embed per article, as many as one message holds; respond() keeps their total within limits.
    const refs = selectedArticles(ctx.archive, article.id).slice(0, LIMITS.embeds);
    const embeds = refs.map((ref) => {
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

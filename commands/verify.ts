/** /verify — did they really say that? A claimed quote checked against the archive's own words. */
import { SlashCommandBuilder } from "discord.js";
import { articleChoices, nameChoices, resolveArticle, speakersOf } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { respond, respondChoices } from "../src/bot/respond.ts";
import { verificationEmbed } from "../src/present/verify.ts";
import { MAX_CLAIM_CHARS } from "../src/verify/verify.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("verify")
    .setDescription("Did they really say that? Check a quote against the articles")
    .addStringOption((o) =>
      o
        .setName("quote")
        .setDescription("The words as you saw them, e.g. There will be no mass deportations")
        .setRequired(true)
        .setMaxLength(MAX_CLAIM_CHARS),
    )
    .addStringOption((o) =>
      o.setName("speaker").setDescription("Who supposedly said it (e.g. Kelly)").setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName("article")
        .setDescription("Check only this article (default: all of them)")
        .setAutocomplete(true),
    ),

  async execute(interaction, ctx) {
    // The whole archive unless an article is named: a quote is checked against everything we hold.
    const article = resolveArticle(ctx.archive, interaction.options.getString("article"));
    if (!article.ok) {
      await respond(interaction, { content: article.message, ephemeral: true });
      return;
    }
    const started = performance.now();
    const verification = ctx.archive.verify({
      quote: interaction.options.getString("quote", true),
      speaker: interaction.options.getString("speaker")?.trim() || null,
      article: article.id,
    });
    await respond(interaction, { embeds: [verificationEmbed(verification)] });
    ctx.log.info(
      {
        event: "verify",
        guild: interaction.guildId,
        channel: interaction.channelId,
        user: interaction.user.id,
        quoteLength: verification.quote.length,
        latencyMs: Math.round(performance.now() - started),
        verdict: verification.verdict,
        article: verification.found?.article.id ?? null,
      },
      "verify",
    );
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === "article") {
      await respondChoices(interaction, articleChoices(ctx.archive, focused.value));
      return;
    }
    const chosen = resolveArticle(ctx.archive, interaction.options.getString("article"));
    const speakers = speakersOf(ctx.archive, chosen.ok ? chosen.id : undefined);
    await respondChoices(interaction, nameChoices(speakers, focused.value));
  },
} satisfies Command;

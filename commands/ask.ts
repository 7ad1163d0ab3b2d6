/** /ask — the exact quote that answers a question, and who said it. */
import { SlashCommandBuilder } from "discord.js";
import { articleChoices, articleOption } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { chosenArticle } from "../src/bot/current-article.ts";
import { QUESTION_MAX, replyToQuestion } from "../src/bot/questions.ts";
import { respond, respondChoices } from "../src/bot/respond.ts";
import { answerEmbed } from "../src/present/format.ts";

export default {
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask about the news: get the exact quote and who said it")
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("e.g. What did Kelly say about the military?")
        .setRequired(true)
        .setMaxLength(QUESTION_MAX),
    )
    .addStringOption(articleOption("search them all"))
    .addBooleanOption((o) => o.setName("private").setDescription("Show the answer only to you")),

  async execute(interaction, ctx) {
    const article = await chosenArticle(interaction, ctx);
    if (!article) return;
    const ephemeral = interaction.options.getBoolean("private") ?? false;
    // Answering is an in-memory search that takes milliseconds, well inside Discord's 3-second window,
    // so the reply is sent directly instead of deferring (which would cost a second request).
    await replyToQuestion(
      ctx,
      {
        question: interaction.options.getString("question", true),
        articleId: article.id,
        guild: interaction.guildId,
        channel: interaction.channelId,
        user: interaction.user.id,
        via: "slash",
      },
      (answer) => respond(interaction, { embeds: [answerEmbed(answer)], ephemeral }),
    );
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    await respondChoices(
      interaction,
      focused.name === "article" ? articleChoices(ctx.archive, focused.value) : [],
    );
  },
} satisfies Command;

/** /ask — the exact quote that answers a question, and who said it. */
import {
  ActionRowBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonBuilder,
  ButtonStyle,
  SlashCommandBuilder,
} from "discord.js";
import { articleButtonId, articleOfButton } from "../src/bot/article-buttons.ts";
import { articleChoices, articleOption } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { chosenArticle } from "../src/bot/current-article.ts";
import { QUESTION_MAX, replyToQuestion } from "../src/bot/questions.ts";
import { type Reply, respond, respondChoices, respondUpdate } from "../src/bot/respond.ts";
import { choiceLabel } from "../src/present/archive.ts";
import { answerEmbed } from "../src/present/format.ts";
import { md } from "../src/present/markdown.ts";
import type { Answer } from "../src/qa/types.ts";

const NAME = "ask";

export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
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
      (answer) => respond(interaction, { ...answerReply(answer), ephemeral }),
    );
  },

  /** A choice of an ambiguous question: answers it from that article, in place of the choices. */
  async button(interaction, ctx) {
    const ids = ctx.archive.articles().map((a) => a.id);
    const articleId = articleOfButton(interaction.customId, NAME, ids);
    // The question travels in the choices' footer, so the buttons work after a restart too.
    const question = interaction.message.embeds[0]?.footer?.text ?? "";
    if (!articleId || !question) {
      await respond(interaction, { content: md`That article is no longer in the archive.`, ephemeral: true });
      return;
    }
    await respondUpdate(interaction, answerReply(ctx.archive.answer(question, articleId)));
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    await respondChoices(
      interaction,
      focused.name === "article" ? articleChoices(ctx.archive, focused.value) : [],
    );
  },
} satisfies Command;

/** The answer's embed, with one button per choice when the question was ambiguous. */
function answerReply(answer: Answer): Reply {
  return { embeds: [answerEmbed(answer)], components: choiceButtons(answer) };
}

function choiceButtons(answer: Answer): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (!answer.candidates?.length) return [];
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    answer.candidates.map((c) =>
      new ButtonBuilder()
        .setCustomId(articleButtonId(NAME, c.article.id))
        .setLabel(choiceLabel(c))
        .setStyle(ButtonStyle.Primary),
    ),
  );
  return [row.toJSON()];
}

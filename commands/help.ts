/** /help — what the bot can do and which articles it knows. */
import { SlashCommandBuilder } from "discord.js";
import { articleLabelMd } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { respond } from "../src/bot/respond.ts";

export default {
  data: new SlashCommandBuilder().setName("help").setDescription("How to use the quote bot"),

  async execute(interaction, ctx) {
    const commands = [...ctx.commands.values()].map((c) => `**/${c.data.name}** — ${c.data.description}`);
    const articles = ctx.archive.articles().map((a) => `• ${articleLabelMd(a)}`);
    await respond(interaction, {
      ephemeral: true,
      embeds: [
        {
          title: "Newsroom Quote Bot",
          description: [
            "I answer questions about news articles with the exact quote and who said it.",
            "",
            ...commands,
            "",
            "You can also mention me with a question, e.g. “@me What did Kelly say about the military?”",
          ].join("\n"),
          fields: [{ name: "Articles", value: articles.join("\n") || "None loaded yet." }],
        },
      ],
    });
  },
} satisfies Command;

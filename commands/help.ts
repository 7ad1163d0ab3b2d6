/** /help — what the bot can do and which articles it knows. */
import { SlashCommandBuilder } from "discord.js";
import { articleLabelMd } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { respond } from "../src/bot/respond.ts";
import { joinMarkdown, md } from "../src/present/markdown.ts";

/** A big archive would not fit; /articles pages through all of it. */
const NEWEST_SHOWN = 5;

export default {
  data: new SlashCommandBuilder().setName("help").setDescription("How to use the quote bot"),

  async execute(interaction, ctx) {
    const commands = [...ctx.commands.values()].map((c) => md`**/${c.data.name}** — ${c.data.description}`);
    const all = ctx.archive.articles();
    const articles = all.slice(0, NEWEST_SHOWN).map((a) => md`• ${articleLabelMd(a)}`);
    if (all.length > NEWEST_SHOWN) articles.push(md`…and ${all.length - NEWEST_SHOWN} more: see /articles`);
    await respond(interaction, {
      ephemeral: true,
      embeds: [
        {
          title: md`Newsroom Quote Bot`,
          description: md`I answer questions about news articles with the exact quote and who said it.

${joinMarkdown(commands, "\n")}

You can also mention me with a question, e.g. “@me What did Kelly say about the military?”
After /article use, questions in that channel go to that article unless you name another.`,
          fields: [
            {
              name: md`Articles (${all.length})`,
              value: articles.length ? joinMarkdown(articles, "\n") : md`None loaded yet.`,
            },
          ],
        },
      ],
    });
  },
} satisfies Command;

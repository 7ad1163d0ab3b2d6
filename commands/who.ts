/**
 * /who — the people (and organisations) an article mentions, with their titles; or, given a name and
 * no article, that person across the archive: their titles and how often they are quoted.
 */
import { SlashCommandBuilder } from "discord.js";
import { articleChoices, articleLabelMd, articleOption, selectedArticles } from "../src/bot/choices.ts";
import type { Command } from "../src/bot/command.ts";
import { chosenArticle } from "../src/bot/current-article.ts";
import { LIMITS, respond, respondChoices } from "../src/bot/respond.ts";
import { identityLines } from "../src/present/archive.ts";
import { formatPeople } from "../src/present/format.ts";
import { joinMarkdown, markdownLines, md } from "../src/present/markdown.ts";

/** People listed for a name across the archive. */
const MAX_PEOPLE = 10;

export default {
  data: new SlashCommandBuilder()
    .setName("who")
    .setDescription("Who is in the article, or who a name is across the archive")
    .addStringOption((o) =>
      o.setName("name").setDescription("A person to find across the archive (e.g. Kelly)"),
    )
    .addStringOption(articleOption("all of them")),

  async execute(interaction, ctx) {
    const name = interaction.options.getString("name")?.trim();
    if (name && !interaction.options.getString("article")) {
      const hits = ctx.archive.index.directory().find(name).slice(0, MAX_PEOPLE);
      await respond(
        interaction,
        hits.length
          ? {
              embeds: [
                {
                  title: md`Who is “${name}”`,
                  description: joinMarkdown(markdownLines(identityLines, hits), "\n"),
                },
              ],
            }
          : { content: md`Nobody called “${name}” is in the archive.`, ephemeral: true },
      );
      return;
    }
    const article = await chosenArticle(interaction, ctx);
    if (!article) return;
    // One embed per article, as many as one message holds; respond() keeps their total within limits.
    const refs = selectedArticles(ctx.archive, article.id).slice(0, LIMITS.embeds);
    const embeds = refs.map((ref) => {
      const facts = ctx.archive.facts(ref.id);
      const people = facts ? markdownLines(formatPeople, facts) : [];
      return {
        title: articleLabelMd(ref),
        description: people.length ? joinMarkdown(people, "\n") : md`No people found in this article.`,
      };
    });
    await respond(
      interaction,
      embeds.length ? { embeds } : { content: md`No articles are loaded yet.`, ephemeral: true },
    );
  },

  async autocomplete(interaction, ctx) {
    await respondChoices(interaction, articleChoices(ctx.archive, interaction.options.getFocused()));
  },
} satisfies Command;

/** /sources — who gets quoted over a range of the archive: the report in words and its chart. */
import { SlashCommandBuilder } from "discord.js";
import { DateRangeError, parseRange } from "../src/audit/dates.ts";
import { sourceReport } from "../src/audit/sources.ts";
import { articleChoices } from "../src/bot/choices.ts";
import type { Command, CommandContext } from "../src/bot/command.ts";
import { respond, respondChoices } from "../src/bot/respond.ts";
import { chartPng } from "../src/present/chart.ts";
import { markdown, md } from "../src/present/markdown.ts";
import { formatSources } from "../src/present/sources.ts";

const CHART_FILE = "sources.png";
/** Dates are short; anything longer is not one. */
const MAX_DATE = 60;
const MAX_URL = 2_000;
const MAX_CHOICES = 25;

export default {
  data: new SlashCommandBuilder()
    .setName("sources")
    .setDescription("Who gets quoted: people, gender, unnamed sources and organisations, with a chart")
    .addStringOption((o) =>
      o
        .setName("since")
        .setDescription("First day: 2017-02, 1 March 2017, last month")
        .setMaxLength(MAX_DATE),
    )
    .addStringOption((o) =>
      o.setName("until").setDescription("Last day, in the same forms").setMaxLength(MAX_DATE),
    )
    .addStringOption((o) =>
      o
        .setName("article")
        .setDescription("Only this article (default: every article in the range)")
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName("feed")
        .setDescription("Only the articles this followed feed brought in")
        .setAutocomplete(true)
        .setMaxLength(MAX_URL),
    ),

  async execute(interaction, ctx) {
    const since = interaction.options.getString("since") ?? undefined;
    const until = interaction.options.getString("until") ?? undefined;
    const article = interaction.options.getString("article") ?? undefined;
    const feed = interaction.options.getString("feed") ?? undefined;
    let range: ReturnType<typeof parseRange>;
    try {
      range = parseRange(since, until, new Date());
    } catch (err) {
      if (!(err instanceof DateRangeError)) throw err;
      await respond(interaction, { content: md`Could not read the dates: ${err.message}.`, ephemeral: true });
      return;
    }
    if (article !== undefined && feed !== undefined) {
      await respond(interaction, { content: md`Give an article or a feed, not both.`, ephemeral: true });
      return;
    }
    if (article !== undefined && !ctx.archive.facts(article)) {
      await respond(interaction, { content: md`No such article: pick one from the list.`, ephemeral: true });
      return;
    }
    const feedArticles = feed === undefined ? undefined : await articlesOfFeed(ctx, feed);
    if (feedArticles === null) {
      await respond(interaction, {
        content: md`Not a followed feed: pick one from the list.`,
        ephemeral: true,
      });
      return;
    }
    // Drawing the chart can take longer than Discord's three seconds on a busy machine.
    await interaction.deferReply();
    const report = sourceReport(ctx.archive.allFacts(), {
      range,
      ...(article !== undefined ? { articleIds: new Set([article]) } : {}),
      ...(feedArticles ? { articleIds: feedArticles } : {}),
    });
    const text = markdown(formatSources, report);
    if (report.articles === 0) {
      await respond(interaction, { embeds: [{ description: text }] });
      return;
    }
    const chart = await chartPng(report);
    await respond(interaction, {
      embeds: [{ description: text, image: { url: `attachment://${CHART_FILE}` } }],
      files: [{ name: CHART_FILE, data: chart }],
    });
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== "feed") {
      await respondChoices(interaction, articleChoices(ctx.archive, focused.value));
      return;
    }
    const typed = focused.value.toLowerCase();
    const urls = (await ctx.feeds.list())
      .map((f) => f.url)
      .filter((url) => url.toLowerCase().includes(typed));
    await respondChoices(
      interaction,
      urls.slice(0, MAX_CHOICES).map((url) => ({ name: url, value: url })),
    );
  },
} satisfies Command;

/** The articles a followed feed brought in, or null when the bot does not follow it. */
async function articlesOfFeed(ctx: CommandContext, url: string): Promise<Set<string> | null> {
  const followed = (await ctx.feeds.list()).find((f) => f.url === url);
  return followed ? new Set(followed.record.articles) : null;
}

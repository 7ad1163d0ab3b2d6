/**
 * /feed — the news feeds the bot follows (RSS, Atom, JSON Feed): add, remove, list. Manage Server, like
 * adding articles. A feed added with a channel announces each new article there, pinging no one.
 */
import { ChannelType, type ChatInputCommandInteraction, MessageFlags, SlashCommandBuilder } from "discord.js";
import type { Command, CommandContext } from "../src/bot/command.ts";
import { MANAGE, mayManage } from "../src/bot/manage.ts";
import { respond } from "../src/bot/respond.ts";
import { joinMarkdown, md } from "../src/present/markdown.ts";
import { FetchError, parseLink } from "../src/web/fetch.ts";

const REFUSED = md`Only members with the Manage Server permission can add or remove feeds.`;

type Subcommand = (interaction: ChatInputCommandInteraction, ctx: CommandContext) => Promise<void>;

export default {
  data: new SlashCommandBuilder()
    .setName("feed")
    .setDescription("Follow news feeds: their new articles join the archive (Manage Server)")
    .setDefaultMemberPermissions(MANAGE)
    .addSubcommand((s) =>
      s
        .setName("add")
        .setDescription("Follow a feed (RSS, Atom or JSON Feed)")
        .addStringOption((o) =>
          o.setName("url").setDescription("The feed's link").setRequired(true).setMaxLength(2000),
        )
        .addChannelOption((o) =>
          o
            .setName("channel")
            .setDescription("Announce its new articles here (optional)")
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName("remove")
        .setDescription("Stop following a feed")
        .addStringOption((o) =>
          o.setName("url").setDescription("The feed's link").setRequired(true).setMaxLength(2000),
        ),
    )
    .addSubcommand((s) => s.setName("list").setDescription("The feeds followed, and how each is doing")),

  async execute(interaction, ctx) {
    if (!(await mayManage(interaction, REFUSED))) return;
    const run = SUBCOMMANDS[interaction.options.getSubcommand()];
    if (!run) throw new Error(`unknown subcommand /feed ${interaction.options.getSubcommand()}`);
    await run(interaction, ctx);
  },
} satisfies Command;

/** The link as typed, checked (http/https, no credentials) and normalised, or a private refusal. */
async function feedLink(interaction: ChatInputCommandInteraction): Promise<string | null> {
  try {
    return parseLink(interaction.options.getString("url", true)).href;
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    await respond(interaction, {
      content: md`Cannot follow that: ${err.message}.`,
      ephemeral: true,
    });
    return null;
  }
}

const add: Subcommand = async (interaction, ctx) => {
  const url = await feedLink(interaction);
  if (!url) return;
  const channel = interaction.options.getChannel("channel");
  // Fetching the feed and its articles can outlast the 3 seconds Discord waits for a first reply.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await ctx.feeds.add(url, channel?.id ?? null);
  if (result.status === "failed") {
    await respond(interaction, {
      content: md`Could not follow ${url}: ${result.error}. Nothing was changed.`,
    });
    return;
  }
  ctx.log.info(
    { event: "feed added", feed: url, channel: channel?.id, user: interaction.user.id },
    "feed added",
  );
  const taken = result.status === "ok" ? result.articles.length : 0;
  const where = channel ? md` New articles will be announced in <#${channel.id}>.` : md``;
  await respond(interaction, {
    content: md`Following ${url}: ${taken} new ${taken === 1 ? "article" : "articles"} added.${where}`,
  });
};

const remove: Subcommand = async (interaction, ctx) => {
  const url = await feedLink(interaction);
  if (!url) return;
  const removed = await ctx.feeds.remove(url);
  const fixed = ctx.feeds.fixed.includes(url)
    ? md` It is in the bot's FEEDS setting; remove it there.`
    : md``;
  await respond(interaction, {
    content: removed
      ? md`Stopped following ${url}. Its articles stay in the archive.`
      : md`${url} was not added with /feed add.${fixed}`,
    ephemeral: true,
  });
};

const list: Subcommand = async (interaction, ctx) => {
  const feeds = await ctx.feeds.list();
  const lines = feeds.map(({ url, record, fixed }) => {
    const where = record.channelId ? md` → <#${record.channelId}>` : md``;
    const state = record.lastError ? md`failing: ${record.lastError}` : md`${record.seen.length} items taken`;
    return md`• ${url}${where} (${fixed ? "FEEDS, " : ""}${state})`;
  });
  await respond(interaction, {
    content: lines.length ? joinMarkdown(lines, "\n") : md`No feeds are followed. Add one with /feed add.`,
    ephemeral: true,
  });
};

const SUBCOMMANDS: Record<string, Subcommand> = { add, remove, list };

/** /articles — the archive, newest first, a page at a time; a query keeps the headlines that match it. */
import { SlashCommandBuilder } from "discord.js";
import type { Command, CommandContext } from "../src/bot/command.ts";
import { type PageState, pageReply, turnPage } from "../src/bot/pages.ts";
import { type Reply, respond } from "../src/bot/respond.ts";
import { formatArticle } from "../src/present/format.ts";
import { markdown, md } from "../src/present/markdown.ts";
import { filterBy } from "../src/qa/match.ts";

const NAME = "articles";
/** The query rides in the page buttons' custom ids, which hold 100 characters. */
const QUERY_MAX = 80;

export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription("List the articles, newest first")
    .addStringOption((o) =>
      o.setName("query").setDescription("Words from the headline (typos are fine)").setMaxLength(QUERY_MAX),
    ),

  async execute(interaction, ctx) {
    const query = interaction.options.getString("query")?.trim() ?? "";
    await respond(interaction, articlesPage(ctx, { command: NAME, page: 0, args: [query] }));
  },

  button: turnPage(articlesPage),
} satisfies Command;

function articlesPage(ctx: CommandContext, state: PageState): Reply {
  const [query = ""] = state.args;
  const articles = filterBy(ctx.archive.articles(), query, (a) => [a.headline]);
  if (articles.length === 0) {
    const content = query
      ? md`No headline matches “${query}”.`
      : md`There are no articles yet; a member with Manage Server can add one with /article add.`;
    return { content, ephemeral: true };
  }
  const title = query ? md`Articles matching “${query}”` : md`Articles`;
  const total = `${articles.length} article${articles.length === 1 ? "" : "s"}`;
  return pageReply(
    state,
    title,
    articles.map((a) => markdown(formatArticle, a)),
    total,
  );
}

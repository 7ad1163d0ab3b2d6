/** /quotes — every quote in an article, optionally from one speaker, a page at a time. */
import { SlashCommandBuilder } from "discord.js";
import {
  articleChoices,
  articleOption,
  nameChoices,
  selectedArticles,
  speakersOf,
} from "../src/bot/choices.ts";
import type { Command, CommandContext } from "../src/bot/command.ts";
import { chosenArticle, commandArticle } from "../src/bot/current-article.ts";
import { type PageState, pageReply, turnPage } from "../src/bot/pages.ts";
import { type Reply, respond, respondChoices } from "../src/bot/respond.ts";
import { archiveQuoteLines, namesakesLine } from "../src/present/archive.ts";
import { formatQuotes, noQuotesText } from "../src/present/format.ts";
import { type Markdown, markdown, markdownLines, md } from "../src/present/markdown.ts";

const NAME = "quotes";

export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription("List the quotes in an article, or one person's across the archive")
    .addStringOption((o) =>
      o.setName("speaker").setDescription("Who said it (e.g. Kelly)").setAutocomplete(true),
    )
    .addStringOption(articleOption("all of them")),

  async execute(interaction, ctx) {
    const article = await chosenArticle(interaction, ctx);
    if (!article) return;
    const speaker = interaction.options.getString("speaker")?.trim() ?? "";
    await respond(
      interaction,
      quotesPage(ctx, { command: NAME, page: 0, args: [article.id ?? "", speaker] }),
    );
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === "article") {
      await respondChoices(interaction, articleChoices(ctx.archive, focused.value));
      return;
    }
    const article = await commandArticle(interaction, ctx);
    const speakers = speakersOf(ctx.archive, article.ok ? article.id : undefined);
    await respondChoices(interaction, nameChoices(speakers, focused.value));
  },

  button: turnPage(quotesPage),
} satisfies Command;

/** Page `state.page` of the quotes for args [articleId, speaker]; either may be empty for "all". */
function quotesPage(ctx: CommandContext, state: PageState): Reply {
  const [articleId = "", speaker = ""] = state.args;
  if (!articleId && speaker && ctx.archive.articles().length > 1) return personPage(ctx, state, speaker);
  const lines = quoteLines(ctx, articleId || undefined, speaker || undefined);
  if (lines.length === 0)
    return { content: noQuotesMessage(ctx, articleId || undefined, speaker), ephemeral: true };
  const title = speaker ? md`Quotes — ${speaker}` : md`Quotes`;
  return pageReply(state, title, lines, `${lines.length} quotes`);
}

/** A person's quotes across the archive, newest first, each with its headline, source and date. */
function personPage(ctx: CommandContext, state: PageState, speaker: string): Reply {
  const directory = ctx.archive.index.directory();
  const person = directory.person(speaker);
  const quotes = person ? directory.quotes(person.found.identity) : [];
  if (!person || quotes.length === 0)
    return { content: md`I found no quotes from “${speaker}” in the archive.`, ephemeral: true };
  const { identity } = person.found;
  const articles = new Set(quotes.map((q) => q.article.id)).size;
  const total = `${quotes.length} quotes in ${articles} ${articles === 1 ? "article" : "articles"}`;
  const title = md`Quotes — ${identity.name}`;
  const reply = pageReply(state, title, markdownLines(archiveQuoteLines, quotes), total);
  const note = markdown(namesakesLine, speaker, identity, person.namesakes);
  return note.length > 0 ? { ...reply, content: note } : reply;
}

/** One line per quote; with several articles, each article's quotes follow its headline. */
function quoteLines(
  ctx: CommandContext,
  articleId: string | undefined,
  speaker: string | undefined,
): Markdown[] {
  const refs = selectedArticles(ctx.archive, articleId);
  return refs.flatMap((ref) => {
    const facts = ctx.archive.facts(ref.id);
    const quotes = facts ? markdownLines(formatQuotes, facts, speaker) : [];
    if (quotes.length === 0 || refs.length === 1) return quotes;
    return [md`__${ref.headline}__`, ...quotes];
  });
}

function noQuotesMessage(ctx: CommandContext, articleId: string | undefined, speaker: string): Markdown {
  return markdown(noQuotesText, speaker || undefined, speakersOf(ctx.archive, articleId));
}

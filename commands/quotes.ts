/** /quotes — every quote in an article, optionally from one speaker, a page at a time. */
import { type ButtonInteraction, escapeMarkdown, SlashCommandBuilder } from "discord.js";
import {
  articleChoices,
  nameChoices,
  resolveArticle,
  selectedArticles,
  speakersOf,
} from "../src/bot/choices.ts";
import type { Command, CommandContext } from "../src/bot/command.ts";
import { clampPage, decodePageId, type PageState, pageButtons, paginate } from "../src/bot/pages.ts";
import { type Reply, respond, respondChoices, respondUpdate } from "../src/bot/respond.ts";
import { formatQuotes } from "../src/present/format.ts";

const NAME = "quotes";

export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription("List the quotes in an article, optionally from one speaker")
    .addStringOption((o) =>
      o.setName("speaker").setDescription("Who said it (e.g. Kelly)").setAutocomplete(true),
    )
    .addStringOption((o) =>
      o.setName("article").setDescription("Which article (default: all of them)").setAutocomplete(true),
    ),

  async execute(interaction, ctx) {
    const article = resolveArticle(ctx.archive, interaction.options.getString("article"));
    if (!article.ok) {
      await respond(interaction, { content: article.message, ephemeral: true });
      return;
    }
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
    const article = resolveArticle(ctx.archive, interaction.options.getString("article"));
    const speakers = speakersOf(ctx.archive, article.ok ? article.id : undefined);
    await respondChoices(interaction, nameChoices(speakers, focused.value));
  },

  async button(interaction: ButtonInteraction, ctx) {
    const state = decodePageId(interaction.customId);
    if (!state) throw new Error(`malformed page id ${interaction.customId}`);
    await respondUpdate(interaction, quotesPage(ctx, state));
  },
} satisfies Command;

/** Page `state.page` of the quotes for args [articleId, speaker]; either may be empty for "all". */
function quotesPage(ctx: CommandContext, state: PageState): Reply {
  const [articleId = "", speaker = ""] = state.args;
  const lines = quoteLines(ctx, articleId || undefined, speaker || undefined);
  if (lines.length === 0)
    return { content: noQuotesMessage(ctx, articleId || undefined, speaker), ephemeral: true };
  const pages = paginate(lines);
  const page = clampPage(state.page, pages.length);
  return {
    embeds: [
      {
        title: speaker ? `Quotes — ${escapeMarkdown(speaker)}` : "Quotes",
        description: (pages[page] ?? []).join("\n\n"),
        footer: { text: `Page ${page + 1} of ${pages.length} · ${lines.length} quotes` },
      },
    ],
    components: pageButtons({ ...state, page }, pages.length),
  };
}

/** One line per quote; with several articles, each article's quotes follow its headline. */
function quoteLines(
  ctx: CommandContext,
  articleId: string | undefined,
  speaker: string | undefined,
): string[] {
  const refs = selectedArticles(ctx.archive, articleId);
  return refs.flatMap((ref) => {
    const facts = ctx.archive.facts(ref.id);
    const quotes = facts ? formatQuotes(facts, speaker) : [];
    if (quotes.length === 0 || refs.length === 1) return quotes;
    return [`__${escapeMarkdown(ref.headline)}__`, ...quotes];
  });
}

function noQuotesMessage(ctx: CommandContext, articleId: string | undefined, speaker: string): string {
  const speakers = speakersOf(ctx.archive, articleId);
  const who = speakers.length ? ` Quoted speakers: ${speakers.join(", ")}.` : "";
  return speaker ? `I found no quotes from “${escapeMarkdown(speaker)}”.${who}` : `I found no quotes.${who}`;
}

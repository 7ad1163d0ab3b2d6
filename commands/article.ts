/**
 * /article — a channel's current article (use, clear) and the archive itself (add, remove).
 *
 * Adding and removing need Manage Server. Discord's default permissions apply to a whole command, so
 * /article is hidden from other members by default; a server can open it to more roles (for `use`),
 * and add/remove check the permission again here, whatever the server's command settings say.
 */
import {
  type ChatInputCommandInteraction,
  MessageFlags,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from "discord.js";
import type { Facts } from "../src/article/facts.ts";
import { articleChoices, articleLabelMd, resolveArticle } from "../src/bot/choices.ts";
import type { Command, CommandContext } from "../src/bot/command.ts";
import { MANAGE, mayManage } from "../src/bot/manage.ts";
import { respond, respondChoices } from "../src/bot/respond.ts";
import { checkUpload, download, UploadError } from "../src/bot/upload.ts";
import { type Embed, joinMarkdown, md, mdCode } from "../src/present/markdown.ts";
import { ArticleInputError, decodeArticleBytes } from "../src/store/read-article.ts";
import { FetchError } from "../src/web/fetch.ts";
import { fromText, readSource, type SourcedArticle } from "../src/web/source.ts";

const REFUSED = md`Only members with the Manage Server permission can add or remove articles.`;

type Subcommand = (interaction: ChatInputCommandInteraction, ctx: CommandContext) => Promise<void>;

const articleOption = (description: string) => (o: SlashCommandStringOption) =>
  o.setName("article").setDescription(description).setRequired(true).setAutocomplete(true);

export default {
  data: new SlashCommandBuilder()
    .setName("article")
    .setDescription("Choose this channel's article, or add and remove articles")
    .setDefaultMemberPermissions(MANAGE)
    .addSubcommand((s) =>
      s
        .setName("use")
        .setDescription("Make an article this channel's current article")
        .addStringOption(articleOption("Headline (typos are fine)")),
    )
    .addSubcommand((s) =>
      s.setName("clear").setDescription("Forget this channel's article: questions search the whole archive"),
    )
    .addSubcommand((s) =>
      s
        .setName("add")
        .setDescription("Add an article from a plain-text file or a link to its page (Manage Server)")
        .addAttachmentOption((o) =>
          o.setName("file").setDescription("The article as a .txt file, at most 1 MB"),
        )
        .addStringOption((o) =>
          o
            .setName("url")
            .setDescription("A link to the article's web page (http or https)")
            .setMaxLength(2000),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName("remove")
        .setDescription("Remove an article and its files (Manage Server)")
        .addStringOption(articleOption("Pick the article from the list")),
    ),

  async execute(interaction, ctx) {
    const subcommand = interaction.options.getSubcommand();
    const run = SUBCOMMANDS[subcommand];
    if (!run) throw new Error(`unknown subcommand /article ${subcommand}`);
    await run(interaction, ctx);
  },

  async autocomplete(interaction, ctx) {
    await respondChoices(interaction, articleChoices(ctx.archive, interaction.options.getFocused()));
  },
} satisfies Command;

const use: Subcommand = async (interaction, ctx) => {
  const article = resolveArticle(ctx.archive, interaction.options.getString("article", true));
  const ref = article.ok && article.id !== undefined ? ctx.archive.ref(article.id) : undefined;
  if (!ref) {
    await respond(interaction, {
      content: article.ok ? md`Name an article: start typing its headline.` : article.message,
      ephemeral: true,
    });
    return;
  }
  await ctx.channels.set(channelOf(interaction), ref.id);
  await respond(interaction, {
    content: md`Questions in this channel now go to **${articleLabelMd(ref)}**: /ask, /summary, /quotes and /who \
use it unless you name another article. /article clear goes back to the whole archive.`,
  });
};

const clear: Subcommand = async (interaction, ctx) => {
  await ctx.channels.set(channelOf(interaction), null);
  await respond(interaction, {
    content: md`This channel has no current article now: questions search the whole archive.`,
  });
};

const add: Subcommand = async (interaction, ctx) => {
  if (!(await mayManage(interaction, REFUSED))) return;
  const file = interaction.options.getAttachment("file");
  const url = interaction.options.getString("url");
  if ((file === null) === (url === null)) {
    await respond(interaction, {
      content: md`Give either a file or a url, one of the two.`,
      ephemeral: true,
    });
    return;
  }
  let read: () => Promise<SourcedArticle>;
  if (file) {
    const upload = checkUpload(file);
    if (!upload.ok) {
      await respond(interaction, { content: upload.message, ephemeral: true });
      return;
    }
    read = async () => {
      const text = decodeArticleBytes(await download(file.url, file.name), file.name, { html: true });
      return fromText(text, upload.id, file.name);
    };
  } else {
    read = () => readSource(url!, { allowPrivate: ctx.web.allowPrivate });
  }
  // Downloading and parsing can outlast the 3 seconds Discord waits for a first reply.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let added: { facts: Facts; replaced: boolean };
  try {
    const article = await read();
    added = await ctx.data.add(article.id, article.text, article.facts);
  } catch (err) {
    if (!(err instanceof UploadError || err instanceof ArticleInputError || err instanceof FetchError))
      throw err;
    await respond(interaction, {
      content: md`Could not add the article: ${err.message}. Nothing was changed.`,
    });
    return;
  }
  ctx.log.info(
    { event: "article added", article: added.facts.id, replaced: added.replaced, user: interaction.user.id },
    "article added",
  );
  await respond(interaction, { embeds: [addedEmbed(added.facts, added.replaced)] });
};

const remove: Subcommand = async (interaction, ctx) => {
  if (!(await mayManage(interaction, REFUSED))) return;
  // Only an exact id (what autocomplete fills in): a near match must never delete the wrong article.
  const id = interaction.options.getString("article", true);
  const ref = ctx.archive.ref(id);
  if (!ref) {
    const content = md`No article has the id “${id}”; pick one from the list as you type.`;
    await respond(interaction, { content, ephemeral: true });
    return;
  }
  await ctx.data.remove(id);
  ctx.log.info({ event: "article removed", article: id, user: interaction.user.id }, "article removed");
  await respond(interaction, {
    content: md`Removed **${articleLabelMd(ref)}** (${mdCode(id)}) and its files.`,
    ephemeral: true,
  });
};

const SUBCOMMANDS: Record<string, Subcommand> = { use, clear, add, remove };

function channelOf(interaction: ChatInputCommandInteraction): string {
  if (!interaction.channelId) throw new Error("/article used outside a channel");
  return interaction.channelId;
}

/** What the parser found in a new article: enough to see at a glance whether the upload was right. */
function addedEmbed(facts: Facts, replaced: boolean): Embed {
  const { headline, source, published } = facts.metadata;
  const details = [source, published?.slice(0, 10)].filter(Boolean).join(" · ");
  const names = facts.people.map((p) => p.name);
  const quotes = facts.quotes.filter((q) => q.speakerId).length;
  return {
    title: md`${headline}`,
    description: md`${replaced ? "Updated" : "Added"} as ${mdCode(facts.id)}${details ? ` · ${details}` : ""}.
Ask about it with /ask, or make it a channel's article with /article use.`,
    fields: [
      {
        name: md`People (${names.length})`,
        value: names.length ? joinMarkdown(names, ", ") : md`None found.`,
      },
      { name: md`Quotes`, value: md`${quotes}` },
    ],
  };
}

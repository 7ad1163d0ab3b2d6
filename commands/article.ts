/**
 * /article — a channel's current article (use, clear) and the archive itself (add, remove).
 *
 * Adding and removing need Manage Server. Discord's default permissions apply to a whole command, so
 * /article is hidden from other members by default; a server can open it to more roles (for `use`),
 * and add/remove check the permission again here, whatever the server's command settings say.
 */
import {
  type APIEmbed,
  type ChatInputCommandInteraction,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from "discord.js";
import type { Facts } from "../src/article/facts.ts";
import { articleChoices, articleLabelMd, resolveArticle } from "../src/bot/choices.ts";
import type { Command, CommandContext } from "../src/bot/command.ts";
import { respond, respondChoices } from "../src/bot/respond.ts";
import { checkUpload, download, UploadError } from "../src/bot/upload.ts";
import { escapeText } from "../src/present/style.ts";
import { ArticleInputError, decodeArticleBytes } from "../src/store/read-article.ts";

const MANAGE = PermissionFlagsBits.ManageGuild;
const REFUSED = "Only members with the Manage Server permission can add or remove articles.";

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
        .setDescription("Add an article from a plain-text file (Manage Server)")
        .addAttachmentOption((o) =>
          o.setName("file").setDescription("The article as a .txt file, at most 1 MB").setRequired(true),
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
      content: article.ok ? "Name an article: start typing its headline." : article.message,
      ephemeral: true,
    });
    return;
  }
  await ctx.channels.set(channelOf(interaction), ref.id);
  await respond(interaction, {
    content:
      `Questions in this channel now go to **${articleLabelMd(ref)}**: /ask, /summary, /quotes and /who ` +
      "use it unless you name another article. /article clear goes back to the whole archive.",
  });
};

const clear: Subcommand = async (interaction, ctx) => {
  await ctx.channels.set(channelOf(interaction), null);
  await respond(interaction, {
    content: "This channel has no current article now: questions search the whole archive.",
  });
};

const add: Subcommand = async (interaction, ctx) => {
  if (!(await mayManage(interaction))) return;
  const file = interaction.options.getAttachment("file", true);
  const upload = checkUpload(file);
  if (!upload.ok) {
    await respond(interaction, { content: upload.message, ephemeral: true });
    return;
  }
  // Downloading and parsing up to 1 MB can outlast the 3 seconds Discord waits for a first reply.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let added: { facts: Facts; replaced: boolean };
  try {
    added = await ctx.data.add(upload.id, decodeArticleBytes(await download(file.url, file.name), file.name));
  } catch (err) {
    if (!(err instanceof UploadError || err instanceof ArticleInputError)) throw err;
    await respond(interaction, {
      content: `Could not add the article: ${err.message}. Nothing was changed.`,
    });
    return;
  }
  ctx.log.info(
    { event: "article added", article: upload.id, replaced: added.replaced, user: interaction.user.id },
    "article added",
  );
  await respond(interaction, { embeds: [addedEmbed(added.facts, added.replaced)] });
};

const remove: Subcommand = async (interaction, ctx) => {
  if (!(await mayManage(interaction))) return;
  // Only an exact id (what autocomplete fills in): a near match must never delete the wrong article.
  const id = interaction.options.getString("article", true);
  const ref = ctx.archive.ref(id);
  if (!ref) {
    const content = `No article has the id “${escapeText(id)}”; pick one from the list as you type.`;
    await respond(interaction, { content, ephemeral: true });
    return;
  }
  await ctx.data.remove(id);
  ctx.log.info({ event: "article removed", article: id, user: interaction.user.id }, "article removed");
  await respond(interaction, {
    content: `Removed **${articleLabelMd(ref)}** (\`${id}\`) and its files.`,
    ephemeral: true,
  });
};

const SUBCOMMANDS: Record<string, Subcommand> = { use, clear, add, remove };

/** The permission check behind the default one; tells the member when they may not. */
async function mayManage(interaction: ChatInputCommandInteraction): Promise<boolean> {
  // In DMs there are no member permissions, so nobody may manage from there.
  if (interaction.memberPermissions?.has(MANAGE)) return true;
  await respond(interaction, { content: REFUSED, ephemeral: true });
  return false;
}

function channelOf(interaction: ChatInputCommandInteraction): string {
  if (!interaction.channelId) throw new Error("/article used outside a channel");
  return interaction.channelId;
}

/** What the parser found in a new article: enough to see at a glance whether the upload was right. */
function addedEmbed(facts: Facts, replaced: boolean): APIEmbed {
  const { headline, source, published } = facts.metadata;
  const details = [source && escapeText(source), published?.slice(0, 10)].filter(Boolean).join(" · ");
  const names = facts.people.map((p) => escapeText(p.name));
  const quotes = facts.quotes.filter((q) => q.speakerId).length;
  return {
    title: escapeText(headline),
    description: [
      `${replaced ? "Updated" : "Added"} as \`${facts.id}\`${details ? ` · ${details}` : ""}.`,
      "Ask about it with /ask, or make it a channel's article with /article use.",
    ].join("\n"),
    fields: [
      { name: `People (${names.length})`, value: names.join(", ") || "None found." },
      { name: "Quotes", value: String(quotes) },
    ],
  };
}

/**
 * Every reply to Discord goes through here. It sets `allowedMentions: { parse: [] }` so article text or a
 * user's question can never ping @everyone or anyone else, and it trims content, embeds and autocomplete
 * choices to Discord's limits so an unusually long answer is shortened instead of rejected with a 400.
 */
import {
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type Message,
  type MessageCreateOptions,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import type { Embed, Markdown } from "../present/markdown.ts";
import { flatten, truncate } from "../present/style.ts";

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum over title, description, field names and values, footer and author of all embeds in a message. */
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
} as const;

/** What a command replies; text Discord renders as Markdown can only be `Markdown`, escaped already. */
export interface Reply {
  content?: Markdown;
  embeds?: Embed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the asking user sees the reply. */
  ephemeral?: boolean;
  /** Files attached to the message (an embed shows one as its image with `attachment://<name>`). */
  files?: { name: string; data: Buffer }[];
}

/** A fresh object each time: discord.js copies and rewrites allowedMentions while building the body. */
export function noMentions(): { parse: never[]; repliedUser: false } {
  return { parse: [], repliedUser: false };
}

/** Clamps each part of an embed to its own limit, then the whole to `budget` characters. */
export function clampEmbed(embed: APIEmbed, budget: number = LIMITS.embedTotal): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footerText) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName),
      value: truncate(f.value, LIMITS.fieldValue),
    }));
  }
  // The description gets whatever the other parts leave; it is the part that grows with long answers.
  const rest = embedLength({ ...out, description: "" });
  if (out.description !== undefined) {
    out.description = truncate(
      out.description,
      Math.min(LIMITS.embedDescription, Math.max(0, budget - rest)),
    );
  }
  while (out.fields?.length && embedLength(out) > budget) out.fields = out.fields.slice(0, -1);
  return out;
}

/** At most 10 embeds sharing one 6000-character budget. */
export function clampEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  let budget: number = LIMITS.embedTotal;
  const out: APIEmbed[] = [];
  for (const embed of embeds.slice(0, LIMITS.embeds)) {
    const clamped = clampEmbed(embed, budget);
    budget -= embedLength(clamped);
    out.push(clamped);
    if (budget <= 0) break;
  }
  return out;
}

export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}

/** The embed as discord.js takes it; author and footer show no Markdown, so they are just one line. */
export function apiEmbed(embed: Embed): APIEmbed {
  const out: APIEmbed = {};
  if (embed.title) out.title = embed.title.toString();
  if (embed.description) out.description = embed.description.toString();
  if (embed.fields) {
    out.fields = embed.fields.map((f) => ({
      name: f.name.toString(),
      value: f.value.toString(),
      inline: f.inline,
    }));
  }
  if (embed.author) out.author = { name: flatten(embed.author.name) };
  if (embed.footer) out.footer = { text: flatten(embed.footer.text) };
  if (embed.image) out.image = embed.image;
  return out;
}

/** The options for any interaction reply, edit or message: limits applied and no pings. */
export function safeReply(reply: Reply) {
  return {
    ...(reply.content !== undefined ? { content: truncate(reply.content.toString(), LIMITS.content) } : {}),
    ...(reply.embeds ? { embeds: clampEmbeds(reply.embeds.map(apiEmbed)) } : {}),
    ...(reply.components ? { components: reply.components } : {}),
    ...(reply.files ? { files: reply.files.map((f) => ({ name: f.name, attachment: f.data })) } : {}),
    allowedMentions: noMentions(),
  };
}

/**
 * Answers an interaction whatever state it is in: first reply, edit of a deferred reply, or follow-up.
 * `ephemeral` only applies to a first reply or follow-up; a deferred reply keeps the visibility it was deferred with.
 */
export async function respond(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const body = safeReply(reply);
  const flags = reply.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred && !interaction.replied) await interaction.editReply(body);
  else if (interaction.replied) await interaction.followUp({ ...body, flags });
  else await interaction.reply({ ...body, flags });
}

/** Replaces the message a button sits on (pagination). */
export async function respondUpdate(interaction: ButtonInteraction, reply: Reply): Promise<void> {
  await interaction.update(safeReply(reply));
}

/** A message reply (to a mention) that neither pings the author nor anyone named in the text. */
export function safeMessageReply(
  content: Markdown,
): MessageCreateOptions & { allowedMentions: ReturnType<typeof noMentions> } {
  return { content: truncate(content.toString(), LIMITS.content), allowedMentions: noMentions() };
}

/** If the question was deleted meanwhile, the answer is still posted, just without the reply link. */
export async function replyToMessage(message: Message, content: Markdown): Promise<void> {
  await message.reply({ ...safeMessageReply(content), failIfNotExists: false });
}

/** At most 25 choices, names and values at most 100 characters. */
export function safeChoices(choices: readonly ApplicationCommandOptionChoiceData<string>[]) {
  return choices.slice(0, LIMITS.choices).map((c) => ({
    name: truncate(c.name, LIMITS.choiceName),
    // A value is matched back exactly, so it is cut without an ellipsis.
    value: c.value.slice(0, LIMITS.choiceValue),
  }));
}

export async function respondChoices(
  interaction: AutocompleteInteraction,
  choices: readonly ApplicationCommandOptionChoiceData<string>[],
): Promise<void> {
  await interaction.respond(safeChoices(choices));
}

/** Custom ids are limited to 100 characters; cut without ellipsis so the prefix still routes. */
export function safeCustomId(id: string): string {
  return id.slice(0, LIMITS.customId);
}

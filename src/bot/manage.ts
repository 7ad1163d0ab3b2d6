/**
 * Manage Server, the permission behind adding and removing articles and feeds. Discord's default
 * permissions apply to a whole command and a server can change them, so the handlers check again.
 */
import { type ChatInputCommandInteraction, PermissionFlagsBits } from "discord.js";
import type { Markdown } from "../present/markdown.ts";
import { respond } from "./respond.ts";

export const MANAGE = PermissionFlagsBits.ManageGuild;

/** True when the member may manage; otherwise tells them, privately, and returns false. */
export async function mayManage(
  interaction: ChatInputCommandInteraction,
  refused: Markdown,
): Promise<boolean> {
  // In DMs there are no member permissions, so nobody may manage from there.
  if (interaction.memberPermissions?.has(MANAGE)) return true;
  await respond(interaction, { content: refused, ephemeral: true });
  return false;
}

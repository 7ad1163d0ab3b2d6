/**
 * Routes interactions to command modules, after the rate limit. A handler that throws is dealt with by
 * `runGuarded`: logged, and the user gets a short private apology when the failure was ours.
 */
import type { ChatInputCommandInteraction, Interaction } from "discord.js";
import { md } from "../present/markdown.ts";
import type { Command, CommandContext } from "./command.ts";
import { runGuarded } from "./failures.ts";
import { admit } from "./questions.ts";
import { slowDownMessage } from "./rate-limit.ts";
import { respond } from "./respond.ts";

export const APOLOGY = md`Sorry, something went wrong while answering that. Please try again in a moment.`;

export async function handleInteraction(interaction: Interaction, ctx: CommandContext): Promise<void> {
  const name = commandName(interaction);
  const command = name === null ? undefined : ctx.commands.get(name);
  await runGuarded(
    ctx.log,
    "interaction handler",
    { command: name, interaction: interaction.id },
    () => dispatch(interaction, command, ctx),
    () => apologize(interaction),
  );
}

function commandName(interaction: Interaction): string | null {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return interaction.customId.split(":")[0] ?? null;
  return null;
}

async function dispatch(
  interaction: Interaction,
  command: Command | undefined,
  ctx: CommandContext,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    // Discord shows "loading options failed" unless it gets some answer, so unknown commands get none.
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
    return;
  }
  if (interaction.isChatInputCommand()) {
    if (!command) throw new Error(`unknown command /${interaction.commandName}`);
    if (await overLimit(interaction, ctx)) return;
    await command.execute(interaction, ctx);
    return;
  }
  if (interaction.isButton()) {
    if (!command?.button) throw new Error(`no handler for button ${interaction.customId}`);
    await command.button(interaction, ctx);
  }
}

/**
 * Every command counts against the rate limits; autocomplete and page buttons do not, as they only
 * follow typing and clicking on an answer already given. Discord needs an answer to every command, so
 * each refused one gets the private notice.
 */
async function overLimit(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<boolean> {
  const verdict = admit(ctx, {
    guild: interaction.guildId,
    channel: interaction.channelId,
    user: interaction.user.id,
    via: "slash",
  });
  if (verdict.ok) return false;
  await respond(interaction, { content: slowDownMessage(verdict.retryAfterMs), ephemeral: true });
  return true;
}

/** A deferred reply is replaced (clearing its embeds); otherwise a private reply or follow-up. */
async function apologize(interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable()) return;
  const pending = interaction.deferred && !interaction.replied;
  await respond(
    interaction,
    pending ? { content: APOLOGY, embeds: [], components: [] } : { content: APOLOGY, ephemeral: true },
  );
}

/**
 * Routes interactions to command modules. A handler that throws gets logged and the user gets a short
 * private apology; the error never reaches the client, so the bot keeps serving everyone else.
 */
import type { Interaction, RepliableInteraction } from "discord.js";
import type { Command, CommandContext } from "./command.ts";
import { respond } from "./respond.ts";

export const APOLOGY = "Sorry, something went wrong while answering that. Please try again in a moment.";

export async function handleInteraction(interaction: Interaction, ctx: CommandContext): Promise<void> {
  const name = commandName(interaction);
  const command = name === null ? undefined : ctx.commands.get(name);
  try {
    await dispatch(interaction, command, ctx);
  } catch (error) {
    ctx.log.error({ err: error, command: name, interaction: interaction.id }, "interaction handler failed");
    await apologize(interaction, ctx);
  }
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
    await command.execute(interaction, ctx);
    return;
  }
  if (interaction.isButton()) {
    if (!command?.button) throw new Error(`no handler for button ${interaction.customId}`);
    await command.button(interaction, ctx);
  }
}

async function apologize(interaction: Interaction, ctx: CommandContext): Promise<void> {
  if (!interaction.isRepliable()) return;
  try {
    await sendApology(interaction);
  } catch (error) {
    // The interaction may have expired or already been answered; nothing more to tell the user.
    ctx.log.warn({ err: error, interaction: interaction.id }, "could not send apology");
  }
}

/** A deferred reply is replaced (clearing its embeds); otherwise a private reply or follow-up. */
async function sendApology(interaction: RepliableInteraction): Promise<void> {
  const pending = interaction.deferred && !interaction.replied;
  await respond(
    interaction,
    pending ? { content: APOLOGY, embeds: [], components: [] } : { content: APOLOGY, ephemeral: true },
  );
}

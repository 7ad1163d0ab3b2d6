/**
 * `npm run deploy-commands`: registers the slash commands in `commands/` with Discord — in one guild when
 * DISCORD_GUILD_ID is set (instant, for development), otherwise globally (may take up to an hour to show).
 */
import { REST, Routes } from "discord.js";
import { loadCommands } from "./bot/loader.ts";
import { loadConfig } from "./config.ts";
import { createLogger } from "./log.ts";

const config = loadConfig("deploy");
const log = createLogger(config.logLevel, [config.token]);

try {
  const commands = await loadCommands();
  const body = [...commands.values()].map((command) => command.data.toJSON());
  const rest = new REST({ api: `${config.apiBase}/api` }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const saved = (await rest.put(route, { body })) as unknown[];
  log.info(
    { count: saved.length, scope: config.guildId ? `guild ${config.guildId}` : "global" },
    "deployed commands",
  );
} catch (error) {
  log.fatal({ err: error }, "could not deploy commands");
  process.exitCode = 1;
}

/**
 * Entry point of `npm start`: settings, archive and commands first (so a bad setup fails before
 * connecting), then the gateway. SIGINT/SIGTERM stop new work, let running replies finish, and exit 0.
 */
import type { Client } from "discord.js";
import { loadConfig } from "../config.ts";
import { createLogger, type Logger } from "../log.ts";
import { Archive } from "../store/archive.ts";
import { createClient, wireClient } from "./client.ts";
import { loadCommands } from "./loader.ts";
import { WorkTracker } from "./work.ts";

/** Running replies get this long to finish on shutdown… */
const DRAIN_MS = 2_000;
/** …and the whole shutdown this long before the process exits regardless. */
const FORCE_EXIT_MS = 4_000;

async function main(): Promise<void> {
  const config = loadConfig("start");
  const log = createLogger(config.logLevel, [config.token]);
  installProcessHandlers(log);

  const archive = await Archive.open(config.dataDir);
  for (const { file, message } of archive.errors)
    log.warn({ file, problem: message }, "skipped a broken facts file");
  log.info({ dataDir: config.dataDir, articles: archive.articles().length }, "archive loaded");

  const commands = await loadCommands();
  const client = createClient(config);
  const work = new WorkTracker((error) => log.error({ err: error }, "unhandled handler error"));
  wireClient(client, { archive, log, commands }, work);
  onShutdownSignal((signal) => shutdown(signal, client, work, log));

  log.info({ commands: [...commands.keys()], apiBase: config.apiBase }, "logging in");
  await client.login(config.token);
}

function installProcessHandlers(log: Logger): void {
  process.on("unhandledRejection", (reason) => log.error({ err: reason }, "unhandled rejection"));
  process.on("uncaughtException", (error) => {
    // State is unknown after an uncaught exception; log it and let a supervisor restart the bot.
    log.fatal({ err: error }, "uncaught exception");
    log.flush();
    process.exit(1);
  });
}

function onShutdownSignal(handler: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  const once = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void handler(signal);
  };
  process.on("SIGINT", once);
  process.on("SIGTERM", once);
}

async function shutdown(
  signal: NodeJS.Signals,
  client: Client,
  work: WorkTracker,
  log: Logger,
): Promise<void> {
  log.info({ signal, inFlight: work.size }, "shutting down");
  setTimeout(() => {
    log.error("shutdown took too long; exiting anyway");
    log.flush();
    process.exit(1);
  }, FORCE_EXIT_MS).unref();
  await work.drain(DRAIN_MS);
  await client.destroy();
  log.info("stopped");
  log.flush();
  process.exit(0);
}

main().catch((error: unknown) => {
  // Startup failures (unreadable data, a broken command module, a rejected token) end here.
  const log = createLogger("info", process.env.DISCORD_TOKEN ? [process.env.DISCORD_TOKEN] : []);
  log.fatal({ err: error }, "could not start");
  log.flush();
  process.exit(1);
});

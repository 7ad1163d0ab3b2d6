/**
 * Entry point of `npm run start:sharded`: runs `main.ts` once per shard, each in its own process, under
 * discord.js's ShardingManager. The shard count is SHARD_COUNT, else what Discord recommends.
 *
 * Shards share no memory. Their shared state is on disk: the data directory, which every shard watches
 * (so an article added through one shard, or copied in by hand, reaches all of them), and the channel
 * state file, which every shard reads when it needs a channel's current article.
 *
 * With HEALTH_PORT set, this process serves /healthz for all shards; the shards serve none.
 */
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { type APIGatewayBotInfo, REST, Routes, type Shard, ShardingManager } from "discord.js";
import { type Config, loadConfig } from "../config.ts";
import { createLogger, type Logger } from "../log.ts";
import { managerHealth, serveHealth } from "./health.ts";
import { exit, exitIfStuck, failStartup, installProcessHandlers, onShutdown } from "./lifecycle.ts";
import { watchShard } from "./shards.ts";

const SHARD_MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
/** Discord lets `max_concurrency` shards identify per 5 seconds; a little margin on top. */
const IDENTIFY_WINDOW_MS = 5_500;
/** Each shard gets main.ts's own 4 seconds to stop, in parallel, plus a margin. */
const FORCE_EXIT_MS = 6_000;

let stopping = false;

async function main(): Promise<void> {
  const config = loadConfig("start");
  const log = createLogger(config.logLevel, [config.token]).child({ manager: true });
  installProcessHandlers(log);

  const gateway = await gatewayInfo(config);
  const shards = config.shardCount ?? gateway.shards;
  const manager = new ShardingManager(SHARD_MAIN, {
    token: config.token,
    totalShards: shards,
    // This process's loader flags (tsx), so that each shard can run TypeScript too.
    execArgv: process.execArgv,
  });
  manager.on("shardCreate", (shard) => watchShard(shard, log, () => stopping));
  onShutdown((reason) => shutdown(reason, manager, log));
  if (config.healthPort !== null) await serveHealth(config.healthPort, () => managerHealth(manager), log);

  log.info({ shards, recommended: gateway.shards }, "starting shards");
  await manager.spawn({ amount: shards, delay: spawnDelay(gateway) });
  log.info({ shards }, "all shards ready");
}

/** The recommended shard count and identify rate, from the configured API (a fake one in tests). */
async function gatewayInfo(config: Config): Promise<APIGatewayBotInfo> {
  const rest = new REST({ api: `${config.apiBase}/api` }).setToken(config.token);
  return (await rest.get(Routes.gatewayBot())) as APIGatewayBotInfo;
}

/**
 * The manager starts shards one after another, at least this far apart, so that shards sharing an
 * identify bucket (id modulo max_concurrency) are a full window apart.
 */
function spawnDelay(gateway: APIGatewayBotInfo): number {
  return Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, gateway.session_start_limit.max_concurrency));
}

async function shutdown(reason: string, manager: ShardingManager, log: Logger): Promise<void> {
  stopping = true;
  log.info({ reason }, "stopping shards");
  exitIfStuck(log, FORCE_EXIT_MS);
  manager.respawn = false;
  await Promise.all(manager.shards.map(stopShard));
  log.info("stopped");
  exit(log, 0);
}

/** SIGTERM lets the shard finish its running replies, as `npm start` does on SIGTERM. */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
}

main().catch((error: unknown) => {
  // Stopping while shards still start makes the manager's spawn fail; that is not a failed start.
  if (!stopping) failStartup(error);
});

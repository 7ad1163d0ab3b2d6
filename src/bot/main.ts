/**
 * Entry point of `npm start`, and of each shard under `npm run start:sharded`: settings, archive and
 * commands first (so a bad setup fails before connecting), then the gateway. SIGINT/SIGTERM stop new
 * work, let running replies finish, and exit 0.
 */
import type { Client } from "discord.js";
import { type Config, loadConfig } from "../config.ts";
import { createLogger, type Logger } from "../log.ts";
import { Archive } from "../store/archive.ts";
import { ChannelState } from "../store/channel-state.ts";
import { DataDir } from "../store/data-dir.ts";
import { FeedState } from "../store/feed-state.ts";
import { createClient, wireClient } from "./client.ts";
import { BotFeeds } from "./feeds.ts";
import { clientHealth, serveHealth } from "./health.ts";
import { exit, exitIfStuck, failStartup, installProcessHandlers, onShutdown } from "./lifecycle.ts";
import { loadCommands } from "./loader.ts";
import { QuestionLimits } from "./rate-limit.ts";
import { WorkTracker } from "./work.ts";

/** Running replies get this long to finish on shutdown… */
const DRAIN_MS = 2_000;
/** …and the whole shutdown this long before the process exits regardless. */
const FORCE_EXIT_MS = 4_000;

async function main(): Promise<void> {
  const config = loadConfig("start");
  const client = createClient(config);
  const baseLog = createLogger(config.logLevel, [config.token]);
  // Under the ShardingManager every shard logs to the same stream; say which one is talking.
  const log = client.shard ? baseLog.child({ shardIds: client.shard.ids }) : baseLog;
  installProcessHandlers(log);

  let archive = new Archive();
  let loaded = false;
  // Under the ShardingManager the manager serves the health endpoint (see health.ts). Served before
  // loading and connecting, so that an orchestrator sees "unavailable" rather than no answer.
  if (config.healthPort !== null && !client.shard) {
    const check = () => clientHealth(client, { loaded, articles: archive.articles().length });
    await serveHealth(config.healthPort, check, log);
  }
  // Prebuilt facts (and, for large archives, the saved index) load fast; the data directory is then
  // only rescanned for what changed since.
  archive = await Archive.open(config.dataDir);
  const data = await loadData(config, archive, client, log);
  loaded = true;

  const commands = await loadCommands();
  const channels = ChannelState.inDataDir(config.dataDir, log);
  const work = new WorkTracker((error) => log.error({ err: error }, "unhandled handler error"));
  const limits = new QuestionLimits(config.rateLimits);
  const feeds = new BotFeeds({
    fixed: config.feeds,
    state: FeedState.inDataDir(config.dataDir),
    data,
    client,
    log,
    allowPrivate: config.allowPrivateUrls,
  });
  const web = { allowPrivate: config.allowPrivateUrls };
  wireClient(client, { archive, data, channels, log, commands, limits, web, feeds }, work);
  onShutdown((reason) => shutdown(reason, { client, data, work, log, feeds }));

  log.info({ commands: [...commands.keys()], apiBase: config.apiBase }, "logging in");
  await client.login(config.token);
  // One process polls the feeds; the other shards load the facts it writes.
  if (!client.shard || client.shard.ids.includes(0)) feeds.start();
}

/** Loads the articles (ingesting new texts) and starts watching the data directory. */
async function loadData(config: Config, archive: Archive, client: Client, log: Logger): Promise<DataDir> {
  const data = new DataDir(archive, config.dataDir, {
    log,
    // One process parses dropped texts; the other shards load the facts files it writes.
    ingestTexts: !client.shard || client.shard.ids.includes(0),
  });
  for (const { file, message } of archive.errors) log.warn({ file, message }, "skipped a broken facts file");
  data.adopt(archive.loading.files);
  const { failed, ingested } = await data.sync();
  log.info(
    {
      dataDir: config.dataDir,
      articles: archive.articles().length,
      ingested: ingested.length,
      skipped: failed.length + archive.errors.length,
    },
    "archive loaded",
  );
  data.watch();
  return data;
}

async function shutdown(
  reason: string,
  {
    client,
    data,
    work,
    log,
    feeds,
  }: { client: Client; data: DataDir; work: WorkTracker; log: Logger; feeds: BotFeeds },
): Promise<void> {
  log.info({ reason, inFlight: work.size }, "shutting down");
  exitIfStuck(log, FORCE_EXIT_MS);
  data.close();
  feeds.stop();
  await work.drain(DRAIN_MS);
  await client.destroy();
  log.info("stopped");
  exit(log, 0);
}

main().catch(failStartup);

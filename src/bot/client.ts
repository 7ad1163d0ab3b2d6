/**
 * The discord.js client and its event wiring. Only the Guilds and GuildMessages intents: slash commands
 * need no intent, and messages that mention the bot carry their content without the privileged
 * MessageContent intent.
 */
import { Client, Events, GatewayIntentBits, RESTEvents } from "discord.js";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { CommandContext } from "./command.ts";
import { runGuarded } from "./failures.ts";
import { APOLOGY, handleInteraction } from "./interactions.ts";
import { handleMention, isQuestionForBot } from "./mentions.ts";
import { replyToMessage } from "./respond.ts";
import type { WorkTracker } from "./work.ts";

export function createClient(config: Pick<Config, "apiBase">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    // Alone, take the shard count Discord recommends, so a growing bot does not need a code change.
    // Under the ShardingManager (which sets SHARDING_MANAGER), leave it unset: the client then runs the
    // shard the manager assigned it.
    ...(process.env.SHARDING_MANAGER ? {} : { shards: "auto" as const }),
    // A second guard behind respond(): nothing the bot sends may ping anyone.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: `${config.apiBase}/api` },
  });
}

/** Connects events to handlers; each handler runs as tracked work so shutdown can wait for it. */
export function wireClient(client: Client, ctx: CommandContext, work: WorkTracker): void {
  const { log } = ctx;
  client.once(Events.ClientReady, (ready) => {
    log.info({ user: ready.user.id, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size }, "ready");
  });
  client.on(Events.InteractionCreate, (interaction) => {
    work.run(() => handleInteraction(interaction, ctx));
  });
  client.on(Events.MessageCreate, (message) => {
    const botId = client.user?.id;
    if (!botId || !isQuestionForBot(message, botId)) return;
    work.run(() =>
      runGuarded(
        log,
        "mention handler",
        { message: message.id },
        () => handleMention(message, botId, ctx),
        () => replyToMessage(message, APOLOGY),
      ),
    );
  });
  logConnection(client, log);
}

/**
 * What the client reports about its connection. An "error" event without a listener would throw and
 * end the process; discord.js recovers from these by itself, so they are logged and nothing more.
 */
function logConnection(client: Client, log: Logger): void {
  client.on(Events.Error, (error) => log.error({ err: error }, "client error"));
  client.on(Events.ShardError, (error, shard) => log.warn({ err: error, shard }, "shard connection error"));
  client.on(Events.Warn, (message) => log.warn({ source: "discord.js" }, message));
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.warn({ shard, code: event.code }, "shard disconnected"),
  );
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, "shard resumed"));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, "shard reconnecting"));
  client.on(Events.Debug, (message) => log.trace({ source: "discord.js" }, message));
  // discord.js waits out a 429 and retries by itself; the log shows it happened. The route has the
  // interaction and webhook tokens replaced by placeholders, unlike the path.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    const retryAfter = response.headers.get("retry-after");
    log.warn({ method: request.method, route: request.route, retryAfter }, "rate limited by Discord");
  });
}

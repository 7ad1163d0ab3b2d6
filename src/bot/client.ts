/**
 * The discord.js client and its event wiring. Only the Guilds and GuildMessages intents: slash commands
 * need no intent, and messages that mention the bot carry their content without the privileged
 * MessageContent intent.
 */
import { Client, Events, GatewayIntentBits, type Message } from "discord.js";
import type { Config } from "../config.ts";
import type { CommandContext } from "./command.ts";
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
    if (botId && isQuestionForBot(message, botId)) work.run(() => answerMention(message, botId, ctx));
  });
  client.on(Events.Error, (error) => log.error({ err: error }, "client error"));
  client.on(Events.Warn, (message) => log.warn({ source: "discord.js" }, message));
  client.on(Events.ShardDisconnect, (event, shard) =>
    log.warn({ shard, code: event.code }, "shard disconnected"),
  );
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, "shard resumed"));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, "shard reconnecting"));
  client.on(Events.Debug, (message) => log.trace({ source: "discord.js" }, message));
}

async function answerMention(message: Message, botId: string, ctx: CommandContext): Promise<void> {
  try {
    await handleMention(message, botId, ctx);
  } catch (error) {
    ctx.log.error({ err: error, message: message.id }, "mention handler failed");
    await replyToMessage(message, APOLOGY).catch((err: unknown) => {
      ctx.log.warn({ err, message: message.id }, "could not send apology");
    });
  }
}

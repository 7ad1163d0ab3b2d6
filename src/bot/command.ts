/**
 * The shape every module in `commands/` exports as its default, checked by the loader at startup.
 * Handlers get a context instead of importing singletons, so tests and the deploy script can build their own.
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Logger } from "../log.ts";
import type { Archive } from "../store/archive.ts";
import type { ChannelState } from "../store/channel-state.ts";
import type { DataDir } from "../store/data-dir.ts";
import type { BotFeeds } from "./feeds.ts";
import type { QuestionLimits } from "./rate-limit.ts";

/** A slash command definition: a SlashCommandBuilder satisfies it. */
export interface CommandData {
  readonly name: string;
  readonly description: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

export interface CommandContext {
  archive: Archive;
  /** The data directory behind `archive`: adding and removing articles goes through it. */
  data: DataDir;
  /** Each channel's current article (/article use). */
  channels: ChannelState;
  log: Logger;
  /** Per-user and per-channel rate limits on commands and mentions. */
  limits: QuestionLimits;
  /** Every loaded command, for /help. */
  commands: ReadonlyMap<string, Command>;
  /** How links are fetched: whether they may reach private addresses (ALLOW_PRIVATE_URLS). */
  web: { allowPrivate: boolean };
  /** The feeds the bot follows (FEEDS and /feed add). */
  feeds: BotFeeds;
}

export interface Command {
  data: CommandData;
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
  /** Buttons whose custom id starts with "<command name>:" are routed here (pagination). */
  button?(interaction: ButtonInteraction, ctx: CommandContext): Promise<void>;
}

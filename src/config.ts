/**
 * Environment → validated settings. `parseConfig` is pure (it throws `ConfigError`) so it can be unit tested;
 * `loadConfig` reads .env and turns a bad value into one clear stderr line and exit code 2.
 */
import dotenv from "dotenv";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_API_BASE = "https://discord.com";
export const CONFIG_EXIT_CODE = 2;

export interface Config {
  token: string;
  clientId: string | null;
  guildId: string | null;
  dataDir: string;
  logLevel: LogLevel;
  /** Origin of the Discord HTTP API without "/api"; a local fake in tests. */
  apiBase: string;
  /** Shards for `npm run start:sharded`; null takes the count Discord recommends. */
  shardCount: number | null;
  /** Port of the `GET /healthz` endpoint; null serves none, 0 takes any free port (logged). */
  healthPort: number | null;
  /** How many questions one user, and one channel, may ask in a sliding window. */
  rateLimits: { user: Rate; channel: Rate };
  /** Links may reach loopback and private addresses (tests, intranets): ALLOW_PRIVATE_URLS=1. */
  allowPrivateUrls: boolean;
  /** Feeds followed from start-up (FEEDS, space- or comma-separated), beside those added with /feed. */
  feeds: string[];
}

/** At most `limit` events in any `windowMs` milliseconds. */
export interface Rate {
  limit: number;
  windowMs: number;
}

const DEFAULT_RATE_LIMITS = { user: "5/10s", channel: "20/10s" } as const;

/** What the settings are for: starting the bot needs a token, deploying commands also needs the client id. */
export type Purpose = "start" | "deploy";

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const SNOWFLAKE = /^\d{17,20}$/;

export function parseConfig(env: Env, purpose?: "start"): Config;
export function parseConfig(env: Env, purpose: "deploy"): Config & { clientId: string };
export function parseConfig(env: Env, purpose: Purpose = "start"): Config {
  const clientId = snowflake(env, "DISCORD_CLIENT_ID");
  if (purpose === "deploy" && clientId === null) throw missing("DISCORD_CLIENT_ID");
  return {
    token: token(env),
    clientId,
    guildId: snowflake(env, "DISCORD_GUILD_ID"),
    dataDir: value(env, "DATA_DIR") ?? "data",
    logLevel: logLevel(env),
    apiBase: apiBase(env),
    shardCount: shardCount(env),
    healthPort: healthPort(env),
    rateLimits: {
      user: rate(env, "RATE_LIMIT_USER", DEFAULT_RATE_LIMITS.user),
      channel: rate(env, "RATE_LIMIT_CHANNEL", DEFAULT_RATE_LIMITS.channel),
    },
    allowPrivateUrls: privateUrlsAllowed(env),
    feeds: feeds(env),
  };
}

/** ALLOW_PRIVATE_URLS: "1" or "true" lets links reach private addresses; anything else refuses them. */
export function privateUrlsAllowed(env: Env): boolean {
  const raw = value(env, "ALLOW_PRIVATE_URLS")?.toLowerCase() ?? "0";
  if (raw === "1" || raw === "true") return true;
  if (raw === "0" || raw === "false") return false;
  throw new ConfigError(`ALLOW_PRIVATE_URLS must be 1 or 0, got "${raw}"`);
}

function feeds(env: Env): string[] {
  const list = (value(env, "FEEDS") ?? "").split(/[\s,]+/).filter(Boolean);
  for (const feed of list) {
    if (!/^https?:\/\/\S+$/i.test(feed))
      throw new ConfigError(`FEEDS must hold http(s) links, got "${feed}"`);
  }
  return list;
}

/** Reads .env (without overriding the real environment), validates, and exits 2 on a bad setting. */
export function loadConfig(purpose?: "start"): Config;
export function loadConfig(purpose: "deploy"): Config & { clientId: string };
export function loadConfig(purpose: Purpose = "start"): Config {
  dotenv.config({ quiet: true });
  // discord.js's Client reads SHARD_COUNT itself and rejects a blank one; blank means unset here too.
  if (process.env.SHARD_COUNT?.trim() === "") delete process.env.SHARD_COUNT;
  try {
    return purpose === "deploy" ? parseConfig(process.env, "deploy") : parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(CONFIG_EXIT_CODE);
  }
}

/** Empty values count as unset, so a copied .env.example with blank lines behaves like a missing one. */
function value(env: Env, name: string): string | null {
  const raw = env[name]?.trim();
  return raw ? raw : null;
}

function missing(name: string): ConfigError {
  return new ConfigError(`${name} is required; set it in .env or the environment (see .env.example)`);
}

function token(env: Env): string {
  const raw = value(env, "DISCORD_TOKEN");
  if (raw === null) throw missing("DISCORD_TOKEN");
  // Never echo the value: it is a secret even when malformed.
  if (/\s/.test(raw)) throw new ConfigError("DISCORD_TOKEN must not contain spaces");
  return raw;
}

function snowflake(env: Env, name: string): string | null {
  const raw = value(env, name);
  if (raw !== null && !SNOWFLAKE.test(raw)) {
    throw new ConfigError(`${name} must be a Discord id (17–20 digits), got "${raw}"`);
  }
  return raw;
}

function logLevel(env: Env): LogLevel {
  const raw = value(env, "LOG_LEVEL")?.toLowerCase() ?? "info";
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${raw}"`);
  return level;
}

function apiBase(env: Env): string {
  const raw = value(env, "DISCORD_API_BASE");
  if (raw === null) return DEFAULT_API_BASE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`DISCORD_API_BASE must be an http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(`DISCORD_API_BASE must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, "").replace(/\/api$/, "");
}

function shardCount(env: Env): number | null {
  const raw = value(env, "SHARD_COUNT");
  if (raw === null) return null;
  if (!/^[1-9]\d{0,4}$/.test(raw))
    throw new ConfigError(`SHARD_COUNT must be a whole number from 1, got "${raw}"`);
  return Number(raw);
}

function healthPort(env: Env): number | null {
  const raw = value(env, "HEALTH_PORT");
  if (raw === null) return null;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) > 65_535)
    throw new ConfigError(`HEALTH_PORT must be a port number from 0 to 65535, got "${raw}"`);
  return Number(raw);
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** "5/10s": 5 per 10 seconds; the unit is s, m or h. */
function parseRate(text: string): Rate | null {
  const match = /^([1-9]\d{0,5})\/([1-9]\d{0,5})([smh])$/.exec(text);
  if (!match) return null;
  return { limit: Number(match[1]), windowMs: Number(match[2]) * UNIT_MS[match[3] as keyof typeof UNIT_MS] };
}

function rate(env: Env, name: string, fallback: string): Rate {
  const raw = (value(env, name) ?? fallback).replace(/\s+/g, "");
  const parsed = parseRate(raw);
  if (!parsed)
    throw new ConfigError(`${name} must look like ${fallback} (questions per s, m or h), got "${raw}"`);
  return parsed;
}

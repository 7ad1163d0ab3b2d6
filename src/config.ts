/**
 * Environment → validated settings. `parseConfig` is pure (it throws `ConfigError`) so it can be unit tested;
 * `loadConfig` reads .env and turns a bad value into one clear stderr line and exit code 2.
 */
import dotenv from "dotenv";
import { z } from "zod";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_API_BASE = "https://discord.com";
export const CONFIG_EXIT_CODE = 2;

/** At most `limit` events in any `windowMs` milliseconds. */
export interface Rate {
  limit: number;
  windowMs: number;
}

/** What the settings are for: starting the bot needs a token, deploying commands also needs the client id. */
export type Purpose = "start" | "deploy";

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const SNOWFLAKE = /^\d{17,20}$/;
/** A bot token: three base64url parts joined by dots (user id, timestamp, HMAC). */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

function required(name: string): string {
  return `${name} is required; set it in .env or the environment (see .env.example)`;
}

/** Empty values count as unset, so a copied .env.example with blank lines behaves like a missing one. */
function setting<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (raw) => (typeof raw === "string" && raw.trim() !== "" ? raw.trim() : undefined),
    schema,
  );
}

/** `message` with the value given, for settings that are not secret. */
function got(message: string) {
  return (issue: { input?: unknown }) => `${message}, got "${String(issue.input)}"`;
}

const snowflake = (name: string) =>
  setting(
    z
      .string()
      .regex(SNOWFLAKE, { error: got(`${name} must be a Discord id (17–20 digits)`) })
      .nullable()
      .default(null),
  );

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/** "5/10s": 5 per 10 seconds; the unit is s, m or h. */
function parseRate(text: string): Rate | null {
  const match = /^([1-9]\d{0,5})\/([1-9]\d{0,5})([smh])$/.exec(text);
  if (!match) return null;
  return { limit: Number(match[1]), windowMs: Number(match[2]) * UNIT_MS[match[3] as keyof typeof UNIT_MS] };
}

const rate = (name: string, fallback: string) =>
  setting(
    z
      .string()
      .default(fallback)
      .transform((raw, ctx) => {
        const text = raw.replace(/\s+/g, "");
        const parsed = parseRate(text);
        if (parsed) return parsed;
        ctx.issues.push({
          code: "custom",
          input: raw,
          message: `${name} must look like ${fallback} (questions per s, m or h), got "${text}"`,
        });
        return z.NEVER;
      }),
  );

const port = z
  .string()
  .regex(/^\d{1,5}$/, { error: got("HEALTH_PORT must be a port number from 0 to 65535") })
  .refine((raw) => Number(raw) <= 65_535, { error: got("HEALTH_PORT must be a port number from 0 to 65535") })
  .transform(Number);

const apiBase = z.string().transform((raw, ctx) => {
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {}
  if (url && (url.protocol === "http:" || url.protocol === "https:"))
    return raw.replace(/\/+$/, "").replace(/\/api$/, "");
  ctx.issues.push({
    code: "custom",
    input: raw,
    message: `DISCORD_API_BASE must be an http(s) URL, got "${raw}"`,
  });
  return z.NEVER;
});

const ALLOW_PRIVATE = z
  .string()
  .transform((raw) => raw.toLowerCase())
  .pipe(z.enum(["1", "0", "true", "false"], { error: got("ALLOW_PRIVATE_URLS must be 1 or 0") }))
  .transform((raw) => raw === "1" || raw === "true");

/** ALLOW_PRIVATE_URLS: "1" lets links reach loopback and private addresses; unset or "0" refuses them. */
const allowPrivate = setting(ALLOW_PRIVATE.default(false));

/** FEEDS: http(s) links separated by spaces, commas or newlines. */
const feedList = setting(
  z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const links = raw.split(/[\s,]+/).filter(Boolean);
      const bad = links.find((link) => !/^https?:\/\/\S+$/i.test(link));
      if (bad === undefined) return links;
      ctx.issues.push({ code: "custom", input: raw, message: `FEEDS must hold http(s) links, got "${bad}"` });
      return z.NEVER;
    }),
);

/** Whether links may reach private addresses, for the command line (which reads no other setting). */
export function privateUrlsAllowed(env: Env): boolean {
  const parsed = allowPrivate.safeParse(env.ALLOW_PRIVATE_URLS);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]!.message);
  return parsed.data;
}

/**
 * The environment the bot reads, and the settings it gives: one schema for both the validation and
 * the `Config` type. Every message names the setting; none repeats the token.
 */
const CONFIG = z
  .object({
    // Never echo the token: it is a secret even when malformed.
    DISCORD_TOKEN: setting(
      z
        .string({ error: required("DISCORD_TOKEN") })
        .regex(/^\S+$/, { error: "DISCORD_TOKEN must not contain spaces" })
        .regex(TOKEN_SHAPE, {
          error:
            "DISCORD_TOKEN does not look like a bot token (three parts separated by dots); copy it again from the Developer Portal",
        }),
    ),
    DISCORD_CLIENT_ID: snowflake("DISCORD_CLIENT_ID"),
    DISCORD_GUILD_ID: snowflake("DISCORD_GUILD_ID"),
    DATA_DIR: setting(z.string().default("data")),
    LOG_LEVEL: setting(
      z
        .string()
        .default("info")
        .transform((raw) => raw.toLowerCase())
        .pipe(z.enum(LOG_LEVELS, { error: got(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`) })),
    ),
    DISCORD_API_BASE: setting(apiBase.default(DEFAULT_API_BASE)),
    SHARD_COUNT: setting(
      z
        .string()
        .regex(/^[1-9]\d{0,4}$/, { error: got("SHARD_COUNT must be a whole number from 1") })
        .transform(Number)
        .nullable()
        .default(null),
    ),
    HEALTH_PORT: setting(port.nullable().default(null)),
    RATE_LIMIT_USER: rate("RATE_LIMIT_USER", "5/10s"),
    RATE_LIMIT_CHANNEL: rate("RATE_LIMIT_CHANNEL", "20/10s"),
    ALLOW_PRIVATE_URLS: allowPrivate,
    FEEDS: feedList,
  })
  .transform((env) => ({
    token: env.DISCORD_TOKEN,
    clientId: env.DISCORD_CLIENT_ID,
    guildId: env.DISCORD_GUILD_ID,
    dataDir: env.DATA_DIR,
    logLevel: env.LOG_LEVEL,
    /** Origin of the Discord HTTP API without "/api"; a local fake in tests. */
    apiBase: env.DISCORD_API_BASE,
    /** Shards for `npm run start:sharded`; null takes the count Discord recommends. */
    shardCount: env.SHARD_COUNT,
    /** Port of the `GET /healthz` endpoint; null serves none, 0 takes any free port (logged). */
    healthPort: env.HEALTH_PORT,
    /** How many questions one user, and one channel, may ask in a sliding window. */
    rateLimits: { user: env.RATE_LIMIT_USER, channel: env.RATE_LIMIT_CHANNEL },
    /** Links may reach loopback and private addresses (tests, intranets). */
    allowPrivateUrls: env.ALLOW_PRIVATE_URLS,
    /** Feeds followed from start-up, beside those added with /feed add. */
    feeds: env.FEEDS,
  }));

export type Config = z.output<typeof CONFIG>;

export function parseConfig(env: Env, purpose?: "start"): Config;
export function parseConfig(env: Env, purpose: "deploy"): Config & { clientId: string };
export function parseConfig(env: Env, purpose: Purpose = "start"): Config {
  const parsed = CONFIG.safeParse(env);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]!.message);
  if (purpose === "deploy" && parsed.data.clientId === null)
    throw new ConfigError(required("DISCORD_CLIENT_ID"));
  return parsed.data;
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

/**
 * The pino logger: one JSON object per line on stdout, or pretty lines when stdout is a terminal and
 * pino-pretty (a dev dependency) is installed. Tokens are removed twice: by path (`token`,
 * `*.token`, authorization headers) and by value, because a secret can also hide inside an error message
 * or a URL that no path rule knows about. Interaction and webhook tokens are removed from URLs.
 */
import { createRequire } from "node:module";
import pino, { type Logger } from "pino";
import type { LogLevel } from "./config.ts";

export type { Logger };

export const REDACTED = "[redacted]";

export const REDACT_PATHS = [
  "token",
  "*.token",
  "*.*.token",
  "headers.authorization",
  "*.headers.authorization",
  'headers["authorization"]',
];

/**
 * The token part of interaction and webhook URLs, which discord.js API errors carry: each token lets
 * anyone reply as the bot for 15 minutes.
 */
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[^/?"\s]+/g;

/** Removes the secrets and URL tokens from one log line. */
function scrubLine(line: string, secrets: readonly string[]): string {
  return scrubSecrets(line, secrets).replace(URL_TOKEN, `$1${REDACTED}`);
}

/** Replaces every occurrence of each secret (ignoring secrets too short to be real) in `text`. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/**
 * discord.js API errors carry the request body, which holds the reply (and so possibly what the user
 * asked); the status, code, method and url are enough to debug.
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { requestBody: _body, ...rest } = pino.stdSerializers.err(error) as Record<string, unknown>;
  return rest;
}

/**
 * Coloured, readable lines for a person at a terminal, written synchronously to `destination` (fd 1
 * by default); null where pino-pretty is not installed (a production install omits dev dependencies).
 */
export function prettyStream(destination: number | NodeJS.WritableStream = 1): pino.DestinationStream | null {
  let pretty: typeof import("pino-pretty");
  try {
    pretty = createRequire(import.meta.url)("pino-pretty");
  } catch {
    return null;
  }
  return pretty({ destination, sync: true, colorize: destination === 1, translateTime: "SYS:HH:MM:ss.l" });
}

/** Pretty on a terminal, JSON lines otherwise; synchronous so the last lines before an exit are never lost. */
function stdoutStream(): pino.DestinationStream {
  return (process.stdout.isTTY && prettyStream()) || pino.destination({ dest: 1, sync: true });
}

export function createLogger(
  level: LogLevel,
  secrets: readonly string[] = [],
  destination: pino.DestinationStream = stdoutStream(),
): Logger {
  return pino(
    {
      level,
      base: { name: "newsroom-quote-bot" },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { err: serializeError },
      hooks: { streamWrite: (line) => scrubLine(line, secrets) },
    },
    destination,
  );
}

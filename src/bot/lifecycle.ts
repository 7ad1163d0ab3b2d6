/**
 * Process plumbing shared by the bot (`main.ts`) and the shard manager (`sharded.ts`): crash logging,
 * one graceful shutdown, and a deadline after which the process exits regardless.
 */
import { createLogger, type Logger } from "../log.ts";

export function installProcessHandlers(log: Logger): void {
  // Node's default ends the process; one forgotten promise must not stop the bot for everyone. The
  // stack (and, under sharding, the shard) in the log line says where it came from.
  process.on("unhandledRejection", (reason) =>
    log.error({ err: reason, event: "unhandledRejection" }, "unhandled rejection; still running"),
  );
  process.on("uncaughtException", (error) => {
    // State is unknown after an uncaught exception; log it and let a supervisor restart the process.
    log.fatal({ err: error }, "uncaught exception");
    exit(log, 1);
  });
}

/**
 * Runs `handler` once: on the first SIGINT or SIGTERM, or, in a forked shard, when the manager's IPC
 * channel closes, so a shard whose manager died (even by SIGKILL) does not live on as an orphan.
 */
export function onShutdown(handler: (reason: string) => Promise<void>): void {
  let stopping = false;
  const once = (reason: string) => {
    if (stopping) return;
    stopping = true;
    void handler(reason);
  };
  process.on("SIGINT", once);
  process.on("SIGTERM", once);
  if (process.send) process.on("disconnect", () => once("manager gone"));
}

/** Exits with code 1 if the shutdown under way has not finished within `ms`. */
export function exitIfStuck(log: Logger, ms: number): void {
  setTimeout(() => {
    log.error("shutdown took too long; exiting anyway");
    exit(log, 1);
  }, ms).unref();
}

export function exit(log: Logger, code: number): never {
  log.flush();
  process.exit(code);
}

/** The end of a start-up that threw: unreadable data, a broken command module, a rejected token. */
export function failStartup(error: unknown): never {
  const log = createLogger("info", process.env.DISCORD_TOKEN ? [process.env.DISCORD_TOKEN] : []);
  log.fatal({ err: error }, "could not start");
  exit(log, 1);
}

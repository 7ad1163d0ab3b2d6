/**
 * Runs a script the way `npm start` does (node with the tsx loader, from the project root) and collects
 * its output: stdout is pino JSON, one object per line.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { FakeDiscord } from "./fake-discord.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export type LogLine = Record<string, unknown> & { msg?: string; level?: number };

/** Every variable the bot reads, so a developer's .env (which never overrides the environment) cannot leak in. */
export const BLANK_ENV = {
  DISCORD_TOKEN: "",
  DISCORD_CLIENT_ID: "",
  DISCORD_GUILD_ID: "",
  DATA_DIR: "",
  LOG_LEVEL: "",
  DISCORD_API_BASE: "",
  SHARD_COUNT: "",
  HEALTH_PORT: "",
  RATE_LIMIT_USER: "",
  RATE_LIMIT_CHANNEL: "",
};

/** For tests about other things than rate limits, which ask far faster than any member would. */
export const NO_RATE_LIMITS = { RATE_LIMIT_USER: "10000/1s", RATE_LIMIT_CHANNEL: "10000/1s" };

export class BotProcess {
  readonly child: ChildProcess;
  stdout = "";
  stderr = "";
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  #waiters: (() => void)[] = [];

  /** `imports` are modules loaded before the script (node --import), e.g. to inject faults. */
  constructor(script: string, env: Record<string, string>, args: string[] = [], imports: string[] = []) {
    const preload = ["tsx", ...imports].flatMap((module) => ["--import", module]);
    this.child = spawn(process.execPath, [...preload, script, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...BLANK_ENV, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout?.setEncoding("utf8").on("data", (chunk: string) => this.#append("stdout", chunk));
    this.child.stderr?.setEncoding("utf8").on("data", (chunk: string) => this.#append("stderr", chunk));
    this.exited = new Promise((resolve) => {
      this.child.on("exit", (code, signal) => {
        resolve({ code, signal });
        this.#wake();
      });
    });
  }

  /** Parsed stdout lines; anything that is not JSON is kept as { raw }. */
  logs(): LogLine[] {
    return this.stdout
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          return { raw: line };
        }
      });
  }

  async waitForLog(match: (line: LogLine) => boolean, what: string, timeoutMs = 15_000): Promise<LogLine> {
    const found = () => this.logs().find(match);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new Error(`bot: timed out waiting for ${what}\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`),
        );
      }, timeoutMs);
      const check = () => {
        if (found()) {
          clearTimeout(timer);
          resolve();
        } else if (this.child.exitCode !== null) {
          clearTimeout(timer);
          reject(
            new Error(
              `bot exited (${this.child.exitCode}) before ${what}\nstdout:\n${this.stdout}\nstderr:\n${this.stderr}`,
            ),
          );
        } else {
          this.#waiters.push(check);
        }
      };
      check();
    });
    return found() as LogLine;
  }

  /** Kills the process if a test left it running. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
    await this.exited;
  }

  #append(stream: "stdout" | "stderr", chunk: string): void {
    this[stream] += chunk;
    this.#wake();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}

/**
 * The set-up the end-to-end suites share: a fake Discord on loopback and the real bot logged in to it,
 * ready to take interactions. `env` adds to (or overrides) the bot's environment.
 */
export async function startBotAgainstFakeDiscord(
  token: string,
  env: Record<string, string> = {},
): Promise<{ fake: FakeDiscord; bot: BotProcess }> {
  const fake = await FakeDiscord.start();
  const bot = new BotProcess("src/bot/main.ts", {
    DISCORD_TOKEN: token,
    DISCORD_API_BASE: fake.baseUrl,
    DATA_DIR: "data",
    ...NO_RATE_LIMITS,
    ...env,
  });
  await bot.waitForLog((l) => l.msg === "ready", "the bot to be ready", 25_000);
  return { fake, bot };
}

import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_API_BASE, parseConfig } from "../src/config.ts";
import { BotProcess, ROOT } from "./e2e/bot-process.ts";

const TOKEN = "abc.def.ghi";
const ID = "123456789012345678";

describe("parseConfig", () => {
  it("fills defaults around a token", () => {
    expect(parseConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      clientId: null,
      guildId: null,
      dataDir: "data",
      logLevel: "info",
      apiBase: DEFAULT_API_BASE,
      shardCount: null,
      healthPort: null,
      // 5 questions per 10 s per user, 20 per 10 s per channel.
      rateLimits: { user: { limit: 5, windowMs: 10_000 }, channel: { limit: 20, windowMs: 10_000 } },
      allowPrivateUrls: false,
      feeds: [],
    });
  });

  it("reads the feeds to follow and whether links may reach private addresses", () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      FEEDS: "https://a.example/rss.xml, https://b.example/atom.xml\nhttps://c.example/feed.json",
      ALLOW_PRIVATE_URLS: "1",
    });
    expect(config.feeds).toEqual([
      "https://a.example/rss.xml",
      "https://b.example/atom.xml",
      "https://c.example/feed.json",
    ]);
    expect(config.allowPrivateUrls).toBe(true);
    expect(() => parseConfig({ DISCORD_TOKEN: TOKEN, FEEDS: "file:///etc/passwd" })).toThrow(
      'FEEDS must hold http(s) links, got "file:///etc/passwd"',
    );
    expect(() => parseConfig({ DISCORD_TOKEN: TOKEN, ALLOW_PRIVATE_URLS: "yes" })).toThrow(
      'ALLOW_PRIVATE_URLS must be 1 or 0, got "yes"',
    );
  });

  it("reads every setting, treating blank values as unset", () => {
    const config = parseConfig({
      DISCORD_TOKEN: ` ${TOKEN} `,
      DISCORD_CLIENT_ID: ID,
      DISCORD_GUILD_ID: "",
      DATA_DIR: "/srv/articles",
      LOG_LEVEL: "DEBUG",
      DISCORD_API_BASE: "http://127.0.0.1:9999/",
      SHARD_COUNT: "4",
      HEALTH_PORT: "8080",
      RATE_LIMIT_USER: "3/ 1m",
      RATE_LIMIT_CHANNEL: "100/1h",
    });
    expect(config).toMatchObject({ token: TOKEN, clientId: ID, guildId: null, dataDir: "/srv/articles" });
    expect(config.logLevel).toBe("debug");
    expect(config.apiBase).toBe("http://127.0.0.1:9999");
    expect(config.shardCount).toBe(4);
    expect(config.healthPort).toBe(8080);
    expect(config.rateLimits).toEqual({
      user: { limit: 3, windowMs: 60_000 },
      channel: { limit: 100, windowMs: 3_600_000 },
    });
  });

  it.each([
    [{}, "DISCORD_TOKEN is required"],
    [{ DISCORD_TOKEN: "  " }, "DISCORD_TOKEN is required"],
    [{ DISCORD_TOKEN: "two parts" }, "DISCORD_TOKEN must not contain spaces"],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: "my-server" }, "DISCORD_GUILD_ID must be a Discord id"],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: "123" }, "DISCORD_CLIENT_ID must be a Discord id"],
    [{ DISCORD_TOKEN: TOKEN, LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of"],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: "localhost:80" }, "DISCORD_API_BASE must be an http(s) URL"],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: "not a url" }, "DISCORD_API_BASE must be an http(s) URL"],
    [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "0" }, "SHARD_COUNT must be a whole number"],
    [{ DISCORD_TOKEN: TOKEN, SHARD_COUNT: "two" }, "SHARD_COUNT must be a whole number"],
    [{ DISCORD_TOKEN: TOKEN, HEALTH_PORT: "65536" }, "HEALTH_PORT must be a port number"],
    [{ DISCORD_TOKEN: TOKEN, HEALTH_PORT: "http" }, "HEALTH_PORT must be a port number"],
    [{ DISCORD_TOKEN: TOKEN, RATE_LIMIT_USER: "5" }, "RATE_LIMIT_USER must look like 5/10s"],
    [{ DISCORD_TOKEN: TOKEN, RATE_LIMIT_USER: "0/10s" }, "RATE_LIMIT_USER must look like 5/10s"],
    [{ DISCORD_TOKEN: TOKEN, RATE_LIMIT_CHANNEL: "20/10d" }, "RATE_LIMIT_CHANNEL must look like 20/10s"],
  ])("rejects %j", (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it("requires the client id only for deploying", () => {
    expect(() => parseConfig({ DISCORD_TOKEN: TOKEN }, "deploy")).toThrow("DISCORD_CLIENT_ID is required");
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: ID }, "deploy").clientId).toBe(ID);
  });

  it("checks the token's shape (three dot-separated base64url parts) without repeating it", () => {
    for (const bad of ["abc", "abc.def", "abc.def.ghi.jkl", "abc..ghi", "abc.d+f.ghi", "abc.def.gh="]) {
      const error = captureError(() => parseConfig({ DISCORD_TOKEN: bad }));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toMatch(/^DISCORD_TOKEN does not look like a bot token/);
      expect(error.message).not.toContain(bad);
    }
    for (const good of ["MTAw.X-y_Z.abc", "a.b.c"])
      expect(parseConfig({ DISCORD_TOKEN: good }).token).toBe(good);
  });

  it("never repeats the token in an error", () => {
    const secret = "secret token-value";
    const error = captureError(() => parseConfig({ DISCORD_TOKEN: secret }));
    expect(error.message).toContain("DISCORD_TOKEN");
    expect(error.message).not.toContain(secret);
  });
});

describe("secrets", () => {
  it("keeps .env out of git", () => {
    // Exit code 0: ignored. Runs in the checkout, so a .gitignore that lost the line fails here.
    expect(() => execFileSync("git", ["check-ignore", "--quiet", ".env"], { cwd: ROOT })).not.toThrow();
  });
});

describe("startup with a bad setting", () => {
  it.each([
    ["src/bot/main.ts", {}, "DISCORD_TOKEN"],
    ["src/bot/main.ts", { DISCORD_TOKEN: TOKEN, LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    ["src/deploy-commands.ts", { DISCORD_TOKEN: TOKEN }, "DISCORD_CLIENT_ID"],
  ])("%s exits 2 with one line naming the setting (%j)", async (script, env, name) => {
    const child = new BotProcess(script, env);
    expect((await child.exited).code).toBe(2);
    const lines = child.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(child.stderr).not.toMatch(/\n\s+at /);
    expect(child.stdout).toBe("");
  });
});

function captureError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

import { DiscordAPIError, HTTPError } from "discord.js";
import { describe, expect, it } from "vitest";
import { isDiscordSideFailure, runGuarded } from "../../src/bot/failures.ts";
import { captureLog } from "./capture-log.ts";

const URL = "https://discord.com/api/v10/interactions/1/t/callback";

function apiError(code: number, status: number, message = "error"): DiscordAPIError {
  return new DiscordAPIError({ code, message }, code, status, "POST", URL, { body: undefined });
}

describe("isDiscordSideFailure", () => {
  it.each([
    ["an expired interaction (10062)", apiError(10062, 404, "Unknown interaction")],
    ["an interaction answered twice (40060)", apiError(40060, 400)],
    ["an expired webhook token (50027)", apiError(50027, 401)],
    ["a channel the bot may not post in (50013)", apiError(50013, 403)],
    ["a 5xx after discord.js's retries", new HTTPError(502, "Bad Gateway", "POST", URL, { body: undefined })],
  ])("blames Discord for %s", (_, error) => {
    expect(isDiscordSideFailure(error)).toBe(true);
  });

  it.each([
    ["a reply over Discord's limits (50035)", apiError(50035, 400, "Invalid Form Body")],
    ["a bug in a handler", new TypeError("x is undefined")],
    ["a thrown string", "oops"],
  ])("blames the bot for %s", (_, error) => {
    expect(isDiscordSideFailure(error)).toBe(false);
  });
});

describe("runGuarded", () => {
  const context = { interaction: "42" };

  it("logs a Discord-side failure at warn and does not apologise through the same broken path", async () => {
    const { log, lines } = captureLog();
    let apologised = false;
    await runGuarded(
      log,
      "interaction handler",
      context,
      async () => {
        throw apiError(10062, 404, "Unknown interaction");
      },
      async () => {
        apologised = true;
      },
    );
    expect(apologised).toBe(false);
    expect(lines()).toMatchObject([
      { level: 40, interaction: "42", msg: "interaction handler: Discord did not take the reply" },
    ]);
  });

  it("logs its own failure at error and apologises", async () => {
    const { log, lines } = captureLog();
    let apologised = false;
    await runGuarded(
      log,
      "mention handler",
      context,
      async () => {
        throw new TypeError("x is undefined");
      },
      async () => {
        apologised = true;
      },
    );
    expect(apologised).toBe(true);
    expect(lines()).toMatchObject([{ level: 50, msg: "mention handler failed", err: { type: "TypeError" } }]);
  });

  it("logs an apology that fails too, and never throws", async () => {
    const { log, lines } = captureLog();
    const run = runGuarded(
      log,
      "mention handler",
      context,
      async () => {
        throw new Error("bug");
      },
      async () => {
        throw new Error("channel gone");
      },
    );
    await expect(run).resolves.toBeUndefined();
    expect(lines().map((l) => l.msg)).toEqual(["mention handler failed", "could not send apology"]);
  });
});

import { type APIRequest, Client, Events, RESTEvents } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { wireClient } from "../../src/bot/client.ts";
import type { CommandContext } from "../../src/bot/command.ts";
import { WorkTracker } from "../../src/bot/work.ts";
import { captureLog } from "./capture-log.ts";

let client: Client;

afterEach(async () => {
  await client.destroy();
});

function wired() {
  client = new Client({ intents: [] });
  const capture = captureLog();
  wireClient(client, { log: capture.log } as CommandContext, new WorkTracker(() => {}));
  return capture;
}

describe("wireClient", () => {
  it("logs client and shard errors instead of letting them end the process", () => {
    const { lines } = wired();
    // An "error" event nobody listens to throws.
    expect(() => client.emit(Events.Error, new Error("socket hang up"))).not.toThrow();
    client.emit(Events.ShardError, new Error("ECONNRESET"), 0);
    expect(lines()).toMatchObject([
      { level: 50, msg: "client error", err: { message: "socket hang up" } },
      { level: 40, msg: "shard connection error", shard: 0, err: { message: "ECONNRESET" } },
    ]);
  });

  it("logs a 429 from Discord with its route, never the path with the interaction token", () => {
    const { lines, text } = wired();
    const request: APIRequest = {
      method: "POST",
      route: "/interactions/:id/:token/callback",
      path: "/interactions/1/tok/callback",
      options: {},
      data: {},
      retries: 0,
    };
    client.rest.emit(RESTEvents.Response, request, new Response(null, { status: 204 }));
    client.rest.emit(
      RESTEvents.Response,
      request,
      new Response("{}", { status: 429, headers: { "retry-after": "2" } }),
    );
    expect(lines()).toMatchObject([
      { level: 40, msg: "rate limited by Discord", route: request.route, retryAfter: "2" },
    ]);
    expect(text()).not.toContain("/tok/");
  });
});

import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Client, Collection, type ShardingManager } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { clientHealth, type Health, managerHealth, serveHealth } from "../../src/bot/health.ts";
import { captureLog } from "./capture-log.ts";

let server: Server | undefined;

afterEach(() => {
  server?.close();
});

async function serve(check: () => Health): Promise<string> {
  server = await serveHealth(0, check, captureLog().log);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("serveHealth", () => {
  it("answers GET /healthz with 200 or 503 as the check says, and 404 to anything else", async () => {
    let health: Health = { ok: false, details: { connected: false } };
    const base = await serve(() => health);
    const down = await fetch(`${base}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "unavailable", connected: false });
    health = { ok: true, details: { connected: true } };
    const up = await fetch(`${base}/healthz?probe=1`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ok", connected: true });
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: "HEAD" })).status).toBe(200);
  });

  it("fails when the port is taken, so a misconfigured start stops with a clear error", async () => {
    const base = await serve(() => ({ ok: true, details: {} }));
    const port = Number(new URL(base).port);
    await expect(serveHealth(port, () => ({ ok: true, details: {} }), captureLog().log)).rejects.toThrow(
      "EADDRINUSE",
    );
  });
});

describe("clientHealth", () => {
  it("is unavailable before the client has logged in, even with the data loaded", async () => {
    const client = new Client({ intents: [] });
    expect(clientHealth(client, { loaded: true, articles: 3 })).toEqual({
      ok: false,
      details: { connected: false, loaded: true, articles: 3, shards: [] },
    });
    await client.destroy();
  });
});

describe("managerHealth", () => {
  function manager(ready: boolean[], totalShards = ready.length): ShardingManager {
    const shards = new Collection(ready.map((r, id) => [id, { id, ready: r }] as const));
    return { shards, totalShards } as unknown as ShardingManager;
  }

  it("is ok only when every shard has been spawned and is ready", () => {
    expect(managerHealth(manager([true, true])).ok).toBe(true);
    expect(managerHealth(manager([true, false]))).toEqual({
      ok: false,
      details: {
        shards: [
          { id: 0, ready: true },
          { id: 1, ready: false },
        ],
      },
    });
    expect(managerHealth(manager([true], 2)).ok).toBe(false);
  });
});

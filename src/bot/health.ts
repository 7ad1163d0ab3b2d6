/**
 * `GET /healthz` for container orchestrators (HEALTH_PORT): 200 `{"status":"ok",…}` when the bot can
 * answer, 503 `{"status":"unavailable",…}` when it cannot, 404 for anything else. Plain node:http:
 * it is one route.
 *
 * One process (`npm start`) reports its own client. Under `npm run start:sharded` only the manager
 * serves it (one port per host), and it is ok when every shard process has reported ready; a shard is
 * ready only after loading its data, and stops being ready when its gateway drops until it resumes.
 */
import { once } from "node:events";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Client, type ShardingManager, Status } from "discord.js";
import type { Logger } from "../log.ts";

export interface Health {
  ok: boolean;
  /** Shown in the response body, to tell why it is not ok. */
  details: Record<string, unknown>;
}

/** Listens on `port` (0: any free port); the port actually bound is logged. */
export async function serveHealth(port: number, check: () => Health, log: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://health").pathname;
    if (path === "/healthz" && (req.method === "GET" || req.method === "HEAD")) reply(res, check());
    else sendJson(res, 404, { status: "not found" });
  });
  server.listen(port);
  await once(server, "listening");
  log.info({ port: (server.address() as AddressInfo).port }, "health endpoint listening");
  return server;
}

function reply(res: ServerResponse, { ok, details }: Health): void {
  sendJson(res, ok ? 200 : 503, { status: ok ? "ok" : "unavailable", ...details });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** One process: the archive loaded and every shard of the client connected. */
export function clientHealth(client: Client, archive: { loaded: boolean; articles: number }): Health {
  const shards = client.ws.shards.map((shard) => ({ id: shard.id, status: Status[shard.status] }));
  const connected = client.isReady() && client.ws.shards.every((shard) => shard.status === Status.Ready);
  return { ok: archive.loaded && connected, details: { connected, ...archive, shards } };
}

/** The shard manager: every shard process spawned and ready. */
export function managerHealth(manager: ShardingManager): Health {
  const shards = manager.shards.map((shard) => ({ id: shard.id, ready: shard.ready }));
  const ok = manager.shards.size === manager.totalShards && shards.every((shard) => shard.ready);
  return { ok, details: { shards } };
}

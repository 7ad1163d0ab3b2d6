import { EventEmitter } from "node:events";
import type { Shard } from "discord.js";
import { describe, expect, it } from "vitest";
import { watchShard } from "../../src/bot/shards.ts";
import { captureLog } from "./capture-log.ts";

function fakeShard(): Shard {
  return Object.assign(new EventEmitter(), { id: 1, manager: { respawn: true } }) as unknown as Shard;
}

describe("watchShard", () => {
  it("logs a shard's error instead of letting it end the manager", () => {
    const { log, lines } = captureLog();
    const shard = fakeShard();
    watchShard(shard, log, () => false);
    // An "error" event nobody listens to throws.
    expect(() => shard.emit("error", new Error("channel closed"))).not.toThrow();
    expect(lines()).toMatchObject([
      { level: 50, msg: "shard error", shard: 1, err: { message: "channel closed" } },
    ]);
  });

  it("warns of a shard process that exits, unless the manager is stopping it", () => {
    const { log, lines } = captureLog();
    let stopping = false;
    const shard = fakeShard();
    watchShard(shard, log, () => stopping);
    shard.emit("death");
    stopping = true;
    shard.emit("death");
    expect(lines()).toMatchObject([{ level: 40, msg: "shard process exited", shard: 1, respawn: true }]);
    expect(lines()).toHaveLength(1);
  });
});

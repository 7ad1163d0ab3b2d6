/** What the shard manager (`sharded.ts`) hears from each shard process, apart from readiness. */
import type { Shard } from "discord.js";
import type { Logger } from "../log.ts";

/** `stopping` tells an exit the manager asked for from a crash. */
export function watchShard(shard: Shard, log: Logger, stopping: () => boolean): void {
  shard.on("death", () => {
    if (!stopping()) log.warn({ shard: shard.id, respawn: shard.manager.respawn }, "shard process exited");
  });
  // Emitted when the shard process cannot be reached; unheard, it would end the manager and every shard.
  shard.on("error", (error) => log.error({ err: error, shard: shard.id }, "shard error"));
}

/**
 * End to end: `npm run start:sharded` against a fake Discord that recommends two shards. The manager
 * forks one bot process per shard; each identifies with its own shard id and answers the interactions
 * of its own guild, and an article added through one shard is answered by the other.
 */
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotProcess, type LogLine } from "./bot-process.ts";
import { FIXTURES, tempDataDir } from "./data-dir.ts";
import { FakeDiscord } from "./fake-discord.ts";
import { embedsOf } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAz.FakeSharded.sharded-e2e-secret";
const KELLY_QUESTION = "What did Kelly say about the military?";

let dir: string;
let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  dir = await tempDataDir("quote-bot-sharded-");
  fake = await FakeDiscord.start({ shards: 2, heartbeatIntervalMs: 1_500 });
  bot = new BotProcess("src/bot/sharded.ts", {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_BASE: fake.baseUrl,
    DATA_DIR: dir,
    HEALTH_PORT: "0",
  });
  await bot.waitForLog((l) => l.msg === "all shards ready", "both shards to be ready", 50_000);
}, 60_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.sequential("the bot under the ShardingManager", () => {
  it("starts the two shards the gateway recommends, each identifying with its shard id", async () => {
    expect(bot.logs().find((l) => l.msg === "starting shards")).toMatchObject({ shards: 2, recommended: 2 });
    const identifies = fake.received.filter((p) => p.op === 2).map((p) => (p.d as { shard: number[] }).shard);
    expect(identifies.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(fake.readyShards.sort()).toEqual([0, 1]);
    // Two processes, each running only its own shard. A shard's "ready" line can reach stdout after the
    // manager, told over IPC, has logged that all are ready.
    await Promise.all(
      [0, 1].map((shard) =>
        bot.waitForLog((l) => l.msg === "ready" && sameShards(l, shard), `shard ${shard}'s ready line`),
      ),
    );
    const ready = bot.logs().filter((l) => l.msg === "ready");
    expect(ready.map((l) => l.shardIds).sort()).toEqual([[0], [1]]);
  });

  it("serves /healthz from the manager alone, ok with both shards ready", async () => {
    const listening = bot.logs().filter((l) => l.msg === "health endpoint listening");
    expect(listening).toMatchObject([{ manager: true }]);
    const response = await fetch(`http://127.0.0.1:${listening[0]?.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      shards: [
        { id: 0, ready: true },
        { id: 1, ready: true },
      ],
    });
  });

  it("answers on each shard the interaction sent to it", async () => {
    const [zero, one] = await Promise.all(
      [0, 1].map((guild) => fake.replyTo(fake.sendChatInput("ask", { question: KELLY_QUESTION }, { guild }))),
    );
    for (const reply of [zero, one])
      expect(embedsOf(reply?.data ?? {})[0]?.description).toContain("no use of military forces");
    const answered = await Promise.all(
      [0, 1].map((shard) =>
        bot.waitForLog((l) => l.msg === "question" && sameShards(l, shard), `shard ${shard}'s question log`),
      ),
    );
    expect(answered.map((l) => l.channel)).toEqual(fake.channelIds);
  });

  it("serves an article added through one shard on the other", async () => {
    const file = fake.attachment("harbour-strike.txt", await readFile(join(FIXTURES, "harbour-strike.txt")), {
      contentType: "text/plain",
    });
    const added = await fake.replyTo(
      fake.sendChatInput("article", { file }, { subcommand: "add", guild: 0 }),
    );
    expect(embedsOf(added.data)[0]?.title).toBe("Harbour workers walk out over night-shift pay");
    await bot.waitForLog(
      (l) =>
        l.msg === "archive updated" && sameShards(l, 1) && (l.loaded as string[]).includes("harbour-strike"),
      "shard 1 to load the new article",
    );
    const answer = await fake.replyTo(
      fake.sendChatInput(
        "ask",
        { question: "What did Lopez say about the strike?", article: "harbour-strike" },
        { guild: 1 },
      ),
    );
    expect(embedsOf(answer.data)[0]?.description).toContain("the company left us no choice");
  });

  it("stops every shard and exits 0 on SIGTERM, without errors", async () => {
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    const stopped = bot.logs().filter((l) => l.msg === "stopped");
    expect(stopped.map((l) => l.shardIds ?? "manager").sort()).toEqual([[0], [1], "manager"]);
    expect(bot.logs().filter((l: LogLine) => (l.level ?? 0) >= 50)).toEqual([]);
    expect(bot.stdout + bot.stderr).not.toContain(TOKEN);
  });
});

function sameShards(line: LogLine, shard: number): boolean {
  return JSON.stringify(line.shardIds) === JSON.stringify([shard]);
}

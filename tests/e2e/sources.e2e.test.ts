/**
 * End to end: /sources against the real bot process and the fake Discord, over the small archive of
 * tests/fixtures/sources (counted by hand in tests/audit/sources.test.ts): the words in an embed and
 * the chart attached as a PNG that the embed shows.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_SIZE } from "../../src/present/chart.ts";
import { saveArticle } from "../../src/store/facts-store.ts";
import { FeedState } from "../../src/store/feed-state.ts";
import { smallArchive } from "../audit/helpers.ts";
import { type BotProcess, startBotAgainstFakeDiscord } from "./bot-process.ts";
import type { FakeDiscord } from "./fake-discord.ts";
import { embedsOf, expectWithinLimits } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAz.FakeSources.sources-e2e-secret";
const EPHEMERAL = 64;
const FEED = "https://news.example/rss.xml";

let dir: string;
let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "quote-bot-sources-e2e-"));
  for (const facts of smallArchive()) await saveArticle(dir, facts.id, facts.paragraphs.join("\n\n"), facts);
  // A followed feed that brought in one article, not due for a poll during the test.
  await FeedState.inDataDir(dir).update(FEED, (r) => ({
    ...r,
    subscribed: true,
    retryAt: "2100-01-01T00:00:00.000Z",
    articles: [smallArchive()[0]!.id],
  }));
  ({ fake, bot } = await startBotAgainstFakeDiscord(TOKEN, { DATA_DIR: dir }));
}, 30_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.sequential("/sources", () => {
  it("replies with the report and the chart attached as a PNG of the stated size", async () => {
    const id = fake.sendChatInput("sources", { since: "2017-02", until: "28 February 2017" });
    const reply = await fake.replyTo(id, 60_000);
    expect(reply.type).toBe(5);
    const embed = embedsOf(reply.data)[0];
    expect(embed?.description?.split("\n").slice(0, 3)).toEqual([
      "**Who gets quoted · 1 Feb 2017 – 28 Feb 2017 · 2 articles**",
      "(1 undated article left out)",
      "9 quotes from 5 people and bodies.",
    ]);
    expect(embed?.description).toContain("1. John Kelly, Mayor — 5 quotes in 2 articles");
    const [shown] = reply.data.embeds as { image?: { url: string } }[];
    expect(shown?.image).toEqual({ url: "attachment://sources.png" });
    expect(reply.data.allowed_mentions).toMatchObject({ parse: [] });
    for (const request of reply.requests) expectWithinLimits(request);
    expect(reply.files.map((f) => f.filename)).toEqual(["sources.png"]);
    const png = PNG.sync.read(reply.files[0]!.data);
    expect([png.width, png.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
    const attachments = fake.originalMessage(id)?.attachments as { filename: string; size: number }[];
    expect(attachments).toEqual([
      expect.objectContaining({ filename: "sources.png", size: reply.files[0]!.data.length }),
    ]);
  }, 70_000);

  it("keeps to the articles a followed feed brought in", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("sources", { feed: FEED }), 60_000);
    expect(embedsOf(reply.data)[0]?.description?.split("\n")[0]).toMatch(/· 1 article\*\*$/);
    const unknown = await fake.replyTo(fake.sendChatInput("sources", { feed: "https://other.example/feed" }));
    expect(unknown.data.content).toBe("Not a followed feed: pick one from the list.");
    expect(Number(unknown.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
  }, 70_000);

  it("says an empty range is empty, without a chart", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("sources", { since: "2030" }), 30_000);
    expect(embedsOf(reply.data)[0]?.description).toContain("No articles in this range.");
    expect(reply.files).toEqual([]);
  });

  it("tells only the asker when a date cannot be read", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("sources", { since: "the other day" }));
    expect(reply.data.content).toBe(
      "Could not read the dates: could not read “the other day” as a date (try 2017-02, 1 March 2017 or last month).",
    );
    expect(Number(reply.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
  });
});

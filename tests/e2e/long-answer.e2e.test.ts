/**
 * An answer longer than Discord allows: a synthetic article whose one quote is ~6800 characters, ingested
 * with the real CLI into a temporary data directory. Every reply must be shortened, not rejected.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { BotProcess } from "./bot-process.ts";
import { FakeDiscord } from "./fake-discord.ts";
import { embedsOf, expectWithinLimits } from "./limits.ts";

const SENTENCE =
  "The budget will fund roads, schools, clinics and bridges in every province, and it will be audited line by line.";
const LONG_QUOTE = Array.from({ length: 60 }, () => SENTENCE).join(" ");
const ARTICLE = `Council passes record budget after marathon session
25/03/2019 10:00 by staff

Springfield: The city council passed a record budget on Monday. Mayor Jane Smith defended the plan.

"${LONG_QUOTE.slice(0, -1)}," Smith said.

Council member Bob Jones disagreed. "This is too much," Jones said.

 - AP
`;
const QUESTION = "What did Smith say about the budget?";

let dataDir: string;
let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "quote-bot-long-"));
  await writeFile(join(dataDir, "budget.txt"), ARTICLE);
  const ingest = new BotProcess("src/cli.ts", {}, ["ingest", "--data", dataDir, join(dataDir, "budget.txt")]);
  expect((await ingest.exited).code, ingest.stderr).toBe(0);
  fake = await FakeDiscord.start();
  bot = new BotProcess("src/bot/main.ts", {
    DISCORD_TOKEN: "a.b.long-answer-token",
    DISCORD_API_BASE: fake.baseUrl,
    DATA_DIR: dataDir,
  });
  await bot.waitForLog((l) => l.msg === "ready", "the bot to be ready", 25_000);
}, 40_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it("shortens an over-long quote in /ask to fit one embed", async () => {
  const reply = await fake.replyTo(fake.sendChatInput("ask", { question: QUESTION }));
  const embed = embedsOf(reply.data)[0];
  expect(embed?.description?.startsWith('"The budget will fund roads')).toBe(true);
  expect(embed?.description?.endsWith("…")).toBe(true);
  expect(embed?.author?.name).toContain("Jane Smith");
  for (const request of reply.requests) expectWithinLimits(request);
});

it("shortens it in a mention reply to 2000 characters", async () => {
  const messageId = fake.sendMessage(`<@${fake.bot.id}> ${QUESTION}`);
  const reply = await fake.replyToMessage(messageId);
  const content = (reply.body as { content: string }).content;
  expect(content.length).toBeLessThanOrEqual(2000);
  expect(content.endsWith("…")).toBe(true);
});

it("shortens it in /quotes and /summary", async () => {
  await fake.replyTo(fake.sendChatInput("quotes", { speaker: "Smith" }));
  await fake.replyTo(fake.sendChatInput("summary"));
  for (const request of fake.requests) expectWithinLimits(request);
  expect(bot.logs().filter((l) => (l.level ?? 0) >= 50)).toEqual([]);
});

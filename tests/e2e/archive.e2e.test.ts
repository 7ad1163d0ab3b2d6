/**
 * End to end: the archive commands against the real bot process and the fake Discord, with a temporary
 * data directory. The tests run in order: listing, refused and failed uploads, a good upload, the
 * channel's current article (kept across a restart), a file dropped in by hand, and removal.
 */
import { copyFile, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotProcess, type LogLine, NO_RATE_LIMITS } from "./bot-process.ts";
import { addOlderStories, FIXTURES, tempDataDir } from "./data-dir.ts";
import { FakeDiscord, type InteractionReply } from "./fake-discord.ts";
import { embedsOf, expectWithinLimits } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAy.FakeArchive.archive-e2e-secret";
/** View Channel and Send Messages: an ordinary member, without Manage Server. */
const ORDINARY = { permissions: String(1024 + 2048) };
const KELLY = "Won't use military for deportations, says Homeland Security Secretary";
const HARBOUR = "Harbour workers walk out over night-shift pay";
const EPHEMERAL = 64;

let dir: string;
let fake: FakeDiscord;
let bot: BotProcess;

function startBot(): BotProcess {
  return new BotProcess("src/bot/main.ts", {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_BASE: fake.baseUrl,
    DATA_DIR: dir,
    ...NO_RATE_LIMITS,
  });
}

beforeAll(async () => {
  dir = await tempDataDir("quote-bot-archive-");
  await addOlderStories(dir, 11);
  fake = await FakeDiscord.start();
  bot = startBot();
  await bot.waitForLog((l) => l.msg === "ready", "the bot to be ready", 25_000);
}, 30_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.sequential("the archive commands", () => {
  it("/articles lists headline, agency, date and id, newest first, a page at a time", async () => {
    const id = fake.sendChatInput("articles");
    const first = await fake.replyTo(id);
    const embed = embedsOf(first.data)[0];
    expect(embed?.footer?.text).toBe("Page 1 of 2 · 12 articles");
    expect(embed?.description?.split("\n\n")[0]).toBe(`**${KELLY}**\nAP · 2017-02-24 · \`article\``);
    expect(embed?.description).toContain("**Archive story 11**\nAP · 2010-01-11 · `archive-11`");
    const next = buttonId(first, "Next");
    const second = await fake.replyTo(fake.sendButton(next, fake.originalMessage(id)?.id as string));
    expect(embedsOf(second.data)[0]?.description).toContain("Archive story 1**");
  });

  it("/articles query keeps the matching headlines, typos and all", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("articles", { query: "deportaton" }));
    expect(embedsOf(reply.data)[0]?.footer?.text).toBe("Page 1 of 1 · 1 article");
    const none = await fake.replyTo(fake.sendChatInput("articles", { query: "weather forecast" }));
    expect(none.data.content).toBe("No headline matches “weather forecast”.");
  });

  it("autocompletes article options by headline, typos and all", async () => {
    const reply = await fake.replyTo(
      fake.sendAutocomplete("article", { article: "homeland secuirty" }, "article", { subcommand: "use" }),
    );
    expect(reply.data.choices).toEqual([{ name: `${KELLY} (2017-02-24)`, value: "article" }]);
    const all = await fake.replyTo(fake.sendAutocomplete("ask", { question: "x", article: "" }, "article"));
    expect((all.data.choices as unknown[]).length).toBe(12);
  });

  it("refuses /article add to members without Manage Server, at run time", async () => {
    const file = fake.attachment("harbour-strike.txt", await readFixture("harbour-strike.txt"), {
      contentType: "text/plain; charset=utf-8",
    });
    const reply = await fake.replyTo(
      fake.sendChatInput("article", { file }, { subcommand: "add", ...ORDINARY }),
    );
    expect(reply.data.content).toBe(
      "Only members with the Manage Server permission can add or remove articles.",
    );
    expect(Number(reply.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(fake.downloaded(file)).toBe(false);
  });

  it("refuses a file over 1 MB or not plain text before downloading it", async () => {
    const big = fake.attachment("big.txt", "small body, large claim", {
      contentType: "text/plain",
      size: 2 * 1024 * 1024,
    });
    const image = fake.attachment("photo.png", "PNG", { contentType: "image/png" });
    const tooBig = await fake.replyTo(fake.sendChatInput("article", { file: big }, { subcommand: "add" }));
    expect(tooBig.data.content).toBe("“big.txt” is 2.0 MB; an article can be at most 1 MB of plain text.");
    const notText = await fake.replyTo(fake.sendChatInput("article", { file: image }, { subcommand: "add" }));
    expect(notText.data.content).toBe(
      "“photo.png” is image/png; send the article as a plain-text (.txt) file.",
    );
    expect(fake.downloaded(big) || fake.downloaded(image)).toBe(false);
  });

  it("loses nothing when an upload cannot be read as an article", async () => {
    const before = await readFile(join(dir, "article.facts.json"));
    const binary = fake.attachment("article.txt", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 8, 0]), {
      contentType: "text/plain",
    });
    const reply = await fake.replyTo(fake.sendChatInput("article", { file: binary }, { subcommand: "add" }));
    expect(reply.type).toBe(5);
    expect(reply.data.content).toBe(
      "Could not add the article: article.txt: a ZIP archive (or a Word or OpenDocument file), not article text; save it as plain text first. Nothing was changed.",
    );
    expect(await readFile(join(dir, "article.facts.json"))).toEqual(before);
    const answer = await fake.replyTo(
      fake.sendChatInput("ask", { question: "What did Kelly say about the military?", article: "article" }),
    );
    expect(embedsOf(answer.data)[0]?.description).toContain("no use of military forces");
  });

  it("adds an uploaded article, summarises it, and answers from it at once", async () => {
    const file = fake.attachment("harbour-strike.txt", await readFixture("harbour-strike.txt"), {
      contentType: "text/plain; charset=utf-8",
    });
    const reply = await fake.replyTo(fake.sendChatInput("article", { file }, { subcommand: "add" }));
    const embed = embedsOf(reply.data)[0];
    expect(embed?.title).toBe(HARBOUR);
    expect(embed?.description).toContain("Added as `harbour-strike` · Reuters · 2021-03-12.");
    expect(embed?.fields).toEqual([
      { name: "People (4)", value: expect.stringContaining("Maria Lopez") },
      { name: "Quotes", value: "3" },
    ]);
    await stat(join(dir, "harbour-strike.facts.json"));
    const answer = await fake.replyTo(
      fake.sendChatInput("ask", {
        question: "What did Lopez say about the strike?",
        article: "harbour-strike",
      }),
    );
    expect(embedsOf(answer.data)[0]?.description).toContain("the company left us no choice");
  });

  it("/article use makes /ask and /summary answer from the channel's article", async () => {
    const use = await fake.replyTo(
      fake.sendChatInput("article", { article: "harbour workrs" }, { subcommand: "use" }),
    );
    expect(use.data.content).toContain(`Questions in this channel now go to **${HARBOUR} (2021-03-12)**`);
    const ask = await fake.replyTo(fake.sendChatInput("ask", { question: "What did Whitby say?" }));
    expect(JSON.stringify(ask.data)).toContain("Alan Whitby");
    expect(await summaryHeadline()).toBe(HARBOUR);
    const state = JSON.parse(await readFile(join(dir, ".state", "channels.json"), "utf8"));
    expect(state.channels).toEqual({ [fake.channelIds[0] as string]: "harbour-strike" });
  });

  it("keeps the channel's article across a restart", async () => {
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    expectQuietRun(bot);
    bot = startBot();
    await bot.waitForLog((l) => l.msg === "ready", "the restarted bot to be ready", 25_000);
    expect(await summaryHeadline()).toBe(HARBOUR);
  });

  it("picks up an article dropped into the data directory, and skips a broken one", async () => {
    await writeFile(join(dir, "broken.facts.json"), "{ this is not json");
    await copyFile(join(FIXTURES, "library-reopens.txt"), join(dir, "library-reopens.txt"));
    await bot.waitForLog(
      (l) => l.msg === "archive updated" && (l.ingested as string[]).includes("library-reopens"),
      "the dropped article to be ingested",
    );
    const skipped = bot.logs().find((l) => l.msg === "skipped a broken facts file");
    expect(skipped?.file).toBe(join(dir, "broken.facts.json"));
    const answer = await fake.replyTo(
      fake.sendChatInput("ask", {
        question: "What did Baker say about the queue?",
        article: "library-reopens",
      }),
    );
    expect(embedsOf(answer.data)[0]?.description).toContain("We had a queue round the block before nine");
  });

  it("refuses /article remove to ordinary members, then removes for a manager", async () => {
    const refused = await fake.replyTo(
      fake.sendChatInput("article", { article: "harbour-strike" }, { subcommand: "remove", ...ORDINARY }),
    );
    expect(refused.data.content).toContain("Manage Server");
    const removed = await fake.replyTo(
      fake.sendChatInput("article", { article: "harbour-strike" }, { subcommand: "remove" }),
    );
    expect(removed.data.content).toBe(
      `Removed **${HARBOUR} (2021-03-12)** (\`harbour-strike\`) and its files.`,
    );
    await expect(stat(join(dir, "harbour-strike.txt"))).rejects.toThrow("ENOENT");
    await expect(stat(join(dir, "harbour-strike.facts.json"))).rejects.toThrow("ENOENT");
    // The channel's article is gone, so /summary falls back to the newest article.
    expect(await summaryHeadline()).toBe("Central library reopens after two-year refit");
  });

  it("kept every reply within Discord's limits and logged no errors", async () => {
    for (const request of fake.requests) expectWithinLimits(request);
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    expectQuietRun(bot);
  });
});

// ── helpers ──────────────────────────────────────────────────────────────────

async function readFixture(name: string): Promise<string> {
  return readFile(join(FIXTURES, name), "utf8");
}

async function summaryHeadline(): Promise<string | undefined> {
  const reply = await fake.replyTo(fake.sendChatInput("summary"));
  return embedsOf(reply.data)[0]?.description?.split("\n")[0]?.replace(/\*\*/g, "");
}

function buttonId(reply: InteractionReply, label: string): string {
  const rows = (reply.data.components as { components: { label?: string; custom_id?: string }[] }[]) ?? [];
  const id = rows.flatMap((r) => r.components).find((c) => c.label === label)?.custom_id;
  if (!id) throw new Error(`no ${label} button`);
  return id;
}

function expectQuietRun(process: BotProcess): void {
  expect(process.logs().filter((l: LogLine) => (l.level ?? 0) >= 50)).toEqual([]);
  expect(process.stdout + process.stderr).not.toContain(TOKEN);
}

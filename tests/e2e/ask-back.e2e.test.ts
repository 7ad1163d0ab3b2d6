/**
 * End to end: a question the archive could answer about different people is asked back with one
 * button per person (name, source, date); pressing one answers from that person's article. The real
 * bot process against the fake Discord, on a data directory of real articles about three Kellys.
 */
import { readFile, rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { saveArticle } from "../../src/store/facts-store.ts";
import { type BotProcess, startBotAgainstFakeDiscord } from "./bot-process.ts";
import { tempDataDir } from "./data-dir.ts";
import type { FakeDiscord, InteractionReply } from "./fake-discord.ts";
import { embedsOf, expectWithinLimits } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAz.FakeAskBack.ask-back-e2e-secret";
const UPDATE_MESSAGE = 7;

let dir: string;
let fake: FakeDiscord;
let bot: BotProcess;

/** Ids made from long links share more than a button's 100 characters: each must still be its own. */
const LONG_PREFIX =
  "www.example-news.co.uk_news_2005_archive_stories-from-the-year-of-the-general-election_bbc-copy_";

beforeAll(async () => {
  // The shipped article quotes John Kelly; two real BBC stories quote Ruth Kelly and Kelly Holmes.
  dir = await tempDataDir("quote-bot-ask-back-");
  for (const file of ["politics-055", "sport-022"]) {
    const text = await readFile(new URL(`../fixtures/archive-real/${file}.txt`, import.meta.url), "utf8");
    const id = `${LONG_PREFIX}${file}`;
    await saveArticle(dir, id, text, parseArticle(text, id));
  }
  ({ fake, bot } = await startBotAgainstFakeDiscord(TOKEN, { DATA_DIR: dir }));
}, 30_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function buttons(reply: InteractionReply): { label: string; custom_id: string }[] {
  const rows = (reply.data.components as { components: { label: string; custom_id: string }[] }[]) ?? [];
  return rows.flatMap((r) => r.components);
}

describe("an ambiguous question", () => {
  it("is asked back with one button per person, and a press answers from that person's article", async () => {
    const id = fake.sendChatInput("ask", { question: "What did Kelly say?" });
    const asked = await fake.replyTo(id);
    for (const request of asked.requests) expectWithinLimits(request);
    expect(embedsOf(asked.data)[0]?.description).toMatch(/^That could mean \d different people or stories/);
    const choices = buttons(asked);
    expect(new Set(choices.map((b) => b.custom_id)).size).toBe(choices.length);
    for (const b of choices) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    const labels = choices.map((b) => b.label);
    expect(labels).toEqual(
      expect.arrayContaining(["Ruth Kelly", "Kelly Holmes", "John Kelly · AP · 24 Feb 2017"]),
    );
    expect(asked.data.allowed_mentions).toMatchObject({ parse: [] });

    const ruth = choices.find((b) => b.label === "Ruth Kelly")!;
    const message = fake.originalMessage(id)?.id as string;
    const answered = await fake.replyTo(fake.sendButton(ruth.custom_id, message));
    expect(answered.type).toBe(UPDATE_MESSAGE);
    const embed = embedsOf(answered.data)[0];
    expect(embed?.author?.name).toMatch(/^Ruth Kelly/);
    expect(embed?.footer?.text).toContain("Kelly trails new discipline power");
    expect(buttons(answered)).toEqual([]);

    const holmes = choices.find((b) => b.label === "Kelly Holmes")!;
    const other = await fake.replyTo(fake.sendButton(holmes.custom_id, message));
    expect(embedsOf(other.data)[0]?.author?.name).toBe("Kelly Holmes");
  });

  it("is answered outright when it names the person", async () => {
    const reply = await fake.replyTo(
      fake.sendChatInput("ask", { question: "What did Kelly Holmes say about the crowd?" }),
    );
    expect(embedsOf(reply.data)[0]?.author?.name).toBe("Kelly Holmes");
    expect(buttons(reply)).toEqual([]);
  });

  it("/who finds the person across the archive, with titles and how often quoted", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("who", { name: "Kelly" }));
    const description = embedsOf(reply.data)[0]?.description ?? "";
    expect(description).toMatch(/\*\*Ruth Kelly\*\* — Education Secretary.* — quoted \d+ times in 1 article/);
    expect(description).toContain("**Kelly Holmes**");
    expect(description).toContain("**John Kelly**");
  });

  it("/quotes speaker lists that person's quotes across the archive with the article", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("quotes", { speaker: "Ruth Kelly" }));
    const embed = embedsOf(reply.data)[0];
    expect(embed?.title).toBe("Quotes — Ruth Kelly");
    expect(embed?.description).toContain("*Kelly trails new discipline power*");
    expect(embed?.footer?.text).toMatch(/quotes in 1 article$/);
  });

  it("/quotes speaker by a surname several people share lists one and names the others", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("quotes", { speaker: "Kelly" }));
    for (const request of reply.requests) expectWithinLimits(request);
    const title = embedsOf(reply.data)[0]?.title;
    expect(["Quotes — John Kelly", "Quotes — Ruth Kelly"]).toContain(title);
    const other = title === "Quotes — John Kelly" ? "Ruth Kelly" : "John Kelly";
    expect(reply.data.content).toMatch(
      new RegExp(
        `^Showing ${title!.slice(9)} for “Kelly”; it may also mean ${other} \\(\\d+ quotes\\): ask with the full name\\.$`,
      ),
    );
    expect(reply.data.content).not.toContain("Holmes");
    expect(reply.data.allowed_mentions).toMatchObject({ parse: [] });
  });
});

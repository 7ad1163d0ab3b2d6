/**
 * End to end, with the default rate limits: hostile questions (pings, Markdown, code fences, 6,000
 * characters) through /ask and mentions get safe replies, and a member asking too fast is told to slow
 * down, once, while everyone else is still answered. Each test asks as a different member, and all
 * of them together stay under the channel's default limit (20 per 10 s).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOO_LONG } from "../../src/bot/mentions.ts";
import { BotProcess } from "./bot-process.ts";
import { FakeDiscord, isReplyTo } from "./fake-discord.ts";
import { embedsOf, expectWithinLimits } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDA1.FakeAbuse.abuse-e2e-secret";
const QUESTION = "What did Kelly say about the military?";
const QUOTE = "no use of military forces";
const HOSTILE = `@everyone @here <@123456789012345678> <@&456456456456456456> <#789789789789789789> \`\`\`js **bold ${QUESTION}`;
const EPHEMERAL = 64;
const SLOW_DOWN = /^Slow down — try again in (\d+) s\.$/;

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await FakeDiscord.start();
  bot = new BotProcess("src/bot/main.ts", { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.baseUrl });
  await bot.waitForLog((l) => l.msg === "ready", "the bot to be ready", 25_000);
}, 30_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
});

describe.sequential("hostile questions", () => {
  it("answers /ask safely whatever pings and Markdown the question holds", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("ask", { question: HOSTILE }, { user: 1 }));
    expect(reply.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(embedsOf(reply.data)[0]?.description).toContain(QUOTE);
    expectNoMarkupFromQuestion(JSON.stringify(reply.data));
  });

  it("escapes what it echoes of a hostile article option", async () => {
    const article = "```js **bold @everyone <@123456789012345678>";
    const reply = await fake.replyTo(fake.sendChatInput("ask", { question: QUESTION, article }, { user: 1 }));
    expect(reply.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.data.content).toContain("I have no article matching");
    expectNoMarkupFromQuestion(String(reply.data.content));
  });

  it("answers a mention safely too, pinging nobody, not even its author", async () => {
    const reply = await fake.replyToMessage(fake.sendMessage(`<@${fake.bot.id}> ${HOSTILE}`, { user: 2 }));
    const body = reply.body as { content: string; allowed_mentions: unknown };
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.content).toContain(QUOTE);
    expectNoMarkupFromQuestion(body.content);
  });

  it("declines a 6,000-character mention", async () => {
    const long = `<@${fake.bot.id}> ${"What did Kelly say about **the military**? ".repeat(140).slice(0, 6_000)}`;
    const reply = await fake.replyToMessage(fake.sendMessage(long, { user: 3 }));
    expect((reply.body as { content: string }).content).toBe(String(TOO_LONG));
    expectWithinLimits(reply);
  });
});

describe.sequential("rate limits", () => {
  it("refuses the 6th rapid /ask from one member, privately, saying how long to wait", async () => {
    const ids = Array.from({ length: 6 }, () =>
      fake.sendChatInput("ask", { question: QUESTION }, { user: 4 }),
    );
    const replies = await Promise.all(ids.map((id) => fake.replyTo(id)));
    for (const reply of replies.slice(0, 5)) expect(embedsOf(reply.data)[0]?.description).toContain(QUOTE);
    const refused = replies[5]?.data ?? {};
    const wait = Number(String(refused.content).match(SLOW_DOWN)?.[1]);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(10);
    expect(Number(refused.flags) & EPHEMERAL).toBe(EPHEMERAL);
    const logged = await bot.waitForLog((l) => l.msg === "rate limited", "the refusal in the log");
    expect(logged).toMatchObject({ user: fake.member(4).id, via: "slash", warned: true });
  });

  it("still answers another member in the same channel", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("ask", { question: QUESTION }, { user: 5 }));
    expect(embedsOf(reply.data)[0]?.description).toContain(QUOTE);
  });

  it("answers the first refused mention with a notice and ignores the next", async () => {
    const ids = Array.from({ length: 7 }, () =>
      fake.sendMessage(`<@${fake.bot.id}> ${QUESTION}`, { user: 6 }),
    );
    const replies = await Promise.all(ids.slice(0, 6).map((id) => fake.replyToMessage(id)));
    const contents = replies.map((r) => (r.body as { content: string }).content);
    for (const content of contents.slice(0, 5)) expect(content).toContain(QUOTE);
    expect(contents[5]).toMatch(SLOW_DOWN);
    await bot.waitForLog(
      (l) => l.msg === "rate limited" && l.user === fake.member(6).id && l.warned === false,
      "the silent refusal in the log",
    );
    // A later reply from another member shows the bot has moved on without answering the 7th.
    await fake.replyTo(fake.sendChatInput("help", {}, { user: 7 }));
    expect(fake.requests.some((r) => isReplyTo(r, ids[6] as string))).toBe(false);
  });

  it("kept every reply within limits, logged no error and never the token", () => {
    for (const request of fake.requests) expectWithinLimits(request);
    expect(bot.logs().filter((l) => (l.level ?? 0) >= 50)).toEqual([]);
    expect(bot.stdout + bot.stderr).not.toContain(TOKEN);
    expect(bot.stdout).not.toContain(QUESTION);
  });
});

/** The question's code fence and bold must not reach a reply unescaped. */
function expectNoMarkupFromQuestion(text: string): void {
  expect(text).not.toMatch(/(?<!\\)```/);
  expect(text).not.toMatch(/(?<!\\)\*\*bold/);
}

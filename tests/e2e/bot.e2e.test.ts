/**
 * End to end: the bot runs as a child process exactly as `npm start` runs it, with the real data/ directory,
 * and the real discord.js client talks to a Discord-compatible fake over HTTP and WebSocket.
 * The tests run in order against one bot process; the last ones resume, then stop it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotProcess, type LogLine, NO_RATE_LIMITS } from "./bot-process.ts";
import { FakeDiscord } from "./fake-discord.ts";
import { embedsOf, expectWithinLimits } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAx.FakeE2E.s3cr3t-t0ken-never-printed";
const KELLY_QUESTION = "What did Kelly say about the military?";
const KELLY_QUOTE = "no use of military forces";
const INTENTS_GUILDS_AND_GUILD_MESSAGES = 1 | 512;

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 1_500 });
  bot = new BotProcess("src/bot/main.ts", {
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_BASE: fake.baseUrl,
    DATA_DIR: "data",
    LOG_LEVEL: "info",
    ...NO_RATE_LIMITS,
  });
  await bot.waitForLog((l) => l.msg === "ready", "the bot to be ready", 25_000);
}, 30_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
});

describe.sequential("bot against a fake Discord", () => {
  it("logs in with the token and the two intents, and reports ready", async () => {
    const gateway = fake.requests.find((r) => r.path === "/gateway/bot");
    expect(gateway?.headers.authorization).toBe(`Bot ${TOKEN}`);
    const [identify] = await fake.waitForOp(2);
    expect(identify?.d).toMatchObject({
      token: TOKEN,
      intents: INTENTS_GUILDS_AND_GUILD_MESSAGES,
      shard: [0, 1],
    });
    expect(fake.readyShards).toEqual([0]);
  });

  it("/ask answers with the exact quote and the speaker's full name", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("ask", { question: KELLY_QUESTION }));
    expect(reply.type).toBe(4);
    const embed = embedsOf(reply.data)[0];
    expect(embed?.description).toContain(KELLY_QUOTE);
    expect(JSON.stringify(embed)).toContain("John Kelly");
    expect(reply.data.allowed_mentions).toMatchObject({ parse: [] });
    expect(Number(reply.data.flags ?? 0) & 64).toBe(0);
  });

  it("logs one line per question with lengths and outcome, never the question text", async () => {
    const line = await bot.waitForLog(
      (l) => l.msg === "question" && l.via === "slash",
      "a question log line",
    );
    expect(line).toMatchObject({
      guild: fake.guildIds[0],
      channel: fake.channelIds[0],
      user: fake.user.id,
      questionLength: KELLY_QUESTION.length,
      outcome: "answered",
    });
    expect(typeof line.latencyMs).toBe("number");
    expect(bot.stdout).not.toContain(KELLY_QUESTION);
  });

  it("/ask private:true answers ephemerally", async () => {
    const reply = await fake.replyTo(fake.sendChatInput("ask", { question: KELLY_QUESTION, private: true }));
    expect(Number(reply.data.flags) & 64).toBe(64);
  });

  it("answers a mention as a reply to that message, pinging nobody", async () => {
    const messageId = fake.sendMessage(`<@${fake.bot.id}> ${KELLY_QUESTION}`);
    const body = (await fake.replyToMessage(messageId)).body as Record<string, unknown>;
    expect(body.content).toContain(KELLY_QUOTE);
    expect(body.content).toContain("Kelly");
    expect(body.message_reference).toMatchObject({ message_id: messageId });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("ignores messages that do not mention it", async () => {
    const before = fake.requests.length;
    fake.sendMessage(KELLY_QUESTION, { mentionBot: false });
    const marker = fake.sendChatInput("help");
    await fake.replyTo(marker);
    const posted = fake.requests.slice(before).filter((r) => r.path.startsWith("/channels/"));
    expect(posted).toEqual([]);
  });

  it("/quotes offers matching speakers for 'kel', best first", async () => {
    const reply = await fake.replyTo(fake.sendAutocomplete("quotes", { speaker: "kel" }, "speaker"));
    expect(reply.type).toBe(8);
    const choices = reply.data.choices as { name: string; value: string }[];
    expect(choices[0]?.name).toBe("John Kelly");
    expect(choices.every((c) => c.name.toLowerCase().includes("kel"))).toBe(true);
  });

  it("/ask offers articles for the article option", async () => {
    const reply = await fake.replyTo(fake.sendAutocomplete("ask", { question: "x", article: "" }, "article"));
    const choices = reply.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it("never lets @everyone in a question ping anyone", async () => {
    const slash = await fake.replyTo(fake.sendChatInput("ask", { question: `@everyone ${KELLY_QUESTION}` }));
    expect(slash.data.allowed_mentions).toMatchObject({ parse: [] });
    const messageId = fake.sendMessage(
      `<@${fake.bot.id}> @everyone <@&123456789012345678> ${KELLY_QUESTION}`,
    );
    const body = (await fake.replyToMessage(messageId)).body as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("declines a question the articles do not answer", async () => {
    const reply = await fake.replyTo(
      fake.sendChatInput("ask", { question: "What did Obama say about the wall?" }),
    );
    expect(JSON.stringify(reply.data)).not.toContain(KELLY_QUOTE);
    const declined = await bot.waitForLog(
      (l) => l.msg === "question" && l.questionLength === "What did Obama say about the wall?".length,
      "the decline's log line",
    );
    expect(declined.outcome).toBe("declined");
  });

  it("pages through quotes with Previous/Next, and keeps every reply within Discord's limits", async () => {
    const quotesId = fake.sendChatInput("quotes");
    const quotes = await fake.replyTo(quotesId);
    expect(quotes.type).toBe(4);
    expect(embedsOf(quotes.data)[0]?.footer?.text).toMatch(/^Page 1 of [2-9]/);
    const next = findButton(quotes.data, "Next");
    expect(next).toBeDefined();
    const page = await fake.replyTo(
      fake.sendButton(next as string, fake.originalMessage(quotesId)?.id as string),
    );
    expect(page.type).toBe(7);
    expect(embedsOf(page.data)[0]?.footer?.text).toMatch(/^Page 2 of/);
    expect(findButton(page.data, "Previous")).toBeDefined();
    await fake.replyTo(fake.sendChatInput("summary"));
    await fake.replyTo(fake.sendChatInput("who"));
    await fake.replyTo(
      fake.sendChatInput("ask", { question: `${"Kelly military ".repeat(18)}?`.slice(0, 300) }),
    );
    const long = fake.sendMessage(
      `<@${fake.bot.id}> ${"What did Kelly say about the military forces? ".repeat(45)}`,
    );
    await fake.replyToMessage(long);
    for (const request of fake.requests) expectWithinLimits(request);
  });

  it("resumes after the gateway closes with 4000 and answers again", async () => {
    fake.closeGateway(4000);
    const [resume] = await fake.waitForOp(6);
    expect(resume?.d).toMatchObject({ token: TOKEN, session_id: expect.any(String) });
    await bot.waitForLog((l) => l.msg === "shard resumed", "the resume to be logged");
    const reply = await fake.replyTo(fake.sendChatInput("ask", { question: KELLY_QUESTION }));
    expect(embedsOf(reply.data)[0]?.description).toContain(KELLY_QUOTE);
    expect(fake.received.filter((p) => p.op === 2)).toHaveLength(1);
  });

  it("heartbeats and gets acknowledged", async () => {
    await fake.waitForOp(1, 1, 5_000);
  });

  it("exits 0 within a few seconds of SIGTERM", async () => {
    const started = Date.now();
    bot.child.kill("SIGTERM");
    const { code } = await bot.exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(bot.logs().some((l) => l.msg === "stopped")).toBe(true);
  });

  it("never printed the token", () => {
    expect(bot.stdout).not.toContain(TOKEN);
    expect(bot.stderr).not.toContain(TOKEN);
    expect(bot.stdout).not.toContain(TOKEN.split(".")[2]);
    const errors = bot.logs().filter((l: LogLine) => (l.level ?? 0) >= 50);
    expect(errors).toEqual([]);
  });
});

describe("deploy-commands", () => {
  it("registers every command in one guild through the same API base", async () => {
    const deploy = new BotProcess("src/deploy-commands.ts", {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_BASE: fake.baseUrl,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildIds[0] as string,
    });
    expect((await deploy.exited).code).toBe(0);
    const put = fake.requests.find((r) => r.method === "PUT");
    expect(put?.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildIds[0]}/commands`);
    const commands = (put?.body ?? []) as { name: string; default_member_permissions?: string }[];
    expect(commands.map((c) => c.name).sort()).toEqual([
      "article",
      "articles",
      "ask",
      "feed",
      "help",
      "quotes",
      "sources",
      "summary",
      "verify",
      "who",
    ]);
    // Adding and removing articles is for Manage Server (1 << 5) by default; the handler checks again.
    expect(commands.find((c) => c.name === "article")?.default_member_permissions).toBe("32");
    expect(commands.find((c) => c.name === "feed")?.default_member_permissions).toBe("32");
    expect(deploy.stdout + deploy.stderr).not.toContain(TOKEN);
  });
});

// ── helpers ──────────────────────────────────────────────────────────────────

function findButton(data: Record<string, unknown>, label: string): string | undefined {
  const rows =
    (data.components as { components: { label?: string; custom_id?: string; disabled?: boolean }[] }[]) ?? [];
  const button = rows.flatMap((r) => r.components).find((c) => c.label === label && !c.disabled);
  return button?.custom_id;
}

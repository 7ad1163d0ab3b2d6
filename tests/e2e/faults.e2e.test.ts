/**
 * End to end: the faults real Discord has, injected by the fake into one bot process. Each is logged,
 * none takes the bot down, and the next question is answered; /healthz follows the connection
 * throughout, and the token stays out of every log line, even when an error message carries it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLOGY } from "../../src/bot/interactions.ts";
import { BotProcess, type LogLine, NO_RATE_LIMITS } from "./bot-process.ts";
import { FAULTS, FakeDiscord, isCallback, isChannelMessage, isReplyTo } from "./fake-discord.ts";
import { embedsOf } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDA0.FakeFaults.faults-e2e-secret";
const QUESTION = "What did Kelly say about the military?";
const QUOTE = "no use of military forces";
const WARN = 40;
const ERROR = 50;

let fake: FakeDiscord;
let bot: BotProcess;
let healthBase: string;

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 1_500 });
  // No HELLO until the first test has seen the health endpoint report the bot unavailable.
  fake.holdGateway();
  bot = new BotProcess(
    "src/bot/main.ts",
    { DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.baseUrl, HEALTH_PORT: "0", ...NO_RATE_LIMITS },
    [],
    ["./tests/e2e/inject-rejection.ts"],
  );
  const listening = await bot.waitForLog((l) => l.msg === "health endpoint listening", "the health endpoint");
  healthBase = `http://127.0.0.1:${listening.port}`;
}, 30_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
});

describe.sequential("faults", () => {
  it("reports 503 on /healthz until connected, then 200; 404 elsewhere", async () => {
    await bot.waitForLog((l) => l.msg === "logging in", "the archive to load", 25_000);
    const waiting = await healthz();
    expect(waiting.status).toBe(503);
    expect(waiting.body).toMatchObject({ status: "unavailable", connected: false, loaded: true });
    fake.releaseGateway();
    await bot.waitForLog((l) => l.msg === "ready", "the bot to be ready", 25_000);
    expect(await healthz()).toMatchObject({
      status: 200,
      body: {
        status: "ok",
        connected: true,
        loaded: true,
        articles: 1,
        shards: [{ id: 0, status: "Ready" }],
      },
    });
    expect((await healthz("/")).status).toBe(404);
    expect((await healthz("/healthz/x")).status).toBe(404);
  });

  it("waits out a 429 on the interaction callback, and the answer still arrives", async () => {
    fake.failNext(isCallback, FAULTS.rateLimited(1));
    const id = fake.sendChatInput("ask", { question: QUESTION });
    const reply = await fake.replyTo(id);
    expect(embedsOf(reply.data)[0]?.description).toContain(QUOTE);
    const tries = fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
    expect(tries.map((r) => r.status)).toEqual([429, 204]);
    const warned = await bot.waitForLog((l) => l.msg === "rate limited by Discord", "the 429 in the log");
    expect(warned).toMatchObject({
      level: WARN,
      route: "/interactions/:id/:token/callback",
      retryAfter: "1",
    });
  });

  it("waits out a 429 on a channel message, and the answer still arrives", async () => {
    fake.failNext(isChannelMessage, FAULTS.rateLimited(1));
    const messageId = fake.sendMessage(`<@${fake.bot.id}> ${QUESTION}`);
    const reply = await fake.replyToMessage(messageId);
    expect((reply.body as { content: string }).content).toContain(QUOTE);
    expect(fake.requests.filter((r) => isReplyTo(r, messageId)).map((r) => r.status)).toEqual([429, 200]);
  });

  it("logs a 5xx on the callback that outlasts discord.js's retries, and answers the next question", async () => {
    // One try and three retries, all refused.
    fake.failNext(isCallback, FAULTS.serverError, 4);
    const failed = fake.sendChatInput("ask", { question: QUESTION });
    const line = await bot.waitForLog((l) => l.interaction === failed, "the failed reply in the log");
    expect(line).toMatchObject({ level: WARN, msg: "interaction handler: Discord did not take the reply" });
    expect((line.err as { status: number }).status).toBe(500);
    await expectAnswered();
    // No apology was tried through an interaction Discord would not take.
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${failed}/`))).toHaveLength(4);
  });

  it("logs an expired interaction token (10062) at warn, and answers the next question", async () => {
    fake.failNext(isCallback, FAULTS.unknownInteraction);
    const expired = fake.sendChatInput("ask", { question: QUESTION });
    const line = await bot.waitForLog((l) => l.interaction === expired, "the expired interaction in the log");
    expect(line).toMatchObject({ level: WARN, err: { code: 10062, message: "Unknown interaction" } });
    // The interaction's own token is a credential too: it is not in the logged URL.
    expect(JSON.stringify(line)).not.toContain(`token-${expired}`);
    await expectAnswered();
  });

  it("identifies afresh after an invalid session that cannot be resumed, and answers", async () => {
    const identified = fake.received.filter((p) => p.op === 2).length;
    fake.invalidateSession(false);
    await fake.waitForOp(2, identified + 1, 15_000);
    await healthBecomes(200);
    await expectAnswered();
  });

  it("reports 503 while the gateway is down, resumes the session, and reports 200 again", async () => {
    const identified = fake.received.filter((p) => p.op === 2).length;
    const resumed = fake.received.filter((p) => p.op === 6).length;
    fake.holdGateway();
    const down = await healthBecomes(503);
    expect(down.body).toMatchObject({ connected: false, shards: [{ id: 0, status: "Connecting" }] });
    fake.releaseGateway();
    await fake.waitForOp(6, resumed + 1);
    await healthBecomes(200);
    await expectAnswered();
    expect(fake.received.filter((p) => p.op === 2)).toHaveLength(identified);
  });

  it("logs an unhandled rejection with its stack and keeps answering", async () => {
    bot.child.kill("SIGUSR2");
    const line = await bot.waitForLog((l) => l.event === "unhandledRejection", "the rejection in the log");
    expect(line).toMatchObject({ level: ERROR, err: { message: "injected rejection" } });
    expect((line.err as { stack: string }).stack).toContain("inject-rejection.ts");
    await expectAnswered();
  });

  it("keeps the token out of logs and replies when an API error message carries it", async () => {
    fake.failNext(isChannelMessage, {
      status: 400,
      body: { message: `Invalid request (Authorization: Bot ${TOKEN})`, code: 50035 },
    });
    const messageId = fake.sendMessage(`<@${fake.bot.id}> ${QUESTION}`);
    const apology = await fake.replyToMessage(messageId);
    expect((apology.body as { content: string }).content).toBe(String(APOLOGY));
    const line = await bot.waitForLog((l) => l.msg === "mention handler failed", "the failure in the log");
    expect((line.err as { message: string }).message).toBe("Invalid request (Authorization: Bot [redacted])");
  });

  it("exits 0 on SIGTERM, having logged only the two injected errors and never the token", async () => {
    bot.child.kill("SIGTERM");
    expect((await bot.exited).code).toBe(0);
    const errors = bot.logs().filter((l: LogLine) => (l.level ?? 0) >= ERROR);
    expect(errors.map((l) => l.msg)).toEqual([
      "unhandled rejection; still running",
      "mention handler failed",
    ]);
    expect(bot.stdout + bot.stderr).not.toContain(TOKEN);
    expect(bot.stdout + bot.stderr).not.toContain(TOKEN.split(".")[2]);
    expect(JSON.stringify(fake.requests.map((r) => r.body))).not.toContain(TOKEN);
  });
});

// ── helpers ──────────────────────────────────────────────────────────────────

async function expectAnswered(): Promise<void> {
  const reply = await fake.replyTo(fake.sendChatInput("ask", { question: QUESTION }));
  expect(embedsOf(reply.data)[0]?.description).toContain(QUOTE);
}

async function healthz(path = "/healthz"): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${healthBase}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Polls /healthz until it answers `status`, as an orchestrator's probe would. */
async function healthBecomes(status: number, timeoutMs = 15_000): ReturnType<typeof healthz> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = await healthz();
    if (health.status === status || Date.now() > deadline) {
      expect(health.status).toBe(status);
      return health;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

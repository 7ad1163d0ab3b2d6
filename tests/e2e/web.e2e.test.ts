/**
 * End to end: articles from links and feeds through the real bot process and the fake Discord, with
 * the pages and feeds served by a real HTTP server on loopback (ALLOW_PRIVATE_URLS=1 lets the bot
 * reach it; the refusal itself is tested in tests/web).
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsPage, TestServer } from "../web/server.ts";
import { type BotProcess, startBotAgainstFakeDiscord } from "./bot-process.ts";
import { tempDataDir } from "./data-dir.ts";
import { type FakeDiscord, isChannelMessage } from "./fake-discord.ts";
import { embedsOf } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAz.FakeWeb.web-e2e-secret";
const ORDINARY = { permissions: String(1024 + 2048) };
const EPHEMERAL = 64;
const LIGHTHOUSE = [
  "The lighthouse on the north pier will be switched off for a month of repairs, the harbour board said on Friday.",
  "“Ships will be guided by the buoys and the radio beacon,” said board chairman Luis Costa.",
];
const FERRY = [
  "The night ferry to the islands will stop for the winter, the operator said on Monday.",
  "“There are simply not enough passengers after October,” said operator spokeswoman Ines Duarte.",
];

let dir: string;
let fake: FakeDiscord;
let bot: BotProcess;
let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start();
  server.serve(
    "/news/lighthouse",
    newsPage({ headline: "Lighthouse goes dark for repairs", paragraphs: LIGHTHOUSE }),
    {
      "content-type": "text/html; charset=utf-8",
    },
  );
  server.serve("/news/ferry", newsPage({ headline: "Night ferry stops for winter", paragraphs: FERRY }), {
    "content-type": "text/html; charset=utf-8",
  });
  server.serve(
    "/rss.xml",
    `<rss version="2.0"><channel><title>Harbour Gazette</title><item><title>Night ferry stops for winter</title>
     <link>${server.url("/news/ferry")}</link><guid>ferry</guid><pubDate>Mon, 18 Nov 2019 10:30:00 GMT</pubDate></item></channel></rss>`,
    { "content-type": "application/rss+xml" },
  );
  dir = await tempDataDir("quote-bot-web-");
  ({ fake, bot } = await startBotAgainstFakeDiscord(TOKEN, { DATA_DIR: dir, ALLOW_PRIVATE_URLS: "1" }));
}, 30_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const factsFiles = async () => (await readdir(dir)).filter((f) => f.endsWith(".facts.json")).sort();

describe.sequential("articles from links and feeds", () => {
  it("/article add url: fetches the page, adds the article and answers from it", async () => {
    const link = server.url("/news/lighthouse");
    const reply = await fake.replyTo(fake.sendChatInput("article", { url: link }, { subcommand: "add" }));
    const embed = embedsOf(reply.data)[0];
    expect(embed?.title).toBe("Lighthouse goes dark for repairs");
    const id = /Added as `([^`]+)`/.exec(embed?.description ?? "")?.[1];
    expect(id).toMatch(/^127\.0\.0\.1-news-lighthouse-[0-9a-f]{8}$/);
    const facts = JSON.parse(await readFile(join(dir, `${id}.facts.json`), "utf8"));
    expect(facts.metadata).toMatchObject({ url: link, source: "Harbour Gazette", byline: "Jane Reporter" });
    const answer = await fake.replyTo(
      fake.sendChatInput("ask", { question: "What did Costa say about the ships?", article: id! }),
    );
    expect(embedsOf(answer.data)[0]?.description).toContain("guided by the buoys");
  });

  it("/article add url: with a bad link answers privately in one line and changes nothing", async () => {
    const before = await factsFiles();
    const reply = await fake.replyTo(
      fake.sendChatInput("article", { url: server.url("/news/missing") }, { subcommand: "add" }),
    );
    expect(reply.data.content).toBe(
      `Could not add the article: 127.0.0.1:${server.port} answered HTTP 404 Not Found. Nothing was changed.`,
    );
    const scheme = await fake.replyTo(
      fake.sendChatInput("article", { url: "file:///etc/passwd" }, { subcommand: "add" }),
    );
    expect(scheme.data.content).toBe(
      "Could not add the article: only http and https links can be fetched, not file. Nothing was changed.",
    );
    expect(await factsFiles()).toEqual(before);
  });

  it("/feed add follows a feed, takes its items and announces them in the channel without pings", async () => {
    const feed = server.url("/rss.xml");
    const reply = await fake.replyTo(
      fake.sendChatInput("feed", { url: feed, channel: fake.channelOption() }, { subcommand: "add" }),
    );
    const deferral = reply.requests[0]?.body as { data?: { flags?: number } };
    expect(Number(deferral.data?.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.data.content).toBe(
      `Following ${feed}: 1 new article added. New articles will be announced in <#${fake.channelIds[0]}>.`,
    );
    const announced = await fake.waitForRequest(
      (r) =>
        isChannelMessage(r) && String((r.body as { content?: string }).content).startsWith("New article:"),
      "the announcement",
    );
    const body = announced.body as { content: string; allowed_mentions: { parse: unknown[] } };
    expect(body.content).toBe(
      `New article: **Night ferry stops for winter** (Harbour Gazette, 18 Nov 2019), quotes 1 person <${server.url("/news/ferry")}>`,
    );
    expect(body.allowed_mentions.parse).toEqual([]);
    expect(announced.path).toBe(`/channels/${fake.channelIds[0]}/messages`);

    const list = await fake.replyTo(fake.sendChatInput("feed", {}, { subcommand: "list" }));
    expect(list.data.content).toBe(`• ${feed} → <#${fake.channelIds[0]}> (1 items taken)`);
  });

  it("/feed add refuses what is not a feed, and members without Manage Server", async () => {
    const page = server.url("/news/lighthouse");
    const notFeed = await fake.replyTo(fake.sendChatInput("feed", { url: page }, { subcommand: "add" }));
    expect(notFeed.data.content).toBe(
      `Could not follow ${page}: ${page} is text/html, not a page or feed. Nothing was changed.`,
    );
    const refused = await fake.replyTo(
      fake.sendChatInput("feed", { url: server.url("/rss.xml") }, { subcommand: "add", ...ORDINARY }),
    );
    expect(refused.data.content).toBe(
      "Only members with the Manage Server permission can add or remove feeds.",
    );
    const list = await fake.replyTo(fake.sendChatInput("feed", {}, { subcommand: "list" }));
    expect(list.data.content?.toString().split("\n")).toHaveLength(1);
  });

  it("/feed remove stops following; the articles stay", async () => {
    const feed = server.url("/rss.xml");
    const reply = await fake.replyTo(fake.sendChatInput("feed", { url: feed }, { subcommand: "remove" }));
    expect(reply.data.content).toBe(`Stopped following ${feed}. Its articles stay in the archive.`);
    const list = await fake.replyTo(fake.sendChatInput("feed", {}, { subcommand: "list" }));
    expect(list.data.content).toBe("No feeds are followed. Add one with /feed add.");
    expect((await factsFiles()).some((f) => f.startsWith("127.0.0.1-news-ferry-"))).toBe(true);
  });
});

/**
 * Following feeds against a real HTTP server on loopback: RSS 2.0, Atom and JSON Feed; items with their
 * full text and items that link to their page; conditional requests; nothing ingested twice, across a
 * restart too; a feed that breaks, backs off and recovers.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveArticle } from "../../src/store/facts-store.ts";
import { FeedState } from "../../src/store/feed-state.ts";
import { parseFeed } from "../../src/web/feed-parse.ts";
import { backoffMs, type FollowOptions, pollFeed } from "../../src/web/follow.ts";
import { newsPage, TestServer } from "./server.ts";

const LONG_BODY = Array.from(
  { length: 12 },
  (_, i) =>
    `Paragraph ${i + 1} of the wire story: the council voted on the harbour budget after a long debate about ferries, night shifts and the cost of dredging the channel.`,
);
const PAGE_PARAGRAPHS = [
  "The ferry timetable changes on Monday, the port authority announced, with two fewer crossings at night.",
  "“Nobody will be left on the quay,” said harbour master Tom Reyes, adding that buses would cover the gaps.",
];

let server: TestServer;
let data: string;

beforeAll(async () => {
  server = await TestServer.start();
  server.serve(
    "/pages/ferry",
    newsPage({ headline: "Ferry timetable changes", paragraphs: PAGE_PARAGRAPHS }),
    {
      "content-type": "text/html; charset=utf-8",
    },
  );
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(async () => {
  data = await mkdtemp(join(tmpdir(), "follow-"));
});
afterEach(async () => {
  await rm(data, { recursive: true, force: true });
});

function options(extra: Partial<FollowOptions> = {}): FollowOptions {
  return {
    state: FeedState.inDataDir(data),
    allowPrivate: true,
    timeoutMs: 5_000,
    save: ({ id, text, facts }) => saveArticle(data, id, text, facts),
    ...extra,
  };
}

const html = (paragraphs: string[]) => paragraphs.map((p) => `<p>${p}</p>`).join("");
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function rss(items: { guid: string; title: string; link: string; full?: boolean }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Harbour Gazette</title><link>${server.url("/")}</link>
${items
  .map(
    (i) => `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid>
<pubDate>Mon, 18 Nov 2019 10:30:00 GMT</pubDate><dc:creator>Jane Reporter</dc:creator>
<description>A short teaser.</description>
${i.full ? `<content:encoded><![CDATA[${html(LONG_BODY)}]]></content:encoded>` : ""}</item>`,
  )
  .join("\n")}
</channel></rss>`;
}

function atom(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette (Atom)</title>
<entry><id>tag:gazette,2019:budget</id><title>Council passes harbour budget</title>
<link rel="alternate" href="/pages/budget"/><published>2019-11-18T10:30:00Z</published>
<author><name>Jane Reporter</name></author><content type="html">${escapeXml(html(LONG_BODY))}</content></entry>
<entry><id>tag:gazette,2019:ferry</id><title>Ferry timetable changes</title>
<link rel="alternate" href="/pages/ferry"/><updated>2019-11-19T08:00:00Z</updated><summary>Teaser.</summary></entry>
</feed>`;
}

function jsonFeed(): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Harbour Gazette (JSON)",
    items: [
      { id: "ferry", url: server.url("/pages/ferry"), title: "Ferry timetable changes", summary: "Teaser." },
      {
        id: "budget",
        url: server.url("/pages/budget"),
        title: "Council passes harbour budget",
        content_text: LONG_BODY.join("\n\n"),
        date_published: "2019-11-18T10:30:00Z",
        authors: [{ name: "Jane Reporter" }],
      },
    ],
  });
}

describe("the three feed formats", () => {
  it.each([
    [
      "RSS 2.0",
      "/rss.xml",
      "application/rss+xml",
      () =>
        rss([
          { guid: "ferry", title: "Ferry timetable changes", link: server.url("/pages/ferry") },
          {
            guid: "budget",
            title: "Council passes harbour budget",
            link: server.url("/pages/budget"),
            full: true,
          },
        ]),
    ],
    ["Atom", "/atom.xml", "application/atom+xml", atom],
    ["JSON Feed", "/feed.json", "application/feed+json", jsonFeed],
  ])("%s: the full text from the feed, the rest from each item's page", async (_name, path, type, body) => {
    server.serve(path, body(), { "content-type": type });
    const result = await pollFeed(server.url(path), options());
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.errors).toEqual([]);
    const byHeadline = Object.fromEntries(result.articles.map((a) => [a.facts.metadata.headline, a.facts]));
    expect(Object.keys(byHeadline).sort()).toEqual([
      "Council passes harbour budget",
      "Ferry timetable changes",
    ]);
    expect(byHeadline["Council passes harbour budget"]!.paragraphs).toEqual(LONG_BODY);
    expect(byHeadline["Council passes harbour budget"]!.metadata).toMatchObject({
      byline: "Jane Reporter",
      url: server.url("/pages/budget"),
    });
    expect(byHeadline["Council passes harbour budget"]!.metadata.published).toMatch(/^2019-11-18/);
    expect(byHeadline["Ferry timetable changes"]!.paragraphs).toEqual(PAGE_PARAGRAPHS);
    const files = (await readdir(data)).filter((f) => f.endsWith(".facts.json"));
    expect(files).toHaveLength(2);
  });

  it("refuses a document that is no feed, in one line", () => {
    expect(() => parseFeed("<html><body>hi</body></html>")).toThrow(
      "not an RSS, Atom or JSON feed (root element html)",
    );
    expect(() => parseFeed('{"items": []}')).toThrow(
      "JSON that is not a JSON Feed (no jsonfeed.org version)",
    );
  });
});

describe("following over time", () => {
  it("asks conditionally and ingests nothing twice, across a restart too", async () => {
    let items: Parameters<typeof rss>[0] = [
      { guid: "ferry", title: "Ferry timetable changes", link: server.url("/pages/ferry") },
    ];
    let version = 1;
    server.routes.set("/live.xml", (req, res) => {
      const etag = `"v${version}"`;
      if (req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(rss(items));
    });
    const feed = server.url("/live.xml");
    const first = await pollFeed(feed, options());
    expect(first.status === "ok" && first.articles.length).toBe(1);
    expect(await pollFeed(feed, options())).toEqual({ status: "unchanged" });
    expect(server.requests.at(-1)?.headers["if-none-match"]).toBe('"v1"');

    // A new version of the feed that repeats the old item: only the new one is taken, after a "restart".
    items = [
      {
        guid: "budget",
        title: "Council passes harbour budget",
        link: server.url("/pages/budget"),
        full: true,
      },
      ...items,
    ];
    version = 2;
    const restarted = await pollFeed(
      feed,
      options({ state: new FeedState(join(data, ".state", "feeds.json")) }),
    );
    expect(restarted.status === "ok" && restarted.articles.map((a) => a.facts.metadata.headline)).toEqual([
      "Council passes harbour budget",
    ]);
    version = 3;
    const again = await pollFeed(feed, options());
    expect(again).toEqual({ status: "ok", articles: [], errors: [] });

    // What the feed brought in, oldest first, is remembered for /sources feed:.
    const taken = [first, restarted].flatMap((r) => (r.status === "ok" ? r.articles.map((a) => a.id) : []));
    expect(taken).toHaveLength(2);
    expect(await FeedState.inDataDir(data).articlesOf(feed)).toEqual(taken);
    expect(await FeedState.inDataDir(data).articlesOf(server.url("/never-followed.xml"))).toBeNull();
  });

  it("backs off a feed that breaks, and takes its items once it recovers", async () => {
    let broken = true;
    server.routes.set("/flaky.xml", (_req, res) => {
      if (broken) return void res.writeHead(503).end("down");
      res
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(rss([{ guid: "ferry", title: "Ferry timetable changes", link: server.url("/pages/ferry") }]));
    });
    const feed = server.url("/flaky.xml");
    let clock = Date.parse("2026-01-01T00:00:00Z");
    const opts = options({ now: () => clock });
    const failed = await pollFeed(feed, opts);
    expect(failed).toEqual({
      status: "failed",
      error: `127.0.0.1:${server.port} answered HTTP 503 Service Unavailable`,
      retryAt: new Date(clock + backoffMs(1)).toISOString(),
    });
    const requests = server.requests.length;
    expect((await pollFeed(feed, opts)).status).toBe("waiting");
    expect(server.requests.length).toBe(requests);

    clock += backoffMs(1);
    const second = await pollFeed(feed, opts);
    expect(second.status === "failed" && second.retryAt).toBe(new Date(clock + backoffMs(2)).toISOString());
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    broken = false;
    clock += backoffMs(2);
    const recovered = await pollFeed(feed, opts);
    expect(recovered.status === "ok" && recovered.articles.map((a) => a.facts.metadata.headline)).toEqual([
      "Ferry timetable changes",
    ]);
    expect(await opts.state.get(feed)).toMatchObject({ failures: 0, retryAt: null, lastError: null });
  });
});

describe("the feed state file", () => {
  it("refuses a damaged file with a line naming the file and the field, and keeps defaults for missing fields", async () => {
    const state = FeedState.inDataDir(data);
    await mkdir(join(data, ".state"), { recursive: true });
    await writeFile(state.path, "{ not json");
    await expect(state.all()).rejects.toThrow(`${state.path}: not valid JSON`);
    await writeFile(
      state.path,
      JSON.stringify({ version: 1, feeds: { "https://a.example/rss": { failures: "many" } } }),
    );
    await expect(state.all()).rejects.toThrow(`${state.path}: feeds.https://a.example/rss.failures:`);
    await writeFile(
      state.path,
      JSON.stringify({ version: 1, feeds: { "https://a.example/rss": { seen: ["g1"] } } }),
    );
    expect(await state.get("https://a.example/rss")).toMatchObject({
      seen: ["g1"],
      failures: 0,
      etag: null,
      subscribed: false,
    });
  });
});

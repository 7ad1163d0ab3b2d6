/**
 * `npm run ingest` with saved pages, wire documents and links, and `npm run follow --once`, as a
 * person runs them, against a real HTTP server on loopback.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, lines, tempDir } from "../hardening/helpers.ts";
import { newsPage, TestServer } from "./server.ts";

const PARAGRAPHS = [
  "The lighthouse on the north pier will be switched off for a month of repairs, the harbour board said on Friday.",
  "“Ships will be guided by the buoys and the radio beacon,” said board chairman Luis Costa.",
];
const ALLOW = { ALLOW_PRIVATE_URLS: "1" };

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
  server.serve(
    "/news/lighthouse-repairs",
    newsPage({ headline: "Lighthouse goes dark for repairs", paragraphs: PARAGRAPHS }),
    {
      "content-type": "text/html; charset=utf-8",
    },
  );
  server.serve(
    "/rss.xml",
    `<rss version="2.0"><channel><title>Harbour Gazette</title><item><title>Lighthouse goes dark for repairs</title>
     <link>${server.url("/news/lighthouse-repairs")}</link><guid>lighthouse</guid></item></channel></rss>`,
    { "content-type": "application/rss+xml" },
  );
});
afterAll(async () => {
  await server?.stop();
});

async function factsIn(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".facts.json")).sort();
}

describe("npm run ingest", () => {
  it("ingests a saved page, a ninjs document and a link beside a text file", {
    timeout: 60_000,
  }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    await writeFile(join(root, "saved.html"), newsPage({ headline: "Saved page", paragraphs: PARAGRAPHS }));
    await writeFile(
      join(root, "wire.json"),
      JSON.stringify({
        uri: "urn:x",
        headline: "Wire story",
        body_text: PARAGRAPHS.join("\n\n"),
        located: "Porto",
      }),
    );
    const link = server.url("/news/lighthouse-repairs");
    const run = await cli(
      ["ingest", "--data", data, join(root, "saved.html"), join(root, "wire.json"), link],
      "",
      ALLOW,
    );
    expect(run.code).toBe(0);
    const files = await factsIn(data);
    expect(files).toEqual(expect.arrayContaining(["saved.facts.json", "wire.facts.json"]));
    const linked = files.find((f) => f.startsWith("127.0.0.1-news-lighthouse-repairs-"));
    const facts = JSON.parse(await readFile(join(data, linked!), "utf8"));
    expect(facts.paragraphs).toEqual(PARAGRAPHS);
    expect(facts.metadata).toMatchObject({ headline: "Lighthouse goes dark for repairs", url: link });
    const wire = JSON.parse(await readFile(join(data, "wire.facts.json"), "utf8"));
    expect(wire.metadata).toMatchObject({ headline: "Wire story", dateline: "Porto" });
  });

  it("refuses a bad link in one line and leaves the archive as it was", { timeout: 60_000 }, async () => {
    const data = join(await tempDir(), "data");
    const link = server.url("/news/lighthouse-repairs");
    const refused = await cli(["ingest", "--data", data, link, "file:///etc/passwd"]);
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([
      `${link}: refused 127.0.0.1: 127.0.0.1 is a private or local address (set ALLOW_PRIVATE_URLS=1 to allow it)`,
      "file:///etc/passwd: only http and https links can be fetched, not file",
    ]);
    expect(await factsIn(data)).toEqual([]);
  });
});

describe("npm run follow", () => {
  it("prints one line per new article, and nothing the second time", { timeout: 60_000 }, async () => {
    const data = join(await tempDir(), "data");
    const feed = server.url("/rss.xml");
    const first = await cli(["follow", "--data", data, "--once", feed], "", ALLOW);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(lines(first.stdout)).toEqual([
      expect.stringMatching(
        /^127\.0\.0\.1-news-lighthouse-repairs-\w+: Lighthouse goes dark for repairs \(Harbour Gazette, 18 Nov 2019\), quotes 1 person http:\/\/127\.0\.0\.1:\d+\/news\/lighthouse-repairs$/,
      ),
    ]);
    const second = await cli(["follow", "--data", data, "--once", feed], "", ALLOW);
    expect(second).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(await factsIn(data)).toHaveLength(1);
  });

  it("rejects a bad --every in one line", { timeout: 30_000 }, async () => {
    const run = await cli(["follow", "--every", "soon", server.url("/rss.xml")]);
    expect(run.code).toBe(2);
    expect(lines(run.stderr)).toEqual([
      'error: --every takes a duration of at least 10s, like 30s, 5m or 1h, not "soon"',
    ]);
  });
});

/**
 * Fetching links against a real HTTP server on loopback: pages and their charsets, compression,
 * redirects, size and time limits, conditional requests, and the refusals that keep links away from
 * private addresses.
 */
import type { LookupAddress } from "node:dns";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrivateAddress } from "../../src/web/address.ts";
import { FetchError, type FetchOptions, fetchLink, USER_AGENT } from "../../src/web/fetch.ts";
import { readSource } from "../../src/web/source.ts";
import { newsPage, TestServer } from "./server.ts";

const PARAGRAPHS = [
  "Harbour workers walked out on Monday over night-shift pay, closing the container terminal for the first time in a decade.",
  "“We are not asking for more than what was promised in March,” said Maria Lopez, who leads the dockers' union.",
  "The port authority said talks would resume on Wednesday and that ferries to the islands were running as normal.",
];
const LOCAL: FetchOptions = { allowPrivate: true, timeoutMs: 5_000 };

let server: TestServer;

beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(async () => {
  await server?.stop();
});

/** A DNS that knows a few public-looking names and sends them all to loopback. */
function fakeDns(names: Record<string, string>): FetchOptions["lookup"] {
  return ((hostname: string, _options: unknown, callback: (e: Error | null, a: LookupAddress[]) => void) => {
    const address = names[hostname];
    if (!address) return callback(Object.assign(new Error("not found"), { code: "ENOTFOUND" }), []);
    callback(null, [{ address, family: 4 }]);
  }) as unknown as FetchOptions["lookup"];
}

async function refusal(link: string, options: FetchOptions = {}): Promise<string> {
  const err = await fetchLink(link, { timeoutMs: 5_000, ...options }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return (err as FetchError).message;
}

describe("fetching a page", () => {
  it("reads the article, its metadata and canonical URL, with a clear User-Agent", async () => {
    server.serve(
      "/news/harbour-strike.html",
      newsPage({
        headline: "Harbour workers walk out",
        paragraphs: PARAGRAPHS,
        canonical: "/news/harbour-strike",
      }),
      { "content-type": "text/html; charset=utf-8" },
    );
    const link = server.url("/news/harbour-strike.html");
    const { id, facts } = await readSource(link, LOCAL);
    expect(facts.paragraphs).toEqual(PARAGRAPHS);
    expect(facts.metadata).toMatchObject({
      headline: "Harbour workers walk out",
      published: "2019-11-18T10:30Z",
      byline: "Jane Reporter",
      source: "Harbour Gazette",
      url: server.url("/news/harbour-strike"),
    });
    expect(facts.quotes.map((q) => q.text)).toContain(
      "We are not asking for more than what was promised in March,",
    );
    expect(id).toMatch(/^127\.0\.0\.1-news-harbour-strike-[0-9a-f]{8}$/);
    expect((await readSource(link, LOCAL)).id).toBe(id);
    expect(server.requests.at(-1)?.headers["user-agent"]).toBe(USER_AGENT);
  });

  it("decodes Windows-1252 pages by the HTTP header or by <meta charset>", async () => {
    const html = newsPage({
      headline: "Café owners “protest”",
      paragraphs: ["Le café — fermé, dit-il « hier » à Zürich."],
    });
    const bytes = Buffer.from(
      [...html].map((c) => ({ "“": 0x93, "”": 0x94, "—": 0x97 })[c] ?? c.charCodeAt(0)),
    );
    server.serve("/header", bytes, { "content-type": "text/html; charset=windows-1252" });
    server.serve("/meta", Buffer.concat([Buffer.from('<meta charset="windows-1252">'), bytes]), {
      "content-type": "text/html",
    });
    for (const path of ["/header", "/meta"]) {
      const { facts } = await readSource(server.url(path), LOCAL);
      expect(facts.metadata.headline).toBe("Café owners “protest”");
      expect(facts.paragraphs).toEqual(["Le café — fermé, dit-il « hier » à Zürich."]);
    }
  });

  it("decompresses gzip and brotli", async () => {
    const html = newsPage({ headline: "Compressed", paragraphs: PARAGRAPHS });
    server.serve("/gzip", gzipSync(html), { "content-type": "text/html", "content-encoding": "gzip" });
    server.serve("/br", brotliCompressSync(html), { "content-type": "text/html", "content-encoding": "br" });
    for (const path of ["/gzip", "/br"]) {
      expect((await readSource(server.url(path), LOCAL)).facts.paragraphs).toEqual(PARAGRAPHS);
    }
    expect(server.requests.at(-1)?.headers["accept-encoding"]).toMatch(/gzip.*br/);
  });

  it("refuses what is not a page", async () => {
    server.serve("/image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]), { "content-type": "image/png" });
    const err = await readSource(server.url("/image.png"), LOCAL).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/is image\/png, not a page or feed$/);
    expect(await refusal(server.url("/missing"), LOCAL)).toMatch(/answered HTTP 404 Not Found$/);
  });
});

describe("limits", () => {
  it("follows up to 5 redirects and refuses a sixth", async () => {
    for (let i = 0; i < 6; i++) {
      server.routes.set(`/hop${i}`, (_req, res) => res.writeHead(302, { location: `/hop${i + 1}` }).end());
    }
    server.serve("/hop6", newsPage({ headline: "At last", paragraphs: PARAGRAPHS }), {
      "content-type": "text/html",
    });
    const five = await fetchLink(server.url("/hop1"), LOCAL);
    expect(five.url).toBe(server.url("/hop6"));
    expect(await refusal(server.url("/hop0"), LOCAL)).toBe("too many redirects (more than 5)");
  });

  it("refuses a page larger than the limit before reading it all", async () => {
    let written = 0;
    server.routes.set("/huge-declared", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
      res.write("<p>".padEnd(64 * 1024, "x"));
      written++;
      // Never finishes: reading it all would hang the test.
    });
    server.routes.set("/huge-chunked", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = "<p>".padEnd(64 * 1024, "y");
      const timer = setInterval(() => res.write(chunk), 1);
      res.on("close", () => clearInterval(timer));
    });
    expect(await refusal(server.url("/huge-declared"), { ...LOCAL, maxBytes: 1024 * 1024 })).toMatch(
      /is larger than 1 MB$/,
    );
    expect(written).toBe(1);
    expect(await refusal(server.url("/huge-chunked"), { ...LOCAL, maxBytes: 1024 * 1024 })).toMatch(
      /is larger than 1 MB$/,
    );
  });

  it("gives up on a server that does not answer in time", async () => {
    server.routes.set("/silent", () => {
      // Accepts the request and never answers.
    });
    server.routes.set("/trickle", (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<p>first bytes");
    });
    for (const path of ["/silent", "/trickle"]) {
      expect(await refusal(server.url(path), { ...LOCAL, timeoutMs: 300 })).toMatch(
        /did not answer within 0 s$/,
      );
    }
  });

  it("asks conditionally and reports Not Modified", async () => {
    server.routes.set("/conditional", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' }).end("<rss></rss>");
    });
    const first = await fetchLink(server.url("/conditional"), LOCAL);
    expect(first).toMatchObject({ notModified: false, etag: '"v1"' });
    const second = await fetchLink(server.url("/conditional"), { ...LOCAL, etag: first.etag });
    expect(second).toMatchObject({ notModified: true });
    expect(second.body.length).toBe(0);
  });
});

describe("no request to private addresses", () => {
  it("refuses loopback addresses, by number and by name after DNS, unless allowed", async () => {
    server.serve("/page", newsPage({ headline: "Inside", paragraphs: PARAGRAPHS }), {
      "content-type": "text/html",
    });
    expect(await refusal(server.url("/page"))).toBe(
      "refused 127.0.0.1: 127.0.0.1 is a private or local address (set ALLOW_PRIVATE_URLS=1 to allow it)",
    );
    const lookup = fakeDns({ "intranet.example": "127.0.0.1" });
    expect(await refusal(server.url("/page", "intranet.example"), { lookup })).toMatch(
      /^refused intranet\.example: 127\.0\.0\.1 is a private or local address/,
    );
    expect(
      (await fetchLink(server.url("/page", "intranet.example"), { lookup, allowPrivate: true })).body.length,
    ).toBeGreaterThan(0);
  });

  it("refuses a redirect from a public host to a private address, named or numbered", async () => {
    // Only 127.0.0.1 counts as private here, so the server on loopback can stand in for a public site.
    const isPrivate = (a: string) => a === "127.0.0.1";
    const publicServer = await TestServer.start("127.0.0.2");
    try {
      const lookup = fakeDns({ "news.example": "127.0.0.2", "metadata.internal": "127.0.0.1" });
      publicServer.serve("/story", newsPage({ headline: "Public", paragraphs: PARAGRAPHS }), {
        "content-type": "text/html",
      });
      publicServer.routes.set("/to-ip", (_q, res) =>
        res.writeHead(301, { location: server.url("/page") }).end(),
      );
      publicServer.routes.set("/to-name", (_q, res) =>
        res.writeHead(302, { location: server.url("/page", "metadata.internal") }).end(),
      );
      const options = { lookup, isPrivate };
      expect(
        (await fetchLink(publicServer.url("/story", "news.example"), options)).body.length,
      ).toBeGreaterThan(0);
      const before = server.requests.length;
      expect(await refusal(publicServer.url("/to-ip", "news.example"), options)).toMatch(
        /^refused 127\.0\.0\.1:/,
      );
      expect(await refusal(publicServer.url("/to-name", "news.example"), options)).toMatch(
        /^refused metadata\.internal:/,
      );
      expect(server.requests.length).toBe(before);
    } finally {
      await publicServer.stop();
    }
  });

  it("refuses other schemes, credentials and non-links", async () => {
    expect(await refusal("file:///etc/passwd")).toBe("only http and https links can be fetched, not file");
    expect(await refusal("ftp://example.com/x")).toBe("only http and https links can be fetched, not ftp");
    expect(await refusal("http://user:pw@example.com/")).toBe(
      "links with a user name or password are refused",
    );
    expect(await refusal("not a link")).toBe('not a link: "not a link"');
  });

  it("knows the private, link-local and metadata ranges", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "0.0.0.0",
      "::1",
      "fe80::1",
      "fd00:ec2::254",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "100.64.0.1",
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"]) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });
});

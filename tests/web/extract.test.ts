/** HTML → article text, pure: the body without page furniture, paragraph breaks kept, metadata from the page. */
import { describe, expect, it } from "vitest";
import { parseArticleParts } from "../../src/article/parse.ts";
import { decodeHtml } from "../../src/web/charset.ts";
import { extractArticle } from "../../src/web/extract.ts";
import { isNinjs, ninjsParts } from "../../src/web/ninjs.ts";
import { slugForUrl } from "../../src/web/slug.ts";
import { stripHeavyTags } from "../../src/web/strip.ts";
import { newsPage } from "./server.ts";

const PARAGRAPHS = [
  "The mayor said on Tuesday that the old tram depot would become a school, ending a decade of argument over the site.",
  "“It was always meant for the children of this district,” said Mayor Ana Silva. “Now it will be theirs.”",
  "Work begins in spring. The city expects the first classes to open in September 2021, if the budget holds.",
];

const asHtml = (paragraphs: readonly string[]) => paragraphs.map((p) => `<p>${p}</p>`).join("");

describe("extractArticle", () => {
  it("keeps the body's paragraphs and drops navigation, captions, share buttons and the footer", () => {
    const parts = extractArticle(
      newsPage({ headline: "Tram depot to become a school", paragraphs: PARAGRAPHS }),
    );
    expect(parts.paragraphs).toEqual(PARAGRAPHS);
    expect(parts).toMatchObject({
      headline: "Tram depot to become a school",
      published: "2019-11-18T10:30:00Z",
      byline: "Jane Reporter",
      source: "Harbour Gazette",
    });
  });

  it("keeps the name a hover card opens from, and drops the card", () => {
    // The Hill, 2019: "Rep. <span class="rollover-people"><a>Alexandria Ocasio-Cortez</a><span
    // class="rollover-people-block">…</span></span> (D-N.Y.)" had lost the name with its card.
    const card =
      '<span class="rollover-people"><a class="rollover-people-link" href="/people/ann-lee">Ann Lee</a>' +
      '<span class="rollover-people-block"><a href="/a">Lee backs bill</a> <a class="more" href="/b">MORE</a></span></span>';
    const html = newsPage({
      headline: "Tram depot to become a school",
      paragraphs: [PARAGRAPHS[0]!, `Rep. ${card} (D-N.Y.) said the plan was sound.`, ...PARAGRAPHS.slice(1)],
    });
    expect(extractArticle(html).paragraphs[1]).toBe("Rep. Ann Lee (D-N.Y.) said the plan was sound.");
  });

  it("falls back to the page's own articleBody when the markup hides the text", () => {
    const ld = { "@type": "NewsArticle", headline: "Depot", articleBody: PARAGRAPHS.join("\n").repeat(2) };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><div id="app">Loading…</div></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual([
      ...PARAGRAPHS.slice(0, 2),
      PARAGRAPHS[2]! + PARAGRAPHS[0],
      ...PARAGRAPHS.slice(1),
    ]);
  });

  it("reads OpenGraph tags when there is no JSON-LD, and resolves the canonical link", () => {
    const html = `<html><head><meta property="og:title" content="Depot plan"><meta property="og:site_name" content="City News">
      <meta property="article:published_time" content="2020-03-04T05:06:07+01:00"><link rel="canonical" href="/depot">
      </head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const parts = extractArticle(html, "https://news.example/x?utm=1");
    expect(parts).toMatchObject({
      headline: "Depot plan",
      source: "City News",
      url: "https://news.example/depot",
    });
    const facts = parseArticleParts(parts, "depot");
    expect(facts.metadata.published).toBe("2020-03-04T05:06+01:00");
    expect(facts.metadata.url).toBe("https://news.example/depot");
    expect(facts.quotes.filter((q) => q.speakerId).length).toBeGreaterThan(0);
  });

  it("cleans what pages give as metadata: a byline's “By”, a site name's tail, a handle, a placeholder date", () => {
    const parts = {
      headline: "Depot plan",
      published: "0001-01-01T00:00:00Z",
      byline: "Analysis by Jane Reporter, City Editor",
      source: "The Harbour Gazette | HarbourGazette.com",
      url: null,
      paragraphs: PARAGRAPHS,
    };
    expect(parseArticleParts(parts, "a").metadata).toMatchObject({
      published: null,
      byline: "Jane Reporter, City Editor",
      source: "The Harbour Gazette",
    });
    const other = { ...parts, byline: "https://www.facebook.com/gazette", source: "@gazette" };
    expect(parseArticleParts(other, "b").metadata).toMatchObject({ byline: null, source: "gazette" });
    const site = { ...parts, byline: "admin", source: "https://www.harbournews.com" };
    expect(parseArticleParts(site, "c").metadata).toMatchObject({ byline: null, source: "harbournews.com" });
  });

  it("reads no source from an application name that is only the headline again", () => {
    const html = `<html><head><meta name="application-name" content="Depot plan"><meta property="og:title" content="Depot plan">
      </head><body><article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    expect(extractArticle(html)).toMatchObject({ headline: "Depot plan", source: null });
  });

  it("keeps a post embedded in a box named for social media, and still drops the share box", () => {
    const post = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The depot
      will be a school by September. <a href="https://t.co/x1">pic.twitter.com/x1</a></p>— Ana Silva (@anasilva)
      <a href="https://twitter.com/anasilva/status/1">November 18, 2019</a></blockquote></div>`;
    const html = `<html><body><article>${asHtml(PARAGRAPHS)}${post}
      <p>${PARAGRAPHS[0]!.replace("mayor", "council")}</p>
      <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      </article></body></html>`;
    const { paragraphs } = extractArticle(html);
    expect(paragraphs.slice(3, 5)).toEqual([
      "The depot will be a school by September. pic.twitter.com/x1",
      "— Ana Silva (@anasilva) November 18, 2019",
    ]);
    expect(paragraphs.join(" ")).not.toContain("Share on");
  });

  it("keeps a post embedded in widget boxes that the page's own articleBody leaves out", () => {
    const ld = { "@type": "NewsArticle", headline: "Depot", articleBody: PARAGRAPHS.join("\n").repeat(2) };
    const post = `<div class="widget embed"><div class="embed__inner"><blockquote class="instagram-media">
      <p>School starts here. <a href="https://t.co/x2">t.co/x2</a></p>— City of Harbour (@harbourcity)
      <a href="https://example.com/p/2">November 19, 2019</a></blockquote></div></div>`;
    const paragraphs = PARAGRAPHS.concat(PARAGRAPHS.map((p) => p.replace("The", "Then the")));
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><article>${asHtml(paragraphs.slice(0, 3))}${post}${asHtml(paragraphs.slice(3))}</article></body></html>`;
    expect(extractArticle(html).paragraphs).toEqual([
      ...paragraphs.slice(0, 3),
      "School starts here. t.co/x2",
      "— City of Harbour (@harbourcity) November 19, 2019",
      ...paragraphs.slice(3),
    ]);
  });

  it("never throws on odd HTML", () => {
    for (const html of ["", "<", "<html><body></body></html>", "<p>".repeat(2_000), "<script>".repeat(500)]) {
      expect(Array.isArray(extractArticle(html).paragraphs)).toBe(true);
    }
  });
});

describe("decodeHtml", () => {
  const cafe = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]); // café “ok” in Windows-1252
  it("honours the HTTP charset, then <meta charset>, then UTF-8, else Windows-1252", () => {
    expect(decodeHtml(cafe, "text/html; charset=windows-1252")).toBe("café “ok”");
    expect(decodeHtml(Buffer.concat([Buffer.from('<meta charset="iso-8859-1">'), cafe]))).toContain(
      "café “ok”",
    );
    expect(decodeHtml(cafe)).toBe("café “ok”");
    expect(decodeHtml(Buffer.from("café “ok”"))).toBe("café “ok”");
    expect(decodeHtml(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), "text/html; charset=windows-1252")).toBe(
      "hi",
    );
  });
  it("reads other scripts' legacy charsets", () => {
    const korean = Buffer.from([0xc7, 0xd1, 0xb1, 0xb9]); // 한국 in EUC-KR
    expect(decodeHtml(korean, "text/html; charset=euc-kr")).toBe("한국");
    const russian = Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]); // Москва in Windows-1251
    expect(
      decodeHtml(
        Buffer.concat([
          Buffer.from("<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>"),
          russian,
        ]),
      ),
    ).toContain("Москва");
  });
});

describe("slugForUrl", () => {
  it("is readable and stable, and tells apart links that read alike", () => {
    const a = slugForUrl("https://www.example.com/news/2019/11/harbour-strike.html");
    expect(a).toMatch(/^example\.com-news-harbour-strike-[0-9a-f]{8}$/);
    expect(slugForUrl("https://www.example.com/news/2019/11/harbour-strike.html#comments")).toBe(a);
    expect(slugForUrl("https://www.example.com/news/2019/11/harbour-strike.html?page=2")).not.toBe(a);
    expect(slugForUrl("https://ko.example/뉴스/항구")).toMatch(/^ko\.example-[0-9a-f]{8}$/);
    expect(slugForUrl(`https://x.example/${"word-".repeat(60)}`).length).toBeLessThanOrEqual(128);
  });
});

describe("ninjs", () => {
  it("reads a 1.x item with body_html and a 2.x item with plural fields", () => {
    const v1 = {
      uri: "https://wire.example/item/1",
      type: "text",
      headline: "Port strike ends",
      byline: "By Jane Reporter",
      located: "Lisbon",
      versioncreated: "2019-11-18T10:30:00Z",
      body_html: PARAGRAPHS.map((p) => `<p>${p}</p>`).join(""),
    };
    expect(isNinjs(v1)).toBe(true);
    expect(ninjsParts(v1)).toMatchObject({
      headline: "Port strike ends",
      dateline: "Lisbon",
      url: v1.uri,
      paragraphs: PARAGRAPHS,
    });
    const v2 = {
      uri: "urn:wire:2",
      headlines: [{ value: "Depot plan" }],
      bylines: [{ byline: "Jane Reporter" }],
      bodies: [{ role: "main", contenttype: "text/plain", value: PARAGRAPHS.join("\n\n") }],
    };
    expect(ninjsParts(v2)).toMatchObject({
      headline: "Depot plan",
      byline: "Jane Reporter",
      url: null,
      paragraphs: PARAGRAPHS,
    });
    expect(isNinjs({ title: "not ninjs" })).toBe(false);
  });
});

describe("stripHeavyTags", () => {
  it("cuts scripts, styles and comments but keeps JSON-LD", () => {
    const html = `<p>a</p><script>x("<p>no</p>")</script><style>p{}</style><!-- c --><script type="application/ld+json">{}</script><p>b</p>`;
    expect(stripHeavyTags(html)).toBe('<p>a</p><script type="application/ld+json">{}</script><p>b</p>');
    expect(stripHeavyTags("<p>a</p><script>never closed")).toBe("<p>a</p><script>never closed");
  });

  it("does not read a comment or tag opened inside a script as one, which would cut the markup after it", () => {
    const html = `<script>var a = "<!--", b = "<svg>";</script><meta property="og:site_name" content="MSN"><p>body</p><!-- c --><svg><path/></svg>`;
    expect(stripHeavyTags(html)).toBe('<meta property="og:site_name" content="MSN"><p>body</p>');
  });
});

import { describe, expect, it } from "vitest";
import { cleanArticle, parseDate, repairMojibake } from "../../src/article/clean.ts";
import { parse } from "./helpers.ts";

describe("repairMojibake", () => {
  it("repairs UTF-8 read as Windows-1252 and leaves real accents alone", () => {
    expect(repairMojibake("no â€” repeat, no â€” mass")).toBe("no — repeat, no — mass");
    expect(repairMojibake("itâ€™s â€œfineâ€\u009d")).toBe("it’s “fine”");
    expect(repairMojibake("Peña Nieto, café")).toBe("Peña Nieto, café");
  });
});

describe("cleanArticle", () => {
  const raw = [
    " Storm closes ports, says coastguard",
    "12/03/2019 08:05 by Jane Doe",
    "",
    "LISBON (Reuters) — Ports along the coast were closed on Tuesday as the storm",
    "approached, officials said.",
    "",
    " Photo of the harbour at dawn",
    "",
    " The coastguard said ships should stay in port until",
    " the wind drops.",
    "",
    " - AP ",
  ].join("\n");
  const { metadata, paragraphs } = cleanArticle(raw);

  it("reads headline, date and time, byline, dateline and agency", () => {
    expect(metadata).toMatchObject({
      headline: "Storm closes ports, says coastguard",
      published: "2019-03-12T08:05",
      byline: "Jane Doe",
      dateline: "Lisbon",
    });
    expect(metadata.source).toBe("Reuters");
  });

  it("joins hard-wrapped lines, even ones that begin with a space", () => {
    expect(paragraphs).toEqual([
      "LISBON (Reuters) — Ports along the coast were closed on Tuesday as the storm approached, officials said.",
      "The coastguard said ships should stay in port until the wind drops.",
    ]);
  });

  it("keeps captions and the credit line out of the body", () => {
    expect(metadata.captions).toEqual(["Photo of the harbour at dawn"]);
    expect(paragraphs.join(" ")).not.toContain("AP");
  });

  it("keeps the wire's staff credits out of the body, alone or closing a paragraph", () => {
    const { paragraphs } = cleanArticle(
      [
        "Storm hits coast",
        "",
        "The storm hit on Monday. (Reporting by Jane Roe; Editing by John Doe.)",
        "",
        "Crews are out.",
        "",
        "(Additional reporting by Ann Lee in Boston; Writing by Tom Poe; Editing by Sam Ray.)",
      ].join("\n"),
    );
    expect(paragraphs).toEqual(["The storm hit on Monday.", "Crews are out."]);
  });

  it("keeps a short paragraph that ends in a straight single mark in the body, not the captions", () => {
    const { metadata: m, paragraphs: body } = cleanArticle(
      "Headline\n\n'We will strike,' she said. 'Not before.'\n",
    );
    expect(body).toEqual(["'We will strike,' she said. 'Not before.'"]);
    expect(m.captions).toEqual([]);
  });

  it("decodes HTML entities left in text from a feed, and leaves a bare ampersand alone", () => {
    const { paragraphs: body } = cleanArticle(
      "Headline\n\n&ldquo;We won&#8217;t sell,&rdquo; Jos&#233; Ruiz told AT&T and R&D staff &amp; others.\n",
    );
    expect(body).toEqual(["“We won’t sell,” José Ruiz told AT&T and R&D staff & others."]);
  });

  it("puts back the space lost after a full stop, but not inside a web address or an abbreviation", () => {
    const { paragraphs: body } = cleanArticle(
      "Headline\n\nTrump said.Trump claimed it, e.g.The deal. See www.Example.com or bbc.co.uk/News today.\n",
    );
    expect(body).toEqual([
      "Trump said. Trump claimed it, e.g.The deal. See www.Example.com or bbc.co.uk/News today.",
    ]);
    const facts = parse("\u201cThey have control,\u201d Donald Trump said.Trump claimed he knew.");
    expect(facts.people.map((p) => p.name)).toEqual(["Donald Trump"]);
  });

  it("reads a byline and a date on lines of their own, in either order", () => {
    for (const header of [
      "By Jane Doe, Associated Press\nMarch 3, 2021",
      "March 3, 2021\n\nBy Jane Doe, Associated Press",
    ]) {
      const { metadata: m, paragraphs: body } = cleanArticle(
        `Headline\n${header}\n\nThe body is a sentence.`,
      );
      expect(m).toMatchObject({ published: "2021-03-03", byline: "Jane Doe, Associated Press" });
      expect(body).toEqual(["The body is a sentence."]);
    }
  });

  it("takes the agency from a credit line", () => {
    expect(cleanArticle("Headline\n\nBody text here.\n\n - AP \n").metadata.source).toBe("AP");
  });

  it("drops embed markup left in the copy and keeps its text, but not a word in angle brackets", () => {
    // PolNeAR (Western Journalism, 2016) keeps embedded tweets as markup: "<tweet tweet-author=…>…<tweet/>".
    const raw = [
      "Tweets fly",
      '<tweet id="1" author="@AP" datetime="2016-08-23">BREAKING: More than half gave money.</tweet>',
      "“It is better to live one day as a lion than a hundred years as a sheep,” Trump retweeted.<tweet/>",
      "The plan is <soon> on the agenda.",
    ].join("\n\n");
    expect(cleanArticle(raw).paragraphs).toEqual([
      "BREAKING: More than half gave money.",
      "“It is better to live one day as a lion than a hundred years as a sheep,” Trump retweeted.",
      "The plan is <soon> on the agenda.",
    ]);
    // A stray mark before the full stop the tag stood against quotes no word.
    const facts = parse("Lion quote\n\n“It is better.” – @realDonaldTrump #Great“<tweet/>.");
    expect(facts.quotes.map((q) => q.text)).toEqual(["It is better."]);
  });

  it("keeps list items as their own paragraphs", () => {
    const { paragraphs: items } = cleanArticle("Headline\n\nThe plan:\n - first item\n - second item\n");
    expect(items).toEqual(["The plan:", "first item", "second item"]);
  });
});

describe("parseDate", () => {
  it.each([
    ["24/02/2017 21:16", "2017-02-24T21:16"],
    ["2017-02-24", "2017-02-24"],
    ["February 24, 2017", "2017-02-24"],
    ["24 Feb 2017, 9:05 p.m.", "2017-02-24T21:05"],
    ["2021-03-03T06:00:00Z", "2021-03-03T06:00"],
    ["no date here", null],
  ])("reads %s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe("sentences", () => {
  it("does not split after Mr. or U.S. and keeps a quote's own full stop as an end", () => {
    const facts = parse('Mr. Lee met U.S. officials. They called it a "good start." Talks resume today.');
    expect(facts.sentences.map((s) => s.text)).toEqual([
      "Mr. Lee met U.S. officials.",
      'They called it a "good start."',
      "Talks resume today.",
    ]);
  });
});

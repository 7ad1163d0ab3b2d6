/** Quotation-mark pairing, masking, tokens and sentences (`src/article/text.ts`). */
import { describe, expect, it } from "vitest";
import { findQuoteSpans, maskQuotes } from "../../src/article/quote-spans.ts";
import { splitSentences, tokenize } from "../../src/article/text.ts";

const quoted = (paragraphs: string[]) =>
  findQuoteSpans(paragraphs).map((s) => ({
    paragraph: s.paragraph,
    text: paragraphs[s.paragraph - 1]!.slice(s.start, s.end),
    closed: s.close !== null,
  }));

describe("findQuoteSpans", () => {
  it("pairs straight and curly marks, paragraph by paragraph", () => {
    expect(quoted(['He said "we will go" and "stay."', "“Curly,” she said."])).toEqual([
      { paragraph: 1, text: "we will go", closed: true },
      { paragraph: 1, text: "stay.", closed: true },
      { paragraph: 2, text: "Curly,", closed: true },
    ]);
  });

  it("ends a quote left open at the paragraph's end (the next paragraph reopens it)", () => {
    expect(quoted(['"We will not stop,', '"and we will win," she said.'])).toEqual([
      { paragraph: 1, text: "We will not stop,", closed: false },
      { paragraph: 2, text: "and we will win,", closed: true },
    ]);
  });

  it("closes an open quote when another opens, and ignores empty pairs", () => {
    expect(quoted(["“First “Second” end", 'Nothing "" here'])).toEqual([
      { paragraph: 1, text: "First", closed: false },
      { paragraph: 1, text: "Second", closed: true },
    ]);
  });
});

describe("block quotes", () => {
  it("reads a paragraph without marks after a verb of saying and a colon as one quote", () => {
    const block = "It’s typical of her. She knows nothing, but the mouth never stops.";
    expect(quoted(["The governor added:", block, "Her comments came on Tuesday."])).toEqual([
      { paragraph: 2, text: block, closed: false },
    ]);
    // Spaces after the colon, as pasted copy has them, change nothing.
    expect(quoted(["The governor added:  ", block])).toEqual([{ paragraph: 2, text: block, closed: false }]);
  });

  it("leaves lists, introductions that are not speech, and quoted paragraphs as they are", () => {
    expect(quoted(["Here are three reasons to be hopeful:", "Anti-Trump groups did not invest."])).toEqual(
      [],
    );
    expect(quoted(["The governor added:", "1. Cut taxes."])).toEqual([]);
    // The colon must end the paragraph: one inside it introduces nothing after the paragraph.
    expect(quoted(["The governor added: taxes will fall.", "Cut taxes now."])).toEqual([]);
    expect(quoted(["The governor added:", "“We won,” he said."])).toEqual([
      { paragraph: 2, text: "We won,", closed: true },
    ]);
  });

  it("leaves a subheading in Title Case after the colon as it is", () => {
    // Newsweek, 2019: "Here's what the early reviews say:" / "What Does Stadia Offer?" had been a quote.
    expect(quoted(["Here's what the early reviews say:", "What Does Stadia Offer?"])).toEqual([]);
    expect(quoted(["The critics say:", "What Does It Offer? Not much, they argue."])).toHaveLength(1);
  });
});

describe("maskQuotes and tokenize", () => {
  const paragraph = 'Kelly said "I am here." and left.';
  const spans = findQuoteSpans([paragraph]);

  it("hides quoted words but keeps offsets and the quote's final stop", () => {
    const masked = maskQuotes(paragraph, spans);
    expect(masked).toBe('Kelly said "Q QQ QQQQ." and left.');
    expect(masked).toHaveLength(paragraph.length);
    // Astral characters take the slow path with the same result.
    const emoji = 'Kelly said "I 😀 here." and left.';
    expect(maskQuotes(emoji, findQuoteSpans([emoji]))).toBe('Kelly said "Q QQ QQQQ." and left.');
    // Any whitespace inside a quote (tab, no-break and em spaces) becomes a plain space.
    const spaced = "Kelly said \u201cI\tam\u00a0here\u2003now\u201d and left.";
    expect(maskQuotes(spaced, findQuoteSpans([spaced]))).toBe(
      "Kelly said \u201cQ QQ QQQQ QQQ\u201d and left.",
    );
  });

  it("turns a quote into one token so that nothing inside it reads as a speaker", () => {
    const tokens = tokenize(paragraph, spans);
    expect(tokens.map((t) => [t.kind, t.lower])).toEqual([
      ["word", "kelly"],
      ["word", "said"],
      ["quote", '"i am here."'],
      ["word", "and"],
      ["word", "left"],
      ["punct", "."],
    ]);
    expect(tokens[2]!.span).toBe(spans[0]);
  });

  it("reads possessives off the word", () => {
    const [kelly] = tokenize("Kelly's visit", []);
    expect(kelly).toMatchObject({ text: "Kelly's", lower: "kelly", possessive: true });
  });

  it("keeps combining accents and C1 control characters inside a word, without and with astral characters", () => {
    // "Jesu\u0301s" decomposed; "JesA\u0303\u0083A\u0302os", a name decoded twice.
    for (const name of ["Jesu\u0301s", "JesA\u0303\u0083A\u0302os"]) {
      const words = (text: string) => tokenize(text, []).map((t) => t.text);
      expect(words(`Federico de ${name} said`)).toEqual(["Federico", "de", name, "said"]);
      expect(words(`Federico de ${name} said 😀`)).toEqual(["Federico", "de", name, "said", "😀"]);
    }
  });
});

describe("splitSentences", () => {
  const sentences = (text: string) => {
    const masked = maskQuotes(text, findQuoteSpans([text]));
    return splitSentences(masked, 1).map((s) => text.slice(s.start, s.end));
  };

  it("splits after an acronym in capitals that is also an abbreviation in lower case (the FT., not 3 ft.)", () => {
    expect(sentences("Sources told the FT. But Rover told BBC News it was speculation.")).toEqual([
      "Sources told the FT.",
      "But Rover told BBC News it was speculation.",
    ]);
    expect(sentences("The wall is 3 ft. Tall fences cost more.")).toHaveLength(1);
  });

  it("splits after full stops, question and exclamation marks, not after abbreviations", () => {
    expect(sentences('Mr. Smith said "x". Then he left! Did he? Yes.')).toEqual([
      'Mr. Smith said "x".',
      "Then he left!",
      "Did he?",
      "Yes.",
    ]);
  });

  it("keeps a quote's attribution in its sentence when the verb's phrase says what it was about", () => {
    expect(
      sentences(
        "“Why would you run?” Roth said about the senator’s attempt to distance himself from the party. “Is it done?” Roth said the vote would come on Monday.",
      ),
    ).toEqual([
      "“Why would you run?” Roth said about the senator’s attempt to distance himself from the party.",
      "“Is it done?”",
      "Roth said the vote would come on Monday.",
    ]);
  });

  it("never splits inside a quote", () => {
    expect(sentences('She said "It works. It really does." Then she left.')).toEqual([
      'She said "It works. It really does."',
      "Then she left.",
    ]);
  });
});

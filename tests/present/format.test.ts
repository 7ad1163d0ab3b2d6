/** One formatter, two media: the same words as plain text and as Discord Markdown. */
import { describe, expect, it } from "vitest";
import { formatAnswer, formatSummary, noQuotesText } from "../../src/present/format.ts";
import { MARKDOWN, PLAIN } from "../../src/present/style.ts";
import type { Answer } from "../../src/qa/types.ts";

const answer: Answer = {
  question: "What did Jane say?",
  answered: true,
  kind: "quote",
  speaker: "Jane_Doe",
  title: "head of <ops>",
  text: "We *will* fix it\u001b[31m now.",
  article: { id: "a1", headline: "The *plan*", source: "AP", published: "2017-02-24T21:16" },
  paragraph: 3,
  score: 0.9,
  suggestions: [],
};

describe("formatAnswer", () => {
  it("says the same words in both media: escaped Markdown for Discord, clean plain text for a terminal", () => {
    expect(formatAnswer(answer, MARKDOWN)).toBe(
      '"We \\*will\\* fix it \\[31m now." — Jane\\_Doe, head of \\<ops\\> (¶3, *The \\*plan\\**, AP, 24 Feb 2017)',
    );
    expect(formatAnswer(answer, PLAIN)).toBe(
      '"We *will* fix it [31m now." — Jane_Doe, head of <ops> (¶3, The *plan*, AP, 24 Feb 2017)',
    );
  });

  it("formats summaries without Markdown on a terminal", () => {
    const summary = {
      article: answer.article!,
      dateline: "Mexico City",
      lede: ["The *lede*."],
      keyQuotes: [{ speaker: "Jane_Doe", title: null, text: "Fine.", paragraph: 2 }],
    };
    expect(formatSummary(summary, PLAIN)).toBe(
      'The *plan*\nMexico City · AP · 24 Feb 2017\n\nThe *lede*.\n\n• "Fine." — Jane_Doe (¶2)',
    );
    expect(formatSummary(summary, MARKDOWN).split("\n")[0]).toBe("**The \\*plan\\***");
  });
});

describe("noQuotesText", () => {
  it("escapes the speakers it names as well as what was typed", () => {
    expect(noQuotesText("**x**", ["A_B", "@everyone"], MARKDOWN)).toBe(
      "I found no quotes from “\\*\\*x\\*\\*”. Quoted speakers: A\\_B, @\u200beveryone.",
    );
    expect(noQuotesText(undefined, [], PLAIN)).toBe("I found no quotes.");
  });
});

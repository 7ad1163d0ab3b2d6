import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { casedAs } from "../../src/qa/chat-case.ts";

// A real article (see tests/fixtures/archive-names/SOURCES.md) where Obama "called Wall Street
// bankers 'fat cats'".
const FAT_CATS = parseArticle(
  readFileSync(
    new URL(
      "../fixtures/archive-names/huff-post_2015-11-17_post-rebuilding-isn-t-the-only-r.txt",
      import.meta.url,
    ),
    "utf8",
  ),
  "fat-cats",
);
const SHOOTING = parseArticle(
  [
    "Police release video of shooting",
    "Police said Keith Lamont Scott was shot by an officer in Charlotte on Tuesday.",
    '"We want the truth," a relative of Scott said, as protesters marched past the wall of the station.',
  ].join("\n\n"),
  "shooting",
);

describe("a question typed in lower case", () => {
  it("capitalises the words the articles write as names, not a word they write only inside another name", () => {
    expect(casedAs("what did obama say about the wall", [FAT_CATS])).toBe(
      "what did Obama say about the wall",
    );
  });

  it("cases a misspelt name as its close spelling, and continues a name with a word never written", () => {
    expect(casedAs("who shot keith lamont scot", [SHOOTING])).toBe("who shot Keith Lamont Scot");
    expect(casedAs("what did scot say about the wall", [SHOOTING])).toBe("what did Scot say about the wall");
  });

  it("leaves a question typed with capitals as it is", () => {
    expect(casedAs("What did obama say about the Wall?", [FAT_CATS])).toBe(
      "What did obama say about the Wall?",
    );
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { commonStems, lowerCaseWords, typedNames } from "../../src/qa/proper-words.ts";
import { terms, words } from "../../src/qa/terms.ts";

// A real article (see tests/fixtures/archive-names/SOURCES.md): its title-case headline, and the
// paragraph where Obama "called Wall Street bankers 'fat cats'".
const ARTICLE = readFileSync(
  new URL(
    "../fixtures/archive-names/huff-post_2015-11-17_post-rebuilding-isn-t-the-only-r.txt",
    import.meta.url,
  ),
  "utf8",
);
const [HEADLINE] = ARTICLE.split("\n");
const PARAGRAPH = ARTICLE.split(/\n\s*\n/).find((p) => p.includes("fat cats"))!;
const stemOf = (word: string) => terms(word)[0]!;

describe("lower-case words of a question", () => {
  it("are the words a question that capitalises names types in lower case", () => {
    const lower = lowerCaseWords("What did Obama say about the wall?");
    expect(lower.has("wall")).toBe(true);
    expect(lower.has("obama")).toBe(false);
  });

  it("are the words after a first word typed as a name, the question's only capital", () => {
    // "X on Y?": the question opens with the name, and types the rest in lower case.
    expect(lowerCaseWords("Obama on the wall?").has("wall")).toBe(true);
  });

  it("are none when the question has no capitals to tell names by", () => {
    expect(lowerCaseWords("what did obama say about the wall").size).toBe(0);
  });
});

describe("the stems a common noun can meet", () => {
  const asked = new Set(words("What did Obama say about the wall?"));

  it("leave out a name's words but its last: the head of a name is what it is", () => {
    const stems = commonStems(PARAGRAPH!, asked);
    expect(PARAGRAPH).toContain("Wall Street");
    expect(stems.has(stemOf("wall"))).toBe(false);
    // "the Democratic Party" is a party; "Wall Street" is a street.
    expect(stems.has(stemOf("party"))).toBe(true);
    expect(stems.has(stemOf("street"))).toBe(true);
    expect(stems.has(stemOf("bankers"))).toBe(true);
  });

  it("keep a name whose every word the question asks", () => {
    const stems = commonStems(PARAGRAPH!, new Set(words("What did Obama say about wall street?")));
    expect(stems.has(stemOf("wall"))).toBe(true);
  });

  it("keep a title-case headline whole", () => {
    expect(commonStems(HEADLINE!, asked)).toEqual(new Set(terms(HEADLINE!)));
  });
});

describe("the names a question types", () => {
  const BREITBART = parseArticle(
    readFileSync(
      new URL(
        "../fixtures/qa-dev/articles/breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-.txt",
        import.meta.url,
      ),
      "utf8",
    ),
    "breitbart",
  );

  it("are its capitalised words when it has any", () => {
    expect([...typedNames("What did the Republican nominee say?", BREITBART)]).toEqual(["republican"]);
  });

  it("are, typed all in lower case, the words the article writes only with a capital", () => {
    // The copy writes "Republican" and "Trump" only so, "nominee" and "say" in lower case.
    const names = typedNames("what did the republican nominee say about trump", BREITBART);
    expect(names.has("republican")).toBe(true);
    expect(names.has("trump")).toBe(true);
    expect(names.has("nominee")).toBe(false);
    expect(names.has("say")).toBe(false);
    // Only the first word capitalised, as a sentence begins: no name is typed with a capital.
    expect(typedNames("What did the republican nominee say?", BREITBART).has("republican")).toBe(true);
  });
});

/**
 * A sentence that names its subject by pronoun ("He arrived in Congress in 1993") or by description
 * ("the nation of 53 million people") is matched as naming the one meant, on real copy
 * (tests/fixtures/qa-dev, PolNeAR articles); two people before the pronoun leave it unresolved.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { continuedNames, NAME_WORD, nameWords } from "../../src/qa/antecedents.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";

const SCOTT = "wash-post_2016-09-08_virginian-could-make-history-aga";
const BURMA = "wash-post_2016-09-16_burma-leader-s-visit-to-washingt";
const article = (id: string) =>
  parseArticle(readFileSync(new URL(`../fixtures/qa-dev/articles/${id}.txt`, import.meta.url), "utf8"), id);

/** The name each sentence opening with `start` is taken to speak of ("" when none). */
function namesFor(id: string, start: string): string[] {
  const facts = article(id);
  const continued = continuedNames(facts);
  return facts.sentences.flatMap((s, i) => (s.text.startsWith(start) ? [continued.get(i) ?? ""] : []));
}

describe("a sentence opening with a subject pronoun", () => {
  it("continues the one person named just before it, across a paragraph break", () => {
    // "… according to Scott.¶He arrived in Congress in 1993, …"
    expect(namesFor(SCOTT, "He arrived in Congress")).toEqual(["Scott"]);
  });

  it("is left unresolved when the sentence before names two people", () => {
    // "Washington is rolling out the red carpet for Suu Kyi, who had breakfast with Vice President Biden …"
    expect(namesFor(BURMA, "She will visit Capitol Hill")).toEqual([""]);
  });

  it("makes the sentence answer a question by the person's name with all its words met", () => {
    const index = new ArchiveIndex();
    index.add(article(SCOTT));
    const answer = answerQuestion(index, "What year did Scott arrive in Congress?", SCOTT);
    expect(answer.text).toMatch(/^He arrived in Congress in 1993/);
    expect(answer.score).toBe(1);
  });
});

describe("a definite description", () => {
  it("stands for the name before it that WordNet files under its noun ('Burma': an Asian nation)", () => {
    expect(namesFor(BURMA, "Administration officials said they hoped")).toEqual(["Burma"]);
  });

  it("is not a name the article also writes in lower case, nor part of a longer name", () => {
    // "… national emergency against Burma …": "White House", "United States" are no nation of their own.
    const facts = article(BURMA);
    const names = [...continuedNames(facts).values()].join(" ");
    expect(names).not.toMatch(/\b(?:States|United|House|White)\b/);
  });
});

describe("a name written in lower case elsewhere", () => {
  const burma = (more: string) =>
    continuedNames(
      parseArticle(
        `Talks go on\n\nOfficials met leaders of Burma on Monday. They said the nation of 53 million people would vote.\n\n${more}\n`,
        "a",
      ),
    ).get(1);

  it("is no name, in copy of ASCII letters and in copy with others ('café', '…')", () => {
    expect(burma("A shave is no shave.")).toBe("Burma");
    expect(burma("A burma shave is no shave.")).toBeUndefined();
    expect(burma("A burma shave is no shave… at all.")).toBeUndefined();
    expect(burma("A café burma shave is no shave.")).toBeUndefined();
  });

  it("is a name when only a longer word holds it", () => {
    expect(burma("A burmas shave is no_burma shave.")).toBe("Burma");
    expect(burma("A café burmas shave is no shave.")).toBe("Burma");
  });
});

describe("a population", () => {
  it("is counted in people: the number before 'people' answers, not another number by the name", () => {
    const index = new ArchiveIndex();
    index.add(article(BURMA));
    const answer = answerQuestion(index, "What is the populaton of Burma?", BURMA);
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain("53 million people");
  });
});

describe("the one-word names of a sentence", () => {
  const matched = (text: string) => [...text.matchAll(NAME_WORD)].map(([word]) => word);

  it("are the matches of the expression, in text scanned by hand as in other text", () => {
    expect(nameWords("Talks with Burma resumed; aid to Burma, and Texas Rangers.")).toEqual([
      "Burma",
      "Burma",
    ]);
    expect(nameWords("Talks with Birmanie reprirent à Burma.")).toEqual(
      matched("Talks with Birmanie reprirent à Burma."),
    );
    const pieces = fc.constantFrom(
      "A",
      "Bu",
      "Z",
      "a",
      "rma",
      "z",
      " ",
      "  ",
      "\t",
      "\n",
      "\x1c",
      "0",
      "_",
      ".",
      ",",
      "-",
      "'",
      "’",
      "“",
      "—",
      "£",
      "the ",
      " Texas",
      "é",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(nameWords(text)).toEqual(matched(text));
      }),
      { numRuns: 2000 },
    );
  });
});

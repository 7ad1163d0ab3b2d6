/**
 * A question's words as search terms for the article asked about, in an archive of several: a word
 * another article writes but the one asked about does not stands for the article's own relative of
 * it, as it would were the article alone (real copy: tests/fixtures/qa-dev, tests/fixtures/archive-words).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArticleQuery } from "../../src/qa/article-query.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";

const OZ = "politico_2016-09-15_trump-s-favorite-tv-doctor-has-a";
const read = (path: string, id: string) =>
  parseArticle(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8"), id);
const oz = read(`qa-dev/articles/${OZ}.txt`, OZ);
const printers = read("archive-words/tech-243.txt", "tech-243");
const QUESTION = "What did Gorski say about Oz ignoring inconvenient evidence?";

function indexOf(...articles: (typeof oz)[]): ArchiveIndex {
  const index = new ArchiveIndex();
  for (const facts of articles) index.add(facts);
  return index;
}

describe("the question's words within the article asked about", () => {
  it("reads a word another article writes as the article's own relative of it", () => {
    const index = indexOf(oz, printers);
    const within = new ArticleQuery(index, QUESTION, OZ, () => index.facts(OZ));
    expect(within.ofTopicWord("inconvenient").map((t) => t.stem)).toEqual(["convenient"]);
    // Across the archive the word is spelled right: it stands for itself.
    const anywhere = new ArticleQuery(index, QUESTION, undefined, () => undefined);
    expect(anywhere.ofTopicWord("inconvenient").map((t) => t.stem)).toEqual(["inconvenient"]);
  });

  it("answers as the article alone does, whatever other articles the archive holds", () => {
    for (const index of [indexOf(oz), indexOf(oz, printers)]) {
      const answer = answerQuestion(index, QUESTION, OZ);
      expect(answer).toMatchObject({ answered: true, speaker: "David Gorski" });
      expect(answer.text).toContain("find convenient");
    }
  });
});

describe("a plural asked about", () => {
  it("is the article's singular, never a word one letter away", () => {
    const rally = parseArticle(
      'Warren rallies for Clinton\n\nSenator Ann Ward spoke at the rally in Ohio.\n\n"She knows what it takes to win," Ward said.\n\nThe governor promised to close tax loopholes for corporations.',
      "rally",
    );
    const council = parseArticle(
      "Council raises taxes\n\nThe council raised taxes on Monday, its leader said.",
      "council",
    );
    const index = indexOf(rally, council);
    expect(answerQuestion(index, "What did Ward say about taxes?", "rally").answered).toBe(false);
    const within = new ArticleQuery(index, "What did Ward say about taxes?", "rally", () =>
      index.facts("rally"),
    );
    expect(within.ofTopicWord("taxes").map((t) => t.stem)).toEqual(["tax"]);
  });
});

/**
 * The reference article (a copy of ../shared/seed in tests/fixtures/seed, so a clone of the project is
 * enough): its committed facts are what ingest produces, and its hand-made annotation is met in full,
 * judged as the reference scorer judges.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { readArticleText } from "../../src/store/read-article.ts";
import { extractedQuotes, readGold, scoreAnswer, scoreQuotes } from "./scorer.ts";

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const gold = readGold("seed/gold.json");

describe("the committed reference facts", () => {
  it("ship the seed article unchanged", async () => {
    expect(await readFile(path("../../data/article.txt"), "utf8")).toBe(
      await readFile(path("../fixtures/seed/article.txt"), "utf8"),
    );
  });

  it("are exactly what re-ingesting data/article.txt produces", async () => {
    const facts = parseArticle(await readArticleText(path("../../data/article.txt")), "article");
    // Byte for byte, as the store writes it: a stale committed file fails here.
    expect(`${JSON.stringify(facts, null, 2)}\n`).toBe(
      await readFile(path("../../data/article.facts.json"), "utf8"),
    );
  });
});

describe("the seed annotation", async () => {
  const text = await readArticleText(path("../fixtures/seed/article.txt"));
  const facts = parseArticle(text, "article");
  const index = new ArchiveIndex();
  index.add(facts);

  it("finds every reference quote with the right speaker, and nothing else", () => {
    const score = scoreQuotes(gold, extractedQuotes(facts));
    expect(score.misses).toEqual([]);
    expect(score.found).toBe(score.gold);
    expect(score.speakerRight).toBe(score.gold);
    expect(score.gold).toBeGreaterThanOrEqual(20);
  });

  it("reads the metadata the annotation gives", () => {
    const m = gold.metadata!;
    expect(facts.metadata).toMatchObject({
      headline: m.headline,
      published: m.published,
      byline: m.byline,
      dateline: m.dateline,
      source: m.source,
    });
    expect(facts.metadata.captions).toContain(m.caption);
  });

  it("names every person the annotation lists, with the full name", () => {
    const names = facts.people.map((p) => p.name);
    for (const person of gold.people ?? []) expect(names).toContain(person.name);
  });

  it.each(gold.questions!.map((q) => [q.q, q] as const))("answers %j as the scorer wants", (_, q) => {
    const answer = answerQuestion(index, q.q, "article");
    expect(
      scoreAnswer(q, answer),
      JSON.stringify({ answered: answer.answered, speaker: answer.speaker, text: answer.text }),
    ).toBe(true);
  });

  it("declines people and topics the article does not cover", () => {
    for (const q of [
      "What did Obama say about the wall?",
      "What did Angela Merkel say about trade?",
      "What did Boris Johnson say?",
      "What did the Pope say?",
      "Who is Emmanuel Macron?",
      "What did Kelly say about climate change?",
      "What did Tillerson say about football?",
      "What did Trump say about taxes?",
      "What did Videgaray say about bitcoin?",
      "Who said the moon is made of cheese?",
      "Who said the economy is booming?",
      "Why did the stock market crash?",
    ]) {
      const answer = answerQuestion(index, q, "article");
      expect({ q, answered: answer.answered }).toEqual({ q, answered: false });
      expect(answer.text).toBe("");
    }
  });
});

/**
 * Issue 9's rule on real copy: a speaker is a person or body the article names, in the fullest form
 * it gives, or the description of an unnamed source; never a pronoun, a piece of a sentence, a title
 * glued to the name or a bare surname where the article names the person. Twenty-one PolNeAR articles
 * (tests/fixtures/polnear) must have none, and their gold speakers must mostly be found.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { badSpeakers, judgeSpeaker, readBody } from "../../bench/speaker-check.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { extractedQuotes, type Gold, scoreQuotes } from "./scorer.ts";

const dir = fileURLToPath(new URL("../fixtures/polnear/", import.meta.url));
const ids = readdirSync(`${dir}articles`)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""))
  .sort();
const articles = ids.map((id) => ({
  id,
  facts: parseArticle(readFileSync(`${dir}articles/${id}.txt`, "utf8"), id),
  gold: JSON.parse(readFileSync(`${dir}gold/${id}.json`, "utf8")) as Gold,
}));

describe("speakers on real articles", () => {
  it("has its twenty-one articles", () => {
    expect(ids).toHaveLength(21);
  });

  it("never gives a pronoun, fragment, glued title or bare surname as the speaker", () => {
    const bad = articles.flatMap(({ id, facts }) =>
      badSpeakers(facts).map((b) => `${id}: ${b.kind} "${b.speaker}" for "${b.quote.slice(0, 60)}"`),
    );
    expect(bad).toEqual([]);
  });

  it("finds most gold speakers (a floor against unattributing everything)", () => {
    let gold = 0;
    let right = 0;
    for (const { facts, gold: g } of articles) {
      const score = scoreQuotes(g, extractedQuotes(facts));
      gold += score.gold;
      right += score.speakerRight;
    }
    expect(right / gold).toBeGreaterThanOrEqual(0.8);
  });
});

describe("the speaker check", () => {
  const body = readBody(
    "Donald Trump spoke. House Speaker Paul Ryan said the billionaire was right. A Home Office spokesman said no.",
  );
  it.each([
    ["He", "person", "pronoun"],
    ["Later the prime minister", "person", "fragment"],
    ["instead", "organisation", "fragment"],
    ["Chris Christie Calls Hillary Clinton", "person", "fragment"],
    ["House Speaker Paul Ryan", "person", "title glued"],
    ["Dean Paul Ryan", "person", "title glued"],
    ["Billionaire Donald Trump", "person", "title glued"],
    ["Trump", "person", "bare surname"],
    ["Mr. Trump", "person", "bare surname"],
  ] as const)("rejects %s (%s) as a %s", (name, kind, verdict) => {
    expect(judgeSpeaker(name, kind, body)).toBe(verdict);
  });

  it.each([
    ["Donald Trump", "person"],
    ["Paul Ryan", "person"],
    // A title that is also a first name ("Dean Baker") opens a full name.
    ["Dean Ryan", "person"],
    ["a Home Office spokesman", "person"],
    ["senior officials", "organisation"],
    ["Labour", "organisation"],
  ] as const)("accepts %s", (name, kind) => {
    expect(judgeSpeaker(name, kind, body)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { generateArticle, generateArticles } from "../../bench/generate.ts";
import { questionsFor } from "../../bench/questions.ts";
import { parseArticle } from "../../src/article/parse.ts";

describe("benchmark article generator", () => {
  it("is deterministic, and a smaller archive is a prefix of a larger one", () => {
    expect(generateArticle(7).text).toBe(generateArticle(7).text);
    expect(generateArticle(7, 2).text).not.toBe(generateArticle(7, 1).text);
    const five = generateArticles(5);
    expect(generateArticles(8).slice(0, 5)).toEqual(five);
    expect(new Set(five.map((a) => a.text)).size).toBe(5);
  });

  it("writes news copy of about 600 words: headline, dateline, paragraphs, quotes", () => {
    for (const article of generateArticles(20)) {
      expect(article.words).toBeGreaterThanOrEqual(560);
      expect(article.words).toBeLessThan(760);
      const [headline] = article.text.split("\n");
      expect(headline).toBe(article.headline);
      expect(article.text.split(/\n\n/).length).toBeGreaterThan(8);
      expect(article.quotes.length).toBeGreaterThan(5);
    }
    const texts = generateArticles(40).map((a) => a.text);
    expect(texts.some((t) => /^[A-Z ]+ \((?:AP|Reuters|AFP)\) — /m.test(t))).toBe(true);
    expect(texts.some((t) => /"[^"]+," [A-Z][a-z]+ said\./.test(t))).toBe(true);
    expect(texts.some((t) => /[A-Z][a-z]+ said: "/.test(t))).toBe(true);
    expect(texts.some((t) => /\b(?:he|she) told\b/.test(t))).toBe(true);
  });

  it("names many distinct people across articles", () => {
    const names = new Set(generateArticles(300).flatMap((a) => a.people.map((p) => p.name)));
    expect(names.size).toBeGreaterThan(1000);
  });

  it("produces articles in which the parser finds the quotes and their speakers", () => {
    let quotes = 0;
    let found = 0;
    let right = 0;
    for (const article of generateArticles(30)) {
      const facts = parseArticle(article.text, article.id);
      expect(facts.metadata.headline).toBe(article.headline);
      for (const q of article.quotes) {
        quotes++;
        const hit = facts.quotes.find((x) => x.text.startsWith(q.text.replace(/[,.]$/, "")));
        if (!hit) continue;
        found++;
        if (facts.people.find((p) => p.id === hit.speakerId)?.name === q.speaker) right++;
      }
    }
    expect(found / quotes).toBeGreaterThan(0.95);
    expect(right / quotes).toBeGreaterThan(0.85);
  });

  it("asks a fixed mix of questions about an article", () => {
    const kinds = questionsFor(generateArticle(3), 3).map((q) => q.kind);
    expect(new Set(kinds)).toEqual(
      new Set(["said", "who-said", "said-full", "misspelled", "fact", "unanswerable"]),
    );
    expect(questionsFor(generateArticle(3), 3)).toEqual(questionsFor(generateArticle(3), 3));
  });
});

import { describe, expect, it } from "vitest";
import { ARCHIVE_THRESHOLDS, chooseAnswer, weighAnswers } from "../../src/qa/archive-answer.ts";
import { indexOf } from "./fixtures.ts";

// Questions asked across the archive in the shapes reporters type them (scripts/archive-variants.ts).

describe("a question typed without the capitals of its names", () => {
  it("tells the names from common nouns by the capitals the articles write them with", () => {
    // As typed in chat, all in lower case, or with a capital only on the name that opens it: "the
    // wall" is still no part of Wall Street.
    const small = indexOf("polnear/articles", "archive-names");
    for (const question of ["what did obama say about the wall", "Obama on the wall?"]) {
      const wall = weighAnswers(small, question);
      expect(wall.answers.find((w) => w.answer.text.includes("fat cats"))?.near).toBe(0);
      expect(chooseAnswer(small, wall, ARCHIVE_THRESHOLDS).answered).toBe(false);
    }
  });
});

describe("the frame of a question about someone's words", () => {
  it("does not weigh an article's subject by the frame's words", () => {
    // "Give me", "words" are in no headline: the story of Kelly and discipline is as much the
    // subject of the question asked in that frame as in "what did Kelly say".
    const dev = indexOf("dev/articles", "heldout/articles", "archive-real", "archive");
    const subjectOf = (question: string) =>
      weighAnswers(dev, question).answers.find((w) => w.answer.article?.id === "politics-055")?.subject;
    const plain = subjectOf("What did Kelly say about discipline?");
    expect(plain).toBeGreaterThan(0);
    expect(subjectOf("Give me Kelly's words on discipline")).toBeCloseTo(plain!, 6);
  });
});

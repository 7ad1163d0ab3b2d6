/** `author.ts`: an article written in the first person, and its narration as its author's words. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { articleAuthor } from "../../src/qa/author.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { FIXTURES, oneArticle } from "./fixtures.ts";

const real = (file: string) =>
  parseArticle(readFileSync(new URL(`opinion/${file}.txt`, FIXTURES), "utf8"), file);

describe("articleAuthor (real copy)", () => {
  it("names the columnist whose closing line says what they are", () => {
    expect(articleAuthor(real("tech-164"))?.name).toBe("Bill Thompson");
    expect(articleAuthor(real("pollak-op-ed"))?.name).toBe("Joel B. Pollak");
  });

  it("names no one in a report whose 'I' is only its quotes' and whose paragraph opens with a name", () => {
    expect(articleAuthor(real("sport-250"))).toBeNull();
  });
});

describe("the author's own words", () => {
  /** A question about the real op-ed, alone in its archive. */
  const askPollak = (question: string) => {
    const index = new ArchiveIndex();
    index.add(real("pollak-op-ed"));
    return answerQuestion(index, question, "pollak-op-ed");
  };

  it("answers what the author said from the narration, as their words", () => {
    const a = askPollak(
      "What did Joel Pollak say about how many real choices voters have in a two-party system?",
    );
    expect(a).toMatchObject({
      answered: true,
      kind: "quote",
      speaker: "Joel B. Pollak",
      text: expect.stringContaining("you only have two real choices"),
    });
  });

  it("answers who said a thing with the author, when the narration says it", () => {
    const a = askPollak("Who said backing any other candidate amounts to voting for Clinton?");
    expect(a).toMatchObject({
      answered: true,
      speaker: "Joel B. Pollak",
      text: expect.stringContaining("a vote for anyone else is a vote for Hillary"),
    });
  });

  const column = [
    "Why I still take the night bus",
    "If we have not met, my name is Dana Whitlow, and I have ridden the night bus for ten years.",
    "I love the quiet of the top deck after midnight.",
    "Mayor Alan Reyes said: “We will cut the night routes next spring.”",
    "My neighbours think the cuts are a mistake.",
  ].join("\n\n");

  it("finds the author by a self-introduction", () => {
    expect(articleAuthor(parseArticle(column, "bus"))?.name).toBe("Dana Whitlow");
    const a = answerQuestion(
      oneArticle(column, "bus"),
      "What did Dana Whitlow say about the top deck?",
      "bus",
    );
    expect(a).toMatchObject({
      answered: true,
      speaker: "Dana Whitlow",
      text: expect.stringContaining("top deck"),
    });
  });

  it("does not give the author a sentence that quotes someone else", () => {
    const a = answerQuestion(
      oneArticle(column, "bus"),
      "What did Dana Whitlow say about cutting the night routes?",
      "bus",
    );
    expect(a.text).not.toContain("We will cut the night routes");
  });

  it("reads no author into a report written in the third person", () => {
    const report = [
      "Night buses to be cut",
      "The mayor said the night routes would be cut next spring.",
      "Riders were angry. “It is a mistake,” said Dana Whitlow, a nurse.",
      "Dana Whitlow is a nurse at the city hospital.",
    ].join("\n\n");
    expect(articleAuthor(parseArticle(report, "report"))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { weighAnswers } from "../../src/qa/archive-answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";

const story = (headline: string, paragraph: string) => `${headline}\n\n${paragraph}`;

describe("words that frame the topic", () => {
  it("are not asked of the words near a quote: copy writes 'Republicans', never 'their motives'", () => {
    const small = new ArchiveIndex();
    const hearing = [
      "Representative Lena Cole spoke after the committee vote on Thursday.",
      "Republicans on the committee voted to hold the official in contempt.",
      '"They want a campaign commercial, not the truth," Cole said.',
    ];
    small.add(parseArticle(story("Panel votes on contempt", hearing.join("\n\n")), "hearing"));
    const weighing = weighAnswers(small, "What did Lena Cole say about the Republicans' motives?");
    // Only the owner is left to ask for ("motives" frames it), and the paragraph before names them.
    expect(weighing.answers[0]).toMatchObject({ answer: { answered: true }, near: 1 });
  });
});

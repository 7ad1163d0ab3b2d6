import { describe, expect, it } from "vitest";
import { asDoubleQuoted } from "../../src/article/single-quotes.ts";
import { parse, quotesOf, speakersOf } from "./helpers.ts";

const BRITISH = [
  "Union leader Jane Porter said members had voted to walk out.",
  "‘We will strike on Monday,’ Ms Porter said. ‘The workers’ pay has fallen for years and they won’t wait.’",
  "Transport Secretary Tom Hale said: ‘Nobody wants a strike in the ’90s style.’",
].join("\n\n");

describe("quotes set off by single marks (British style)", () => {
  it("finds the quotes and their speakers, past apostrophes and plural possessives", () => {
    expect(quotesOf(BRITISH)).toEqual([
      ["We will strike on Monday,", "Jane Porter", "direct"],
      ["The workers’ pay has fallen for years and they won’t wait.", "Jane Porter", "direct"],
      ["Nobody wants a strike in the ’90s style.", "Tom Hale", "direct"],
    ]);
  });

  it("reads straight single marks the same way", () => {
    expect(speakersOf(BRITISH.replace(/[‘’]/g, "'"))).toEqual(["Jane Porter", "Jane Porter", "Tom Hale"]);
  });

  it("keeps a quote within the quote, and the words as written", () => {
    const facts = parse(
      [
        "Council leader Amir Shah spoke to reporters.",
        "‘People told me “enough is enough” and I agree,’ Mr Shah said. ‘We act now.’",
      ].join("\n\n"),
    );
    expect(facts.quotes.map((q) => q.text)).toEqual([
      "People told me “enough is enough” and I agree,",
      "We act now.",
    ]);
    expect(facts.sentences.map((s) => s.text)).toContain(
      "‘People told me “enough is enough” and I agree,’ Mr Shah said.",
    );
  });

  it("reads copy that nests many quotes within its quotes as British all the same", () => {
    const nested = [
      "Mayor Lena Ward spoke at the depot.",
      "‘People say “not again” and “why us,” and I hear them,’ Ms Ward said.",
      "‘They asked me “when?” and I told them “soon,”’ she added.",
    ].join("\n\n");
    expect(quotesOf(nested).map(([text, speaker]) => [text, speaker])).toEqual([
      ["People say “not again” and “why us,” and I hear them,", "Lena Ward"],
      ["They asked me “when?” and I told them “soon,”", "Lena Ward"],
    ]);
  });

  it("closes a quote ending in a quote within it, a space before its closing mark", () => {
    const spaced = [
      "Coach Ann Bell spoke after the match.",
      "'The fans' songs were loud and they kept telling us, \"Keep going,\" ' Bell said. 'We did.'",
    ].join("\n\n");
    expect(quotesOf(spaced).map(([text, speaker]) => [text, speaker])).toEqual([
      ['The fans\' songs were loud and they kept telling us, "Keep going,"', "Ann Bell"],
      ["We did.", "Ann Bell"],
    ]);
  });

  it("reads a lone quote set off by single marks, closed after punctuation, in copy with no double marks", () => {
    expect(quotesOf("Fire chief Omar Patel was asked about the blaze. 'We got lucky,' Patel said.")).toEqual([
      ["We got lucky,", "Omar Patel", "direct"],
    ]);
  });

  it("leaves a lone pair of single marks around words as they are", () => {
    const headline = ["Trump’s ‘Working Class’ Support", "Voters in Ohio were asked about jobs."];
    expect(asDoubleQuoted(headline)).toBe(headline);
  });

  it("leaves copy that quotes with double marks as it is, single marks nested or not", () => {
    const american = [
      "Senator Ruth Okafor said: \"They called it 'a disaster' and it was.\"",
      "\"We won't wait,\" Okafor said, citing the 'rules' and the voters' mood.",
    ];
    expect(asDoubleQuoted(american)).toBe(american);
  });

  it("keeps a piece's double-quoted words quotes when it sets other words off with single marks", () => {
    const facts = parse(
      [
        "Coach Dan Reid described the tactic as 'cheating,' and the 'rover' system as 'old'.",
        'Reid exclaimed: "I did score that try in Cardiff."',
      ].join("\n\n"),
    );
    expect(facts.quotes.map((q) => q.text)).toContain("I did score that try in Cardiff.");
  });
});

describe("two apostrophes for a double mark", () => {
  it("reads ''…'' as a quote, as some New York Times copy writes it", () => {
    expect(
      quotesOf(
        "Voter James York, 40, was worried. ''He's talking too much trash,'' he said. ''I won't be voting for Trump.''",
      ),
    ).toEqual([
      ["He's talking too much trash,", "James York", "direct"],
      ["I won't be voting for Trump.", "James York", "direct"],
    ]);
  });
});

describe("single marks with the space after punctuation dropped", () => {
  it("opens after a comma or full stop and closes before a capital", () => {
    const texts = quotesOf(
      [
        "Union leader Jane Porter spoke on Monday.",
        "Porter said,‘Look, nobody wants a strike.’",
        "‘After we came here, we realised it was all lies,’ said Porter.‘We got deceived.’",
        "‘The best pay deals are made here. We love workers!’The minister said nothing.",
      ].join("\n\n"),
    ).map(([text]) => text);
    expect(texts).toEqual([
      "Look, nobody wants a strike.",
      "After we came here, we realised it was all lies,",
      "We got deceived.",
      "The best pay deals are made here. We love workers!",
    ]);
  });
});

describe("a left single mark with a space after it", () => {
  it("still opens a quote", () => {
    const texts = quotesOf(
      [
        "Union leader Jane Porter spoke on Monday.",
        "As the paper reported, ‘ … if the vote were held tonight, we would win.’",
        "‘We need more,’ Porter said. ‘ You know, so that broken sense of the future is why.’",
      ].join("\n\n"),
    ).map(([text]) => text);
    expect(texts).toEqual([
      "… if the vote were held tonight, we would win.",
      "We need more,",
      "You know, so that broken sense of the future is why.",
    ]);
  });
});

describe("a left single mark typed for the right one", () => {
  it("closes the quote at the end of a word", () => {
    const texts = quotesOf(
      [
        "Union leader Jane Porter spoke on Monday.",
        "‘It's unusual,‘ said Porter. ‘It's a hard thing to do.’",
        "She called the offer ‘abhorrent‘ in a tweet, and asked for an ‘expedited review‘ of the rules.",
      ].join("\n\n"),
    ).map(([text]) => text);
    expect(texts).toEqual(["It's unusual,", "It's a hard thing to do.", "abhorrent", "expedited review"]);
  });
});

describe("a right single mark typed to open", () => {
  it("opens a quote at a word's start where none is open, but an elision stays one", () => {
    const texts = quotesOf(
      [
        "Union leader Jane Porter spoke on Monday.",
        "Porter said advisers would not let aides ’get close to the minister on the things that mattered.’",
        "‘We were rocking in the ’90s,’ Porter said. ’ … they are so not like us,’ she added.",
      ].join("\n\n"),
    ).map(([text]) => text);
    expect(texts).toEqual([
      "get close to the minister on the things that mattered.",
      "We were rocking in the ’90s,",
      "… they are so not like us,",
    ]);
  });
});

describe("guillemets", () => {
  it("reads «…» as a quote, and a short paragraph ending in one as body", () => {
    const facts = parse(
      "Minister Paul Girard spoke in Paris.\n\n«We will not move,» Girard said.\n\nHe called it «a matter of principle.»",
    );
    expect(facts.quotes.map((q) => [q.text, facts.people.find((p) => p.id === q.speakerId)?.name])).toEqual([
      ["We will not move,", "Paul Girard"],
      ["a matter of principle.", "Paul Girard"],
    ]);
    expect(facts.sentences.map((s) => s.text)).toContain("«We will not move,» Girard said.");
  });
});

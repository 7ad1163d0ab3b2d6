/**
 * A nationality where sports and world copy names a person by it: before a name ("Czech Jan
 * Hernych") it is a description, not part of the name; after "the" ("said the Scot") it stands for
 * the person the sentence before was about, and for no one when that sentence was about no one
 * named; so does a player's position ("the prop") or a man's town ("the Waterford man"). Shapes
 * met in BBC sport copy, with invented names.
 */
import { describe, expect, it } from "vitest";
import { parse, speakersOf } from "./helpers.ts";

describe("a nationality before a name", () => {
  it("is no part of the name", () => {
    const facts = parse("Czech Jan Hernych beat Spaniard Rafael Moreno, and Argentine David Naldi lost.");
    expect(facts.people.map((p) => p.name)).toEqual(["Jan Hernych", "Rafael Moreno", "David Naldi"]);
  });
});

describe("“the Scot”, “the American” after a quote", () => {
  it("is the person the sentence before was about", () => {
    const body = [
      "Andy Roddick was left frustrated after losing both his singles.",
      "“It's just tough,” said the American. “I had my chances.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Andy Roddick", "Andy Roddick"]);
  });

  it("is not the person quoted before when the sentence between was about someone unnamed", () => {
    const body = [
      "“It feels really good,” said Conchita Marques, who is playing her last season.",
      "Groenfeld was the more powerful player but could not match her opponent's accuracy.",
      "“It was my first final,” said the German.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Conchita Marques", "the German"]);
  });

  it("gives the person no title from it", () => {
    const body = ["Robert Kane scored twice on Saturday.", "“We dug in,” said the Irishman."].join("\n\n");
    const facts = parse(body);
    expect(facts.people.find((p) => p.name === "Robert Kane")?.title ?? null).toBeNull();
    expect(speakersOf(body)).toEqual(["Robert Kane"]);
  });
});

describe("a player by position, a man by his town, an MP by initials", () => {
  // BBC, 2005: "said the Sale full-back", "says the Waterford man", "The prop said:", "the Salford MP
  // told" had each been a speaker of their own, or the coach quoted just before.
  it("is the person the sentence before was about, not the one quoted before", () => {
    const body = [
      "Coach Andy Morton was bullish, saying that his side “are going there to get in their faces”. And skipper Jason Kerr believes there is nothing wrong with the mood. “There is no lack of confidence in the team,” said the Sale full-back.",
      "Adam Rees says the forwards are determined. The prop said: “If we get stuffed in the front five our backs have had it.”",
      "Helen Ward said innocent people would be targeted. “The threat is most likely to come from abroad,” the Salford MP told the committee.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Andy Morton", "Jason Kerr", "Adam Rees", "Helen Ward"]);
  });

  it("gives no title from the town, and leaves “the man” alone someone new", () => {
    const body = [
      "Paul Dunne should be paralysed. “I was in a lot of pain,” says the Waterford man.",
      "Dunne was walking home. “I saw it all,” said the man.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Paul Dunne", "the man"]);
    expect(parse(body).people.find((p) => p.name === "Paul Dunne")?.title ?? null).toBeNull();
  });
});

describe("a name that is also a nationality", () => {
  it("stays a name (Mark Cuban)", () => {
    const body = "Billionaire Mark Cuban spoke on Sunday. “You've got to be able to adapt,” Cuban said.";
    expect(speakersOf(body)).toEqual(["Mark Cuban"]);
  });
});

/**
 * A nationality where sports and world copy names a person by it: before a name ("Czech Jan
 * Hernych") it is a description, not part of the name; after "the" ("said the Scot") it stands for
 * the person the sentence before was about, and for no one when that sentence was about no one
 * named. Shapes met in BBC sport copy, with invented names.
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

describe("a name that is also a nationality", () => {
  it("stays a name (Mark Cuban)", () => {
    const body = "Billionaire Mark Cuban spoke on Sunday. “You've got to be able to adapt,” Cuban said.";
    expect(speakersOf(body)).toEqual(["Mark Cuban"]);
  });
});

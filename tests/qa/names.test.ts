import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/qa/identity.ts";
import { bearerWords, ownNameWords, typedNameWords } from "../../src/qa/names.ts";
import { speakerMatches } from "../../src/verify/speaker.ts";

const person = (name: string) => ({
  id: "p1",
  name,
  aliases: [],
  title: null,
  kind: "person" as const,
  gender: null,
});

describe("names", () => {
  it("leaves titles, courtesy words and suffixes out of a name", () => {
    expect(ownNameWords("Former Prime Minister Tony Blair")).toEqual(["tony", "blair"]);
    expect(ownNameWords("Sen. Elizabeth Warren")).toEqual(["elizabeth", "warren"]);
    expect(ownNameWords("Martin Luther King Jr.")).toEqual(["martin", "luther", "king"]);
  });

  it("drops where a typed name says someone is from", () => {
    expect(typedNameWords("Rep. Elijah Cummings of Maryland")).toEqual(["elijah", "cummings"]);
    expect(typedNameWords("Jane Doe, 42")).toEqual(["jane", "doe"]);
  });

  it("reads a title the same way for the archive and for verification", () => {
    expect(nameKey("Gov. Jim Hodges")).toEqual({ first: "james", last: "hodges" });
    expect(nameKey("House Speaker Paul Ryan")).toEqual({ first: "paul", last: "ryan" });
    expect(speakerMatches(person("Paul Ryan"), "House Speaker Paul Ryan")).toBe(true);
    expect(speakerMatches(person("Paul Ryan"), "Speaker Nancy Pelosi")).toBe(false);
  });

  it("gives a description only its head, and a name all of its words", () => {
    expect(bearerWords("one longtime adviser to Bill Clinton")).toEqual(["one", "longtime", "adviser"]);
    expect(bearerWords("the Muslim Council of Britain")).toEqual([
      "the",
      "muslim",
      "council",
      "of",
      "britain",
    ]);
  });
});

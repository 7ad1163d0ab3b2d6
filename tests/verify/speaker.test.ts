import { describe, expect, it } from "vitest";
import type { Person } from "../../src/article/facts.ts";
import { fullName, speakerMatches } from "../../src/verify/speaker.ts";

const person = (name: string, extra: Partial<Person> = {}): Person => ({
  id: "p1",
  name,
  aliases: [],
  title: null,
  kind: "person",
  gender: null,
  ...extra,
});

describe("speakerMatches", () => {
  const kelly = person("John Kelly", { aliases: ["Kelly"], title: "US Homeland Security Secretary" });

  it("takes the surname, the full name, an honorific or a title before it, and one slip", () => {
    for (const typed of ["Kelly", "John Kelly", "Mr Kelly", "Secretary Kelly", "John Kellly", "KELLY"])
      expect(speakerMatches(kelly, typed), typed).toBe(true);
  });

  it("refuses another first name, another surname, and a first name alone", () => {
    for (const typed of ["Mary Kelly", "Jon Kelly", "Kelley Smith", "John", "Trump"])
      expect(speakerMatches(kelly, typed), typed).toBe(false);
  });

  it("lets a title alone name the person who holds it", () => {
    expect(speakerMatches(kelly, "the Homeland Security Secretary")).toBe(true);
    expect(speakerMatches(kelly, "the president")).toBe(false);
  });

  it("does not hold a first name against an article that gives only the surname", () => {
    expect(speakerMatches(person("Mr. King", { aliases: ["King"] }), "Charlie King")).toBe(true);
  });
});

describe("fullName", () => {
  it("drops the titles and the state a name is given with", () => {
    expect(fullName(person("Rep. Elijah Cummings of Maryland"))).toBe("Elijah Cummings");
    expect(fullName(person("former South Carolina Gov. Jim Hodges"))).toBe("Jim Hodges");
    expect(fullName(person("House Speaker Paul Ryan"))).toBe("Paul Ryan");
  });

  it("reads a titled name as a person's, and leaves organisations and bare honorifics whole", () => {
    expect(fullName(person("Sen. Sherrod Brown of Ohio", { kind: "organisation" }))).toBe("Sherrod Brown");
    expect(fullName(person("Bank of England", { kind: "organisation" }))).toBe("Bank of England");
    expect(fullName(person("Mr. King"))).toBe("Mr. King");
  });
});

import { describe, expect, it } from "vitest";
import type { Person } from "../../src/article/facts.ts";
import { askedNameWords, nameFit } from "../../src/qa/name-index.ts";

function person(name: string, title: string | null = null, aliases: string[] = []): Person {
  return { id: "p1", name, aliases, title, kind: "person", gender: null };
}

describe("nameFit: how much of an asked name a person accounts for", () => {
  it("counts every asked word the name, an alias or a close spelling holds", () => {
    expect(nameFit(askedNameWords("Tony Blair"), person("Tony Blair"))).toBe(1);
    expect(nameFit(askedNameWords("Mr Blare"), person("Tony Blair"))).toBe(1);
    expect(nameFit(askedNameWords("Hillary"), person("Hillary Rodham Clinton"))).toBe(1);
    expect(nameFit(askedNameWords("Declan"), person("Declan O'Brien", null, ["O'Brien"]))).toBe(1);
  });

  it("leaves out the words of another organisation's or person's name", () => {
    const council = { ...person("the Muslim Council of Britain"), kind: "organisation" } as Person;
    expect(nameFit(askedNameWords("the Muslim Association of Britain"), council)).toBeCloseTo(2 / 3);
    expect(nameFit(askedNameWords("Ruth Kelly Holmes"), person("Kelly Holmes"))).toBeCloseTo(2 / 3);
  });

  it("gives a description only its own head: one who advises Clinton is no Clinton", () => {
    expect(nameFit(askedNameWords("Clinton"), person("one longtime adviser to Bill Clinton"))).toBe(0);
    expect(nameFit(askedNameWords("the adviser"), person("one longtime adviser to Bill Clinton"))).toBe(1);
  });

  it("takes title words, but not a name that is another's in the title", () => {
    const rhodes = person("Ben Rhodes", "Obama's deputy national security adviser");
    expect(nameFit(askedNameWords("Obama"), rhodes)).toBe(0);
    expect(nameFit(askedNameWords("the security adviser"), rhodes)).toBe(1);
  });
});

/** `terms.ts`: which close spellings a typed word may stand for. */
import { describe, expect, it } from "vitest";
import { sameStart } from "../../src/qa/terms.ts";

describe("sameStart", () => {
  it("lets a typo stand for a word with the same first letter", () => {
    expect(sameStart("borow", "borrow")).toBe(true);
    expect(sameStart("populaton", "population")).toBe(true);
  });

  it("keeps apart words that differ in their first letter, unless one negates the other", () => {
    expect(sameStart("lumping", "pumping")).toBe(false);
    expect(sameStart("busing", "using")).toBe(false);
    expect(sameStart("inconvenient", "convenient")).toBe(true);
    expect(sameStart("unfit", "fit")).toBe(true);
  });
});

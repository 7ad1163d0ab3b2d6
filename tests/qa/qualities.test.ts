import { describe, expect, it } from "vitest";
import { negativeForms, positiveForms, qualityForms } from "../../src/qa/qualities.ts";

describe("qualities", () => {
  it("reads a quality noun back to the adjective it names the quality of", () => {
    expect(qualityForms("honesty")).toEqual(["honesty", "honest"]);
    expect(qualityForms("fairness")).toEqual(["fairness", "fair"]);
    expect(qualityForms("legality")).toEqual(["legality", "legal"]);
    expect(qualityForms("responsibility")).toEqual(["responsibility", "responsible"]);
    expect(qualityForms("competence")).toEqual(["competence", "competent"]);
  });

  it("takes an adjective by its ending, and no short noun or verb", () => {
    expect(qualityForms("legal")).toEqual(["legal"]);
    expect(qualityForms("popular")).toEqual(["popular"]);
    expect(qualityForms("plant")).toEqual([]);
    expect(qualityForms("deal")).toEqual([]);
    expect(qualityForms("wall")).toEqual([]);
  });

  it("gives only the negative forms that are words", () => {
    expect(negativeForms("honest")).toEqual(["dishonest"]);
    expect(negativeForms("legal")).toEqual(["illegal"]);
    expect(negativeForms("fair")).toEqual(["unfair"]);
    expect(negativeForms("wall")).toEqual([]);
  });

  it("reads a negative form back to what it negates, only by prefixes that seldom start other words", () => {
    expect(positiveForms("unchanged")).toEqual(["changed"]);
    expect(positiveForms("illegal")).toEqual(["legal"]);
    expect(positiveForms("nonpartisan")).toEqual(["partisan"]);
    expect(positiveForms("union")).toEqual([]);
    expect(positiveForms("income")).toEqual([]);
    expect(positiveForms("display")).toEqual([]);
  });
});

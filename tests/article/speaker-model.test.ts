/**
 * The learned speaker model: its weights file is checked on load, its training is reproducible, and
 * on real copy it decides the quotes no words attribute (the PolNeAR sample in tests/fixtures).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  collectExamples,
  type Example,
  falseCount,
  rightCount,
  ruleChoice,
  train,
} from "../../scripts/train-speaker-model.ts";
import { bestCandidate, FEATURES, parseSpeakerModel } from "../../src/article/speaker-model.ts";
import { quotesOf } from "./helpers.ts";

const shippedFile = () =>
  JSON.parse(readFileSync(new URL("../../src/article/speaker-model.json", import.meta.url), "utf8"));
const SAMPLE = new URL("../fixtures/polnear", import.meta.url).pathname;

describe("the weights file", () => {
  it("accepts the shipped file: one finite weight per feature, in the code's order", () => {
    const model = parseSpeakerModel(shippedFile());
    expect(model.weights).toHaveLength(FEATURES.length);
    expect([...model.weights].every(Number.isFinite)).toBe(true);
  });

  type File = { model: string; weights: Record<string, unknown> };
  const renamed = (f: File, from: string, to: string) => {
    f.weights = Object.fromEntries(Object.entries(f.weights).map(([k, v]) => [k === from ? to : k, v]));
  };
  it.each([
    ["a weight missing", (f: File) => delete f.weights[FEATURES[3]]],
    ["a weight that is not a number", (f: File) => (f.weights[FEATURES[3]] = "0.5")],
    ["a weight that is null", (f: File) => (f.weights[FEATURES[0]] = null)],
    ["a feature renamed", (f: File) => renamed(f, FEATURES[1], "renamed")],
    [
      "features reordered",
      (f: File) => (f.weights = Object.fromEntries(Object.entries(f.weights).reverse())),
    ],
    ["a feature the code does not have", (f: File) => (f.weights.extra = 1)],
    ["another model's file", (f: File) => (f.model = "something-else")],
  ])("refuses a file with %s, saying why", (_, spoil) => {
    const file = shippedFile();
    spoil(file);
    expect(() => parseSpeakerModel(file)).toThrow(/^speaker model: /);
  });

  it("refuses what is not a model file at all", () => {
    expect(() => parseSpeakerModel([1, 2, 3])).toThrow(/^speaker model: /);
    expect(() => parseSpeakerModel(null)).toThrow(/^speaker model: /);
  });
});

describe("training", () => {
  const examples = collectExamples(SAMPLE);
  const find = (start: string) => examples.find((e) => e.quote.startsWith(start)) as Example;

  it("collects the decisions of real articles, labelled by their gold", () => {
    expect(examples.length).toBeGreaterThan(10);
    // Where the rule names no one, "nobody" is a candidate, and the right one for a coined term.
    const term = find("Haley effect");
    expect(term.scare).toBe(true);
    expect(term.candidates[term.gold]?.entity).toBeNull();
    const typo = find("Syrians are now being caught");
    expect(typo.candidates[typo.gold]?.entity?.name).toBe("Donald Trump");
  });

  it("learns the same weights from the same data, and they rank the known cases", () => {
    const model = train(examples);
    const again = train(collectExamples(SAMPLE));
    expect([...again.weights]).toEqual([...model.weights]);
    // `"Syrians are now being caught …," Trump from his desk.`: an attribution that lost its verb
    // still names the one the story is about, whom the rule missed.
    const typo = find("Syrians are now being caught");
    expect(ruleChoice(typo).entity).toBeNull();
    expect(bestCandidate(model, typo.candidates).entity?.name).toBe("Donald Trump");
    // A coined term is nobody's words.
    expect(bestCandidate(model, find("Haley effect").candidates).entity).toBeNull();
    // Over the sample, right more often than the hand-written rule, naming no more people wrongly.
    const choose = (e: Example) => bestCandidate(model, e.candidates);
    expect(rightCount(examples, choose)).toBeGreaterThan(rightCount(examples, ruleChoice));
    expect(falseCount(examples, choose)).toBeLessThanOrEqual(falseCount(examples, ruleChoice));
  });
});

/** Shapes met on real copy (PolNeAR training articles), with invented names. */
describe("the shipped model on quotes no words attribute", () => {
  it("gives a term someone “called” to the subject of the clause, not to the one it describes", () => {
    const body = [
      "Ted Vance has made veiled references to Luis Ortiz's voting record.",
      "There have been more-pointed references, such as when Vance knocked Ortiz on trade and called him a “moderate,” a subtle dig at a candidate who came into office as an outsider.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["moderate,", "Ted Vance", "partial"]]);
  });

  it("gives a term “called … by” someone to them, not to the last sentence's speaker", () => {
    const body = [
      "Armenian Americans say they give to candidates of both parties.",
      "This feature of the movement has been called “strategic ambiguity” by Omar Haddad, a professor at Loyola University, and it makes it impossible to trace the source of funding.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["strategic ambiguity", "Omar Haddad", "partial"]]);
  });

  it("gives a figure “according to calculations by” someone to them, not to the last sentence's speaker", () => {
    const body = [
      "Supporters say the raise would lift the wages of two million workers.",
      "A “living wage” for a single adult with no children in Oregon is about $14 an hour, according to calculations by Nina Falk of the University of Oregon.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["living wage", "Nina Falk", "partial"]]);
  });

  it("names nobody for a title in Title Case that no words attribute, though someone spoke just before", () => {
    const body = [
      "“We were never asked,” Maria Pena said at the festival on Sunday.",
      "The “Broad City” star asked actors to act whiter to make a point.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([
      ["We were never asked,", "Maria Pena", "direct"],
      ["Broad City", null, "scare"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { FactsError, validateFacts } from "../../src/article/facts.ts";
import { makeFacts } from "./helpers.ts";

const FILE = "data/x.facts.json";

// biome-ignore lint/suspicious/noExplicitAny: the tests write deliberately ill-typed values into facts.
type Loose = any;

/** Applies `change` to a fresh valid Facts (as plain JSON) and returns the validation error message. */
function errorFor(change: (f: Loose) => void): string {
  const facts = structuredClone(makeFacts()) as Loose;
  change(facts);
  try {
    validateFacts(facts, FILE);
  } catch (err) {
    expect(err).toBeInstanceOf(FactsError);
    expect((err as FactsError).name).toBe("FactsError");
    return (err as Error).message;
  }
  throw new Error("expected validation to fail");
}

describe("validateFacts", () => {
  it("accepts a valid facts object and returns it", () => {
    const facts = makeFacts();
    expect(validateFacts(structuredClone(facts), FILE)).toEqual(facts);
  });

  it("accepts nulls where the type allows them", () => {
    const facts: Loose = makeFacts();
    facts.metadata.published = null;
    facts.metadata.source = null;
    facts.people[0].title = null;
    facts.quotes[0].speakerId = null;
    expect(() => validateFacts(facts, FILE)).not.toThrow();
  });

  it("refuses a wrong version, naming the field and saying to re-ingest", () => {
    expect(errorFor((f) => (f.version = 0))).toMatch(/^data\/x\.facts\.json: version: .*re-ingest/);
    expect(errorFor((f) => delete f.version)).toMatch(/^data\/x\.facts\.json: version: .*re-ingest/);
  });

  it("refuses non-objects at the root", () => {
    expect(() => validateFacts([], FILE)).toThrow(
      "data/x.facts.json: (root): expected an object, got an array",
    );
    expect(() => validateFacts(null, FILE)).toThrow(FactsError);
  });

  it.each<[string, (f: Loose) => void, string]>([
    ["unknown speaker", (f) => (f.quotes[0].speakerId = "p9"), 'quotes[0].speakerId: unknown person "p9"'],
    [
      "unknown reporter",
      (f) => (f.reported[0].speakerId = "p2"),
      'reported[0].speakerId: unknown person "p2"',
    ],
    [
      "null reported speaker",
      (f) => (f.reported[0].speakerId = null),
      "reported[0].speakerId: expected a string",
    ],
    ["missing id", (f) => delete f.id, "id: expected a string, got undefined"],
    ["empty id", (f) => (f.id = ""), "id: must not be empty"],
    ["metadata not object", (f) => (f.metadata = "x"), "metadata: expected an object"],
    ["headline number", (f) => (f.metadata.headline = 3), "metadata.headline: expected a string, got 3"],
    [
      "bad date",
      (f) => (f.metadata.published = "last Tuesday"),
      "metadata.published: expected an ISO 8601 date",
    ],
    ["caption number", (f) => (f.metadata.captions = ["ok", 1]), "metadata.captions[1]: expected a string"],
    ["paragraphs not array", (f) => (f.paragraphs = "text"), "paragraphs: expected an array"],
    [
      "sentence paragraph 0",
      (f) => (f.sentences[1].paragraph = 0),
      "sentences[1].paragraph: expected an integer from 1 to 2, got 0",
    ],
    [
      "quote paragraph past end",
      (f) => (f.quotes[0].paragraph = 3),
      "quotes[0].paragraph: expected an integer from 1 to 2, got 3",
    ],
    [
      "quote paragraph fraction",
      (f) => (f.quotes[0].paragraph = 1.5),
      "quotes[0].paragraph: expected an integer",
    ],
    [
      "quote sentence past end",
      (f) => (f.quotes[0].sentence = 2),
      "quotes[0].sentence: expected an integer from 0 to 1, got 2",
    ],
    [
      "reported sentence string",
      (f) => (f.reported[0].sentence = "1"),
      "reported[0].sentence: expected an integer",
    ],
    [
      "quote kind",
      (f) => (f.quotes[0].kind = "indirect"),
      'quotes[0].kind: expected one of direct, partial, scare, got "indirect"',
    ],
    [
      "person kind",
      (f) => (f.people[0].kind = "robot"),
      "people[0].kind: expected one of person, organisation",
    ],
    ["person aliases", (f) => (f.people[0].aliases = null), "people[0].aliases: expected an array, got null"],
    ["duplicate person", (f) => f.people.push({ ...f.people[0] }), 'people[1].id: duplicate person id "p1"'],
    ["quote not object", (f) => (f.quotes[0] = 5), "quotes[0]: expected an object, got 5"],
  ])("names file and field: %s", (_, change, expected) => {
    expect(errorFor(change)).toContain(`${FILE}: ${expected}`);
  });

  it("refuses references when there is nothing to refer to", () => {
    const message = errorFor((f) => {
      f.paragraphs = [];
      f.sentences = [];
    });
    expect(message).toContain("quotes[0].paragraph: got 1, but there is nothing to refer to");
  });
});

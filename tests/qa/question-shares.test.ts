import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import {
  askedWords,
  coverageByArticle,
  nearShare,
  ownShare,
  readingWeight,
} from "../../src/qa/question-shares.ts";

const FIXTURES = new URL("../fixtures/archive-real/", import.meta.url);
const read = (id: string) => parseArticle(readFileSync(new URL(`${id}.txt`, FIXTURES), "utf8"), id);

describe("the topic an article's passages hold together", () => {
  const index = new ArchiveIndex();
  for (const id of ["politics-055", "sport-022"]) index.add(read(id));
  // Ruth Kelly's story names "Opus Dei" and "zero tolerance" in different paragraphs: no one
  // passage holds both words, the article does.
  const query = ["opus", "tolerance"].flatMap((w) => index.expand(w));

  it("counts words found in different passages of one article", () => {
    const best = Math.max(...index.search(query, () => true, 50).map((h) => h.coverage));
    expect(best).toBeLessThan(1);
    const shares = coverageByArticle(index, query, () => true);
    expect(shares.get("politics-055")).toBe(1);
    expect(shares.has("sport-022")).toBe(false);
  });

  it("keeps to the passages allowed", () => {
    const shares = coverageByArticle(index, query, (article) => article === "sport-022");
    expect(shares.size).toBe(0);
  });
});

describe("the topic near an answer", () => {
  // Copy sets out what was announced, then quotes the reaction two paragraphs later.
  const article = [
    "Council delays tram extension",
    "",
    "The city council voted on Tuesday to delay the tram extension by two years.",
    "",
    "The vote followed a long debate in the chamber.",
    "",
    "\u201cThis is a sad day for commuters,\u201d said Ann Lowe, who chairs the transport committee.",
    "",
    "Separately, the council agreed a new budget for libraries.",
    "",
    "\u201cReading matters,\u201d said Tom Reed.",
  ].join("\n");
  const index = new ArchiveIndex();
  index.add(parseArticle(article, "tram"));
  const paragraphOf = (start: string) =>
    index.facts("tram")!.paragraphs.findIndex((p) => p.startsWith(start)) + 1;
  const topic = ["tram", "extension"];
  const asked = askedWords("What did Ann Lowe say about the tram extension?");

  it("reads the answer's paragraph and the two before it", () => {
    expect(nearShare(index, "tram", paragraphOf("\u201cThis is"), topic, asked)).toBe(1);
  });

  it("does not reach further back, nor forward", () => {
    expect(nearShare(index, "tram", paragraphOf("\u201cReading"), topic, asked)).toBe(0);
    expect(nearShare(index, "tram", paragraphOf("The vote"), topic, asked)).toBe(1);
    expect(nearShare(index, "tram", null, topic, asked)).toBe(0);
  });
});

describe("what a misspelled question word is worth", () => {
  // "acording" is close to "according" (in every story) and to "adoring" (in one): a reporter's typo
  // means the common word, and must not weigh as much as the rare one.
  const index = new ArchiveIndex();
  for (let i = 0; i < 6; i++)
    index.add(
      parseArticle(`Budget story ${i}\n\nThe plan would cost more, according to the watchdog.`, `a${i}`),
    );
  index.add(parseArticle("Fans\n\nThe adoring fans cheered the band.", "fans"));
  const stands = index.expand("acording");

  it("is the worth of its likeliest reading, not of its rarest", () => {
    expect(stands.map((t) => t.stem)).toEqual(expect.arrayContaining(["accord", "ador"]));
    const accord = stands.find((t) => t.stem === "accord")!;
    expect(readingWeight(index, stands)).toBeCloseTo(index.idf("accord") * accord.weight);
  });

  it("weighs the same in an article's coverage: the common reading's worth, not the rare one's", () => {
    const cheered = index.expand("cheered");
    const shares = coverageByArticle(index, [...stands, ...cheered], () => true);
    const acording = readingWeight(index, stands);
    expect(shares.get("a0")).toBeCloseTo(acording / (acording + readingWeight(index, cheered)));
    expect(shares.get("fans")).toBe(1);
  });

  it("leaves a sentence that misses it most of the question", () => {
    const text = "The plan would cost more, the watchdog said.";
    expect(ownShare(index, text, ["plan", "cost", "watchdog", "acording"])).toBeGreaterThan(0.6);
  });
});

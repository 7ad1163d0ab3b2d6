import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { coverageByArticle } from "../../src/qa/question-shares.ts";

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

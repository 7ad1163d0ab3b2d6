import Fuse from "fuse.js";
import { describe, expect, it } from "vitest";
import { FuzzyList } from "../../src/qa/fuzzy-list.ts";

const OPTIONS = { includeScore: true, threshold: 0.34, ignoreLocation: true };

function listOf(words: readonly string[]): FuzzyList<string> {
  const list = new FuzzyList<string>((w) => w, OPTIONS, 0.34);
  for (const w of words) list.push(w);
  return list;
}

describe("FuzzyList", () => {
  // One letter off "holmes" each: fuse.js scores them alike, and keeps equal scores in list order.
  const words = ["holmez", "holmen", "holmer", "holmea", "holmey", "holmed", "hughes", "clarke"];

  it("gives the same close words whatever order they were pushed in, keeping those that tie with the last", () => {
    const forward = listOf(words)
      .search("holmes", 3)
      .map((h) => h.item);
    const backward = listOf([...words].reverse())
      .search("holmes", 3)
      .map((h) => h.item);
    expect(backward).toEqual(forward);
    // All six tie with the third: none is dropped for its place in the list; equal scores alphabetical.
    expect(forward).toEqual(["holmea", "holmed", "holmen", "holmer", "holmey", "holmez"]);
    expect(
      listOf(["holmes", ...words])
        .search("holmes", 1)
        .map((h) => h.item),
    ).toEqual(["holmes"]);
  });

  it("finds only words within the threshold, skipping those it is told are gone", () => {
    const list = listOf(words);
    const found = list.search("holmes", 20, (w) => w !== "holmen").map((h) => h.item);
    expect(found).toEqual(["holmea", "holmed", "holmer", "holmey", "holmez"]);
  });

  it("scores items searched by a key exactly as fuse.js over the items would, a perfect match too", () => {
    const names = ["holmes", "holmez", "hughes", "clarke", "clark", "holm", "homes", "helms"];
    const options = { keys: ["word"], includeScore: true, threshold: 0.45 };
    const list = new FuzzyList<{ word: string }>((e) => e.word, options, 0.45);
    const entries = [...names].sort().map((word) => ({ word }));
    for (const e of entries) list.push(e);
    for (const pattern of ["holmes", "clark", "helm", "hughs"]) {
      const ours = list.search(pattern, 50).map((h) => [h.item.word, h.score]);
      const theirs = new Fuse(entries, options).search(pattern).map((h) => [h.item.word, h.score]);
      expect(ours).toEqual(theirs);
    }
  });
});

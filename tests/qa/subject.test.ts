import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { articleSubject } from "../../src/qa/subject.ts";
import { terms } from "../../src/qa/terms.ts";

const FIXTURES = new URL("../fixtures/archive-names/", import.meta.url);
// A real story whose first line is its headline with a full stop added, as PolNeAR writes them
// (see tests/fixtures/archive-names/SOURCES.md): the parser keeps it as the first paragraph.
const ID = "west-journal_2016-09-21_chris-christie-calls-hillary-cli";

describe("an article's subject", () => {
  it("takes the lede after a first line the parser kept as a paragraph, as it is the headline", () => {
    const facts = parseArticle(readFileSync(new URL(`${ID}.txt`, FIXTURES), "utf8"), ID);
    expect(facts.metadata.headline).toBe("");
    const index = new ArchiveIndex();
    index.add(facts);
    // The lede's second sentence: "… Terence Crutcher, a 40-year-old unarmed black man."
    const lede = facts.sentences[2]!.text;
    expect(lede).toContain("Terence Crutcher");
    expect(articleSubject(index, ID, new Set(terms("Terence Crutcher")))).toBe(1);
    // Beyond the lede: the third paragraph's words are not its subject.
    const later = facts.sentences.find((s) => s.paragraph === 4)!.text;
    const word = terms(later).find((t) => !terms(facts.paragraphs.slice(0, 3).join(" ")).includes(t))!;
    expect(articleSubject(index, ID, new Set([word]))).toBe(0);
  });
});

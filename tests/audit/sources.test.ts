/**
 * Counts on a small archive checked by hand (tests/fixtures/sources, four articles):
 *   port-plan (10 Feb 2017): Mayor John Kelly 3 quotes (1 partial), Mrs Ana Ruiz 1, a council spokesman 1
 *   harbour-works (20 Feb 2017): Mr Kelly 2 ("he said" once), Officials 1 (partial), the Harbour Trust 1
 *   library-budget (1 Dec 2016): Priya Shah 1 ("she said"), Tom Reed 1
 *   undated-note (no date): Captain Lena Moss 1
 */
import { describe, expect, it } from "vitest";
import type { Person } from "../../src/article/facts.ts";
import { identityKeys, sourceKind } from "../../src/audit/identity.ts";
import { sourceReport } from "../../src/audit/sources.ts";
import { smallArchive } from "./helpers.ts";

const archive = smallArchive();

describe("the source report over a small archive", () => {
  it("counts articles, quotes and distinct people and bodies, Kelly once across two articles", () => {
    const report = sourceReport(archive);
    expect([report.articles, report.quotes, report.people, report.undated]).toEqual([4, 12, 8, 0]);
    expect(report.sources).toEqual({
      named: { people: 5, quotes: 9 },
      unnamed: { people: 2, quotes: 2 },
      organisation: { people: 1, quotes: 1 },
    });
    expect(report.quoteKinds).toEqual({ direct: 10, partial: 2 });
  });

  it("counts gender only as stated: Mrs, she, he, spokesman; a bare name is not stated", () => {
    const report = sourceReport(archive);
    expect(report.gender).toEqual({
      woman: { people: 2, quotes: 2 }, // Mrs Ana Ruiz, Priya Shah ("she said")
      man: { people: 2, quotes: 6 }, // Kelly (Mr, "he said" in the second article), the spokesman
      notStated: { people: 3, quotes: 3 }, // Tom Reed, Captain Lena Moss, officials
    });
  });

  it("lists the most quoted, with their titles, fullest name and gender", () => {
    const { top } = sourceReport(archive, { top: 3 });
    expect(top).toEqual([
      { name: "John Kelly", quotes: 5, articles: 2, titles: ["Mayor"], gender: "man" },
      { name: "Ana Ruiz", quotes: 1, articles: 1, titles: [], gender: "woman" },
      { name: "Lena Moss", quotes: 1, articles: 1, titles: ["Captain"], gender: "notStated" },
    ]);
  });

  it("keeps to a date range and says how many undated articles it left out", () => {
    const report = sourceReport(archive, { range: { since: "2017-02-01", until: "2017-02-28" } });
    expect([report.articles, report.quotes, report.people, report.undated]).toEqual([2, 9, 5, 1]);
    const before = sourceReport(archive, { range: { since: null, until: "2017-02-15" } });
    // port-plan (5 quotes) and library-budget (2), which has no lower bound to fall under.
    expect([before.articles, before.quotes, before.undated]).toEqual([2, 7, 1]);
  });

  it("reports an empty range as zeros, not an error", () => {
    const report = sourceReport(archive, { range: { since: "2020-01-01", until: null } });
    expect([report.articles, report.quotes, report.people, report.undated]).toEqual([0, 0, 0, 1]);
    expect(report.top).toEqual([]);
    expect(report.gender.woman).toEqual({ people: 0, quotes: 0 });
  });

  it("keeps to the articles asked for", () => {
    const report = sourceReport(archive, { articleIds: new Set(["library-budget"]) });
    expect([report.articles, report.quotes, report.people]).toEqual([1, 2, 2]);
  });
});

const person = (id: string, name: string, kind: Person["kind"] = "person"): Person => ({
  id,
  name,
  aliases: [],
  title: null,
  kind,
  gender: null,
});

describe("one identity per speaker", () => {
  it("joins a full name, Mr + surname and accents across articles", () => {
    const keys = identityKeys([
      { articleId: "a", person: person("p1", "John Kelly") },
      { articleId: "b", person: person("p1", "Mr Kelly") },
      { articleId: "c", person: person("p2", "Enrique Peña Nieto") },
      { articleId: "d", person: person("p4", "Enrique Pena Nieto") },
    ]);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
    expect(keys[0]).not.toBe(keys[2]);
  });

  it("leaves a lone surname apart when two people share it", () => {
    const keys = identityKeys([
      { articleId: "a", person: person("p1", "John Kelly") },
      { articleId: "b", person: person("p1", "Mary Kelly") },
      { articleId: "c", person: person("p1", "Mr Kelly") },
    ]);
    expect(new Set(keys).size).toBe(3);
  });

  it("never joins unnamed sources of different articles, but joins an organisation", () => {
    const keys = identityKeys([
      { articleId: "a", person: person("p3", "a council spokesman") },
      { articleId: "b", person: person("p3", "a council spokesman") },
      { articleId: "a", person: person("p4", "the Harbour Trust", "organisation") },
      { articleId: "b", person: person("p9", "The Harbour Trust", "organisation") },
    ]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
  });

  it("tells named people, unnamed sources and organisations apart", () => {
    expect(sourceKind(person("p1", "John Kelly"))).toBe("named");
    expect(sourceKind(person("p1", "a Home Office spokesman"))).toBe("unnamed");
    expect(sourceKind(person("p1", "Officials", "organisation"))).toBe("unnamed");
    expect(sourceKind(person("p1", "senior officials", "organisation"))).toBe("unnamed");
    expect(sourceKind(person("p1", "Pena Nieto's office", "organisation"))).toBe("organisation");
  });
});

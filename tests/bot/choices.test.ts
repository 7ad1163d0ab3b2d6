import { describe, expect, it } from "vitest";
import { stripBotMention } from "../../src/bot/mentions.ts";
import { clampPage, decodePageId, encodePageId, pageButtons, paginate } from "../../src/bot/pages.ts";
import { filterBy, rankBy, rankNames } from "../../src/qa/match.ts";
import { editDistance } from "../../src/qa/terms.ts";

describe("rankNames", () => {
  const names = ["Mikel Kelso", "John Kelly", "Kelly", "Kellyanne Conway", "Rex Tillerson"];

  it("ranks exact, then prefix, then word prefix, then contains", () => {
    expect(rankNames(names, "kelly")).toEqual(["Kelly", "Kellyanne Conway", "John Kelly"]);
    expect(rankNames(names, "kel")).toEqual(["Kelly", "Kellyanne Conway", "Mikel Kelso", "John Kelly"]);
    expect(rankNames(names, "ers")).toEqual(["Rex Tillerson"]);
  });

  it("ignores case and accents, and keeps everything for an empty query", () => {
    expect(rankNames(["Enrique Peña Nieto"], "pena")).toEqual(["Enrique Peña Nieto"]);
    expect(rankNames(names, "  ")).toEqual(names);
  });
});

describe("typo-tolerant matching", () => {
  const headlines = [
    "Harbour workers walk out over night-shift pay",
    "Won't use military for deportations, says Homeland Security Secretary",
    "Central library reopens after two-year refit",
    "Harbour master retires",
  ];
  const byHeadline = (h: string) => [h];

  it("ranks exact, then prefix, then contains, then near misses", () => {
    const items = ["library", "Library news", "The new library", "Libary closes", "Unrelated"];
    expect(rankBy(items, "library", byHeadline)).toEqual([
      "library",
      "Library news",
      "The new library",
      "Libary closes",
    ]);
  });

  it("forgives a typo per word, and a word still being typed", () => {
    expect(rankBy(headlines, "deportaton", byHeadline)).toEqual([headlines[1]]);
    expect(rankBy(headlines, "hrabour pay", byHeadline)).toEqual([headlines[0]]);
    expect(rankBy(headlines, "libary reop", byHeadline)).toEqual([headlines[2]]);
    expect(rankBy(headlines, "secuirty secretery", byHeadline)).toEqual([headlines[1]]);
  });

  it("does not guess on short words or unrelated text", () => {
    expect(rankBy(headlines, "pat", byHeadline)).toEqual([]);
    expect(rankBy(headlines, "weather forecast", byHeadline)).toEqual([]);
  });

  it("filters in the given order (newest first) where ranking would reorder", () => {
    expect(filterBy(headlines, "harbour", byHeadline)).toEqual([headlines[0], headlines[3]]);
    expect(rankBy(["Old harbour", "Harbour"], "harbour", byHeadline)).toEqual(["Harbour", "Old harbour"]);
    expect(filterBy(["Old harbour", "Harbour"], "harbour", byHeadline)).toEqual(["Old harbour", "Harbour"]);
    expect(filterBy(headlines, " ", byHeadline)).toEqual(headlines);
  });

  it("counts edits, a swap of neighbours as one, up to the budget", () => {
    expect(editDistance("kelly", "kelly", 1)).toBe(0);
    expect(editDistance("kelyl", "kelly", 1)).toBe(1);
    expect(editDistance("kely", "kelly", 1)).toBe(1);
    expect(editDistance("kelso", "kelly", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("pages", () => {
  it("packs lines into pages by count and size", () => {
    const pages = paginate(
      Array.from({ length: 25 }, (_, i) => `line ${i}`),
      3500,
      10,
    );
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(paginate(["a".repeat(3000), "b".repeat(3000)], 3500).length).toBe(2);
  });

  it("round-trips page state through the custom id", () => {
    const state = { command: "quotes", page: 2, args: ["article", "John Kelly"] };
    expect(decodePageId(encodePageId(state))).toEqual(state);
    expect(decodePageId("quotes:x")).toBeNull();
    expect(clampPage(9, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
  });

  it("shows Previous/Next only when there is more than one page", () => {
    expect(pageButtons({ command: "quotes", page: 0, args: [] }, 1)).toEqual([]);
    const [row] = pageButtons({ command: "quotes", page: 0, args: [] }, 2);
    const [previous, next] = (row?.components ?? []) as { disabled?: boolean; custom_id?: string }[];
    expect(previous?.disabled).toBe(true);
    expect(next?.disabled).toBe(false);
    expect(next?.custom_id).toBe("quotes:1");
  });
});

describe("stripBotMention", () => {
  it("removes both mention forms and tidies spaces", () => {
    expect(stripBotMention("<@42>  What did Kelly say?", "42")).toBe("What did Kelly say?");
    expect(stripBotMention("Hey <@!42>, what now <@42>", "42")).toBe("Hey , what now");
    expect(stripBotMention("<@43> hi", "42")).toBe("<@43> hi");
  });
});

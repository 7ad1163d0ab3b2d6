import { describe, expect, it } from "vitest";
import { rankNames } from "../../src/bot/choices.ts";
import { stripBotMention } from "../../src/bot/mentions.ts";
import { clampPage, decodePageId, encodePageId, pageButtons, paginate } from "../../src/bot/pages.ts";

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

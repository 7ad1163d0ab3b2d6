/** Names listed among people are people's, though no list knows their first names (`src/article/name-lists.ts`). */
import { describe, expect, it } from "vitest";
import { isEnglishWord } from "../../src/article/dictionary.ts";
import { GIVEN_NAME_TABLE } from "../../src/article/given-name-table.ts";
import { NAME_PARTICLES, ROLE_ENDING } from "../../src/article/lexicon.ts";
import { parse, speakerName } from "./helpers.ts";

describe("a list of names", () => {
  it("makes each two-word name in it a person's when enough of them have known first names", () => {
    const facts = parse(
      [
        "The president announced new rules on Tuesday.",
        "Celebrities Kalani Szabo, Kagiso Kowalczyk, Amy Schumer, Janelle Monae and Elizabeth Banks went on Twitter to applaud the announcement.",
        "Kowalczyk, star of television’s “Scandal,” thanked the president for “taking these steps to make us all safer.”",
      ].join("\n\n"),
    );
    expect(facts.people.map((p) => p.name)).toContain("Kagiso Kowalczyk");
    const quote = facts.quotes.find((q) => q.text.startsWith("taking these steps"));
    expect(speakerName(facts, quote?.speakerId ?? null)).toBe("Kagiso Kowalczyk");
  });

  it("does not when few of them do: films, though one title opens with a first name", () => {
    const facts = parse(
      "The tax hits films with budgets like those of Vera Drake, Calendar Girls and Enduring Love, producers said.",
    );
    const names = facts.people.map((p) => p.name);
    expect(names).not.toContain("Calendar Girls");
    expect(names).not.toContain("Enduring Love");
  });
});

describe("the long list of given names (scripts/build-given-names.ts)", () => {
  const names = GIVEN_NAME_TABLE.split(" ");

  it("is sorted and holds thousands of names", () => {
    expect(names.length).toBeGreaterThan(5000);
    expect([...names].sort()).toEqual(names);
  });

  it("holds no word copy uses otherwise: no dictionary word, particle, short word or agent noun", () => {
    const otherwise = names.filter(
      (name) =>
        !/^[a-z]{4,}$/.test(name) ||
        isEnglishWord(name) ||
        NAME_PARTICLES.has(name) ||
        ROLE_ENDING.test(name),
    );
    expect(otherwise).toEqual([]);
  });
});

/** `terms.ts`: which close spellings a typed word may stand for. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FOLD_INVARIANT, fold, sameStart, stem, terms, words } from "../../src/qa/terms.ts";

describe("sameStart", () => {
  it("lets a typo stand for a word with the same first letter", () => {
    expect(sameStart("borow", "borrow")).toBe(true);
    expect(sameStart("populaton", "population")).toBe(true);
  });

  it("keeps apart words that differ in their first letter, unless one negates the other", () => {
    expect(sameStart("lumping", "pumping")).toBe(false);
    expect(sameStart("busing", "using")).toBe(false);
    expect(sameStart("inconvenient", "convenient")).toBe(true);
    expect(sameStart("unfit", "fit")).toBe(true);
  });
});

describe("words", () => {
  it("reads an acronym written with full stops as the word it is typed as", () => {
    expect(words("In the way J.F.K. would have done it, said the F.B.I.")).toEqual(
      words("In the way JFK would have done it, said the FBI"),
    );
    expect(terms("Richard M. Nixon")).toEqual(["richard", "m", "nixon"]);
    // A letter outside the Basic Multilingual Plane is two code units: its acronym is joined too.
    expect(words("the 𝐀.𝐁. team")).toEqual(words("the 𝐀𝐁 team"));
    expect(words("Ends here. Next one.")).toEqual(["ends", "here", "next", "one"]);
  });
});

describe("terms", () => {
  it("drops the adverbs a question asks with but no passage is about", () => {
    // "…not wanting to head north for work anymore?" asks of work, not of "anymore".
    expect(terms("not wanting to work anymore")).toEqual(terms("not wanting to work"));
    expect(terms("what it basically was, anyway")).toEqual([]);
    // ("really" and "actually" stay: "what actually wins elections" meets "what really works".)
    expect(terms("what actually wins")).toEqual(["actual", "win"]);
  });
});

describe("fold", () => {
  /** `fold` as it was written before its shortcut: every text normalised. */
  const normalised = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[‘’`]/g, "'")
      .toLowerCase();

  it("skips normalising only characters that normalising leaves alone", () => {
    for (let code = 0; code < 0xd800; code++) {
      const ch = String.fromCharCode(code);
      if (FOLD_INVARIANT.test(ch)) expect(normalised(ch)).toBe(ch.replace(/[‘’`]/g, "'").toLowerCase());
    }
  });

  it("takes no letter outside ASCII for text normalising leaves alone (antecedents.ts relies on it)", () => {
    for (let code = 128; code < 0xd800; code++) {
      const ch = String.fromCharCode(code);
      if (FOLD_INVARIANT.test(ch)) expect(/\p{L}|\p{N}/u.test(ch)).toBe(false);
    }
  });

  it("folds as normalising every text does", () => {
    expect(fold("Café “Naïve” — O’Neill’s £5…\u00a0Ok")).toBe(
      normalised("Café “Naïve” — O’Neill’s £5…\u00a0Ok"),
    );
    expect(fold("It’s “FINE” – £3 `x`")).toBe("it's “fine” – £3 'x'");
    const pieces = fc.constantFrom(
      "A",
      "z",
      " ",
      "’",
      "‘",
      "“",
      "”",
      "–",
      "—",
      "£",
      "`",
      "é",
      "e\u0301",
      "…",
      "\u00a0",
      "ﬁ",
      "Ä",
    );
    fc.assert(
      fc.property(fc.array(pieces), (parts) => {
        const text = parts.join("");
        expect(fold(text)).toBe(normalised(text));
      }),
    );
  });
});

describe("stem", () => {
  it("meets an irregular inflection with its lemma and the lemma's regular forms", () => {
    expect(terms("the veto will be overridden")).toEqual(terms("the veto, they override it"));
    expect(stem("overridden")).toBe(stem("overrides"));
    expect(stem("written")).toBe(stem("writes"));
    expect(stem("children")).toBe(stem("child"));
    expect(stem("crises")).toBe(stem("crisis"));
    expect(stem("spoke")).toBe(stem("speaking"));
  });

  it("meets an -ation noun with its -ate verb, where that verb is a word", () => {
    expect(stem("investigation")).toBe(stem("investigate"));
    expect(stem("investigations")).toBe(stem("investigated"));
    expect(stem("negotiations")).toBe(stem("negotiating"));
    expect(stem("education")).toBe(stem("educate"));
    // No "-ate" verb: the noun keeps the stem it shares with its own verb.
    expect(stem("information")).toBe(stem("inform"));
    expect(stem("deportation")).toBe(stem("deport"));
    // Too short a root to tell: "station" is not "state".
    expect(stem("station")).not.toBe(stem("state"));
  });

  it("meets a plural in -xes with its three-letter singular, not with a word one letter away", () => {
    expect(stem("taxes")).toBe(stem("tax"));
    expect(stem("boxes")).toBe(stem("box"));
    expect(stem("fixes")).toBe(stem("fixed"));
    expect(stem("annexes")).toBe(stem("annex"));
    expect(stem("taxes")).not.toBe(stem("takes"));
  });

  it("leaves alone a form that is a word of its own more than an inflection", () => {
    expect(stem("wound")).toBe(stem("wounded"));
    expect(stem("wound")).not.toBe(stem("wind"));
    expect(stem("leaves")).toBe(stem("leave"));
    expect(stem("data")).not.toBe(stem("datum"));
  });

  it("meets a short verb's -ing and -ed forms with the verb: 'trying' / 'try', 'asked' / 'ask'", () => {
    for (const [form, verb] of [
      ["trying", "tries"],
      ["asked", "asks"],
      ["added", "adds"],
      ["paying", "pay"],
      ["fixed", "fix"],
    ])
      expect(stem(form!)).toBe(stem(verb!));
    // A three-letter word keeps its double consonant ("odds" is "odd", not "od"); a longer one is
    // undone, so that a name misspelt by one letter ("Scot" for Scott) still meets it.
    expect(stem("odds")).toBe("odd");
    expect(stem("Scott".toLowerCase())).toBe(stem("scot"));
    expect(stem("banned")).toBe(stem("bans"));
  });

  it("meets a short verb's '-ing' form that lost its 'e' with the verb: 'hiking' / 'hike'", () => {
    for (const [form, verb] of [
      ["hiking", "hike"],
      ["voting", "votes"],
      ["taking", "takes"],
      ["ruling", "rules"],
    ])
      expect(stem(form!)).toBe(stem(verb!));
    // Its "-ed" form is as often an adjective of its own: "based in" is no "base".
    expect(stem("based")).not.toBe(stem("base"));
    expect(stem("hopped")).toBe(stem("hop"));
  });

  it("leaves whole a short form that is no inflection, or whose verb it cannot tell", () => {
    expect(stem("string")).toBe("string");
    expect(stem("need")).toBe("need");
    expect(stem("speed")).toBe("speed");
    // Neither "nak" nor "nake" is a word: "naked" is no inflection.
    expect(stem("naked")).toBe("naked");
  });
});

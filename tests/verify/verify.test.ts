import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { MAX_CLAIM_CHARS, verifyClaim } from "../../src/verify/verify.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

/** A quote split around its attribution in the middle of a sentence, as wire copy writes them. */
const SPLIT = `Mayor promises new bridge
01/06/2022 by Staff

LEEDS — The mayor, Ana Whitfield, said on Friday the river crossing would open next spring.

"We will not wait for another flood," Whitfield said, "before we build the bridge this city needs."

Her deputy, Colin Marsh, said the cost was "money well spent." "We will spend 12 million pounds on it and not a penny more," he added.
`;

let index: ArchiveIndex;
beforeAll(() => {
  index = new ArchiveIndex();
  index.add(parseArticle(fixture("seed/article.txt"), "kelly"));
  index.add(parseArticle(fixture("harbour.txt"), "harbour"));
  index.add(parseArticle(SPLIT, "bridge"));
});

const verify = (quote: string, speaker?: string, article?: string) =>
  verifyClaim(index, { quote, speaker, article });

describe("exact", () => {
  it("finds the words as printed, with the speaker's full name, the article and the paragraph", () => {
    const v = verify("There will be no use of military forces in immigration", "Kelly");
    expect(v.verdict).toBe("exact");
    expect(v.found).toMatchObject({
      speaker: { name: "John Kelly" },
      article: { id: "kelly" },
      paragraph: 4,
      text: "There will be no use of military forces in immigration,",
    });
  });

  it("ignores case, quotation marks, spacing and trailing punctuation", () => {
    const v = verify("  “THERE WILL BE NO USE OF   MILITARY FORCES IN IMMIGRATION!”  ", "John Kelly");
    expect(v.verdict).toBe("exact");
  });

  it("counts a partial quote inside a longer one", () => {
    const v = verify("the harbour cannot stand still", "Oyelaran");
    expect(v.verdict).toBe("exact");
    expect(v.found?.text).toContain("But the harbour cannot stand still while Southampton grows.");
  });

  it("finds a quote split around its attribution, read as one", () => {
    const v = verify(
      "We will not wait for another flood before we build the bridge this city needs",
      "Ana Whitfield",
    );
    expect(v.verdict).toBe("exact");
    expect(v.found?.text).toBe(
      "We will not wait for another flood, … before we build the bridge this city needs.",
    );
  });

  it("accepts anyone's words when no speaker is named", () => {
    const v = verify("selling the sea to the highest bidder");
    expect(v.verdict).toBe("exact");
    expect(v.found?.speaker.name).toBe("Derek Pullman");
  });
});

describe("altered", () => {
  it("marks a 'not' inserted", () => {
    const v = verify(
      "We have not listened to every objection, and we have changed the plans twice",
      "Oyelaran",
    );
    expect(v.verdict).toBe("altered");
    expect(v.found?.changes).toEqual([{ type: "negation", original: "", claimed: "not" }]);
    expect(v.found?.diff).toContainEqual({ kind: "added", text: "not" });
  });

  it("marks a number changed", () => {
    const v = verify("We will spend 15 million pounds on it and not a penny more", "Colin Marsh");
    expect(v.verdict).toBe("altered");
    expect(v.found?.changes).toEqual([{ type: "number", original: "12", claimed: "15" }]);
  });

  it("does not take the narration around a partial quote for the quote", () => {
    expect(verify("the cost was money well spent", "Marsh").verdict).toBe("altered");
    expect(verify("money well spent", "Marsh").verdict).toBe("exact");
  });

  it("marks a word replaced and shows the article's words", () => {
    const v = verify("They have never once asked us where the whales spawn", "Derek Pullman");
    expect(v.verdict).toBe("altered");
    expect(v.found?.text).toBe("They have never once asked us where the fish spawn,");
    expect(v.found?.changes).toEqual([{ type: "replaced", original: "fish", claimed: "whales" }]);
  });

  it("marks a word dropped at the end of a phrase, which a partial quote would not do", () => {
    const v = verify("But the harbour cannot stand still while Southampton", "Oyelaran");
    expect(v.verdict).toBe("altered");
    expect(v.found?.changes).toEqual([{ type: "dropped", original: "grows", claimed: "" }]);
  });

  it("finds a quote cut short and finished with other words", () => {
    const v = verify("When the dredgers come, and that is the end of it", "Pullman");
    expect(v.verdict).toBe("altered");
    expect(v.found?.text).toContain("When the dredgers come, the bass go, and so do we.");
    expect(v.found?.diff[0]).toEqual({ kind: "same", text: "When the dredgers come" });
  });
});

describe("misattributed", () => {
  it("names who really said the words", () => {
    const v = verify("It's a military operation", "Kelly");
    expect(v.verdict).toBe("misattributed");
    expect(v.found?.speaker.name).toBe("Donald Trump");
  });

  it("names who said something close, with the differences", () => {
    const v = verify("They have never once asked us where the whales spawn", "Oyelaran");
    expect(v.verdict).toBe("misattributed");
    expect(v.found?.speaker.name).toBe("Derek Pullman");
    expect(v.found?.changes.length).toBe(1);
  });

  it("tells a first name that does not fit from the right surname", () => {
    expect(verify("It's a military operation", "Melania Trump").verdict).toBe("misattributed");
    expect(verify("It's a military operation", "Mr Trump").verdict).toBe("exact");
  });
});

describe("not found", () => {
  it("says what was searched and gives the person's closest quotes on the topic", () => {
    const v = verify("The military will round up every migrant by Christmas", "Kelly");
    expect(v.verdict).toBe("not_found");
    expect(v.found).toBeNull();
    expect(v.searched).toEqual({ article: null, articles: 3 });
    expect(v.closest[0]?.text).toContain("military forces");
    expect(v.closest.every((c) => c.speaker.name === "John Kelly")).toBe(true);
  });

  it("searches only the article named", () => {
    const v = verify("selling the sea to the highest bidder", "Pullman", "kelly");
    expect(v.verdict).toBe("not_found");
    expect(v.searched.article?.id).toBe("kelly");
    expect(verify("selling the sea to the highest bidder", "Pullman", "harbour").verdict).toBe("exact");
  });

  it("never calls reported speech exact, but shows it as context", () => {
    const v = verify("all deportations will comply with human rights requirements", "Kelly");
    expect(v.verdict).toBe("not_found");
    expect(v.context?.reported).toBe(true);
    expect(v.context?.text).toContain("human rights requirements");
  });
});

describe("hostile input", () => {
  it("checks only the first characters of a 5,000-character claim, and says so", () => {
    const v = verify(`${"no mass deportations ".repeat(250)}`, "Kelly");
    expect(v.cut).toBe(true);
    expect(v.quote.length).toBeLessThanOrEqual(MAX_CLAIM_CHARS);
    expect(["altered", "not_found"]).toContain(v.verdict);
  });

  it("reads Markdown, mentions and control characters as plain words", () => {
    const v = verify("**no** mass\u200b deportations @everyone <@123>", "Kelly");
    expect(v.verdict).toBe("altered");
    expect(verify("", "Kelly").verdict).toBe("not_found");
    expect(verify("*** ~~ ``` ||", "Kelly").verdict).toBe("not_found");
  });
});

describe("a speaker named in many articles", () => {
  /** Thirty stories quoting one mayor, each on its own subject; one says something close to the claim. */
  function mayorArchive() {
    const subjects = [
      "buses",
      "parks",
      "schools",
      "libraries",
      "taxes",
      "markets",
      "bridges",
      "museums",
      "ferries",
      "clinics",
      "trams",
      "beaches",
      "stadiums",
      "prisons",
      "farms",
      "forests",
      "airports",
      "canals",
      "theatres",
      "hostels",
      "bakeries",
      "factories",
      "harvests",
      "orchestras",
      "pensions",
      "railways",
      "tunnels",
      "vineyards",
      "zoos",
      "piers",
    ];
    const index = new ArchiveIndex();
    const loaded: string[] = [];
    subjects.forEach((subject, i) => {
      const quote =
        i === 17
          ? "We will rebuild the old harbour wall before winter comes"
          : `Our ${subject} deserve patience and careful funding`;
      const text = `Mayor speaks on ${subject}\n\nMayor Dana Reyes spoke in Leeds on Monday.\n\n"${quote}," Reyes said.\n`;
      const facts = parseArticle(text, `a${i}`);
      index.add(facts, () => {
        loaded.push(facts.id);
        return facts;
      });
    });
    return { index, loaded };
  }

  it("finds their closest statement while reading only the articles that could hold it", () => {
    const { index, loaded } = mayorArchive();
    const v = verifyClaim(index, {
      quote: "We will rebuild the harbour wall before the storms",
      speaker: "Reyes",
    });
    expect(v.verdict).toBe("altered");
    expect(v.found?.article.id).toBe("a17");
    // Every one of the thirty holds a statement of hers; reading them all took most of the time.
    expect(new Set(loaded).size).toBeLessThan(15);
  });
});

describe("the same words in several articles", () => {
  /** Wire copy: one statement carried by three papers, cut shorter by the later two. */
  const copy = (date: string, more: string) =>
    `Bridge to open next spring\n${date}\n\nThe mayor, Ana Whitfield, spoke on Friday.\n\n"We will not wait for another flood before we build the bridge${more}," Whitfield said.\n`;

  it("cites the copy published first, whatever order the archive took them in", () => {
    const index = new ArchiveIndex();
    index.add(parseArticle(copy("14 March 2021", ""), "latest"));
    index.add(parseArticle(copy("12 March 2021", " this city needs"), "first"));
    index.add(parseArticle(copy("13 March 2021", ""), "second"));
    const v = verifyClaim(index, { quote: "We will not wait for another flood", speaker: "Whitfield" });
    expect(v.verdict).toBe("exact");
    expect(v.found?.article.id).toBe("first");
  });
});

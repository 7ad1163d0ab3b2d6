/** `asked-names.ts`: the names and years a question writes, which an article must hold to answer it. */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { askedNames, holdsAskedNames } from "../../src/qa/asked-names.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";

function archive() {
  const index = new ArchiveIndex();
  index.add(
    parseArticle("Clinton in Iowa\n\nHillary Clinton spoke in Iowa on Monday about farm prices.", "iowa"),
  );
  // The archive knows "Hilary" as another person's spelling, so it does not correct it.
  index.add(
    parseArticle("Benn visits Leeds\n\nHilary Benn spoke in Leeds on Monday about farm prices.", "leeds"),
  );
  index.add(parseArticle("Cup final\n\nFrance won the World Cup in Moscow.\n", "cup"));
  return index;
}

describe("askedNames", () => {
  it("takes a factual question's capitalised topic words and any question's years", () => {
    expect(
      askedNames("Where did Hilary Clinton speak in Iowa?", "fact", ["hilary", "clinton", "speak", "iowa"]),
    ).toEqual({
      names: ["hilary", "clinton", "iowa"],
      years: [],
      initials: {
        hilary: { initials: "hc", written: "in full" },
        clinton: { initials: "hc", written: "in full" },
      },
    });
    // What someone said is weighed by how near their words the topic stands, not by its names.
    expect(askedNames("What did Clinton say about Iowa in 2016?", "said", ["iowa", "2016"])).toEqual({
      names: [],
      years: ["2016"],
      initials: {},
    });
  });
});

describe("holdsAskedNames", () => {
  it("finds a name the article writes, or spells close to it, and no other", () => {
    const index = archive();
    const asked = askedNames("Where did Hilary Clinton speak in Iowa?", "fact", [
      "hilary",
      "clinton",
      "speak",
      "iowa",
    ]);
    expect(holdsAskedNames(index, "iowa", asked)).toBe(true);
    expect(holdsAskedNames(index, "leeds", asked)).toBe(false);
  });

  it("finds a year the article writes, or the one it was published in", () => {
    const index = archive();
    const asked = askedNames("Who won the 2018 World Cup?", "fact", ["won", "2018", "world", "cup"]);
    expect(holdsAskedNames(index, "cup", asked)).toBe(false);
    index.add({
      ...index.facts("cup")!,
      id: "dated",
      metadata: { ...index.facts("cup")!.metadata, published: "2018-07-15" },
    });
    expect(holdsAskedNames(index, "dated", asked)).toBe(true);
  });

  it("finds a name written by its initials in the article or the question (US, United States)", () => {
    const index = new ArchiveIndex();
    index.add(
      parseArticle("Harbour pledge\n\nThe United States pledged in Oslo to clean its harbours.", "full"),
    );
    index.add(parseArticle("Harbour pledge\n\nThe U.S. pledged in Oslo to clean its harbours.", "dotted"));
    index.add(parseArticle("Harbour pledge\n\nNorway pledged in Oslo to clean its harbours.", "neither"));
    const short = askedNames("What did the US pledge in Oslo?", "fact", ["us", "pledge", "oslo"]);
    expect(short.initials).toEqual({ us: { initials: "us", written: "initials" } });
    expect(holdsAskedNames(index, "full", short)).toBe(true);
    expect(holdsAskedNames(index, "dotted", short)).toBe(true);
    expect(holdsAskedNames(index, "neither", short)).toBe(false);
    const long = askedNames("What did the United States pledge in Oslo?", "fact", [
      "united",
      "states",
      "pledge",
      "oslo",
    ]);
    expect(holdsAskedNames(index, "dotted", long)).toBe(true);
    expect(holdsAskedNames(index, "neither", long)).toBe(false);
    // A name asked in full is not other words with the same initials.
    index.add(
      parseArticle("Harbour pledge\n\nThe Upper Senate pledged in Oslo to clean its harbours.", "other"),
    );
    expect(holdsAskedNames(index, "other", long)).toBe(false);
  });
});

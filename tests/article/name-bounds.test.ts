/**
 * Where a name starts in a run of capitalised words when its first name is on no list
 * (`src/article/name-bounds.ts`): copy from anywhere names people the parser's first names miss.
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { articleEvidence, findMentions } from "../../src/article/people.ts";
import { Registry } from "../../src/article/registry.ts";
import { tokenize } from "../../src/article/text.ts";
import { speakerName } from "./helpers.ts";

/** The people named in each sentence, read in order with one registry. */
function names(sentences: string[]): string[][] {
  const tokens = sentences.map((s) => tokenize(s, []));
  const registry = new Registry();
  const evidence = articleEvidence(tokens);
  return tokens.map((t) => {
    registry.tick();
    return findMentions(t, registry, evidence).map((m) => m.entity.name);
  });
}

describe("a name whose first name no list holds", () => {
  it("is parted from a Title Case headline's words before it", () => {
    const facts = parseArticle(
      [
        "Why Progressives Are Celebrating Wojciech Hakimi’s Populist Speech.",
        "Groups are hailing the speech on Thursday, and they say it is what progressives want.",
        "“I will stop any trade deal that kills jobs,” Hakimi said.",
      ].join("\n\n"),
      "test",
    );
    const quote = facts.quotes[0]!;
    expect(speakerName(facts, quote.speakerId)).toBe("Wojciech Hakimi");
  });

  it("is parted from a role or from words that only lead up to it", () => {
    const [recorder, headline, later] = names([
      "Maricopa County Recorder Zsofia Kowalczyk said the lines were too long, and attacks on her went on.",
      "Why Attacks On Nnamdi Okonkwo’s Plan Fail",
      "Okonkwo said he would stay.",
    ]);
    expect(recorder).toEqual(["Zsofia Kowalczyk"]);
    expect(headline).toEqual(["Nnamdi Okonkwo"]);
    expect(later).toEqual(["Nnamdi Okonkwo"]);
  });

  it("is no name where a word after the description is one too, and stays whole after a title", () => {
    const [law, levin] = names([
      "No Child Left Behind was very assertive, said the child's teacher, and left it behind.",
      "Rep. Sander M. Levin said he had spoken with many superdelegates.",
    ]);
    expect(law).toEqual([]);
    expect(levin).toEqual(["Sander M. Levin"]);
  });

  it("takes no title from words that are no role, so an organisation names no one", () => {
    const [forum] = names(["The World Economic Forum met in the world's richest town, and leaders came."]);
    expect(forum!.filter((n) => n.includes("Economic"))).toEqual([]);
  });
});

describe("a first name that ends like an agent noun", () => {
  it("opens the name, not a title, before a particle or a second surname", () => {
    const facts = parseArticle(
      [
        "Council delays the vote",
        "Peter Van Kirk, a councillor, said the vote was rushed.",
        "Taylor De Groot, who chairs the residents' group, said the same.",
        "“We were never asked,” Van Kirk said.",
        "“Nobody read the plan,” De Groot said.",
      ].join("\n\n"),
      "test",
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual([
      "Peter Van Kirk",
      "Taylor De Groot",
    ]);
  });

  it("leaves an agent noun that is no first name a title", () => {
    const [resident] = names(["Farmer Kalani Mensah said the rain came late."]);
    expect(resident).toEqual(["Kalani Mensah"]);
  });
});

describe("capitals that qualify a role before a name", () => {
  it("name no one, though their words stand alone elsewhere: the quote is the titled person's", () => {
    const facts = parseArticle(
      [
        "Gold for Mensah",
        "Double Olympic champion Tendai Mensah is set to race in Glasgow next month.",
        "The Kenyan, who won two Olympic titles in the summer, will decide next week. “I only race to win,” said the 30-year-old.",
        "“The indoor season suits me,” Mensah said.",
        "Manchester City manager Jorge Almeida said the meeting was “a coup”, and Manchester City will host it.",
      ].join("\n\n"),
      "test",
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual([
      "Tendai Mensah",
      "Tendai Mensah",
      "Jorge Almeida",
    ]);
    expect(facts.people.map((p) => p.name)).not.toContain("Double Olympic");
  });
});

describe("a plural role before a list of names", () => {
  it("titles each person with the role in the singular, but not a counted role or a name's own word", () => {
    // html-dev and PolNeAR copy, renamed: "founding members" had been one man's title.
    const facts = parseArticle(
      [
        "Band tour",
        "To celebrate 50 years, founding members Tom Jonas, Pat Simms and John Muir will reunite next year.",
        "“We're truly excited,” said Jonas.",
        "Former presidents Jimmy Cart and George Brush sent letters.",
        "“It was an honour,” Cart said.",
        "The deal was put together by two partners Rick Gatt and Paul Mann.",
        "“It took a year,” Gatt said.",
      ].join("\n\n"),
      "t",
    );
    const titles = Object.fromEntries(facts.people.map((p) => [p.name, p.title]));
    expect(titles["Tom Jonas"]).toBe("founding member");
    expect(titles["Jimmy Cart"]).toBe("Former president");
    expect(titles["Rick Gatt"]).not.toBe("two partner");
  });
});

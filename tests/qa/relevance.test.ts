import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { articleCoverage, relevance, topicTerms } from "../../src/qa/relevance.ts";
import { kinOf, synonymsOf } from "../../src/qa/synonyms.ts";
import { stem, terms, words } from "../../src/qa/terms.ts";

const ARTICLE = `Senator pledges review of base closures

WASHINGTON (AP) — Senator Dana Whitfield on Tuesday promised a review of plans to close three bases.

"We have a politically correct military and it is getting worse every day," Whitfield said at a rally in Ohio.

Whitfield said the closures would cost the state 4,000 jobs.

"Nobody asked the families who live next to these bases," said Lee Moreno, a county commissioner.

Moreno added that the county had not been told of the plans until last week.`;

function setUp() {
  const facts = parseArticle(ARTICLE, "bases");
  const index = new ArchiveIndex();
  index.add(facts);
  const topic = (...words: string[]) => topicTerms(words, (w) => index.expand(w));
  const quoteOf = (start: string) => index.passagesOf("bases", (p) => p.text.startsWith(start))[0]!;
  return { facts, index, topic, quoteOf };
}

describe("synonyms", () => {
  /** A table key: the stems of a word or two-word name as written. */
  const key = (name: string) => terms(name).join(" ");
  it("links a phrase and its one-word synonym both ways", () => {
    expect(synonymsOf("military")).toContain(`${stem("armed")} ${stem("forces")}`);
    expect(synonymsOf(`${stem("armed")} ${stem("forces")}`)).toContain("military");
  });

  it("links a national capital and its country, both ways ('Moscow' / 'Russia')", () => {
    expect(synonymsOf(key("Moscow"))).toContain(key("Russia"));
    expect(synonymsOf(key("Russia"))).toContain(key("Moscow"));
    expect(synonymsOf(key("Pyongyang"))).toContain(key("North Korea"));
  });

  it("links a party and its members, the party also by its name without 'party'", () => {
    expect(synonymsOf(key("Democrats"))).toContain(key("Democratic Party"));
    expect(synonymsOf(key("Democrats"))).toContain(key("Democratic"));
    expect(synonymsOf(key("Tories"))).toContain(key("Conservative"));
    expect(synonymsOf(key("Conservative"))).toContain(key("Tory"));
    // The Girondists' gloss says "republican party" in lower case: another party than the GOP.
    expect(synonymsOf(key("Republican"))).not.toContain(key("Girondist"));
  });

  it("has nothing for a word WordNet does not know", () => {
    expect(synonymsOf("zzxq")).toEqual([]);
    expect(kinOf("zzxq")).toEqual([]);
  });

  it("keeps kin (a sibling under a narrow parent) apart from synonyms", () => {
    expect(kinOf("prison")).toContain("jail");
    expect(kinOf("jail")).toContain("prison");
    expect(synonymsOf("prison")).not.toContain("jail");
  });

  it("takes an adjective's similar words as synonyms ('inappropriate' / 'improper', 'rich' / 'wealthy')", () => {
    expect(synonymsOf(stem("inappropriate"))).toContain(stem("improper"));
    expect(synonymsOf(stem("wealthy"))).toContain(stem("rich"));
  });

  it("leaves out kin that half the news writes about ('cost' is not kin to 'need')", () => {
    expect(kinOf("cost")).not.toContain("need");
    expect(kinOf("cost")).toContain("expens");
  });
});

const JAIL = `Senator presses bank chief

WASHINGTON (AP) — Senator Dana Whitfield questioned the bank's chief executive on Tuesday.

"The only way this will change is if executives face jail time," Whitfield said.

"Our customers deserve better," said Lee Moreno, a spokesman for the bank.

The bank's real estate arm paid no tax last year, the report said.`;

describe("paraphrase and compounds", () => {
  const index = new ArchiveIndex();
  const facts = parseArticle(JAIL, "jail");
  index.add(facts);
  const topic = (...words: string[]) => topicTerms(words, (w) => index.expand(w));

  it("meets a word through its kin, for less than the word itself", () => {
    const quote = index.passagesOf("jail", (p) => p.text.includes("jail time"))[0]!;
    const kin = relevance(facts, quote, topic("prison", "time")).score;
    const same = relevance(facts, quote, topic("jail", "time")).score;
    expect(kin).toBeGreaterThan(0.5);
    expect(kin).toBeLessThan(same);
    const a = answerQuestion(index, "What did Whitfield say about prison time?", "jail");
    expect(a).toMatchObject({ answered: true, speaker: "Dana Whitfield" });
    expect(a.text).toContain("jail time");
  });

  it("does not read a compound's modifier in another compound ('estate tax' in 'real estate … tax')", () => {
    expect(articleCoverage(facts, topic("estate", "tax"))).toBeLessThan(0.6);
    expect(articleCoverage(facts, topic("real", "estate"))).toBe(1);
    const other = parseArticle(JAIL.replace("real estate arm", "estate tax bill"), "estate");
    expect(articleCoverage(other, topic("estate", "tax"))).toBe(1);
  });
});

describe("a word the copy writes in two parts", () => {
  it("meets 'homeschoolers' in 'home-schoolers', but not in 'home' and 'schoolers' apart", () => {
    const index = new ArchiveIndex();
    const together = parseArticle(
      `Cruz courts families\n\n"I don't know many home-schoolers who aren't politically aware," said Amy Deace, a mother of five.`,
      "together",
    );
    const apart = parseArticle(
      `Cruz courts families\n\n"Schoolers at home are politically aware," said Amy Deace, a mother of five.`,
      "apart",
    );
    index.add(together);
    index.add(apart);
    const topic = topicTerms(["homeschoolers"], (w) => index.expand(w));
    expect(articleCoverage(together, topic)).toBe(1);
    expect(articleCoverage(apart, topic)).toBe(0);
  });
});

describe("relevance", () => {
  it("meets a paraphrase through a synonym phrase, in the passage's own words", () => {
    const { facts, topic, quoteOf } = setUp();
    const r = relevance(facts, quoteOf("We have a politically"), topic("armed", "forces"));
    expect(r.own).toBeGreaterThan(0.5);
    expect(r.score).toBeGreaterThanOrEqual(r.own);
  });

  it("counts words of the passage's sentence and paragraph, for less than its own", () => {
    const { facts, topic, quoteOf } = setUp();
    const quote = quoteOf("Nobody asked");
    const inSentence = relevance(facts, quote, topic("commissioner"));
    expect(inSentence.own).toBe(0);
    expect(inSentence.score).toBeGreaterThan(0);
    expect(inSentence.score).toBeLessThan(1);
  });

  it("covers little of a topic the article never mentions", () => {
    const { facts, topic } = setUp();
    expect(articleCoverage(facts, topic("estate", "tax", "whitfield"))).toBeLessThan(0.6);
    expect(articleCoverage(facts, topic("closures", "jobs"))).toBe(1);
  });
});

describe("what did X say about Y, through relevance", () => {
  it("answers with X's words when Y is asked in other words", () => {
    const { index } = setUp();
    const a = answerQuestion(index, "What did Whitfield say about the armed forces?", "bases");
    expect(a).toMatchObject({ answered: true, speaker: "Dana Whitfield" });
    expect(a.text).toContain("politically correct military");
  });

  it("declines when the article does not cover Y, even though X is quoted", () => {
    const { index } = setUp();
    expect(answerQuestion(index, "What did Whitfield say about the estate tax?", "bases").answered).toBe(
      false,
    );
  });
});

describe("a negated word", () => {
  const formsOf = (asked: string, word: string) =>
    topicTerms([word], (w) => [{ stem: stem(w), weight: 1, source: w }], asked)[0]!.forms;
  it("is met by its negative form: 'isn't fit' by 'unfit', 'not fair' by 'unfair', 'doesn't trust' by 'distrust'", () => {
    expect(formsOf("who said he isn't fit to lead", "fit").get(stem("unfit"))).toBeGreaterThan(0);
    expect(formsOf("who said the deal is not fair", "fair").get(stem("unfair"))).toBeGreaterThan(0);
    expect(formsOf("who said voters don't trust her", "trust").get(stem("distrust"))).toBeGreaterThan(0);
  });

  it("but not when nothing negates it ('want' and 'president' end in -nt)", () => {
    expect(formsOf("who said he is fit to lead", "fit").has(stem("unfit"))).toBe(false);
    expect(formsOf("who said the president want fair trade", "fair").has(stem("unfair"))).toBe(false);
  });
});

describe("a quality asked by its name", () => {
  const formsOf = (asked: string, word: string) =>
    topicTerms([word], (w) => [{ stem: stem(w), weight: 1, source: w }], asked)[0]!.forms;
  it("is met by its negative form: 'fairness' by 'unfairness', 'honesty' by 'dishonest', 'legal' by 'illegal'", () => {
    expect(
      formsOf("what did he say about the fairness of the tax code", "fairness").get(stem("unfairness")),
    ).toBe(0.7);
    expect(formsOf("what did she say about his honesty", "honesty").get(stem("dishonest"))).toBe(0.7);
    expect(formsOf("what did he say about whether the plan is legal", "legal").get(stem("illegal"))).toBe(
      0.7,
    );
  });

  it("counts the quote that names its lack as about it", () => {
    const text = `Senator faults tax code\n\nSenator Ada Brandt spoke on Monday about taxes.\n\n"The unfairness of the tax code is unbelievable," Brandt said.`;
    const facts = parseArticle(text, "tax");
    const index = new ArchiveIndex();
    index.add(facts);
    const quote = index.passagesOf("tax", (p) => p.text.includes("unfairness"))[0]!;
    const asked = "What did Brandt say about the fairness of the tax code?";
    const topic = (question?: string) =>
      topicTerms(["fairness", "tax", "code"], (w) => index.expand(w), question);
    // Without the question's words, no negative form is added: the word alone is sought.
    expect(relevance(facts, quote, topic(asked)).own).toBeGreaterThan(relevance(facts, quote, topic()).own);
  });

  it("but a noun or verb is not negated ('plant' is no 'implant', 'cover' no 'discover')", () => {
    expect([...formsOf("what did he say about the plant", "plant").keys()]).not.toContain(stem("implant"));
    expect([...formsOf("what did he say about the cover", "cover").keys()]).not.toContain(stem("discover"));
  });
});

describe("real copy: framing words, inflections counted together, a compound written apart", () => {
  const read = (id: string) => {
    const text = readFileSync(new URL(`../fixtures/qa-dev/articles/${id}.txt`, import.meta.url), "utf8");
    const facts = parseArticle(text, id);
    const index = new ArchiveIndex();
    index.add(facts);
    const topic = (asked: string, ...words: string[]) => topicTerms(words, (w) => index.expand(w), asked);
    return { facts, topic };
  };

  it("knows a word written once by its other inflections: 'override' ('overridden') / 'overturn'", () => {
    expect(synonymsOf(stem("override"))).toContain(stem("overturn"));
    expect(synonymsOf(stem("overturning"))).toContain(stem("override"));
  });

  it("leaves out of coverage a noun that frames the topic when the copy never writes it", () => {
    // "“Our assumption is that the veto will be overridden,” McConnell said": no "odds" anywhere.
    const { facts, topic } = read("west-journal_2016-09-23_clinton-breaks-with-obama-on-law");
    const framed = topic("about the odds of overturning the veto", "odds", "overturning", "veto");
    const named = topic("odds overturning veto", "odds", "overturning", "veto");
    expect(articleCoverage(facts, framed)).toBeGreaterThanOrEqual(0.6);
    expect(articleCoverage(facts, named)).toBeLessThan(articleCoverage(facts, framed));
  });

  it("frames the topic by an act between its doer and its object, and by someone's motives, not by a noun", () => {
    const { topic } = read("politico_2016-09-22_house-panel-votes-to-hold-clinto");
    const frame = (asked: string, word: string) =>
      topic(asked, ...words(asked).slice(1)).find((t) => t.word === word)?.frame;
    expect(frame("about witnesses ignoring subpoenas", "ignoring")).toBe(true);
    expect(frame("about the Republicans' motives", "motives")).toBe(true);
    // A negated act is the point of the question; after "about" or "the" it is the thing asked about.
    expect(frame("about Crutcher not obeying her", "obeying")).toBe(false);
    expect(frame("about raising the minimum wage", "raising")).toBe(false);
    expect(frame("about the Tulsa shooting", "shooting")).toBe(false);
    expect(frame("about motives", "motives")).toBe(false);
  });

  it("reads a compound's modifier written apart beside the head's kin ('mining coal' / 'coal miners')", () => {
    const { facts, topic } = read("nyt_2016-09-08_obama-on-climate-change-the-tren");
    expect(
      articleCoverage(facts, topic("about coal miners' jobs", "coal", "miners", "jobs")),
    ).toBeGreaterThan(0.6);
  });
});

import { describe, expect, it } from "vitest";
import type { Person } from "../../src/article/facts.ts";
import { type ArticlePeople, identify, nameKey } from "../../src/qa/identity.ts";
import { inPeriod, periodOf } from "../../src/qa/periods.ts";

function article(
  id: string,
  published: string | null,
  people: [string, string | null, number, Person["gender"]?][],
): ArticlePeople {
  const list: Person[] = people.map(([name, title, , gender = null], n) => ({
    id: `p${n + 1}`,
    name,
    aliases: [],
    title,
    kind: "person",
    gender,
  }));
  return {
    article: { id, headline: id, source: null, published },
    people: list,
    quoted: new Map(people.map(([, , quotes], n) => [`p${n + 1}`, quotes])),
  };
}

describe("one identity per person across articles", () => {
  it("joins full names without honorifics, middle names or short forms, with titles over time", () => {
    const identities = identify([
      article("a", "2004-05-01", [["Hillary Rodham Clinton", "Senator", 3]]),
      article("b", "2016-09-01", [
        ["Hillary Clinton", "Democratic nominee", 5],
        ["Bill Clinton", "former president", 2],
      ]),
      article("c", "1998-01-01", [["William Clinton", "President", 4]]),
      article("d", "2016-10-01", [
        ["Mrs Clinton", null, 1],
        ["Hillary Clinton", "Democratic nominee", 2],
      ]),
    ]);
    const hillary = identities.find((i) => i.key === "hillary clinton")!;
    expect(hillary.name).toBe("Hillary Rodham Clinton");
    expect(hillary.quotes).toBe(10);
    expect(hillary.titles).toEqual([
      { title: "Senator", first: "2004-05-01", last: "2004-05-01" },
      { title: "Democratic nominee", first: "2016-09-01", last: "2016-10-01" },
    ]);
    const bill = identities.find((i) => i.key === "william clinton")!;
    expect(bill.mentions.map((m) => m.article).sort()).toEqual(["b", "c"]);
    // "Mrs Clinton" alone could be either Clinton: it is not guessed.
    expect(identities.find((i) => i.key === "clinton")?.mentions).toEqual([{ article: "d", personId: "p1" }]);
  });

  it("gives a surname alone to the one full name that holds nearly all its mentions", () => {
    const identities = identify([
      article("a", null, [["Tony Blair", "Prime Minister", 4]]),
      article("b", null, [["Tony Blair", "Labour leader", 2]]),
      article("c", null, [["Blair", null, 1]]),
      article("d", null, [["Mr Blair", null, 1]]),
    ]);
    expect(identities).toHaveLength(1);
    expect(identities[0]).toMatchObject({ key: "anthony blair", name: "Tony Blair", quotes: 8 });
  });

  it("gives a surname alone stated as a man or a woman to no one the articles state is the other", () => {
    const identities = identify([
      article("a", null, [["Stuart Pearce", "manager", 4, "m"]]),
      article("b", null, [["Stuart Pearce", "manager", 2, "m"]]),
      article("c", null, [["Mrs Pearce", null, 1, "f"]]),
      article("d", null, [["Mr Pearce", null, 1, "m"]]),
      article("e", null, [["Andrew Hale", "minister", 1, "m"]]),
      article("f", null, [["Andrew Hale", "minister", 1, "m"]]),
      article("g", null, [["Andrew Hale", null, 1, "m"]]),
      article("h", null, [["Andrew Hale", null, 1, "m"]]),
      article("i", null, [["Brenda Hale", "judge", 1, "f"]]),
      article("j", null, [["Lady Hale", null, 2, "f"]]),
    ]);
    const pearce = identities.find((i) => i.key === "stuart pearce")!;
    expect(pearce.mentions.map((m) => m.article)).toEqual(["a", "b", "d"]);
    expect(identities.find((i) => i.key === "pearce")?.mentions).toEqual([{ article: "c", personId: "p1" }]);
    // Nearly all the Hales' mentions are Andrew Hale's, but "Lady Hale" is the Hale stated a woman.
    expect(identities.find((i) => i.key === "brenda hale")?.quotes).toBe(3);
  });

  it("tells a son from his father where an article names both, and not by the suffix alone", () => {
    const identities = identify([
      article("a", null, [
        ["Donald Trump", "nominee", 5],
        ["Donald Trump Jr.", null, 2],
      ]),
      article("b", null, [["Donald Trump Jr.", "son", 3]]),
      article("c", null, [["Donald J. Trump", null, 4]]),
      article("d", null, [["Joseph R. Biden Jr.", "Vice President", 2]]),
      article("e", null, [["Joe Biden", "Vice President", 1]]),
    ]);
    const son = identities.find((i) => i.key === "jr:donald trump")!;
    expect(son.mentions.map((m) => m.article)).toEqual(["a", "b"]);
    expect(identities.find((i) => i.key === "donald trump")?.quotes).toBe(9);
    expect(identities.find((i) => i.key === "joseph biden")?.quotes).toBe(3);
  });

  it("keeps roles and different people with one surname apart", () => {
    const identities = identify([
      article("a", null, [
        ["Ruth Kelly", "Education Secretary", 2],
        ["the spokesman", null, 1],
      ]),
      article("b", null, [
        ["Kelly Holmes", "athlete", 3],
        ["the spokesman", null, 1],
      ]),
    ]);
    expect(identities.map((i) => i.key).sort()).toEqual([
      "kelly holmes",
      "role:a:p2",
      "role:b:p2",
      "ruth kelly",
    ]);
    expect(nameKey("the spokesman")).toBeNull();
    expect(nameKey("Dr John D. Smith Jr")).toEqual({ first: "john", last: "smith" });
  });
});

describe("periods a question names", () => {
  const newest = "2016-10-04T10:00";

  it("reads months, weeks, days and years relative to the newest article", () => {
    expect(periodOf("What did Obama say in March?", newest)).toMatchObject({
      from: "2016-03-01",
      to: "2016-03-31",
    });
    expect(periodOf("What did Trump say last week?", newest)).toMatchObject({
      from: "2016-09-21",
      to: "2016-09-28",
    });
    expect(periodOf("What did he say yesterday?", newest)).toMatchObject({ from: "2016-10-03" });
    expect(periodOf("What did Blair say in December 2004?", "2005-06-01")).toMatchObject({
      from: "2004-12-01",
      to: "2004-12-31",
    });
    expect(periodOf("What did Blair say in 2005?", newest)).toMatchObject({
      from: "2005-01-01",
      yearOnly: true,
    });
    // A weekday named alone may be the story's day of any week; "last Monday" names the week.
    expect(periodOf("What did he say on Monday?", newest)).toMatchObject({ weekdayOnly: true });
    expect(periodOf("What did he say last Monday?", newest)).toMatchObject({ weekdayOnly: false });
  });

  it("leaves a date that names an event alone (the July 25 call)", () => {
    expect(periodOf("How did Vindman describe the July 25 call?", newest)).toBeNull();
    expect(periodOf("What did Trump say about the Nov. 8 election?", newest)).toBeNull();
    expect(periodOf("What did Trump say on July 25?", newest)).toMatchObject({ text: "July 25" });
    expect(periodOf("What did he say in the last week?", newest)).not.toBeNull();
    // … and after a participle that qualifies a noun; not after the question's own verb.
    expect(periodOf("What did Scissors say about the deal announced in October?", newest)).toBeNull();
    expect(periodOf("What tariffs imposed on Sept. 1 does Beijing want lifted?", newest)).toBeNull();
    for (const asked of [
      "What was announced in October?",
      "Who resigned in March?",
      "What happened in March?",
    ])
      expect(periodOf(asked, newest)).not.toBeNull();
  });

  it("leaves numeric dates and months that are names alone", () => {
    expect(periodOf("What did he say about the 9/11 bill?", newest)).toBeNull();
    expect(periodOf("What did Theresa May say about Brexit?", newest)).toBeNull();
  });

  it("leaves a day that names an event alone: Monday's debate may be reported before it", () => {
    expect(periodOf("What did Kall say Trump might do at Monday's debate?", newest)).toBeNull();
    expect(periodOf("What did Kall say about the debate on Monday?", newest)).toMatchObject({
      from: "2016-10-03",
    });
  });

  it("keeps articles published in the period, and not undated ones", () => {
    const march = periodOf("in March", newest)!;
    expect(inPeriod("2016-03-15T09:00", march)).toBe(true);
    expect(inPeriod("2016-04-01", march)).toBe(false);
    expect(inPeriod(null, march)).toBe(false);
  });
});

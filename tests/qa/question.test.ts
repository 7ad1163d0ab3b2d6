/** `parseQuestion`: what a question asks, read the way reporters type. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/qa/question.ts";

describe("parseQuestion", () => {
  it("reads what someone said, and about what", () => {
    expect(parseQuestion("What did Kelly say about the military?")).toMatchObject({
      kind: "said",
      who: "kelly",
      topic: ["military"],
    });
    // Typos in the question words and the name are kept for the fuzzy look-up.
    expect(parseQuestion("wat did kely say abot deportations")).toMatchObject({ kind: "said", who: "kely" });
    expect(parseQuestion("What has the Homeland Security Secretary promised?")).toMatchObject({
      kind: "said",
      who: "the homeland security secretary",
    });
    expect(parseQuestion("Tillerson's reaction to the visit?")).toMatchObject({
      kind: "said",
      who: "tillerson",
      topic: ["visit"],
    });
  });

  it("reads 'did anyone say' as who said it, and a yes-or-no question about no one's words as a fact", () => {
    expect(parseQuestion("Did anyone say the bridge would open?")).toMatchObject({
      kind: "who-said",
      topic: ["bridge", "open"],
    });
    // Not about anyone's words: a plain yes-or-no fact.
    expect(parseQuestion("Did the bill pass?").kind).toBe("fact");
    expect(parseQuestion("Does the article say who won?").kind).toBe("fact");
  });

  it.each([
    // The same question asked yes or no.
    ["Did Gordon Brown say anything about pensions?", "gordon brown", "pensions"],
    ["Has Kelly commented on the wall?", "kelly", "wall"],
    ["What's Kelly's take on the military?", "kelly", "military"],
    ["How did Kelly respond to fears of mass deportations?", "kelly", "fears mass deportations"],
    ["How did Trump describe the deportation push?", "trump", "deportation push"],
    ["Give me the quote from Kelly about the military", "kelly", "military"],
    ["Is there a quote from Kelly about the military?", "kelly", "military"],
    ["What quote did Kelly give about the military?", "kelly", "military"],
    ["According to Kelly, will the military be used?", "kelly", "military used"],
    ["Did Kelly talk about the military?", "kelly", "military"],
    // The verb's helpers are not part of the name.
    ["What has Kelly been saying about the military?", "kelly", "military"],
    ["What is Kelly quoted as saying about the military?", "kelly", "military"],
    ["Tell me what Kelly said about the military", "kelly", "military"],
    ["Show me Trump's quotes on gang violence", "trump", "gang violence"],
    ["What was Trump's line on trade?", "trump", "trade"],
    ["What was Kelly's message on deportations?", "kelly", "deportations"],
    // A noun of saying after the name is no verb of theirs ("answer", "question" had been read as one).
    ["What was Kelly's answer to critics of the wall?", "kelly", "critics wall"],
    ["What was Kelly's response to the military question?", "kelly", "military question"],
    ["What was Kelly's reply to critics?", "kelly", "critics"],
    // Its manner, reason or content asked (questions written on real 2019 web pages had been read
    // as facts, or declined).
    ["How did the governor say the epidemic should be discussed?", "the governor", "epidemic discussed"],
    ["Why did Vesey say the shutoffs go ahead?", "vesey", "shutoffs go ahead"],
    [
      "What mistake did the agency president say clients make?",
      "the agency president",
      "mistake clients make",
    ],
    ["Who did Noem say needs to be involved?", "noem", "needs involved"],
    ["How long did the general say forces would stay?", "the general", "forces stay"],
    ["How many people did police say were hurt?", "police", "people hurt"],
    ["How did the director feel about starting without the song?", "the director", "starting without song"],
    ["What did Carlineo reportedly say about Omar?", "carlineo", "omar"],
    // An adverb before the verb is no word of the name; a surname in -ly is.
    ["What has Obama repeatedly said about guns?", "obama", "guns"],
    ["What does the co-creator always tell clients about subs?", "the co-creator", "clients subs"],
    ["What did Megyn Kelly say about the debate?", "megyn kelly", "debate"],
    [
      "What did the pulmonologist advise people who own feather pillows?",
      "the pulmonologist",
      "people feather pillows",
    ],
  ])("reads %j as asking what someone said", (question, who, topic) => {
    expect(parseQuestion(question)).toMatchObject({ kind: "said", who, topic: topic.split(" ") });
  });

  it("reads 'who talked about' as who said it, and a question about how a thing was done as a fact", () => {
    expect(parseQuestion("Who talked about the military?").kind).toBe("who-said");
    for (const asked of ["What was said about the military?", "Was anything said about the military?"])
      expect(parseQuestion(asked)).toMatchObject({ kind: "who-said", who: null, topic: ["military"] });
    expect(parseQuestion("How did the bridge collapse?").kind).toBe("fact");
    // Nor a name asked for, or an event's verb that is also a noun.
    expect(parseQuestion("Who did Trump blame for the crash?").kind).toBe("fact");
    expect(parseQuestion("How many people does Clinton want to sign up?").kind).toBe("fact");
    expect(parseQuestion("What address did the blast happen in front of?").kind).toBe("fact");
    expect(parseQuestion("What did the aide find unusual about the phone call?").kind).toBe("fact");
    expect(parseQuestion("What did the head of the House Intelligence Committee note?")).toMatchObject({
      kind: "said",
      who: "the head of the house intelligence committee",
    });
  });

  it("leaves out idioms of time, which frame the act rather than name the topic", () => {
    expect(parseQuestion("What did Clinton say about Trump calling it a bomb right away?")).toMatchObject({
      kind: "said",
      who: "clinton",
      topic: ["trump", "calling", "bomb"],
    });
    expect(parseQuestion("What has the inquiry found so far?").topic).toEqual(["inquiry", "found"]);
    // "right" and "far" on their own are words of the topic.
    expect(parseQuestion("What did Kelly say about the far right?").topic).toEqual(["far", "right"]);
    // Written in Title Case, an idiom is a title's words (BBC, 2004: Free's hit "All Right Now").
    expect(parseQuestion("What did May say about playing All Right Now with Rodgers?").topic).toEqual([
      "playing",
      "right",
      "now",
      "rodgers",
    ]);
  });

  it("reads a retort's verb with its particle as a verb of saying ('fire back', 'hit back')", () => {
    expect(parseQuestion("what did Clinton's spokesman fire back at Axelrod")).toMatchObject({
      kind: "said",
      who: "clinton's spokesman",
      topic: ["axelrod"],
    });
    expect(parseQuestion("How did Trump hit back at Cruz?")).toMatchObject({ kind: "said", who: "trump" });
  });

  it("reads who is asked about without a relative clause when the description says enough", () => {
    expect(parseQuestion("What did the Gawker writer who set up the bot say the retweet proved?").who).toBe(
      "the gawker writer",
    );
    // "the man" alone says nothing: the clause is what picks him out.
    expect(parseQuestion("What did the man who shot the video say?").who).toBe("the man who shot the video");
  });

  it("reads 'what is X called' as asking a name, and 'what is X saying' as asking their words", () => {
    expect(parseQuestion("What is the 9/11 lawsuit bill officially called?").kind).toBe("fact");
    expect(parseQuestion("What was the operation described as?").kind).toBe("fact");
    // A purpose or an estimate asked of a thing: "is … meant / thought to" describes it, nobody speaks.
    expect(parseQuestion("What was the state's 2014 slogan meant to do?").kind).toBe("fact");
    expect(parseQuestion("What was the wall thought to cost?")).toMatchObject({ kind: "fact", who: null });
    // A speech verb right before another is a noun of the name: "the audit office report say".
    expect(parseQuestion("What did the audit office report say about costs?")).toMatchObject({
      kind: "said",
      who: "the audit office report",
      topic: ["costs"],
    });
    expect(parseQuestion("What is Kelly saying about the wall?")).toMatchObject({
      kind: "said",
      who: "kelly",
      topic: ["wall"],
    });
  });

  it("reads a verb that is also a noun as part of a role's name when a role and another verb follow", () => {
    // "state" is a verb of saying and a noun: before "schools superintendent say" it is the role's.
    expect(parseQuestion("What did the state schools superintendent say about the rally?")).toMatchObject({
      kind: "said",
      who: "the state schools superintendent",
      topic: ["rally"],
    });
    expect(
      parseQuestion("What did the Indiana State Teachers Association president say about pay?").who,
    ).toBe("the indiana state teachers association president");
    expect(parseQuestion("Did the state party chairman comment on the vote?")).toMatchObject({
      kind: "said",
      who: "the state party chairman",
    });
    expect(parseQuestion("Why did the state party chairman say he quit?").who).toBe(
      "the state party chairman",
    );
    // A name that is no role after the verb leaves it a verb: Trump claims what Clinton said.
    expect(parseQuestion("What did Trump claim Clinton said?")).toMatchObject({ who: "trump" });
    expect(parseQuestion("What did Kelly state about the wall?").who).toBe("kelly");
  });

  it("reads a verb that sums up words ('who compared …') as a fact that may be said in a quote", () => {
    const compared = parseQuestion("Who compared the plan to a blank cheque?");
    expect(compared).toMatchObject({ kind: "fact", summed: true });
    expect(compared.topic).toEqual(expect.arrayContaining(["compared", "plan", "blank", "cheque"]));
    expect(parseQuestion("Who won the vote?").summed).toBeUndefined();
  });

  it("tells who-said from who-is", () => {
    const whoSaid = parseQuestion("Who said there would be no mass deportations?");
    expect(whoSaid.kind).toBe("who-said");
    expect(whoSaid.who).toBeNull();
    expect(whoSaid.topic).toEqual(expect.arrayContaining(["mass", "deportations"]));
    expect(parseQuestion("Who is Rex Tillerson?")).toMatchObject({ kind: "who-is", who: "rex tillerson" });
    expect(parseQuestion("What is the title of Luis Videgaray?")).toMatchObject({
      kind: "who-is",
      who: "luis videgaray",
    });
    expect(parseQuestion("What's Tillerson's job?")).toMatchObject({ kind: "who-is", who: "tillerson" });
    // A possessive and a noun of saying after "who said" are the topic, not a speaker "who said trump".
    expect(parseQuestion("Who said Trump's remarks were ugly and undeserved?")).toMatchObject({
      kind: "who-said",
      who: null,
    });
  });

  it("recognises questions about the article itself", () => {
    const field = (q: string) => parseQuestion(q).field;
    expect(field("When was the article published?")).toBe("published");
    expect(field("Who wrote this story?")).toBe("byline");
    expect(field("Who wrote that article?")).toBe("byline");
    // What someone wrote, asked as who said it (PolitiFact, 2019: "The Chinese government pays nothing").
    expect(parseQuestion("Who wrote that Beijing pays nothing?")).toMatchObject({ kind: "who-said" });
    expect(field("Which news agency reported the story?")).toBe("source");
    expect(field("Which news agency is it from?")).toBe("source");
    expect(field("Where was the story filed from?")).toBe("dateline");
    expect(field("What is the headline?")).toBe("headline");
    expect(field("Who is quoted in the story?")).toBe("quoted");
    expect(field("Who are the sources?")).toBe("quoted");
    // Who is quoted on something is who said it.
    expect(parseQuestion("Who is quoted on the wall?")).toMatchObject({ kind: "who-said", topic: ["wall"] });
    // About the article, not about a speaker called "the article".
    expect(parseQuestion("What does the article say about Mexico?").kind).toBe("fact");
  });

  it("marks keyword queries and questions whose answer is a number", () => {
    expect(parseQuestion("trump military")).toMatchObject({ kind: "fact", keywords: true });
    expect(parseQuestion("Why did the minister resign over the budget?")).toMatchObject({ keywords: false });
    const many = parseQuestion("What percentage of voters said No?");
    expect(many.wants).toBe("number");
    expect(many.topic).not.toContain("percentage");
    expect(parseQuestion("How many people were deported?").wants).toBe("number");
    expect(parseQuestion("What year did Scott first get elected?")).toMatchObject({ wants: "year" });
    expect(parseQuestion("What year did Scott first get elected?").topic).not.toContain("year");
    expect(parseQuestion("Why did the minister resign?").wants).toBeUndefined();
    // "Where … held", "when he made these remarks": the event's frame, not the topic.
    expect(parseQuestion("Where is the first debate being held?")).toMatchObject({
      wants: "place",
      topic: ["first", "debate"],
    });
    expect(parseQuestion("Where was Clinton when he made these remarks?").topic).toEqual(["clinton"]);
    expect(parseQuestion("What adress did the blast happen at?")).toMatchObject({
      wants: "place",
      topic: ["blast"],
    });
  });

  it("leaves out the prepositions that relate the topic's words: copy may relate them otherwise", () => {
    expect(parseQuestion("What is Trump's level of support among black voters?").topic).toEqual([
      "trump",
      "support",
      "black",
      "voters",
    ]);
    expect(parseQuestion("What did Kerry say about talks with Pyongyang despite the test?").topic).toEqual([
      "talks",
      "pyongyang",
      "test",
    ]);
  });

  it("never throws, and always says what kind of question it is", () => {
    const kinds = ["said", "who-said", "who-is", "metadata", "fact"];
    for (const q of ["", "???", "\u0000\u200b", "what did say", "who", "'s view"])
      expect(kinds).toContain(parseQuestion(q).kind);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (q) => {
        const parsed = parseQuestion(q);
        return kinds.includes(parsed.kind) && Array.isArray(parsed.topic);
      }),
      { numRuns: 300 },
    );
  });
});

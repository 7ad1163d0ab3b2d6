/** The frames reporters put around a question, read as the plain question they ask. */
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/qa/question.ts";
import { plainFrame, terseSaid } from "../../src/qa/question-frames.ts";

describe("plainFrame", () => {
  it.each([
    ["who was it that said the bridge would open", "who said the bridge would open"],
    ["who's the one who called it a scam", "who called it a scam"],
    ["which person said the bridge would open", "who said the bridge would open"],
    ["which official said the bridge would open", "who said the bridge would open"],
    // The kind of speaker asked for (2019 web pages: "Which Browns player said …").
    ["which browns player said garrett was defending himself", "who said garrett was defending himself"],
    ["which outlet called the lineup uninspiring", "who called the lineup uninspiring"],
    ["what'd kelly say re the wall", "what did kelly say about the wall"],
    // The audience told is not the topic.
    ["who told reporters the bridge would open", "who told the bridge would open"],
    ["what did kelly tell the press about the wall", "what did kelly tell about the wall"],
    ["who was quoted as saying the bridge would open", "who said the bridge would open"],
    ["who's quoted saying the bridge would open", "who said the bridge would open"],
    // A question inside a request: the question.
    ["name the person who said the bridge would open", "who said the bridge would open"],
    ["can you tell me who said the bridge would open", "who said the bridge would open"],
    ["do you know what kelly said about the wall", "what kelly said about the wall"],
    // A verb of saying one slip out, where the verb stands.
    ["who siad there would be no deportations", "who said there would be no deportations"],
    ["what did kelly sya about the wall", "what did kelly say about the wall"],
    ["who tlod the bridge would open", "who told the bridge would open"],
    // The question word, its auxiliary, and the "about" after the verb, one slip out.
    ["hwo said the bridge would open", "who said the bridge would open"],
    ["wht dd kelly say abotu the wall", "what did kelly say about the wall"],
    ["who said taht the bridge would open", "who said that the bridge would open"],
    // Chat's shorter frames.
    ["what's kelly saying about the wall", "what is kelly saying about the wall"],
    ["kelly quote on the wall", "what did kelly say about the wall"],
    ["john kelly remarks about the wall", "what did john kelly say about the wall"],
    ["whose quote is 'the bridge will open'", "who said 'the bridge will open'"],
    ["the source of the quote 'no new taxes'", "who said 'no new taxes'"],
    ["who's behind the line about the bridge", "who said the bridge"],
    // A person's post asked otherwise.
    ["what position does ana ruiz hold", "who is ana ruiz"],
    ["what does tom bell do", "who is tom bell"],
  ])("reads %s as %s", (asked, plain) => {
    expect(plainFrame(asked)).toBe(plain);
  });

  it("leaves a name one slip from a verb of saying alone, and a question with its verb spelt right", () => {
    expect(plainFrame("what did saad say about oil")).toBe("what did saad say about oil");
    expect(plainFrame("who is saad")).toBe("who is saad");
    expect(plainFrame("who said siad was right")).toBe("who said siad was right");
    expect(plainFrame("what did abot say about oil")).toBe("what did abot say about oil");
  });

  it("leaves the topic's words alone", () => {
    // "re" inside a word or joined by an apostrophe is no shorthand.
    expect(plainFrame("what did they're saying about the rebate")).toBe(
      "what did they're saying about the rebate",
    );
  });
});

describe("parseQuestion in other frames", () => {
  it("reads a name joined by small words, typed with capitals, as the speaker of 'X on Y?'", () => {
    expect(parseQuestion("The Muslim Association of Britain on faith schools?")).toMatchObject({
      kind: "said",
      who: "the muslim association of britain",
      topic: ["faith", "schools"],
    });
    // In lower case nothing tells a name from a phrase that holds "of".
    expect(parseQuestion("cost of living on wages?").kind).toBe("fact");
  });

  it("reads a verb of saying before 'say', 'have to say' or a possessive as a noun of the speaker's name", () => {
    for (const q of [
      "Did the National Audit Office report say anything about adult learners?",
      "What did the National Audit Office report have to say about adult learners?",
    ])
      expect(parseQuestion(q)).toMatchObject({
        kind: "said",
        who: "the national audit office report",
        topic: ["adult", "learners"],
      });
    const possessive = parseQuestion(
      "What was the National Audit Office report's comment on adult learners?",
    );
    expect(possessive).toMatchObject({ kind: "said", topic: ["adult", "learners"] });
    expect(possessive.who).toMatch(/^the national audit office report/);
  });

  it("reads 'who was it that said' and 'which person said' as who said it", () => {
    for (const q of [
      "Who was it that said turnout makes a difference?",
      "Which person said turnout makes a difference?",
    ])
      expect(parseQuestion(q)).toMatchObject({ kind: "who-said", topic: ["turnout", "makes", "difference"] });
  });

  it("reads 'X on Y?' as what X said about Y, for a name or a role", () => {
    expect(parseQuestion("Jessica Ditto on Trump hitting back at his critics?")).toMatchObject({
      kind: "said",
      who: "jessica ditto",
      topic: ["trump", "hitting", "back", "critics"],
    });
    expect(parseQuestion("The Republican nominee on political correctness?")).toMatchObject({
      kind: "said",
      who: "the republican nominee",
    });
    expect(parseQuestion("kelly on the wall")).toMatchObject({ kind: "said", who: "kelly", topic: ["wall"] });
  });

  it("reads 'X about Y?' with 'about' first, where X is a description holding an 'on'", () => {
    expect(parseQuestion("The top Democrat on the House Intelligence Committee about Russia?")).toMatchObject(
      {
        kind: "said",
        who: "the top democrat on the house intelligence committee",
        topic: ["russia"],
      },
    );
  });

  it("reads 'X on Y?' past an 'on' that joins a role to the body it sits on, typed in capitals", () => {
    expect(
      parseQuestion("The top Democrat on the House Intelligence Committee on why Russia hacked?"),
    ).toMatchObject({
      kind: "said",
      who: "the top democrat on the house intelligence committee",
      topic: ["russia", "hacked"],
    });
    // In lower case, or where the words after "on" are no name, the first "on" still splits.
    expect(parseQuestion("The senator on the debate on taxes?")).toMatchObject({
      who: "the senator",
      topic: ["debate", "taxes"],
    });
  });

  it("keeps the whole of 'X on Y?' as a topic too, for when X names no one", () => {
    expect(parseQuestion("The War on Drugs?")).toMatchObject({ kind: "said", asTopic: ["war", "drugs"] });
  });

  it("does not take a clause for part of a description", () => {
    // "on how much lawmakers know about …" is the topic, not where the president sits.
    expect(
      parseQuestion(
        "Any comment from the NAACP president on how much lawmakers know about criminal justice?",
      ),
    ).toMatchObject({ kind: "said", who: "the naacp president" });
  });

  it("reads a name after a courtesy title or 'the', and a body's report, before 'on' as the speaker", () => {
    expect(parseQuestion("Dr Tamimi on Labour's majority?")).toMatchObject({
      kind: "said",
      who: "dr tamimi",
    });
    expect(parseQuestion("The National Audit Office on school dinners?")).toMatchObject({
      kind: "said",
      who: "the national audit office",
    });
    expect(parseQuestion("The National Audit Office report on adult learners?")).toMatchObject({
      kind: "said",
      who: "the national audit office report",
      topic: ["adult", "learners"],
    });
    // … but a report, or a vote, on its own asks for facts.
    expect(parseQuestion("The report on the shooting?").kind).toBe("fact");
    expect(parseQuestion("Senate vote on the bill?").kind).toBe("fact");
  });

  it("does not read a request for facts or a phrase in lower case before 'on' as a speaker", () => {
    expect(parseQuestion("Details on the shooting?").kind).toBe("fact");
    expect(parseQuestion("Tax returns on Trump?").kind).toBe("fact");
    expect(parseQuestion("The vote on the contempt resolution?").kind).toBe("fact");
    expect(terseSaid("How many voted on the bill", "how many voted on the bill")).toBeNull();
  });

  it("takes a description longer than a name as the speaker, with its own 'on'", () => {
    expect(
      parseQuestion("Quote from the head of the United Federation of Teachers about public schools"),
    ).toMatchObject({
      kind: "said",
      who: "the head of the united federation of teachers",
      topic: ["public", "schools"],
    });
    expect(
      parseQuestion("Quote from the top Democrat on the House Intelligence Committee about Russia"),
    ).toMatchObject({
      kind: "said",
      who: "the top democrat on the house intelligence committee",
      topic: ["russia"],
    });
  });
});

/**
 * Who the subject is around a quote: after a lively verb of saying ("beamed", "screamed",
 * "exhorted") it is the one after the verb; in "Grady consultant Tomas Ibarra" it is the person
 * the role belongs to, not the name that qualifies it.
 */
import { describe, expect, it } from "vitest";
import { isSpeechVerb } from "../../src/article/speech-verbs.ts";
import { tokenize } from "../../src/article/text.ts";
import { quotesOf, speakersOf } from "./helpers.ts";

/** The words of a sentence read as verbs of saying, in lower case. */
function verbs(text: string): string[] {
  const tokens = tokenize(text, []);
  return tokens.filter((_, i) => isSpeechVerb(tokens, i)).map((t) => t.lower);
}

describe("less common verbs of saying after a quote", () => {
  it("gives a quote to the name after “beamed”, not to the candidate just written about", () => {
    const body = [
      "Governor Alma Brandt took the stage to loud cheers on Tuesday.",
      "“This is fantastic!” beamed Tomas Ibarra of Dayton, who had driven all night to be there.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["This is fantastic!", "Tomas Ibarra", "direct"]]);
  });

  it("reads “screamed” and “exhorted” after a quote as the speaker's verb", () => {
    const body = [
      "Senator Paul Grady spoke for an hour about trade.",
      "“Not one more job!” screamed Rosa Delgado, a retired welder.",
      "“Go and vote,” exhorted Nina Falk, the organiser.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Rosa Delgado", "Nina Falk"]);
  });
});

describe("a name that qualifies a role before another name", () => {
  it("makes the person after “Grady consultant” the subject “he said” points back to", () => {
    const body = [
      "Senator Paul Grady won the county by a wide margin that night.",
      "Grady consultant Tomas Ibarra, the campaign's top pollster, saw the turnout coming.",
      "“Young voters showed up in numbers nobody expected,” he said.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([
      ["Young voters showed up in numbers nobody expected,", "Tomas Ibarra", "direct"],
    ]);
  });

  it("does not read an adverb ending like a role (“further”) as a role the name qualifies", () => {
    const body = [
      "Senator Paul Grady attacked his rival, Governor Alma Brandt, at the rally.",
      "Grady further called Brandt “reckless,” and said she had failed the state.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["reckless,", "Paul Grady", "partial"]]);
  });
});

describe("verbs of saying in the passive", () => {
  it("gives the words of “X was asked by Y whether …” to the one who asked", () => {
    const body =
      "Grady was asked by moderator Ana Ruiz whether his plan would risk “adding another costly program to a strained budget.”";
    expect(quotesOf(body)).toEqual([
      ["adding another costly program to a strained budget.", "Ana Ruiz", "partial"],
    ]);
  });
});

describe("a participle in -ing after a determiner, or a determiner and an adjective", () => {
  it("is an adjective, not a verb of saying (a small speaking gig, the reporting rules)", () => {
    const sentence = (text: string) => tokenize(text, []);
    const verbs = (text: string) => {
      const tokens = sentence(text);
      return tokens.filter((_, i) => isSpeechVerb(tokens, i)).map((t) => t.lower);
    };
    expect(verbs("Maybe it is a small speaking gig and you are terrified.")).toEqual([]);
    expect(verbs("The reporting rules changed, and a warning light came on.")).toEqual([]);
    expect(verbs("A spokesman, speaking on Monday, said the deal was off.")).toEqual(["speaking", "said"]);
  });
});

describe("a form that is also a plural noun, before “of”", () => {
  it("is the noun (farm purchases, promises of access; claims of fraud)", () => {
    expect(verbs("Farm purchases and promises of improved access are enough.")).toEqual([]);
    expect(verbs("There were claims of fraud at the count.")).toEqual([]);
  });

  it("still lets the verb stand before a clause", () => {
    expect(verbs("The mayor promises that the roads will reopen.")).toEqual(["promises"]);
  });
});

describe("a noun that a verb of saying's form may be", () => {
  it("reads a possessive as a noun (“shake up states' leanings”)", () => {
    // Washington Post, 2016: "this year's presidential contest could shake up states' political
    // leanings" had made "year's presidential contest could shake up" a speaker.
    expect(verbs("The contest could shake up states’ political leanings again.")).toEqual([]);
  });

  it("reads a form right after a verb as its object (“makes claims”, “make jokes”)", () => {
    // BBC, 2005: "McFadden makes claims that he was beaten …" had a speaker "McFadden makes".
    expect(verbs("McFadden makes claims that he was beaten at school.")).toEqual([]);
    expect(verbs("Now his friends make jokes about the vote.")).toEqual([]);
    expect(verbs("The mayor still makes it clear and warns that roads will close.")).toEqual(["warns"]);
  });

  it("reads an “-s” form before a verb as its subject (“states have”, “reports were”)", () => {
    // USA Today, 2016: "Setting aside politics and taxes, states have …" had made "taxes" a speaker.
    expect(verbs("Setting aside politics and taxes, states have widely different patterns.")).toEqual([]);
    expect(verbs("Further reports had suggested that the bid would fail.")).toEqual(["suggested"]);
    expect(verbs("The report says it will close.")).toEqual(["says"]);
  });

  it("reads a verb opening a sentence as inverted only before its speaker (“Says Smith”, not “States won”)", () => {
    expect(verbs("States won many of the battles that preceded the election.")).toEqual([]);
    expect(verbs("Reports that the minister is planning a snap election are false.")).toEqual([]);
    expect(verbs("Says Smith: it was never going to work.")).toEqual(["says"]);
    expect(verbs("Said the spokesman, the deal is off.")).toEqual(["said"]);
  });
});

describe("a turn of phrase with “say”", () => {
  it("is no verb of saying (let’s say, needless to say, it is fair to say, so to speak)", () => {
    // html-dev copy: "let’s say they cause you to grow" had made "let" a speaker.
    expect(verbs("Well, let’s say they cause you to grow as a person.")).toEqual([]);
    expect(
      verbs("Needless to say, the plan failed, and it is fair to say it was a mess, so to speak."),
    ).toEqual([]);
  });

  it("stays one where someone says something (Tom Reed said, told her to say nothing)", () => {
    expect(verbs("Tom Reed said he told her to say nothing.")).toEqual(["said", "told", "say"]);
  });
});

describe("a verb of saying's form after a preposition", () => {
  it("is a noun, its object (amid claims, despite warnings)", () => {
    // BBC, 2005: "The move comes amid claims the poll could be marred by electoral fraud." had
    // reported the poll's fraud as the words of "the move comes amid".
    expect(verbs("The move comes amid claims the poll could be marred by fraud.")).toEqual([]);
    expect(verbs("It went ahead despite warnings the bridge was unsafe.")).toEqual([]);
    expect(verbs("Ms Lee claims the poll was fair.")).toEqual(["claims"]);
  });
});

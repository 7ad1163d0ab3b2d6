/**
 * A company or other body that speaks as one ("said the company", "according to the carmaker"):
 * its words are its own, never those of the person named nearby. Shapes met in BBC business copy,
 * with invented names.
 */
import { describe, expect, it } from "vitest";
import { parse, speakerName, speakersOf } from "./helpers.ts";

describe("a body named after its verb of saying", () => {
  it("speaks for itself, not for the person named before (said the company in a statement)", () => {
    const body = [
      "Union leader Tony Brannock said the closure was a disgrace.",
      "“This is a sad day for Luton,” said the company in a statement.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["the company"]);
  });

  it("is who speaks without the channel after it, whatever its noun (said the group in a statement)", () => {
    // BBC, 2005: "said the group in a statement" had been the speaker's whole name.
    const body = "“Censorship is growing,” said the group in a statement.";
    expect(speakersOf(body)).toEqual(["the group"]);
  });

  it("keeps where analysts work but not the note they wrote (wrote analysts from X in a note to clients)", () => {
    // BBC, 2005: "…," wrote analysts from Citigroup Smith Barney in a note to clients on Friday" had
    // been "analysts" alone.
    const body = [
      "“Such events have a limited impact on bookings,” wrote analysts from Harbour Lane Securities in a note to clients on Friday.",
      "“Prices will hold,” said analysts at Weston Partners in a research note.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([
      "analysts from Harbour Lane Securities",
      "analysts at Weston Partners",
    ]);
  });

  it("is read past an adjunct after it (read a statement from the party)", () => {
    const body = [
      "Ms Lopez's spokesman, Bob Lee, said in an email that the senator “will not back down.”",
      "“We remain hopeful,” read a statement from the Democratic leadership.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Bob Lee", "a statement from the Democratic leadership"]);
  });

  it("is not the object of a reported clause (said the bid undervalued the business)", () => {
    const body = "The exchange, which saw its shares rise 25%, said the bid undervalued the business.";
    expect(parse(body).people.map((p) => p.name)).not.toContain("the bid undervalued the business");
  });
});

describe("a body with an aside that names who leads it", () => {
  it("speaks for itself (The US delegation, led by Wendy Sherman, said)", () => {
    const body =
      "The US delegation, led by Wendy Sherman, said in a statement that “significant gaps remain”.";
    expect(speakersOf(body)).toEqual(["the US delegation"]);
  });

  it("is its author's when the aside names who wrote it (The book, by Robert Peston, said)", () => {
    const body =
      "The book, by Sunday Telegraph journalist Robert Peston, said the pair had “mutual animosity”.";
    expect(speakersOf(body)).toEqual(["Robert Peston"]);
  });
});

describe("a body's name whose words a preposition joins", () => {
  it("is not a person by its last word (the Department of Trade and Industry)", () => {
    const body =
      "“We are looking at all options,” a spokeswoman for the Department of Trade and Industry said.";
    expect(speakersOf(body)).toEqual(["a spokeswoman for the Department of Trade and Industry"]);
  });

  it("keeps a second subject that no preposition governs (Yugansk and Russia has said)", () => {
    const body = "Rosneft now owns Yugansk and Russia has said it will “turn it into a stand-alone firm”.";
    expect(speakersOf(body)).toEqual(["Russia"]);
  });
});

describe("a body's noun that has a person's ending", () => {
  it("does not stand for the person just quoted (according to the carmaker)", () => {
    const body = [
      "“It came out of nowhere,” said worker Dave Ostrowski, 45.",
      "According to the carmaker, “demand has collapsed”.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Dave Ostrowski", "the carmaker"]);
  });
});

describe("“the firm” after a company has spoken", () => {
  const body = [
    "Copy protection firm Veltrix says its new DiscLock technology will thwart most ripping programs.",
    "Analyst Mary Pell said the claim was bold.",
    "“DiscLock is designed to reduce ripping,” said the firm.",
    "“It will work on nearly all players,” said Sam Ortega, the firm's vice president. “The discs cost no more,” he added.",
  ].join("\n\n");

  it("is the company that spoke last, not the person", () => {
    expect(speakersOf(body).slice(0, 1)).toEqual(["Veltrix"]);
  });

  it("makes it a body that “he” cannot mean", () => {
    expect(speakersOf(body).slice(1)).toEqual(["Sam Ortega", "Sam Ortega"]);
    expect(parse(body).people.find((p) => p.name === "Veltrix")?.kind).toBe("organisation");
  });

  it("is a description when no one-word company has spoken", () => {
    const quiet = [
      "Dana Whitfield, the union's regional secretary, said the closure was a disgrace.",
      "“Sales grew in every region,” said the firm.",
    ].join("\n\n");
    expect(speakersOf(quiet)).toEqual(["the firm"]);
  });
});

describe("“it said”", () => {
  it("is the company that has spoken, never the person quoted since", () => {
    const body = [
      "Keldor has reported a fall in profits. Chief executive Jeroen van Aalst said the results were disappointing.",
      "“Oil prices have hit margins,” it said in a statement.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Keldor"]);
  });

  it("is no one's when no body is in view", () => {
    const body = [
      "Chief executive Jeroen van Aalst said the results were disappointing.",
      "“Oil prices have hit margins,” it said in a statement.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null]);
  });
});

describe("“it” and a description of a group", () => {
  it("never means the group (Analysts say …; it has said it will be seeking damages)", () => {
    // BBC, 2004, renamed: "it" had been the analysts who spoke two sentences before.
    const facts = parse(
      [
        "Analysts say that Norvex's legal moves are probably what caused this week's dealings.",
        "Even so, analysts reckon the saga has a long way to go. Norvex said the auction was illegal. It has said it will be seeking damages of $20bn.",
      ].join("\n\n"),
    );
    const damages = facts.reported.find((r) => r.text.startsWith("it will be seeking"));
    expect(speakerName(facts, damages?.speakerId ?? null)).toBe("Norvex");
  });
});

describe("a sentence's opening adverb", () => {
  it("is no speaker (Originally dubbed “…”)", () => {
    const body =
      "Originally dubbed “Jerry's Guide to the Web” the firm adopted its name because its founders liked it.";
    expect(speakersOf(body)).toEqual([null]);
  });
});

describe("a name after a capital “The” inside a sentence", () => {
  it("is a work's or a body's title, never a person who could say what 'she said' (In The Dragon Waiting, a woman …)", () => {
    const body = [
      "In The Silver Orchard, a woman you think might become an assassin instead becomes paralysed with guilt.",
      "When the book was reissued I thought of Elise Marrow. How would she feel about all of this?",
      "“I don’t even have words, it’s such good news,” she replied in an email.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => p.name)).not.toContain("Silver Orchard");
    expect(speakersOf(body)).toEqual(["Elise Marrow"]);
  });

  it("keeps a capital 'The' that opens the sentence, and a titled name after it", () => {
    expect(speakersOf("Viewers of The Rev. Ola Mensah's show wrote in. “We loved it,” Mensah said.")).toEqual(
      ["Ola Mensah"],
    );
  });
});

describe("a description of a written thing with its own phrase after a quote", () => {
  it("speaks for the page it reads on (“…,” the description on the website reads)", () => {
    const body = [
      "Tom Reede wrote about the bar.",
      "“An Indian start-up, Oxy Pure was launched to clean the air,” the description on the website reads.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["the description on the website"]);
  });
});

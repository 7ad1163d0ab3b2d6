/** A person known only by surname gets the full name the text gives elsewhere (`Registry.completeNames`). */
import { describe, expect, it } from "vitest";
import { parse, quotesOf, speakersOf } from "./helpers.ts";

describe("full names completed from the text", () => {
  it("takes a first name no list holds when the text writes it before the surname", () => {
    const body = [
      "Xiaoming Nwosu, the billionaire owner of the city's basketball team who rebuffed pleas to run, is open to running later.",
      '"It\'s too early to tell," Nwosu said in an interview.',
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Xiaoming Nwosu"]);
  });

  it("finds it inside a quote, after a title", () => {
    const body = [
      "The race tightened on Monday.",
      '"Sen. Yerlan Zhang owes voters an answer," a rival\'s spokesman said.',
      '"Who is the real con man here?" said Zhang on a call with reporters.',
    ].join("\n\n");
    expect(quotesOf(body).at(-1)).toEqual(["Who is the real con man here?", "Yerlan Zhang", "direct"]);
  });

  it("takes a first name the writer puts in brackets inside a quote, but not a body's initials", () => {
    // (AP, 2019: "Coach (Frank) Vogel came in here …", then "Vogel said".)
    const body = [
      "“Coach (Frank) Vogel came in here and said, 'Congratulations,'” James said.",
      "“He’s just playing terrific basketball,” Vogel said.",
      "The switch was timed by the Association for Payment Clearing Services (Apacs) Apacs chose a teacher.",
      "“Plastic has won,” Apacs said.",
    ].join("\n\n");
    expect(speakersOf(body)).toContain("Frank Vogel");
    expect(speakersOf(body)).not.toContain("Apacs Apacs");
    // The same read over the whole text at once, as one with astral characters is.
    expect(speakersOf(`🏀 ${body}`)).toContain("Frank Vogel");
    expect(speakersOf(`🏀 ${body}`)).not.toContain("Apacs Apacs");
  });

  it("takes no English word, date or word inside a longer name for a first name", () => {
    const body = [
      "Shares in Ask Jeeves rose on Thursday and the Tsunami Warning System was praised; in December Kowalczyk spoke.",
      '"We will grow," Jeeves said. "The system works," said System. "We grew," Kowalczyk said.',
    ].join("\n\n");
    const names = parse(body).people.map((p) => p.name);
    expect(names).not.toContain("Ask Jeeves");
    expect(names).not.toContain("Warning System");
    expect(names).not.toContain("December Kowalczyk");
  });
});

describe("one name, one person", () => {
  it("makes one of the entities a name was registered as, each quote theirs", () => {
    // BBC, 2004: "Following the takeover …, Microsoft said" met the company as a phrase before the
    // verb; "Microsoft said that …" as a name: two "Microsoft"s, a quote to each.
    const facts = parse(
      "Following the takeover of anti-spyware firm Giant, Microsoft said it would soon release a toolkit. Microsoft said that a beta version of the toolkit should be available within 30 days.",
    );
    const microsoft = facts.people.filter((p) => p.name === "Microsoft");
    expect(microsoft).toHaveLength(1);
    expect(facts.reported.map((r) => r.speakerId)).toEqual([microsoft[0]!.id, microsoft[0]!.id]);
    // Politico, 2016: a headline's "Hillary Clinton" and the Clinton of its subheads.
    const clinton = parse(
      [
        "More Hillary Clinton emails released on eve of Nevada caucuses.",
        'Celebrating Clinton "turning [Obama] around," apparently on Libya.',
        "Asserting Clinton's role as a foreign policy strategist.",
      ].join("\n\n"),
    );
    expect(clinton.people.filter((p) => p.name === "Hillary Clinton")).toHaveLength(1);
  });
});

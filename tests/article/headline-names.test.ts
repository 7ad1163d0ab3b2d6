/** Names in a Title Case headline, cut to the names the body writes (`headline-names.ts`). */
import { describe, expect, it } from "vitest";
import { isTitleCaseHeadline } from "../../src/article/headline-names.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { findQuoteSpans } from "../../src/article/quote-spans.ts";
import { tokenize } from "../../src/article/text.ts";

function peopleOf(headline: string, body: string) {
  return parseArticle(`${headline}\n\n${body}`, "test").people.map((p) => [p.name, p.title]);
}

describe("names in a Title Case headline", () => {
  it("ends a name where the body's name ends, not at the headline's next capital", () => {
    const people = peopleOf(
      "Maria Okafor Wins Ohio’s Democratic Primary.",
      'Maria Okafor defeated two rivals in Ohio\'s primary on Tuesday. "We ran on jobs," Okafor said.',
    );
    expect(people).toEqual([["Maria Okafor", null]]);
  });

  it("takes no headline words before a name for its title", () => {
    const people = peopleOf(
      "Dana Whitlock Refuses To Disavow Tom Barrow Endorsement.",
      [
        "Dana Whitlock would not reject the backing of Sen. Tom Barrow on Sunday.",
        '"I welcome every vote," Whitlock said.',
      ].join("\n\n"),
    );
    expect(people).toContainEqual(["Tom Barrow", "Sen."]);
    expect(people.map(([name]) => name)).toEqual(["Dana Whitlock", "Tom Barrow"]);
  });

  it("keeps the first names a Title Case line gives surnames the body uses alone", () => {
    const people = peopleOf(
      "Governors Trade Barbs In Debate",
      [
        "Two governors took the stage on Thursday.",
        "Kevin Marlow of Ohio and Dana Whitlock of Iowa.",
        '"He has no record," Marlow said of Whitlock. "I have a record," Whitlock replied.',
      ].join("\n\n"),
    );
    expect(people.map(([name]) => name)).toEqual(["Kevin Marlow", "Dana Whitlock"]);
  });

  it("tells a Title Case headline from a list of names and a sentence quoting plain words", () => {
    const headline = (text: string) => isTitleCaseHeadline(tokenize(text, findQuoteSpans([text])));
    expect(headline("Maria Okafor Wins Ohio’s Democratic Primary.")).toBe(true);
    expect(headline("Ireland: G Murphy; G Dempsey, S Horgan, D Hickie, R O'Gara, P Stringer.")).toBe(false);
    expect(headline("Results: J Crane (Sale Harriers Manchester) And S Jones Qualify.")).toBe(false);
    expect(headline("Hillary Clinton: 1,769.")).toBe(false);
    expect(headline("Sidney Blumenthal: “No Idea” If I Would Have Told Her.")).toBe(true);
    expect(headline("According to Paul Sperry of Counter Jihad, “Judicial Watch revealed the plan.”")).toBe(
      false,
    );
  });
});

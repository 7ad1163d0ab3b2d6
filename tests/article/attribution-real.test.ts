/**
 * Attribution forms met on real copy (PolNeAR, BBC): each test is a short sentence in the shape the
 * real articles use, with invented names.
 */
import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

describe("pull quotes signed after a dash", () => {
  it("gives each quote of a run of signed lines to the name after its dash", () => {
    const body = [
      "“The debate changed nothing for me.” ― Rosa Delgado",
      "“I am afraid for my children.”― Tomas Ibarra.",
    ].join("\n");
    expect(quotesOf(body)).toEqual([
      ["The debate changed nothing for me.", "Rosa Delgado", "direct"],
      ["I am afraid for my children.", "Tomas Ibarra", "direct"],
    ]);
  });

  it("reads a closing mark typed where the quote opens", () => {
    const body = "”Nobody asked us.” ― Rosa Delgado\n“We waited for hours.” ― Tomas Ibarra";
    expect(quotesOf(body)).toEqual([
      ["Nobody asked us.", "Rosa Delgado", "direct"],
      ["We waited for hours.", "Tomas Ibarra", "direct"],
    ]);
  });
});

describe("names", () => {
  it("does not take a sentence's opening verb for a first name: (See Sexton's timeline)", () => {
    const body = [
      "The writer Jared Sexton went to the rally. (See Sexton’s full timeline below.)",
      "“It was strange,” Sexton said of the crowd. Many there would not see it that way.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["It was strange,", "Jared Sexton", "direct"]]);
  });
});

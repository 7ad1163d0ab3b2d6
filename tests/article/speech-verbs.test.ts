/**
 * Verbs of saying that copy uses for lively attribution ("beamed", "screamed", "exhorted"): the
 * quote is the words of the one after the verb, not of the person the story was just about.
 */
import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

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
    expect(quotesOf(body).map(([, speaker]) => speaker)).toEqual(["Rosa Delgado", "Nina Falk"]);
  });
});

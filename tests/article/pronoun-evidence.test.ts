/** A personal pronoun after a sentence's opening two-word subject names a person (`src/article/pronoun-evidence.ts`). */
import { describe, expect, it } from "vitest";
import { parse, speakerName } from "./helpers.ts";

describe("a name a personal pronoun points back to", () => {
  it("is a person's though no list holds the first name and no verb of saying follows it", () => {
    const facts = parse(
      [
        "Adaeze Ranginui wants to bring back the 1990s.",
        "She has touted her husband’s record and promised, in her words, that “he knows how to do it.”",
      ].join("\n\n"),
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual(["Adaeze Ranginui"]);
  });

  it("is not read so where the pronoun is impersonal, or where the run is no sentence's subject", () => {
    const facts = parse(
      [
        "Hampton Roads wants a new bridge. It has asked for money.",
        "She won the Australian Open last year. She said it was her best win.",
      ].join("\n\n"),
    );
    const names = facts.people.map((p) => p.name);
    expect(names).not.toContain("Hampton Roads");
    expect(names).not.toContain("Australian Open");
  });
});

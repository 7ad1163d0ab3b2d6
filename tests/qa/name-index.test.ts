import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { nameFit } from "../../src/qa/name-index.ts";

const harbour = readFileSync(new URL("../fixtures/archive/harbour-strike.txt", import.meta.url), "utf8");

describe("names looked up within one article of many", () => {
  it("reads a misspelt name as the article's own even when it is someone else's name elsewhere", () => {
    const index = new ArchiveIndex();
    index.add(parseArticle(harbour, "harbour-strike"));
    // Another article quotes a Lopes: the misspelling of Lopez is a name the archive knows.
    index.add(parseArticle(harbour.replaceAll("Lopez", "Lopes").replaceAll("Maria", "Ana"), "other-strike"));
    const scoped = answerQuestion(index, "What did Maria Lopes say about the strike?", "harbour-strike");
    expect(scoped).toMatchObject({
      answered: true,
      speaker: "Maria Lopez",
      article: { id: "harbour-strike" },
    });
    // The name spelt as that article writes it is still that article's person.
    const other = answerQuestion(index, "What did Ana Lopes say about the strike?", "other-strike");
    expect(other).toMatchObject({ answered: true, speaker: "Ana Lopes" });
  });

  it("does not stretch a name the article has to another one", () => {
    const index = new ArchiveIndex();
    index.add(parseArticle(harbour.replaceAll("Alan Whitby", "Alan Lopes"), "harbour-strike"));
    const a = answerQuestion(index, "What did Lopes say about the strike?", "harbour-strike");
    expect(a).toMatchObject({ answered: true, speaker: "Alan Lopes" });
  });
});

describe("a given name asked in another form", () => {
  it("meets a short form with the full name the copy writes, and the other way round", () => {
    const index = new ArchiveIndex();
    index.add(parseArticle(harbour.replaceAll("Alan Whitby", "Robert Whitby"), "harbour-strike"));
    index.add(parseArticle(harbour.replaceAll("Alan Whitby", "Bob Whitman"), "other-strike"));
    expect(index.findPeople("Bob Whitby")[0]).toMatchObject({ person: { name: "Robert Whitby" } });
    expect(index.findPeople("Robert Whitman")[0]).toMatchObject({ person: { name: "Bob Whitman" } });
    // A form that is no short form of the name counts for nothing.
    expect(index.findPeople("Bill Whitby")[0]?.score ?? 0).toBeLessThan(
      index.findPeople("Bob Whitby")[0]!.score,
    );
  });
});

describe("a name asked as it sounds", () => {
  it("finds within one article the name that sounds as asked, though spelt too far apart", () => {
    const index = new ArchiveIndex();
    index.add(parseArticle(harbour.replaceAll("Alan Whitby", "Luther Pate"), "harbour-strike"));
    const [heard] = index.findPeople("Luther Pait", "harbour-strike");
    expect(heard).toMatchObject({ person: { name: "Luther Pate" } });
    expect(heard!.score).toBeGreaterThan(0.9);
    // Across the archive, and for a name that sounds otherwise, no one.
    expect(index.findPeople("Pait")).toEqual([]);
    expect(index.findPeople("Luther Pike", "harbour-strike")[0]?.score ?? 0).toBeLessThan(0.8);
  });
});

describe("people asked about by a description", () => {
  const index = new ArchiveIndex();
  index.add(parseArticle(harbour, "harbour-strike"));

  it("finds the person whose title the description is, as surely as by name", () => {
    const [best] = index.findPeople("the harbour director");
    expect(best).toMatchObject({ person: { name: "Alan Whitby" } });
    expect(best!.score).toBeGreaterThan(index.findPeople("harbour director")[0]!.score);
    expect(best!.score).toBeGreaterThanOrEqual(0.9);
  });

  it("reads a title abbreviated in copy as the role a question spells out", () => {
    const abbreviated = new ArchiveIndex();
    abbreviated.add(
      parseArticle(harbour.replace("Harbour director Alan Whitby", "Ohio Sen. Alan Whitby"), "senator"),
    );
    const [best] = abbreviated.findPeople("the Ohio senator");
    expect(best).toMatchObject({ person: { name: "Alan Whitby" } });
    expect(best!.score).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps a match that misses the description's head noun below a person match", () => {
    // "the harbour authority" shares "harbour" with the director, but is no director.
    const authority = index
      .findPeople("the harbour director")
      .find((h) => h.person.name === "the harbour authority");
    expect(authority?.score ?? 0).toBeLessThan(0.5);
    // A description headed by no role noun ("the harbour authority statement") is read as a name.
    const [named] = index.findPeople("the harbour authority statement");
    expect(named).toMatchObject({ person: { name: "the harbour authority" } });
  });

  it("reads an owner's role (“Clinton's campaign chairman”) as that role's holder, not a body of the owner's", () => {
    const campaign = new ArchiveIndex();
    campaign.add(
      parseArticle(
        [
          "Campaign news",
          "Mrs. Kowalczyk's presidential campaign said on Monday it would appeal.",
          "“We will win,” said Tomas Berg, the campaign's chairman.",
        ].join("\n\n"),
        "campaign",
      ),
    );
    const [best] = campaign.findPeople("Kowalczyk's campaign chairman");
    expect(best).toMatchObject({ person: { name: "Tomas Berg" } });
    // As sure as a description with "the": a question names him so.
    expect(best!.score).toBeGreaterThanOrEqual(0.6);
  });
});

describe("a title word many articles share", () => {
  it("finds within one article only that article's people, as the archive changes", () => {
    const index = new ArchiveIndex();
    // More owners of "director" than the index scans one by one: it groups them by article.
    for (let n = 0; n < 80; n++) {
      const text = harbour.replaceAll("Alan Whitby", `Alan Whitby${String.fromCharCode(97 + (n % 26))}${n}`);
      index.add(parseArticle(text, `strike-${n}`));
    }
    const within = (article: string) =>
      index.findPeople("the harbour director", article).map((h) => [h.article, h.person.name]);
    const everywhere = (article: string) =>
      index
        .findPeople("the harbour director")
        .filter((h) => h.article === article)
        .map((h) => [h.article, h.person.name]);
    expect(within("strike-42")).toEqual(everywhere("strike-42"));
    expect(within("strike-42")[0]?.[1]).toMatch(/Alan Whitbyq42$/);
    // Replaced and removed articles are seen at once.
    index.add(parseArticle(harbour.replaceAll("Alan Whitby", "Alan Renamed"), "strike-42"));
    expect(within("strike-42")[0]?.[1]).toMatch(/Alan Renamed$/);
    index.remove("strike-7");
    expect(within("strike-7")).toEqual([]);
    expect(within("strike-8")).toEqual(everywhere("strike-8"));
  });
});

describe("a title another office qualifies", () => {
  it("does not take a deputy or a former holder for the office asked about", () => {
    const index = new ArchiveIndex();
    index.add(
      parseArticle(
        'Iraq row deepens\n\n"We will stay the course," Prime Minister Tony Blair said.\n\nDeputy Prime Minister John Prescott said the party was united.\n\nFormer Prime Minister John Major said the war was a mistake.',
        "iraq",
      ),
    );
    const [best, ...rest] = index.findPeople("the prime minister");
    expect(best).toMatchObject({ person: { name: "Tony Blair" }, score: 1 });
    for (const other of rest) expect(other.score).toBeLessThanOrEqual(0.5);
    expect(index.findPeople("the deputy prime minister")[0]).toMatchObject({
      person: { name: "John Prescott" },
    });
  });
});

describe("a role asked by the initials of the body its title names", () => {
  const article = [
    "Tariff talks stall",
    "",
    "“Import tariffs are a tax on consumers,” said Lawrence White, a professor at New York University's Stern School of Business.",
    "",
    "“The talks will resume next week,” said Republican National Committee Chairman Reince Priebus.",
    "",
    "“We are ready,” said Donna Brazile, interim chairwoman of the Democratic National Committee.",
    "",
    "“Read the statistics,” said Representative Steve Israel.",
  ].join("\n");

  it("finds the holder across the archive, the initials standing for the body's words", () => {
    const index = new ArchiveIndex();
    index.add(parseArticle(article, "tariffs"));
    expect(index.findPeople("the NYU business professor")[0]).toMatchObject({
      person: { name: "Lawrence White" },
      score: 1,
    });
    // The role after the body's name is no part of its initials: the RNC's chairman.
    expect(index.findPeople("the RNC chairman")[0]).toMatchObject({
      person: { name: "Reince Priebus" },
      score: 1,
    });
    // A role is the same whoever holds it: the chair is the chairwoman.
    expect(index.findPeople("the interim DNC chair")[0]).toMatchObject({
      person: { name: "Donna Brazile" },
      score: 1,
    });
    // A title the question abbreviates and the copy spells out, and the name that fits it.
    const [israel] = index.findPeople("Rep. Steve Israel");
    expect(israel).toMatchObject({ person: { name: "Steve Israel" } });
    expect(israel!.score).toBe(index.findPeople("Representative Steve Israel")[0]!.score);
    expect(nameFit(["rep", "steve", "israel"], israel!.person)).toBe(1);
    // Initials of no body in the title find no one by them.
    expect(index.findPeople("the UCLA business professor")[0]?.score ?? 0).toBeLessThan(1);
  });
});

/**
 * The gender recorded in the facts comes from the article's own words about the person (a pronoun
 * resolved to them, an honorific, a gendered title), never from a guess at their first name.
 */
import { describe, expect, it } from "vitest";
import { parse, person, quotesOf, speakersOf } from "./helpers.ts";

const genderOf = (body: string, name: string) => person(parse(body), name)?.gender;

describe("gender from the article's words only", () => {
  it("records nothing for a person referred to only by name, even a common first name", () => {
    const body = 'Council leader Maria Lopez opened the meeting.\n\n"The budget is balanced," Lopez said.';
    expect(genderOf(body, "Maria Lopez")).toBeNull();
    expect(genderOf('John Smith said: "We are ready."', "John Smith")).toBeNull();
  });

  it.each([
    ["she", "f"],
    ["he", "m"],
  ])('records what "%s" resolved to the person says', (pronoun, gender) => {
    const body = `Council leader Robin Lopez opened the meeting.\n\n"The budget is balanced," ${pronoun} said.`;
    expect(genderOf(body, "Robin Lopez")).toBe(gender);
  });

  it("reads a courtesy that opens a title as the person's, not one naming someone else in it", () => {
    // Breitbart, 2016: "Miss Universe Alicia Machado" had been read as the name "Universe Alicia Machado".
    const facts = parse('Former Miss Universe Alicia Machado spoke.\n\n"He insulted me," Machado said.');
    expect(person(facts, "Alicia Machado")).toMatchObject({ title: "Former Miss Universe", gender: "f" });
    const adviser = 'Tom Reed, a former adviser to Mr. Obama, spoke.\n\n"We lost," Reed said.';
    expect(genderOf(adviser, "Tom Reed")).toBeNull();
  });

  it("does not take a name's gender from a pronoun that may be a woman's named just before", () => {
    const body = [
      "Mrs Hillary Clinton and Yerlan Okonkwo debated on Monday.",
      "At the time, Okonkwo did not say Obama should be replaced.",
      "At first, that is how many experts viewed Okonkwo’ challenge to Clinton. When she opposed the trade pact, it was a victory for the left.",
      "“We will not back down,” he said.",
    ].join("\n\n");
    expect(genderOf(body, "Yerlan Okonkwo")).toBe("m");
    expect(quotesOf(body)).toEqual([["We will not back down,", "Yerlan Okonkwo", "direct"]]);
  });

  it("does not take a name's gender from a pronoun that reached them only as the last one quoted", () => {
    const body = [
      "Mr Donald Trump mocked Aroha Kowalczyk on Monday.",
      "“Comments like that set us back,” Kowalczyk said in a message.",
      "The real estate mogul has won female voters by 10 points this year. On Tuesday, he won by more than 20 points in Connecticut.",
      "After years of playing down her record, Kowalczyk now talks freely of her life in politics. She often jokes with audiences that after 44 male presidents, “It is time.”",
    ].join("\n\n");
    expect(genderOf(body, "Aroha Kowalczyk")).toBe("f");
    expect(quotesOf(body).map(([text, speaker]) => [text, speaker])).toContainEqual([
      "It is time.",
      "Aroha Kowalczyk",
    ]);
  });

  it("leaves someone else in the sentence alone when the pronoun is not theirs", () => {
    const facts = parse('Mrs Ana Ruiz met council leader Robin Lopez on Monday. "We agreed," she said.');
    expect(person(facts, "Ana Ruiz")?.gender).toBe("f");
    expect(person(facts, "Robin Lopez")?.gender).toBeNull();
    const he = parse('Mrs Ana Ruiz met council leader Robin Lopez on Monday. "We did not," he said.');
    expect(person(he, "Ana Ruiz")?.gender).toBe("f");
    expect(person(he, "Robin Lopez")?.gender).toBe("m");
  });

  it.each([
    ["Mrs", "f"],
    ["Ms", "f"],
    ["Mr", "m"],
  ])("reads the honorific %s", (courtesy, gender) => {
    const body = `${courtesy} Robin Hale chairs the trust.\n\n"We are ready," ${courtesy} Hale said.`;
    expect(genderOf(body, "Robin Hale")).toBe(gender);
  });

  it("reads a later honorific for someone first named in full", () => {
    const body = 'Robin Hale chairs the trust.\n\n"We are ready," Mrs Hale said.';
    expect(genderOf(body, "Robin Hale")).toBe("f");
  });

  it("reads noble titles and gendered roles", () => {
    expect(genderOf('Sir Robin Hale said: "We are ready."', "Sir Robin Hale")).toBe("m");
    expect(genderOf('Trust chairwoman Robin Hale said: "We are ready."', "Robin Hale")).toBe("f");
    const facts = parse('A council spokeswoman said: "We are ready."');
    expect(facts.people.find((p) => p.name.endsWith("spokeswoman"))?.gender).toBe("f");
  });

  it('lets a "she" about the person outweigh the male gender of a role in "-man"', () => {
    const body =
      'Okafor spoke on Monday. Party spokesman Robin Hale confirmed the plan. "We are ready," she said.';
    const facts = parse(body);
    expect(person(facts, "Robin Hale")?.gender).toBe("f");
    expect(quotesOf(body)).toEqual([["We are ready,", "Robin Hale", "direct"]]);
    // A first name that says "he" keeps the role's gender: "she" is someone else.
    expect(genderOf('Party spokesman John Hale spoke. "We are ready," she said.', "John Hale")).toBe("m");
  });

  it("records no gender for organisations", () => {
    const facts = parse('The Home Office said: "We are ready." It said: "Soon."');
    for (const p of facts.people.filter((p) => p.kind === "organisation")) expect(p.gender).toBeNull();
  });
});

describe("a pronoun after a sentence that opens on someone unnamed", () => {
  it("means the one described, not a person named before", () => {
    const body = [
      "Like President Okafor, I believe in the good sense of the people.",
      "My mother has softened with age, but even now she still says things such as, “We are not all meant to be equal.”",
    ].join("\n\n");
    const facts = parse(body);
    expect(person(facts, "Okafor")?.gender ?? null).toBeNull();
    expect(quotesOf(body)[0]![1]).toBe("My mother");
  });

  it("still means the person named when the description is only a possessive", () => {
    const body = [
      "Tomas Perel collected trash to pay for his degree.",
      "His father's death when he was 12 drives him “to have purpose,” he said.",
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["to have purpose,", "Tomas Perel", "partial"]]);
  });
});

describe("a surname two people share, with a pronoun just after it", () => {
  it("is the one of that pronoun's gender (Clinton allowed her staff …: Hillary, not Bill)", () => {
    const body = [
      "Secrecy surrounds Hillary Rodham’s health issues, her former doctor says.",
      "Dr. Connie Marr, the White House physician under former President Bill Rodham, said that in 1998, Rodham allowed her staff to think it was a pulled muscle.",
      "In her 2003 book, Rodham noted the clot.",
      "After saying her right foot was “so swollen I could barely get my shoe on,” she was taken to hospital.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Hillary Rodham"]);
  });
});

describe("a pronoun before the name of someone first named after it", () => {
  it("does not mean them, nor give them its gender, unless they are the clause's subject", () => {
    // The Hill, 2019: "A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan
    // Omar" had made Omar male, and her "She added, “We must teach the defendant love.”" went to
    // the Fox News host named before; the office after her name had become her title.
    const body = [
      "A New York man pleaded guilty to charges he threatened to kill Rep. Dana Whitfield (D-Minn.), the U.S. Attorney’s Office for the Western District announced Monday.",
      "Another lawmaker linked the incident to Fox News host Jeanine Pirro’s comments.",
      "Whitfield asked for compassion in a letter, saying she did not think a severe sentence would help. She added, “We must teach the defendant love.”",
      "He called it his “masochism strategy” and now Tom Okafor has signed up for more.",
    ].join("\n\n");
    const facts = parse(body);
    expect(person(facts, "Dana Whitfield")).toMatchObject({ gender: "f", title: "Rep." });
    expect(quotesOf(body).map(([text, who]) => [text, who])).toEqual([
      ["We must teach the defendant love.", "Dana Whitfield"],
      ["masochism strategy", "Tom Okafor"],
    ]);
  });
});

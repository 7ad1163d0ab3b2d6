/** Finding a person across the archive by a name as a reporter types it (`PeopleDirectory`). */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { Archive } from "../../src/store/archive.ts";

function archiveOf(articles: Record<string, string>): Archive {
  const archive = new Archive();
  for (const [id, text] of Object.entries(articles)) archive.add(parseArticle(text, id));
  return archive;
}

const ARTICLES = {
  runner: [
    "Kelly Holmes Plans Indoor Season",
    'Kelly Holmes will race in Birmingham next month. "I still want to win," Holmes said. "The crowd lifts me," she said.',
  ].join("\n\n"),
  schools: [
    "Minister Sets Out School Discipline Plan",
    'Education Secretary Ruth Kelly set out new powers for head teachers. "Discipline comes first," Ms Kelly said.',
  ].join("\n\n"),
  border: [
    "Secretary Rules Out Troops At Border",
    'Homeland Security Secretary John Kelly spoke in Mexico City. "There will be no use of military forces," Kelly said.',
  ].join("\n\n"),
  campaign: [
    "Aides Defend The Record",
    '"We have done the work," one Kelly campaign aide said. "It will be published," Ms Kelly\'s official spokesman said.',
  ].join("\n\n"),
};

describe("a person found across the archive by name", () => {
  it("takes a surname before a first name, and offers the others of that surname", () => {
    const directory = archiveOf(ARTICLES).index.directory();
    const found = directory.find("Kelly").map((h) => h.identity.name);
    expect(found.slice(0, 2).sort()).toEqual(["John Kelly", "Ruth Kelly"]);
    expect(found.indexOf("Kelly Holmes")).toBe(2);
    const person = directory.person("Kelly")!;
    expect([person.found.identity.name, ...person.namesakes.map((n) => n.name)].sort()).toEqual([
      "John Kelly",
      "Ruth Kelly",
    ]);
  });

  it("finds no one by a name that only describes someone else", () => {
    const directory = archiveOf(ARTICLES).index.directory();
    const names = directory.find("Kelly").map((h) => h.identity.name);
    expect(names.filter((n) => n.includes("aide") || n.includes("spokesman"))).toEqual([]);
    const people = archiveOf(ARTICLES)
      .facts("campaign")!
      .people.map((p) => p.name);
    expect(people).toEqual(
      expect.arrayContaining(["one Kelly campaign aide", "Ms Kelly's official spokesman"]),
    );
    expect(directory.person("Kelly Holmes")).toMatchObject({
      found: { identity: { name: "Kelly Holmes" } },
      namesakes: [],
    });
  });
});

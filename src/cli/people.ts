/** `npm run people`: the people and organisations each article names, with their titles. */
import { formatPeople } from "../present/format.ts";
import { PLAIN } from "../present/style.ts";
import { articleOption, type CliCommand, dataOption, jsonOption, openArchive, print } from "./command.ts";

const options = {
  data: dataOption,
  article: articleOption,
  json: { ...jsonOption, description: "print [{article, name, title, kind, quotes}]" },
} as const;

export const people = {
  name: "people",
  summary: "list who each article names (people and organisations) and their titles",
  arguments: "",
  options,
  examples: ["npm run people -- --article article", "npm run people -- --json"],
  async run({ data, article, json }) {
    const archive = await openArchive(data);
    if (article !== undefined) archive.require(article);
    const refs = archive.articles().filter((a) => article === undefined || a.id === article);
    if (json) {
      const rows = refs.flatMap((ref) => {
        const facts = archive.facts(ref.id)!;
        return facts.people.map((p) => ({
          article: ref.id,
          name: p.name,
          title: p.title,
          kind: p.kind,
          quotes: facts.quotes.filter((q) => q.speakerId === p.id).length,
        }));
      });
      print(JSON.stringify(rows, null, 2));
      return 0;
    }
    const blocks = refs.map((ref) => {
      const lines = formatPeople(archive.facts(ref.id)!, PLAIN);
      const body = lines.length ? lines.map((l) => `  ${l}`) : ["  (no one named)"];
      return [`${PLAIN.text(ref.headline)} (${ref.id})`, ...body].join("\n");
    });
    print(blocks.length ? blocks.join("\n\n") : `No articles in ${data} yet.`);
    return 0;
  },
} satisfies CliCommand<typeof options>;

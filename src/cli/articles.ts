/** `npm run articles`: what the archive holds, newest first, optionally only the headlines that match. */
import { formatArticle } from "../present/format.ts";
import { PLAIN } from "../present/style.ts";
import { filterBy } from "../qa/match.ts";
import { type CliCommand, dataOption, jsonOption, openArchive, print } from "./command.ts";

const options = {
  data: dataOption,
  json: { ...jsonOption, description: "print [{id, headline, source, published, people, quotes}]" },
} as const;

export const articles = {
  name: "articles",
  summary: "list the articles (headline, agency, date, id), newest first; words filter the headlines",
  arguments: "[words...]",
  options,
  examples: ["npm run articles", "npm run articles -- deportation"],
  async run({ data, json }, words) {
    const archive = await openArchive(data);
    const refs = filterBy(archive.articles(), words.join(" "), (a) => [a.id, a.headline]);
    if (json) {
      const rows = refs.map((ref) => {
        const facts = archive.facts(ref.id)!;
        const quotes = facts.quotes.filter((q) => q.speakerId).length;
        return { ...ref, people: facts.people.length, quotes };
      });
      print(JSON.stringify(rows, null, 2));
    } else if (refs.length === 0) {
      print(words.length ? `No headline matches "${words.join(" ")}".` : `No articles in ${data} yet.`);
    } else {
      print(refs.map((ref) => formatArticle(ref, PLAIN)).join("\n\n"));
    }
    return 0;
  },
} satisfies CliCommand<typeof options>;

/** `npm run quotes`: every attributed quote of an article, as text or as the scorers' JSON. */
import { formatQuotes, nameMatches } from "../present/format.ts";
import { articleOption, type CliCommand, dataOption, jsonOption, openArchive, print } from "./command.ts";

const options = {
  data: dataOption,
  article: articleOption,
  json: { ...jsonOption, description: "print [{text, speaker, title, kind, paragraph}]" },
  speaker: {
    type: "string",
    value: "NAME",
    description: "only this speaker's quotes (misspellings are fine)",
  },
} as const;

export const quotes = {
  name: "quotes",
  summary: "list every attributed quote of an article in document order",
  arguments: "",
  options,
  examples: ["npm run quotes -- --article article --speaker kelly", "npm run quotes -- --json"],
  async run({ data, article, json, speaker }) {
    const archive = await openArchive(data);
    const facts = archive.require(article);
    const people = new Map(facts.people.map((p) => [p.id, p]));
    if (!json) {
      const lines = formatQuotes(facts, speaker);
      print(lines.length ? lines.join("\n") : "No quotes found.");
      return 0;
    }
    const rows = facts.quotes
      .filter((q) => q.speakerId && (!speaker || nameMatches(people.get(q.speakerId)!.name, speaker)))
      .map((q) => {
        const p = people.get(q.speakerId!)!;
        return { text: q.text, speaker: p.name, title: p.title, kind: q.kind, paragraph: q.paragraph };
      });
    print(JSON.stringify(rows, null, 2));
    return 0;
  },
} satisfies CliCommand<typeof options>;

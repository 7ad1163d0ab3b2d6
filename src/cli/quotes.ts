/** `npm run quotes`: every attributed quote of an article, as text or as the scorers' JSON. */
import { formatQuotes, noQuotesText } from "../present/format.ts";
import { PLAIN } from "../present/style.ts";
import { quotesBy, speakersIn } from "../qa/speakers.ts";
import {
  articleOption,
  type CliCommand,
  chooseArticle,
  dataOption,
  jsonOption,
  openArchive,
  print,
} from "./command.ts";

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
    const facts = chooseArticle(await openArchive(data), article);
    if (!json) {
      const lines = formatQuotes(facts, speaker, PLAIN);
      print(lines.length ? lines.join("\n") : noQuotesText(speaker, speakersIn(facts), PLAIN));
      return 0;
    }
    // The shape `../shared/eval/score.mjs` reads.
    const rows = quotesBy(facts, speaker).map(({ quote, person }) => ({
      text: quote.text,
      speaker: person.name,
      title: person.title,
      kind: quote.kind,
      paragraph: quote.paragraph,
    }));
    print(JSON.stringify(rows, null, 2));
    return 0;
  },
} satisfies CliCommand<typeof options>;

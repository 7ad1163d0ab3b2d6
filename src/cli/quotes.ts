/** `npm run quotes`: every attributed quote of an article, as text or as the scorers' JSON. */
import { archiveQuoteLines, namesakesLine } from "../present/archive.ts";
import { formatQuotes, noQuotesText } from "../present/format.ts";
import { PLAIN } from "../present/style.ts";
import { quotesBy, speakersIn } from "../qa/speakers.ts";
import type { Archive } from "../store/archive.ts";
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
  json: {
    ...jsonOption,
    description:
      "print [{text, speaker, title, kind, paragraph}] (across the archive also article, published)",
  },
  speaker: {
    type: "string",
    value: "NAME",
    description: "only this speaker's quotes (misspellings are fine)",
  },
} as const;

export const quotes = {
  name: "quotes",
  summary: "list every attributed quote of an article, or one speaker's across the archive, newest first",
  arguments: "",
  options,
  examples: [
    "npm run quotes -- --article article --speaker kelly",
    "npm run quotes -- --speaker 'Tony Blair' --json",
  ],
  async run({ data, article, json, speaker }) {
    const archive = await openArchive(data);
    if (article === undefined && speaker && archive.articles().length > 1) {
      return acrossArchive(archive, speaker, json);
    }
    const facts = chooseArticle(archive, article);
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

/** A speaker's quotes in every article, newest first: one identity, whatever name each article uses. */
function acrossArchive(archive: Archive, speaker: string, json: boolean): number {
  const directory = archive.index.directory();
  const person = directory.person(speaker);
  const quoted = person ? directory.quotes(person.found.identity) : [];
  if (!json) {
    if (!person || quoted.length === 0) print(`No quotes from ${PLAIN.text(speaker)} found.`);
    else {
      const note = namesakesLine(speaker, person.found.identity, person.namesakes, PLAIN);
      print([note, ...archiveQuoteLines(quoted, PLAIN)].filter(Boolean).join("\n"));
    }
    return 0;
  }
  const rows = quoted.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    title: q.title,
    kind: q.kind,
    paragraph: q.paragraph,
    article: q.article.id,
    headline: q.article.headline,
    source: q.article.source,
    published: q.article.published,
  }));
  print(JSON.stringify(rows, null, 2));
  return 0;
}

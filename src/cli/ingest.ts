/**
 * `npm run ingest`: articles → facts in the data directory, each on its own: text files, saved web
 * pages (.html, .htm), wire documents (ninjs .json) and http(s) links to pages.
 */
import { privateUrlsAllowed } from "../config.ts";
import { saveArticle } from "../store/facts-store.ts";
import { readSource } from "../web/source.ts";
import { type CliCommand, dataOption, messageOf, oneLine, UsageError } from "./command.ts";

const options = {
  data: dataOption,
  id: {
    type: "string",
    value: "ID",
    description: "the article's id, for a single file (default: the file name without its extension)",
  },
} as const;

export const ingest = {
  name: "ingest",
  summary:
    "parse articles (text files, web pages, ninjs, links) into facts; a bad one is reported and the others go on",
  arguments: "<file...>",
  options,
  examples: [
    "npm run ingest -- ../shared/seed/article.txt",
    "npm run ingest -- saved-page.html https://example.com/news/harbour-strike",
    'npm run ingest -- --id kelly-visit "Kelly in Mexico.txt"',
  ],
  async run({ data, id }, files) {
    if (id !== undefined && files.length !== 1) throw new UsageError("--id names a single file");
    let failed = 0;
    const allowPrivate = privateUrlsAllowed(process.env);
    for (const file of files) {
      try {
        const { id: articleId, text, facts } = await readSource(file, { id, allowPrivate });
        await saveArticle(data, articleId, text, facts);
        const quoted = facts.quotes.filter((q) => q.speakerId).length;
        process.stderr.write(`${articleId}: ${facts.people.length} people, ${quoted} quotes\n`);
      } catch (err) {
        failed++;
        process.stderr.write(`${file}: ${oneLine(messageOf(err).replace(`${file}: `, ""))}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  },
} satisfies CliCommand<typeof options>;

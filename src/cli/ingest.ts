/** `npm run ingest`: article text files → facts in the data directory, each file on its own. */
import { basename, extname } from "node:path";
import { parseArticle } from "../article/parse.ts";
import { saveArticle, validateArticleId } from "../store/facts-store.ts";
import { readArticleText } from "../store/read-article.ts";
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
  summary: "parse article text files into facts; a bad file is reported and the others go on",
  arguments: "<file...>",
  options,
  examples: [
    "npm run ingest -- ../shared/seed/article.txt",
    'npm run ingest -- --id kelly-visit "Kelly in Mexico.txt"',
  ],
  async run({ data, id }, files) {
    if (id !== undefined && files.length !== 1) throw new UsageError("--id names a single file");
    let failed = 0;
    for (const file of files) {
      try {
        const articleId = validateArticleId(id ?? basename(file, extname(file)));
        const text = await readArticleText(file);
        const facts = parseArticle(text, articleId);
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

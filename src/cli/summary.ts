/** `npm run summary`: an article's headline, lede and key quotes, all in its own words. */

import { formatSummary } from "../present/format.ts";
import { PLAIN } from "../present/style.ts";
import { summarize } from "../qa/summary.ts";
import { articleOption, type CliCommand, chooseArticle, dataOption, openArchive, print } from "./command.ts";

const options = { data: dataOption, article: articleOption } as const;

export const summary = {
  name: "summary",
  summary: "headline, date, dateline, agency, lede and each main speaker's key quote",
  arguments: "",
  options,
  examples: ["npm run summary -- --article article"],
  async run({ data, article }) {
    print(formatSummary(summarize(chooseArticle(await openArchive(data), article)), PLAIN));
    return 0;
  },
} satisfies CliCommand<typeof options>;

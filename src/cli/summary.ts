/** `npm run summary`: an article's headline, lede and key quotes, all in its own words. */
import { articleOption, type CliCommand, dataOption, openArchive, print } from "./command.ts";

const options = { data: dataOption, article: articleOption } as const;

export const summary = {
  name: "summary",
  summary: "headline, date, dateline, agency, lede and each main speaker's key quote",
  arguments: "",
  options,
  examples: ["npm run summary -- --article article"],
  async run({ data, article }) {
    const archive = await openArchive(data);
    print(archive.summary(article));
    return 0;
  },
} satisfies CliCommand<typeof options>;

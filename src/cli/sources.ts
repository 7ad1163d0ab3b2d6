/** `npm run sources`: who gets quoted in a range of the archive, in words, as JSON, and as a chart. */
import { PLAIN } from "../present/style.ts";
import { writeFileAtomic } from "../store/facts-store.ts";
import { FeedState } from "../store/feed-state.ts";
import {
  articleOption,
  type CliCommand,
  dataOption,
  jsonOption,
  openArchive,
  print,
  UsageError,
} from "./command.ts";

const options = {
  data: dataOption,
  since: { type: "string", value: "DATE", description: 'first day: 2017-02, "1 March 2017", "last month"' },
  until: { type: "string", value: "DATE", description: "last day, in the same forms" },
  article: { ...articleOption, description: "only this article, by id; default: every article in range" },
  feed: { type: "string", value: "FEED_URL", description: "only the articles this followed feed brought in" },
  json: {
    ...jsonOption,
    description: "print {articles, quotes, people, undated, range, gender, sources, quoteKinds, top}",
  },
  chart: {
    type: "string",
    value: "FILE.png",
    description: "also draw the report as a 1600×900 PNG",
  },
} as const;

export const sources = {
  name: "sources",
  summary: "who gets quoted: people, gender, unnamed sources and organisations over a date range",
  arguments: "",
  options,
  examples: [
    "npm run sources -- --since 2017-02 --until 2017-02",
    'npm run sources -- --since "last month" --json',
    "npm run sources -- --chart sources.png",
    "npm run sources -- --feed https://example.com/rss.xml --since 2026-11",
  ],
  async run({ data, since, until, article, feed, json, chart }) {
    // Loaded here, not at start-up: chrono-node alone takes longer to import than commander, and
    // every other command would pay for it.
    const [{ sourceReport }, { formatSources }, { chartPng }] = await Promise.all([
      import("../audit/sources.ts"),
      import("../present/sources.ts"),
      import("../present/chart.ts"),
    ]);
    const range = await readRange(since, until);
    const archive = await openArchive(data);
    if (article !== undefined && feed !== undefined)
      throw new UsageError("give --article or --feed, not both");
    const ids =
      feed !== undefined
        ? await feedArticles(data, feed)
        : article === undefined
          ? undefined
          : new Set([archive.require(article).id]);
    const report = sourceReport(archive.allFacts(), { range, ...(ids ? { articleIds: ids } : {}) });
    print(json ? JSON.stringify(report, null, 2) : formatSources(report, PLAIN));
    if (chart) await writeFileAtomic(chart, await chartPng(report));
    return 0;
  },
} satisfies CliCommand<typeof options>;

/** Dates are read before the archive is opened, so a typo fails at once, as a misuse (exit 2). */
async function readRange(since: string | undefined, until: string | undefined) {
  const { DateRangeError, parseRange } = await import("../audit/dates.ts");
  try {
    return parseRange(since, until, new Date());
  } catch (err) {
    throw err instanceof DateRangeError ? new UsageError(err.message) : err;
  }
}

/** The articles a followed feed brought in; a feed that is not followed is the user's mistake. */
async function feedArticles(data: string, feed: string): Promise<Set<string>> {
  const ids = await FeedState.inDataDir(data).articlesOf(feed);
  if (ids === null) throw new UsageError(`not a followed feed: ${feed} (npm run follow adds one)`);
  return new Set(ids);
}

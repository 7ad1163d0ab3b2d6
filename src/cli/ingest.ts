/**
 * `npm run ingest`: articles → facts in the data directory: text files, saved web pages (.html,
 * .htm), wire documents (ninjs .json), folders of them (walked recursively) and http(s) links to
 * pages. A bad one is reported and the others go on; the archive is left ready to answer (its index
 * snapshot written). `--reparse` parses again every article the data directory keeps, from its own
 * copy of the text: facts made by an older version then say what this one reads.
 */
import { basename, extname } from "node:path";
import { privateUrlsAllowed } from "../config.ts";
import {
  type IngestSummary,
  ingestAll,
  listArticleFiles,
  listKeptTexts,
  type Skipped,
} from "../store/bulk-ingest.ts";
import { type IngestItem, type Stored, storeOne } from "../store/store-one.ts";
import { slugForUrl } from "../web/slug.ts";
import { isLink, readSource } from "../web/source.ts";
import { type CliCommand, dataOption, oneLine, print, UsageError } from "./command.ts";
import { StorePool } from "./ingest-pool.ts";
import { ProgressBar } from "./progress.ts";

/** Below this many local files, parsing stays on the main thread (a worker takes a second to start). */
const MIN_FOR_WORKERS = 16;

const options = {
  data: dataOption,
  id: {
    type: "string",
    value: "ID",
    description: "the article's id, for a single file (default: the file name without its extension)",
  },
  reparse: {
    type: "boolean",
    description:
      "parse again every article the data directory keeps (its own copies of the texts), after an upgrade",
  },
} as const;

/** Progress lines (no terminal) written at once. */
const LINES_PER_WRITE = 50;

/** Skips listed per reason in the summary; the rest are counted. */
const LISTED_PER_REASON = 5;

export const ingest = {
  name: "ingest",
  summary:
    "parse articles (text files, web pages, ninjs, folders of them, links) into facts; a bad one is reported and the others go on",
  arguments: "[file-folder-or-link...]",
  options,
  examples: [
    "npm run ingest -- ../shared/seed/article.txt",
    "npm run ingest -- ../shared/bbc/articles ../shared/polnear",
    "npm run ingest -- saved-page.html https://example.com/news/harbour-strike",
    'npm run ingest -- --id kelly-visit "Kelly in Mexico.txt"',
    "npm run ingest -- --reparse --data data",
  ],
  async run({ data, id, reparse }, paths) {
    if (reparse && (paths.length > 0 || id !== undefined))
      throw new UsageError("--reparse takes the articles the data directory keeps: no files, no --id");
    if (!reparse && paths.length === 0)
      throw new UsageError("name a file, folder or link to ingest (or --reparse)");
    if (id !== undefined && paths.length !== 1) throw new UsageError("--id names a single file");
    const started = performance.now();
    const idOf = (p: string) => id ?? (isLink(p) ? slugForUrl(p) : basename(p, extname(p)));
    const { items, skipped } = reparse
      ? await listKeptTexts(data)
      : await listArticleFiles(paths, idOf, isLink);
    for (const s of skipped) process.stderr.write(`${s.path}: ${oneLine(s.reason)}\n`);
    if (items.length === 0) return skipped.length > 0 ? 1 : 0;
    const allowPrivate = privateUrlsAllowed(process.env);
    const files = items.filter((item) => !isLink(item.path)).length;
    const pool = files >= MIN_FOR_WORKERS ? new StorePool(data, allowPrivate) : null;
    // Links are fetched here: the network stays on one thread, with its own limits.
    const read = (item: IngestItem) => readSource(item.path, { id: item.id, allowPrivate });
    const store = (item: IngestItem) =>
      pool && !isLink(item.path) ? pool.store(item) : storeOne(data, item, read);
    const report = reporter(items.length);
    const summary = await ingestAll(data, items, store, {
      progress: report.progress,
      storesDone: async () => {
        report.end();
        await pool?.close();
      },
      fresh: reparse,
    });
    print(summaryText(summary, skipped, (performance.now() - started) / 1000));
    const failed =
      summary.skipped.length + skipped.filter((s) => !s.reason.startsWith("not an article file")).length;
    return failed > 0 ? 1 : 0;
  },
} satisfies CliCommand<typeof options>;

/**
 * How progress shows: a bar on a terminal (with failures above it), else one plain line per file:
 * "id: N people, M quotes" or "path: reason".
 */
function reporter(total: number) {
  const bar = process.stderr.isTTY && total > 1 ? new ProgressBar(process.stderr, total, "articles") : null;
  // Plain lines go out a few dozen at a time: one write per article is a good share of a large ingest.
  let lines = "";
  let held = 0;
  const flush = () => {
    if (lines) process.stderr.write(lines);
    lines = "";
    held = 0;
  };
  return {
    progress(done: number, item: IngestItem, outcome: Stored | Error) {
      const line =
        outcome instanceof Error
          ? `${item.path}: ${oneLine(outcome.message.replace(`${item.path}: `, ""))}`
          : counts(outcome);
      if (bar) {
        if (outcome instanceof Error) bar.log(line);
        bar.update(done);
        return;
      }
      lines += `${line}\n`;
      if (++held >= LINES_PER_WRITE) flush();
    },
    end() {
      flush();
      bar?.done();
    },
  };
}

function counts({ prepared, quotes }: Stored): string {
  return `${prepared.ref.id}: ${prepared.people.length} people, ${quotes} quotes`;
}

/** "Added 2,990, replaced 5, skipped 30 in 3.1 s (975 articles/s)." and the reasons for the skips. */
function summaryText(summary: IngestSummary, listed: readonly Skipped[], seconds: number): string {
  const skipped = [...listed, ...summary.skipped];
  const done = summary.added.length + summary.replaced.length;
  const rate = seconds > 0 ? ` (${Math.round(done / seconds)} articles/s)` : "";
  const lines = [
    `Added ${summary.added.length}, replaced ${summary.replaced.length}, skipped ${skipped.length} in ${seconds.toFixed(1)} s${rate}.`,
  ];
  const byReason = new Map<string, string[]>();
  for (const s of skipped) {
    const reason = oneLine(s.reason).replace(/"[^"]*"/g, "…");
    byReason.set(reason, [...(byReason.get(reason) ?? []), s.path]);
  }
  for (const [reason, paths] of byReason) {
    const shown = paths.slice(0, LISTED_PER_REASON).join(", ");
    const more = paths.length > LISTED_PER_REASON ? ` and ${paths.length - LISTED_PER_REASON} more` : "";
    lines.push(`  skipped ${paths.length}: ${reason} (${shown}${more})`);
  }
  if (!summary.ready) lines.push("  the index was not saved: the next start rebuilds it");
  return lines.join("\n");
}

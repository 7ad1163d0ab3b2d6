/**
 * The work of ingesting one article, wherever it runs (a worker thread of the CLI does it all): read,
 * parse, save, and make it ready for the index. Kept apart from `bulk-ingest.ts`, whose archive
 * brings in all of answering: a worker loads only what this needs.
 */
import type { Facts } from "../article/facts.ts";
import { type PreparedArticle, prepareArticle } from "../qa/prepared.ts";
import { saveArticleForBulk } from "./facts-store.ts";

/** One file to ingest, and the id its facts get. */
export interface IngestItem {
  path: string;
  id: string;
}

/**
 * One item read, parsed and saved: the article made ready for the index, and how many quotes it
 * attributes.
 */
export interface Stored {
  prepared: PreparedArticle;
  quotes: number;
}

/**
 * Reads one item with `read`, saves its text and facts into `dataDir` (which exists; atomic writes) and makes it
 * ready for the index: the work of one article, done wherever the reading is (a worker thread of the
 * CLI does it all).
 */
export async function storeOne(
  dataDir: string,
  item: IngestItem,
  read: (item: IngestItem) => Promise<{ text: string; facts: Facts }>,
): Promise<Stored> {
  const { text, facts } = await read(item);
  saveArticleForBulk(dataDir, item.id, text, facts);
  const quotes = facts.quotes.filter((q) => q.speakerId).length;
  return { prepared: prepareArticle(facts), quotes };
}

/**
 * A worker thread that reads and parses article files: the CPU-heavy part of ingest, run on every
 * core. It receives `{ job, path, id }` and answers `{ job, text, facts }` or `{ job, error }`.
 */
import { parentPort } from "node:worker_threads";
import { parseArticle } from "../article/parse.ts";
import { readArticleText } from "./read-article.ts";

parentPort?.on("message", async ({ job, path, id }: { job: number; path: string; id: string }) => {
  try {
    const text = await readArticleText(path);
    parentPort!.postMessage({ job, text, facts: parseArticle(text, id) });
  } catch (err) {
    parentPort!.postMessage({ job, error: err instanceof Error ? err.message : String(err) });
  }
});

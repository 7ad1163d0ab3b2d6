/**
 * A worker thread of `npm run ingest`: reads and parses one article at a time (the CPU-heavy part),
 * so that ingest runs on every core. Receives `{ job, path, id, allowPrivate }`, answers
 * `{ job, text, facts }` or `{ job, error }`.
 */
import { parentPort } from "node:worker_threads";
import { readSource } from "../web/source.ts";

parentPort?.on("message", async ({ job, path, id, allowPrivate }) => {
  try {
    const { text, facts } = await readSource(path, { id, allowPrivate });
    parentPort!.postMessage({ job, text, facts });
  } catch (err) {
    parentPort!.postMessage({ job, error: err instanceof Error ? err.message : String(err) });
  }
});

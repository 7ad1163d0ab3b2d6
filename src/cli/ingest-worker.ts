/**
 * A worker thread of `npm run ingest`: reads, parses and saves articles (the CPU-heavy part and the
 * file writes), so that ingest runs on every core and the main thread only indexes. Receives
 * `{ job, dataDir, path, id, allowPrivate }`, answers `{ job, facts, replaced }` or `{ job, error }`.
 */
import { parentPort } from "node:worker_threads";
import { storeOne } from "../store/bulk-ingest.ts";
import { readSource } from "../web/source.ts";

parentPort?.on("message", async ({ job, dataDir, path, id, allowPrivate }) => {
  try {
    const { facts, replaced } = await storeOne(dataDir, { path, id }, (item) =>
      readSource(item.path, { id: item.id, allowPrivate }),
    );
    parentPort!.postMessage({ job, facts, replaced });
  } catch (err) {
    parentPort!.postMessage({ job, error: err instanceof Error ? err.message : String(err) });
  }
});

/**
 * A worker thread of `npm run ingest`: reads, parses, saves and tokenises articles (the CPU-heavy
 * part and the file writes), so that ingest runs on every core and the main thread only merges each
 * article into the index. Receives `{ job, dataDir, path, id, allowPrivate }`, answers
 * `{ job, stored }` (see `Stored`; its arrays moved, not copied) or `{ job, error }`.
 */
import { parentPort } from "node:worker_threads";
import { transferables } from "../qa/prepared.ts";
import { storeOne } from "../store/store-one.ts";
import { readSource } from "../web/source.ts";

parentPort?.on("message", async ({ job, dataDir, path, id, allowPrivate }) => {
  try {
    const stored = await storeOne(dataDir, { path, id }, (item) =>
      readSource(item.path, { id: item.id, allowPrivate }),
    );
    parentPort!.postMessage({ job, stored }, transferables(stored.prepared));
  } catch (err) {
    parentPort!.postMessage({ job, error: err instanceof Error ? err.message : String(err) });
  }
});

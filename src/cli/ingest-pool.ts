/**
 * Reading, parsing and saving articles on worker threads, one per core: parsing is pure CPU work,
 * and the main thread has the index to build. Each worker takes a few articles at once, so that one
 * parses while the others' files are written.
 */
import { cpus } from "node:os";
import { Worker } from "node:worker_threads";
import type { IngestItem, Stored } from "../store/bulk-ingest.ts";

/** Articles a worker holds at once: one parsing, the rest waiting on the disk. */
const JOBS_PER_WORKER = 3;

export class StorePool {
  private readonly workers: Worker[];
  /** Free job slots, a worker once per slot. */
  private readonly idle: Worker[] = [];
  private readonly waiting: ((worker: Worker) => void)[] = [];
  private readonly pending = new Map<number, (result: Stored | Error) => void>();
  private jobs = 0;

  constructor(
    private readonly dataDir: string,
    private readonly allowPrivate: boolean,
    size = cpus().length,
  ) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = startWorker();
      worker.on("message", ({ job, facts, replaced, error }) => {
        const settle = this.pending.get(job)!;
        this.pending.delete(job);
        this.release(worker);
        settle(error === undefined ? { facts, replaced } : new Error(error));
      });
      return worker;
    });
    for (let slot = 0; slot < JOBS_PER_WORKER; slot++) this.idle.push(...this.workers);
  }

  /** Reads, parses and saves `item` on a worker (see `storeOne`). */
  async store(item: IngestItem): Promise<Stored> {
    const worker = await this.acquire();
    const job = this.jobs++;
    const result = await new Promise<Stored | Error>((resolve) => {
      this.pending.set(job, resolve);
      worker.postMessage({
        job,
        dataDir: this.dataDir,
        path: item.path,
        id: item.id,
        allowPrivate: this.allowPrivate,
      });
    });
    if (result instanceof Error) throw result;
    return result;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: Worker): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }
}

/**
 * A worker running `ingest-worker.ts`: from the precompiled bundle when the command line runs from
 * one (scripts/cli.mjs names it), else as TypeScript, with tsx's loader registered in the worker.
 */
function startWorker(): Worker {
  const bundled = process.env.NEWSROOM_INGEST_WORKER;
  if (bundled) return new Worker(bundled);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const worker = JSON.stringify(new URL("./ingest-worker.ts", import.meta.url).href);
  const code = `import(${tsx}).then(({ register }) => { register(); return import(${worker}); });`;
  return new Worker(code, { eval: true });
}

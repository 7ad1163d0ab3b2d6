/**
 * Reading, parsing, saving and tokenising articles on worker threads, one per core up to three: that
 * is pure CPU work, and the main thread has the index to build. Each worker takes a few articles at once, so that one
 * parses while the others' files are written. A worker that dies (out of memory on a pathological
 * file) fails only the articles it held, and another takes its place.
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { IngestItem, Stored } from "../store/store-one.ts";

/**
 * V8's budget for inlining into one optimised function, in bytecode bytes (920 by default). Each
 * worker compiles the parser afresh, and its optimising compiler took about a second of CPU per
 * worker thread, a fifth of the worker's work at a few thousand articles. With 300 it takes about a
 * third less and the compiled parser runs as fast (parsing and preparing 2,500 and 5,000 generated
 * articles in one thread: 8–10% less CPU in all, alternating runs). Process-wide, set before the
 * workers start: the command that starts them does nothing else.
 */
const INLINING_BUDGET = "--max-inlined-bytecode-size-cumulative=300";

/**
 * Workers at most, however many cores. The main thread merges every article into the index (about
 * 0.7 ms of its time each) and a worker parses about 400 articles/s, so a fourth worker adds little,
 * while each holds 60 MB or more of parser code and tables: on a 16-core machine an ingest of 10,000
 * articles would have peaked past a GB. With three, it stays under 600 MB (576 MB measured).
 */
const MAX_WORKERS = 3;

/**
 * Each worker's young generation, in MB (V8's default lets it grow to about 50): the parser's garbage
 * dies young, so a smaller one is collected as cheaply and keeps each worker about 20 MB smaller
 * (a 10,000-article ingest with two workers: 519–521 MB peak RSS against 555–560, no more CPU).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/** How many workers an ingest starts on a machine with `cores` cores. */
export function workerCount(cores: number): number {
  return Math.max(1, Math.min(cores, MAX_WORKERS));
}

/** Articles a worker holds at once: one parsing, the rest waiting on the disk. */
const JOBS_PER_WORKER = 3;

/** The worker holding an article died before answering. */
class WorkerLost extends Error {}

interface Job {
  worker: Worker;
  settle: (result: Stored | Error) => void;
}

export class StorePool {
  private readonly workers = new Set<Worker>();
  /** Free job slots, a worker once per slot. */
  private idle: Worker[] = [];
  private readonly waiting: ((worker: Worker) => void)[] = [];
  private readonly pending = new Map<number, Job>();
  private jobs = 0;
  private closing = false;

  constructor(
    private readonly dataDir: string,
    private readonly allowPrivate: boolean,
    size = workerCount(availableParallelism()),
  ) {
    setFlagsFromString(INLINING_BUDGET);
    for (let n = 0; n < Math.max(1, size); n++) this.start();
  }

  /**
   * Reads, parses and saves `item` on a worker (see `storeOne`). When its worker dies, it is tried
   * once more: the file that stopped the worker may have been another one it held.
   */
  async store(item: IngestItem): Promise<Stored> {
    let result = await this.run(item);
    if (result instanceof WorkerLost) result = await this.run(item);
    if (result instanceof Error) throw result;
    return result;
  }

  private async run(item: IngestItem): Promise<Stored | Error> {
    let worker = await this.acquire();
    // One that died while this waited is not posted to: nothing would answer.
    while (!this.workers.has(worker)) worker = await this.acquire();
    const job = this.jobs++;
    return new Promise<Stored | Error>((settle) => {
      this.pending.set(job, { worker, settle });
      worker.postMessage({
        job,
        dataDir: this.dataDir,
        path: item.path,
        id: item.id,
        allowPrivate: this.allowPrivate,
      });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private start(): void {
    const worker = startWorker();
    this.workers.add(worker);
    worker.on("message", ({ job, stored, error }) => {
      const pending = this.pending.get(job)!;
      this.pending.delete(job);
      this.release(worker);
      pending.settle(error === undefined ? stored : new Error(error));
    });
    worker.on("error", (err) => this.lost(worker, err.message));
    worker.on("exit", (code) => this.lost(worker, `stopped with exit code ${code}`));
    for (let slot = 0; slot < JOBS_PER_WORKER; slot++) this.release(worker);
  }

  /** A worker died: what it held fails with the reason, and a new worker takes its slots. */
  private lost(worker: Worker, reason: string): void {
    if (!this.workers.delete(worker) || this.closing) return;
    this.idle = this.idle.filter((w) => w !== worker);
    for (const [job, pending] of this.pending) {
      if (pending.worker !== worker) continue;
      this.pending.delete(job);
      pending.settle(new WorkerLost(`the parser stopped on this file: ${reason}`));
    }
    this.start();
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
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const bundled = process.env.NEWSROOM_INGEST_WORKER;
  if (bundled) return new Worker(bundled, { resourceLimits });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const worker = JSON.stringify(new URL("./ingest-worker.ts", import.meta.url).href);
  const code = `import(${tsx}).then(({ register }) => { register(); return import(${worker}); });`;
  return new Worker(code, { eval: true, resourceLimits });
}

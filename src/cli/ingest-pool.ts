/**
 * Reading and parsing articles on worker threads, one per core: parsing is pure CPU work, and the
 * main thread has the writing and the index to do.
 */
import { cpus } from "node:os";
import { Worker } from "node:worker_threads";
import type { Facts } from "../article/facts.ts";
import type { IngestItem } from "../store/bulk-ingest.ts";

type Read = { text: string; facts: Facts };

export class ReaderPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[] = [];
  private readonly waiting: ((worker: Worker) => void)[] = [];
  private readonly pending = new Map<number, (result: Read | Error) => void>();
  private jobs = 0;

  constructor(
    private readonly allowPrivate: boolean,
    size = cpus().length,
  ) {
    // The workers run TypeScript like the rest of the project: tsx's loader is registered in each.
    const code = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
      .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.resolve("./ingest-worker.ts"))}); });`;
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(code, { eval: true });
      worker.on("message", ({ job, text, facts, error }) => {
        const settle = this.pending.get(job)!;
        this.pending.delete(job);
        this.release(worker);
        settle(error === undefined ? { text, facts } : new Error(error));
      });
      return worker;
    });
    this.idle.push(...this.workers);
  }

  async read(item: IngestItem): Promise<Read> {
    const worker = await this.acquire();
    const job = this.jobs++;
    const result = await new Promise<Read | Error>((resolve) => {
      this.pending.set(job, resolve);
      worker.postMessage({ job, path: item.path, id: item.id, allowPrivate: this.allowPrivate });
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

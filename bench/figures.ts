/**
 * What every part of `npm run bench` shares: the seed of its generated articles, timing, latency
 * summaries, rounding, and the machine the figures were taken on.
 */
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project's root folder (bench/ is one level down). */
export const ROOT = join(fileURLToPath(import.meta.url), "..", "..");
/** The generated-article stream every archive of the bench is a prefix of. */
export const SEED = 1;
/** `BENCH_QUICK=1`: a short run while iterating. Read in the child processes too (they inherit the environment). */
export const QUICK = process.env.BENCH_QUICK === "1";

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  n: number;
}

export function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return { p50: at(50), p95: at(95), p99: at(99), mean, n: s.length };
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
export const mb = (bytes: number) => round(bytes / 2 ** 20, 0);

export function timed<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const value = fn();
  return [value, performance.now() - t];
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

/** Progress goes to stderr so that stdout is the report alone. */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

export type Machine = ReturnType<typeof machine>;

export function machine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load: os.loadavg().map((l) => round(l, 2)),
  };
}

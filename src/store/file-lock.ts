/**
 * A lock file for read-modify-write updates of a file that several processes share (the shards of one
 * bot). Creating `<path>.lock` with O_EXCL succeeds for exactly one process; the others wait and retry.
 */
import { open, rm, stat } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

export interface LockOptions {
  /** A lock older than this was left by a process that died mid-update; it is broken. */
  staleMs?: number;
  /** Give up waiting after this long. */
  timeoutMs?: number;
}

/** Runs `update` while holding the lock on `path`. */
export async function withFileLock<T>(
  path: string,
  update: () => Promise<T>,
  { staleMs = 10_000, timeoutMs = 5_000 }: LockOptions = {},
): Promise<T> {
  const lock = `${path}.lock`;
  const deadline = Date.now() + timeoutMs;
  while (!(await tryLock(lock))) {
    const age = await ageOf(lock);
    // Released since our attempt: try again at once. (Removing it now could remove a new holder's lock.)
    if (age === null) continue;
    if (age > staleMs) {
      // Only after a crash; two waiters breaking the same stale lock at once is the remaining, tiny risk.
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${lock}: still locked after ${timeoutMs} ms`);
    // Jitter so processes that collided do not retry in step.
    await sleep(5 + Math.random() * 20);
  }
  try {
    return await update();
  } finally {
    await rm(lock, { force: true });
  }
}

async function tryLock(lock: string): Promise<boolean> {
  try {
    await (await open(lock, "wx")).close();
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  }
}

/** Milliseconds since the lock was taken, or null if there is no lock any more. */
async function ageOf(lock: string): Promise<number | null> {
  try {
    return Date.now() - (await stat(lock)).mtimeMs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

/**
 * Tracks handlers in flight so shutdown can stop taking new work and give running replies a moment
 * to finish before the connection closes.
 */
export class WorkTracker {
  #active = new Set<Promise<void>>();
  #accepting = true;

  readonly #onError: (error: unknown) => void;

  /** `onError` sees failures a task did not handle itself, so none is lost or left unhandled. */
  constructor(onError: (error: unknown) => void) {
    this.#onError = onError;
  }

  get accepting(): boolean {
    return this.#accepting;
  }

  get size(): number {
    return this.#active.size;
  }

  /** Runs `task` unless shutting down. */
  run(task: () => Promise<void>): void {
    if (!this.#accepting) return;
    const promise = Promise.resolve()
      .then(task)
      .catch(this.#onError)
      .finally(() => this.#active.delete(promise));
    this.#active.add(promise);
  }

  /** Stops accepting work and waits for running tasks, at most `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    this.#accepting = false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.#active]), timeout]);
    clearTimeout(timer);
  }
}

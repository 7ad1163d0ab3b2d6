/**
 * Per-user and per-channel limits on questions, so that one member cannot make the bot flood a channel
 * or keep it busy for everyone else. Pure: the clock is passed in, so tests step time instead of waiting.
 *
 * Each limit is a sliding window log: a key keeps the times of its last `limit` admitted events, which
 * is exact (no burst of twice the limit across a window boundary, as fixed windows allow) and small.
 */
import type { Rate } from "../config.ts";
import { type Markdown, md } from "../present/markdown.ts";

type Clock = () => number;

export class SlidingWindow {
  readonly #rate: Rate;
  readonly #now: Clock;
  /** Key → times of its most recent admitted events (at most `limit`), oldest first. */
  readonly #hits = new Map<string, number[]>();
  #sweptAt: number;

  constructor(rate: Rate, now: Clock) {
    this.#rate = rate;
    this.#now = now;
    this.#sweptAt = now();
  }

  /** Keys remembered: only those with an event inside the last window or two. */
  get size(): number {
    return this.#hits.size;
  }

  /** Milliseconds until `key` may act again; 0 when it may now. */
  wait(key: string): number {
    const hits = this.#live(key);
    return hits.length < this.#rate.limit ? 0 : hits[0]! + this.#rate.windowMs - this.#now();
  }

  hit(key: string): void {
    this.#sweep();
    const hits = this.#live(key);
    hits.push(this.#now());
    if (hits.length > this.#rate.limit) hits.shift();
    this.#hits.set(key, hits);
  }

  #live(key: string): number[] {
    const since = this.#now() - this.#rate.windowMs;
    return (this.#hits.get(key) ?? []).filter((time) => time > since);
  }

  /** Forgets idle keys, at most once a window, so memory follows recent askers rather than all of them. */
  #sweep(): void {
    const now = this.#now();
    if (now - this.#sweptAt < this.#rate.windowMs) return;
    this.#sweptAt = now;
    for (const [key, hits] of this.#hits) {
      if (hits.at(-1)! <= now - this.#rate.windowMs) this.#hits.delete(key);
    }
  }
}

export type Verdict = { ok: true } | { ok: false; retryAfterMs: number; warn: boolean };

export class QuestionLimits {
  readonly #users: SlidingWindow;
  readonly #channels: SlidingWindow;
  readonly #warnings: SlidingWindow;

  constructor(rates: { user: Rate; channel: Rate }, now: Clock = Date.now) {
    this.#users = new SlidingWindow(rates.user, now);
    this.#channels = new SlidingWindow(rates.channel, now);
    // One notice per user per window: answering every refused message would itself flood the channel.
    this.#warnings = new SlidingWindow({ limit: 1, windowMs: rates.user.windowMs }, now);
  }

  /**
   * Admits a question from `user` in `channel`, or says how long to wait and whether to tell the user
   * (only the first refusal in a window). A refused question counts against neither limit, so the wait
   * it announces holds.
   */
  admit(user: string, channel: string | null): Verdict {
    const retryAfterMs = Math.max(
      this.#users.wait(user),
      channel === null ? 0 : this.#channels.wait(channel),
    );
    if (retryAfterMs > 0) {
      const warn = this.#warnings.wait(user) === 0;
      if (warn) this.#warnings.hit(user);
      return { ok: false, retryAfterMs, warn };
    }
    this.#users.hit(user);
    if (channel !== null) this.#channels.hit(channel);
    return { ok: true };
  }
}

export function slowDownMessage(retryAfterMs: number): Markdown {
  return md`Slow down — try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s.`;
}

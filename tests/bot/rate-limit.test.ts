import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QuestionLimits, SlidingWindow, slowDownMessage } from "../../src/bot/rate-limit.ts";

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const FIVE_PER_10S = { limit: 5, windowMs: 10_000 };

describe("SlidingWindow", () => {
  it("admits `limit` events per window and says when the next one may come", () => {
    const clock = manualClock();
    const window = new SlidingWindow(FIVE_PER_10S, clock.now);
    for (let i = 0; i < 5; i++) {
      expect(window.wait("u")).toBe(0);
      window.hit("u");
      clock.advance(1_000);
    }
    // Five events at t = 0…4 s; now t = 5 s, and the first leaves the window at t = 10 s.
    expect(window.wait("u")).toBe(5_000);
    clock.advance(4_999);
    expect(window.wait("u")).toBe(1);
    clock.advance(1);
    expect(window.wait("u")).toBe(0);
  });

  it("slides: no burst of twice the limit across a window boundary", () => {
    const clock = manualClock();
    const window = new SlidingWindow(FIVE_PER_10S, clock.now);
    clock.advance(9_000);
    for (let i = 0; i < 5; i++) window.hit("u");
    clock.advance(2_000);
    expect(window.wait("u")).toBe(8_000);
  });

  it("keeps keys apart", () => {
    const window = new SlidingWindow({ limit: 1, windowMs: 10_000 }, manualClock().now);
    window.hit("a");
    expect(window.wait("a")).toBeGreaterThan(0);
    expect(window.wait("b")).toBe(0);
  });

  it("forgets idle keys, so memory follows recent askers only", () => {
    const clock = manualClock();
    const window = new SlidingWindow(FIVE_PER_10S, clock.now);
    for (let i = 0; i < 1_000; i++) window.hit(`user-${i}`);
    clock.advance(10_000);
    window.hit("latest");
    expect(window.size).toBe(1);
  });

  it("never admits more than `limit` events in any window, whatever the timing", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 3_000 }), { maxLength: 60 }),
        (limit, gaps) => {
          const clock = manualClock();
          const window = new SlidingWindow({ limit, windowMs: 5_000 }, clock.now);
          const admitted: number[] = [];
          for (const gap of gaps) {
            clock.advance(gap);
            if (window.wait("u") > 0) continue;
            window.hit("u");
            admitted.push(clock.now());
          }
          for (const [i, time] of admitted.entries()) {
            const later = admitted[i + limit];
            if (later !== undefined) expect(later - time).toBeGreaterThanOrEqual(5_000);
          }
        },
      ),
    );
  });
});

describe("QuestionLimits", () => {
  const rates = { user: FIVE_PER_10S, channel: { limit: 8, windowMs: 10_000 } };

  it("refuses a user's 6th question in 10 s, warning only the first time", () => {
    const clock = manualClock();
    const limits = new QuestionLimits(rates, clock.now);
    for (let i = 0; i < 5; i++) expect(limits.admit("u", "c")).toEqual({ ok: true });
    clock.advance(2_000);
    expect(limits.admit("u", "c")).toEqual({ ok: false, retryAfterMs: 8_000, warn: true });
    expect(limits.admit("u", "c")).toEqual({ ok: false, retryAfterMs: 8_000, warn: false });
    clock.advance(8_000);
    expect(limits.admit("u", "c")).toEqual({ ok: true });
  });

  it("warns again once a window has passed since the last warning", () => {
    const clock = manualClock();
    const limits = new QuestionLimits({ ...rates, user: { limit: 1, windowMs: 10_000 } }, clock.now);
    limits.admit("u", "c");
    expect(limits.admit("u", "c")).toMatchObject({ ok: false, warn: true });
    clock.advance(10_000);
    limits.admit("u", "c");
    expect(limits.admit("u", "c")).toMatchObject({ ok: false, warn: true });
  });

  it("limits a busy channel across users, and other channels not at all", () => {
    const limits = new QuestionLimits(rates, manualClock().now);
    for (let i = 0; i < 8; i++) expect(limits.admit(`user-${i}`, "c").ok).toBe(true);
    expect(limits.admit("user-9", "c")).toMatchObject({ ok: false, retryAfterMs: 10_000 });
    expect(limits.admit("user-9", "other")).toEqual({ ok: true });
    expect(limits.admit("user-10", null)).toEqual({ ok: true });
  });

  it("does not count refused questions, so the announced wait holds", () => {
    const clock = manualClock();
    const limits = new QuestionLimits(rates, clock.now);
    for (let i = 0; i < 5; i++) limits.admit("u", "c");
    for (let i = 0; i < 20; i++) limits.admit("u", "c");
    // Refused questions took no channel capacity either.
    for (let i = 0; i < 3; i++) expect(limits.admit(`other-${i}`, "c").ok).toBe(true);
    clock.advance(10_000);
    expect(limits.admit("u", "c")).toEqual({ ok: true });
  });
});

describe("slowDownMessage", () => {
  it("rounds the wait up to whole seconds, at least one", () => {
    expect(String(slowDownMessage(8_000))).toBe("Slow down — try again in 8 s.");
    expect(String(slowDownMessage(7_001))).toBe("Slow down — try again in 8 s.");
    expect(String(slowDownMessage(1))).toBe("Slow down — try again in 1 s.");
  });
});

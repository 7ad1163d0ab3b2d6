import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { WorkTracker } from "../../src/bot/work.ts";

describe("WorkTracker", () => {
  it("waits for running work on drain, then refuses new work", async () => {
    const tracker = new WorkTracker(() => {});
    let finished = false;
    tracker.run(async () => {
      await sleep(30);
      finished = true;
    });
    expect(tracker.size).toBe(1);
    await tracker.drain(1_000);
    expect(finished).toBe(true);
    let ran = false;
    tracker.run(async () => {
      ran = true;
    });
    expect(ran).toBe(false);
    expect(tracker.accepting).toBe(false);
  });

  it("gives up waiting after the timeout", async () => {
    const tracker = new WorkTracker(() => {});
    tracker.run(() => sleep(5_000));
    const started = Date.now();
    await tracker.drain(50);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("hands unhandled failures to onError", async () => {
    const errors: unknown[] = [];
    const tracker = new WorkTracker((error) => errors.push(error));
    tracker.run(async () => {
      throw new Error("boom");
    });
    await tracker.drain(1_000);
    expect(errors).toHaveLength(1);
  });
});

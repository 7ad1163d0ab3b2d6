/** The ingest's worker threads: one per core, but never so many that their memory outgrows the archive's. */
import { describe, expect, it } from "vitest";
import { workerCount } from "../../src/cli/ingest-pool.ts";

describe("workerCount", () => {
  it("starts one worker per core on small machines", () => {
    expect([1, 2, 3].map(workerCount)).toEqual([1, 2, 3]);
  });
  it("stops at three on large ones, where the main thread's merging is the limit", () => {
    expect([4, 16, 64].map(workerCount)).toEqual([3, 3, 3]);
  });
  it("starts one even when the core count is unknown", () => {
    expect(workerCount(0)).toBe(1);
  });
});

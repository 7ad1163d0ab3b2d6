import { describe, expect, it } from "vitest";
import { DateRangeError, inRange, parseBound, parseRange } from "../../src/audit/dates.ts";

// Noon, so that no time zone moves the day.
const TODAY = new Date(2026, 10, 30, 12, 0);

describe("dates as people type them", () => {
  it.each([
    ["2017-02", "2017-02-01", "2017-02-28"],
    ["2016-02", "2016-02-01", "2016-02-29"],
    ["2017", "2017-01-01", "2017-12-31"],
    ["2017-02-24", "2017-02-24", "2017-02-24"],
    ["1 March 2017", "2017-03-01", "2017-03-01"],
    ["Feb 2017", "2017-02-01", "2017-02-28"],
    ["last month", "2026-10-01", "2026-10-31"],
    ["last year", "2025-01-01", "2025-12-31"],
    ["yesterday", "2026-11-29", "2026-11-29"],
  ])("reads %s as starting %s and ending %s", (text, since, until) => {
    expect(parseBound(text, "since", TODAY)).toBe(since);
    expect(parseBound(text, "until", TODAY)).toBe(until);
  });

  it('reads "since March 1" as the March just past, the leading word dropped', () => {
    expect(parseBound("since March 1", "since", TODAY)).toBe("2026-03-01");
    expect(parseBound("until Dec 25", "until", TODAY)).toBe("2025-12-25");
  });

  it("refuses what is not a date, and a range that ends before it starts", () => {
    expect(() => parseBound("banana", "since", TODAY)).toThrow(DateRangeError);
    expect(() => parseBound("2017-13", "since", TODAY)).toThrow(/not a month/);
    expect(() => parseRange("2018", "2017", TODAY)).toThrow(/ends \(2017-12-31\) before it starts/);
    expect(parseRange(undefined, " ", TODAY)).toEqual({ since: null, until: null });
  });

  it("places a published date, however precise, in a range", () => {
    const feb = { since: "2017-02-01", until: "2017-02-28" };
    expect(inRange("2017-02-24T21:16", feb)).toBe(true);
    expect(inRange("2017-02", feb)).toBe(true);
    expect(inRange("2017-03-01", feb)).toBe(false);
    expect(inRange("2017", feb)).toBe(false);
    expect(inRange(null, feb)).toBe(false);
    expect(inRange(null, { since: null, until: null })).toBe(true);
  });
});

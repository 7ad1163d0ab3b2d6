/** `npm run sources` as a user runs it: the JSON contract, the words, the chart file, and bad dates. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHART_SIZE } from "../../src/present/chart.ts";
import { saveArticle } from "../../src/store/facts-store.ts";
import { FeedState } from "../../src/store/feed-state.ts";
import { smallArchive } from "../audit/helpers.ts";
import { cli, lines } from "../hardening/helpers.ts";

let root: string;
let data: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "quote-bot-sources-"));
  data = join(root, "data");
  for (const facts of smallArchive()) await saveArticle(data, facts.id, facts.paragraphs.join("\n\n"), facts);
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("npm run sources", () => {
  it("keeps to the articles a followed feed brought in, and refuses a feed it does not follow", {
    timeout: 30_000,
  }, async () => {
    const [one] = smallArchive();
    const feed = "https://news.example/rss.xml";
    await FeedState.inDataDir(data).update(feed, (r) => ({ ...r, articles: [one!.id] }));
    const run = await cli(["sources", "--data", data, "--feed", feed, "--json"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(run.stdout).articles).toBe(1);
    const unknown = await cli(["sources", "--data", data, "--feed", "https://other.example/feed"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/not a followed feed/);
  });

  it("prints one JSON object: the counts as numbers at the top, then the breakdowns", {
    timeout: 30_000,
  }, async () => {
    const run = await cli(["sources", "--data", data, "--json"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report).slice(0, 4)).toEqual(["articles", "quotes", "people", "undated"]);
    expect(report).toMatchObject({ articles: 4, quotes: 12, people: 8, undated: 0 });
    expect(report.range).toEqual({ since: null, until: null });
    expect(report.gender.woman).toEqual({ people: 2, quotes: 2 });
    expect(report.sources.unnamed).toEqual({ people: 2, quotes: 2 });
    expect(report.quoteKinds).toEqual({ direct: 10, partial: 2 });
    expect(report.top[0]).toEqual({
      name: "John Kelly",
      quotes: 5,
      articles: 2,
      titles: ["Mayor"],
      gender: "man",
    });
  });

  it("reads the range in words and writes the chart as a PNG of the stated size", {
    timeout: 30_000,
  }, async () => {
    const chart = join(root, "sources.png");
    const run = await cli([
      "sources",
      "--data",
      data,
      "--since",
      "2017-02",
      "--until",
      "2017-02",
      "--chart",
      chart,
    ]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(lines(run.stdout).slice(0, 3)).toEqual([
      "Who gets quoted · 1 Feb 2017 – 28 Feb 2017 · 2 articles",
      "(1 undated article left out)",
      "9 quotes from 5 people and bodies.",
    ]);
    expect(run.stdout).toContain("1. John Kelly, Mayor — 5 quotes in 2 articles");
    const png = PNG.sync.read(await readFile(chart));
    expect([png.width, png.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
  });

  it("says so when no article falls in the range", { timeout: 30_000 }, async () => {
    const run = await cli(["sources", "--data", data, "--since", "2030"]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toEqual([
      "Who gets quoted · since 1 Jan 2030 · 0 articles",
      "(1 undated article left out)",
      "No articles in this range.",
    ]);
  });

  it("refuses a date it cannot read with one line and exit code 2", { timeout: 30_000 }, async () => {
    const run = await cli(["sources", "--data", data, "--since", "the other day"]);
    expect([run.code, lines(run.stderr)]).toEqual([
      2,
      ["error: could not read “the other day” as a date (try 2017-02, 1 March 2017 or last month)"],
    ]);
  });
});

import { copyFile, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { Archive } from "../../src/store/archive.ts";
import { DataDir, type DataDirOptions } from "../../src/store/data-dir.ts";
import { captureLog, tempDir } from "./helpers.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const HARBOUR = join(ROOT, "tests/fixtures/archive/harbour-strike.txt");
const KELLY_HEADLINE = "Won't use military for deportations, says Homeland Security Secretary";

/** A temp data dir holding the shipped article, and a DataDir over it with an empty archive. */
async function setup(options: Partial<DataDirOptions> = {}) {
  const dir = await tempDir();
  await copyFile(join(ROOT, "data/article.txt"), join(dir, "article.txt"));
  await copyFile(join(ROOT, "data/article.facts.json"), join(dir, "article.facts.json"));
  const { log, entries } = captureLog();
  const archive = new Archive();
  const data = new DataDir(archive, dir, { log, ingestTexts: true, settleMs: 0, ...options });
  return { dir, archive, data, warnings: () => entries().filter((e) => e.level === 40) };
}

/** Backdates a file, as if it had been copied in a while ago. */
async function settle(file: string): Promise<void> {
  const minuteAgo = new Date(Date.now() - 60_000);
  await utimes(file, minuteAgo, minuteAgo);
}

describe("DataDir", () => {
  it("loads facts at start-up without re-parsing the texts beside them", async () => {
    const { dir, archive, data } = await setup();
    // Were the text parsed again, this would replace the real headline.
    await writeFile(join(dir, "article.txt"), "Not the article\n\nAt all.");
    const report = await data.sync();
    expect(report).toEqual({ loaded: ["article"], ingested: [], removed: [], failed: [] });
    expect(archive.ref("article")?.headline).toBe(KELLY_HEADLINE);
  });

  it("parses a dropped text once, saves its facts and serves it", async () => {
    const { dir, archive, data } = await setup();
    await data.sync();
    await copyFile(HARBOUR, join(dir, "harbour-strike.txt"));
    expect((await data.sync()).ingested).toEqual(["harbour-strike"]);
    expect(JSON.parse(await readFile(join(dir, "harbour-strike.facts.json"), "utf8")).id).toBe(
      "harbour-strike",
    );
    expect(archive.answer("What did Lopez say about the strike?").article?.id).toBe("harbour-strike");
    // Its own write is not news to it.
    expect(await data.sync()).toEqual({ loaded: [], ingested: [], removed: [], failed: [] });
  });

  it("leaves a text that may still be being copied for a later rescan", async () => {
    const { dir, data } = await setup({ settleMs: 60_000 });
    await copyFile(HARBOUR, join(dir, "harbour-strike.txt"));
    expect((await data.sync()).ingested).toEqual([]);
    await settle(join(dir, "harbour-strike.txt"));
    expect((await data.sync()).ingested).toEqual(["harbour-strike"]);
    data.close();
  });

  it("leaves texts to the process that ingests them", async () => {
    const { dir, data } = await setup({ ingestTexts: false });
    await copyFile(HARBOUR, join(dir, "harbour-strike.txt"));
    expect((await data.sync()).ingested).toEqual([]);
  });

  it("reports a broken file once, skips it, and keeps serving the rest", async () => {
    const { dir, archive, data, warnings } = await setup();
    await writeFile(join(dir, "broken.facts.json"), "{ nope");
    await writeFile(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8]));
    const report = await data.sync();
    expect(report.loaded).toEqual(["article"]);
    expect(report.failed.sort()).toEqual([join(dir, "binary.txt"), join(dir, "broken.facts.json")]);
    expect(
      warnings()
        .map((w) => w.msg)
        .sort(),
    ).toEqual(["skipped a broken article text", "skipped a broken facts file"]);
    await data.sync();
    expect(warnings()).toHaveLength(2);
    expect(archive.articles().map((a) => a.id)).toEqual(["article"]);
  });

  it("keeps the last good version when a facts file is replaced by a broken one", async () => {
    const { dir, archive, data } = await setup();
    await data.sync();
    await writeFile(join(dir, "article.facts.json"), "{ truncated");
    expect((await data.sync()).failed).toEqual([join(dir, "article.facts.json")]);
    expect(archive.ref("article")?.headline).toBe(KELLY_HEADLINE);
  });

  it("drops an article whose facts file was deleted", async () => {
    const { dir, archive, data } = await setup();
    await data.sync();
    await rm(join(dir, "article.facts.json"));
    await rm(join(dir, "article.txt"));
    expect((await data.sync()).removed).toEqual(["article"]);
    expect(archive.articles()).toEqual([]);
  });

  it("adds and removes articles through the directory", async () => {
    const { dir, archive, data } = await setup();
    await data.sync();
    const text = await readFile(HARBOUR, "utf8");
    expect((await data.add("harbour-strike", text)).replaced).toBe(false);
    expect((await data.add("harbour-strike", text)).replaced).toBe(true);
    expect(archive.ref("harbour-strike")?.headline).toBe("Harbour workers walk out over night-shift pay");
    expect(await data.sync()).toEqual({ loaded: [], ingested: [], removed: [], failed: [] });
    expect(await data.remove("harbour-strike")).toBe(true);
    expect(archive.ref("harbour-strike")).toBeUndefined();
    await expect(readFile(join(dir, "harbour-strike.txt"))).rejects.toThrow("ENOENT");
    await expect(readFile(join(dir, "harbour-strike.facts.json"))).rejects.toThrow("ENOENT");
  });

  it("picks up a file dropped in while it watches", async () => {
    const { dir, archive, data } = await setup({ debounceMs: 20 });
    await data.sync();
    data.watch();
    try {
      await copyFile(HARBOUR, join(dir, "harbour-strike.txt"));
      await vi.waitFor(() => expect(archive.ref("harbour-strike")).toBeDefined(), { timeout: 5_000 });
      await rm(join(dir, "article.txt"));
      await rm(join(dir, "article.facts.json"));
      await vi.waitFor(() => expect(archive.ref("article")).toBeUndefined(), { timeout: 5_000 });
    } finally {
      data.close();
    }
  });
});

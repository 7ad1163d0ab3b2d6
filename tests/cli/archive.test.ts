/**
 * The archive through the command line: folders ingested recursively with a summary and the index
 * left saved, and one person's quotes across every article.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { Archive } from "../../src/store/archive.ts";
import { SNAPSHOT_NAME } from "../../src/store/index-snapshot.ts";
import { cli, lines, tempDir } from "../hardening/helpers.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url);

/** Real articles (the development set, the held-out set and the Kelly stories), as file paths. */
async function realArticles(): Promise<string[]> {
  const folders = ["dev/articles/", "heldout/articles/", "archive-real/"];
  const found: string[] = [];
  for (const folder of folders) {
    const dir = new URL(folder, FIXTURES);
    for (const name of (await readdir(dir)).filter((n) => n.endsWith(".txt")))
      found.push(new URL(name, dir).pathname);
  }
  return found;
}

/** A folder of `count` copies of the real articles, under their own names (a0.txt, a1.txt, …). */
async function folderOfCopies(root: string, count: number): Promise<string> {
  const source = join(root, "in");
  await mkdir(source);
  const articles = await realArticles();
  for (let n = 0; n < count; n++) await copyFile(articles[n % articles.length]!, join(source, `a${n}.txt`));
  return source;
}

describe("ingest of folders", () => {
  it("walks folders, reports a summary with the skips, and replaces on a second run", {
    timeout: 120_000,
  }, async () => {
    const root = await tempDir();
    const source = join(root, "in");
    await mkdir(join(source, "2005", "sport"), { recursive: true });
    await copyFile(
      new URL("archive-real/sport-022.txt", FIXTURES),
      join(source, "2005", "sport", "holmes.txt"),
    );
    await copyFile(new URL("archive-real/politics-055.txt", FIXTURES), join(source, "kelly.txt"));
    await writeFile(join(source, "notes.pdf"), "%PDF-1.4");
    await writeFile(join(source, "empty.txt"), "");
    const data = join(root, "data");

    const first = await cli(["ingest", "--data", data, source]);
    expect(first.code).toBe(1);
    expect(lines(first.stdout)[0]).toMatch(
      /^Added 2, replaced 0, skipped 2 in [\d.]+ s \(\d+ articles\/s\)\.$/,
    );
    expect(first.stdout).toContain("skipped 1: not an article file (.txt, .html, .htm, .json)");
    expect(first.stdout).toContain("skipped 1: file is empty");
    expect(lines(first.stderr)).toEqual(
      expect.arrayContaining([
        `${join(source, "notes.pdf")}: not an article file (.txt, .html, .htm, .json)`,
        expect.stringMatching(/^holmes: \d+ people, \d+ quotes$/),
        expect.stringMatching(/^kelly: \d+ people, \d+ quotes$/),
      ]),
    );

    const again = await cli(["ingest", "--data", data, join(source, "2005")]);
    expect(again.code).toBe(0);
    expect(lines(again.stdout)[0]).toMatch(/^Added 0, replaced 1, skipped 0 /);
  });

  it("leaves a large archive ready: the next start restores the saved index", {
    timeout: 180_000,
  }, async () => {
    const root = await tempDir();
    // Enough copies for the archive to keep an index snapshot.
    const source = await folderOfCopies(root, 120);
    // Read and saved on a worker thread like the others, and refused there.
    await writeFile(join(source, "blank.txt"), "");
    const data = join(root, "data");
    const result = await cli(["ingest", "--data", data, source]);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      expect.stringMatching(/^Added 120, replaced 0, skipped 1 /),
      expect.stringMatching(/^ {2}skipped 1: file is empty \(.*blank\.txt\)$/),
    ]);
    // One progress line per article, in the order given, whoever finished first.
    const progress = lines(result.stderr);
    expect(progress).toHaveLength(121);
    expect(progress.slice(0, 2)).toEqual([
      expect.stringMatching(/^a0: \d+ people, \d+ quotes$/),
      expect.stringMatching(/^a1: \d+ people, \d+ quotes$/),
    ]);
    const saved = await readdir(data);
    expect(saved).toContain(SNAPSHOT_NAME);
    for (let n = 0; n < 120; n++)
      expect(saved).toEqual(expect.arrayContaining([`a${n}.txt`, `a${n}.facts.json`]));
    expect(saved.filter((name) => name.endsWith(".tmp"))).toEqual([]);
    const archive = await Archive.open(data);
    expect(archive.restored).toBe(true);
    expect(archive.articles()).toHaveLength(120);
    expect(archive.facts("a7")).toEqual(parseArticle(await readFile(join(data, "a7.txt"), "utf8"), "a7"));

    const again = await cli(["ingest", "--data", data, source]);
    expect(lines(again.stdout)[0]).toMatch(/^Added 0, replaced 120, skipped 1 /);
    expect((await Archive.open(data)).restored).toBe(true);
  });

  it("parses again every article the data directory keeps, with --reparse", {
    timeout: 180_000,
  }, async () => {
    const root = await tempDir();
    const source = await folderOfCopies(root, 110);
    const data = join(root, "data");
    expect((await cli(["ingest", "--data", data, source])).code).toBe(0);
    // Facts as an older parser might have left them: no quote attributed.
    const stale = join(data, "a7.facts.json");
    const facts = JSON.parse(await readFile(stale, "utf8"));
    expect(facts.quotes.some((q: { speakerId: string | null }) => q.speakerId)).toBe(true);
    for (const q of facts.quotes) q.speakerId = null;
    await writeFile(stale, JSON.stringify(facts));
    // Facts copied in without their text are kept as they are.
    await writeFile(
      join(data, "copied.facts.json"),
      (await readFile(stale, "utf8")).replace('"a7"', '"copied"'),
    );

    const result = await cli(["ingest", "--data", data, "--reparse"]);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([expect.stringMatching(/^Added 0, replaced 110, skipped 0 /)]);
    const archive = await Archive.open(data);
    expect(archive.restored).toBe(true);
    expect(archive.articles()).toHaveLength(111);
    expect(archive.facts("a7")).toEqual(parseArticle(await readFile(join(data, "a7.txt"), "utf8"), "a7"));
    expect(archive.facts("copied")?.quotes.every((q) => q.speakerId === null)).toBe(true);
  });
});

describe("quotes across the archive", () => {
  it("lists one person's quotes from every article, newest first, with article and date", {
    timeout: 120_000,
  }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    const holmes = new URL("archive-real/sport-022.txt", FIXTURES).pathname;
    const kelly = new URL("archive-real/politics-055.txt", FIXTURES).pathname;
    expect((await cli(["ingest", "--data", data, holmes, kelly])).code).toBe(0);
    const result = await cli(["quotes", "--data", data, "--speaker", "Kelly Holmes", "--json"]);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as {
      speaker: string;
      article: string;
      published: string | null;
    }[];
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows)
      expect(row).toMatchObject({ speaker: "Kelly Holmes", article: "sport-022", published: null });
    const ruth = JSON.parse(
      (await cli(["quotes", "--data", data, "--speaker", "Ms Kelly", "--json"])).stdout,
    );
    expect(ruth.length).toBeGreaterThan(0);
    for (const row of ruth) expect(row).toMatchObject({ speaker: "Ruth Kelly", article: "politics-055" });
    // A surname asked alone is that surname's bearer, not someone whose first name it is.
    const surname = lines((await cli(["quotes", "--data", data, "--speaker", "Kelly"])).stdout);
    expect(surname.length).toBe(ruth.length);
    for (const line of surname) expect(line).toMatch(/ — Ruth Kelly, Education Secretary \(/);
  });
});

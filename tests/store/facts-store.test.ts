import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FactsError } from "../../src/article/facts.ts";
import {
  articlePath,
  factsPath,
  loadFactsDir,
  loadFactsFile,
  saveArticle,
  saveArticleForBulk,
  validateArticleId,
  writeFileAtomic,
  writeFileAtomicSync,
} from "../../src/store/facts-store.ts";
import { makeFacts, tempDir } from "./helpers.ts";

// The bulk ingest's workers write with plain system calls: the same guarantees.
const writers: [string, (path: string, data: string) => Promise<void>][] = [
  ["writeFileAtomic", writeFileAtomic],
  ["writeFileAtomicSync", async (path, data) => writeFileAtomicSync(path, data)],
];

describe.each(writers)("%s", (_, writeFileAtomic) => {
  it("creates and replaces a file", async () => {
    const path = join(await tempDir(), "a.json");
    await writeFileAtomic(path, "one");
    await writeFileAtomic(path, "two");
    expect(await readFile(path, "utf8")).toBe("two");
    expect(await readdir(join(path, ".."))).toEqual(["a.json"]);
  });

  it("keeps the old file and leaves no temp file when the write fails", async () => {
    const dir = await tempDir();
    const path = join(dir, "a.json");
    await writeFile(path, "old");
    // Not a string: fails inside the write, after the temp file exists.
    await expect(writeFileAtomic(path, Symbol("x") as unknown as string)).rejects.toThrow();
    expect(await readFile(path, "utf8")).toBe("old");
    expect(await readdir(dir)).toEqual(["a.json"]);
  });

  it("leaves no temp file when the rename fails", async () => {
    const dir = await tempDir();
    const target = join(dir, "target");
    await mkdir(join(target, "inside"), { recursive: true });
    await expect(writeFileAtomic(target, "new")).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["target"]);
    expect(await readdir(target)).toEqual(["inside"]);
  });

  it("fails cleanly when the directory does not exist", async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, "missing", "a.json"), "x")).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("article ids and paths", () => {
  it("accepts ordinary ids", () => {
    for (const id of ["kelly-2017", "A", "ap_news.v2", "x".repeat(128)])
      expect(validateArticleId(id)).toBe(id);
    expect(factsPath("data", "kelly")).toBe(join("data", "kelly.facts.json"));
    expect(articlePath("data", "kelly")).toBe(join("data", "kelly.txt"));
  });

  it.each([
    "../../etc/passwd",
    "..",
    "a..b",
    "a/b",
    "a\\b",
    ".hidden",
    "-flag",
    "",
    "x".repeat(129),
    "caf\u00e9",
    "a b",
    "a\0b",
  ])("refuses %j", (id) => {
    expect(() => validateArticleId(id)).toThrow(`invalid article id ${JSON.stringify(id)}`);
    expect(() => factsPath("data", id)).toThrow(/invalid article id/);
    expect(() => articlePath("data", id)).toThrow(/invalid article id/);
  });
});

const savers: [string, typeof saveArticle][] = [
  ["saveArticle", saveArticle],
  ["saveArticleForBulk", async (...args) => saveArticleForBulk(...args)],
];

it("saveArticle creates the directory it writes into", async () => {
  const dir = join(await tempDir(), "data", "nested");
  await saveArticle(dir, "kelly", "Body text.\n", makeFacts("kelly"));
  expect((await readdir(dir)).sort()).toEqual(["kelly.facts.json", "kelly.txt"]);
});

describe.each(savers)("%s", (_, saveArticle) => {
  it("writes text and pretty facts", async () => {
    const dir = await tempDir();
    const facts = makeFacts("kelly");
    await saveArticle(dir, "kelly", "Body text.\n", facts);
    expect(await readFile(join(dir, "kelly.txt"), "utf8")).toBe("Body text.\n");
    expect(await readFile(join(dir, "kelly.facts.json"), "utf8")).toBe(`${JSON.stringify(facts, null, 2)}\n`);
    expect(await loadFactsFile(join(dir, "kelly.facts.json"))).toEqual(facts);
    expect((await readdir(dir)).sort()).toEqual(["kelly.facts.json", "kelly.txt"]);
  });

  it("refuses traversal ids, mismatched ids and invalid facts without writing", async () => {
    const dir = await tempDir();
    await expect(saveArticle(dir, "../evil", "x", makeFacts("../evil"))).rejects.toThrow(
      /invalid article id/,
    );
    await expect(saveArticle(dir, "kelly", "x", makeFacts("other"))).rejects.toThrow(/"other"/);
    const broken = makeFacts("kelly");
    broken.quotes = broken.quotes.map((q) => ({ ...q, speakerId: "p9" }));
    await expect(saveArticle(dir, "kelly", "x", broken)).rejects.toThrow(FactsError);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("loadFactsFile", () => {
  it("names the file for invalid JSON and for schema errors", async () => {
    const dir = await tempDir();
    const bad = join(dir, "bad.facts.json");
    await writeFile(bad, "{ not json");
    await expect(loadFactsFile(bad)).rejects.toThrow(`${bad}: invalid JSON`);
    await writeFile(bad, JSON.stringify({ ...makeFacts("bad"), version: 99 }));
    await expect(loadFactsFile(bad)).rejects.toThrow(`${bad}: version: is 99`);
  });

  it("names the file when it cannot be read", async () => {
    const path = join(await tempDir(), "gone.facts.json");
    await expect(loadFactsFile(path)).rejects.toThrow(`${path}: cannot read`);
  });
});

describe("loadFactsDir", () => {
  it("loads the good files and reports the broken ones", async () => {
    const dir = await tempDir();
    await saveArticle(dir, "good", "text", makeFacts("good"));
    await saveArticle(dir, "also-good", "text", makeFacts("also-good"));
    await writeFile(join(dir, "broken.facts.json"), '{"version": 1, "id": "broken"'); // cut off by hand
    const oldVersion = { ...makeFacts("old"), version: 0 };
    await writeFile(join(dir, "old.facts.json"), JSON.stringify(oldVersion));
    await writeFile(join(dir, "renamed.facts.json"), JSON.stringify(makeFacts("original")));
    await writeFile(join(dir, "notes.json"), "not a facts file, ignored");
    await mkdir(join(dir, "dir.facts.json"));

    const { facts, errors } = await loadFactsDir(dir);
    expect(facts.map((f) => f.id)).toEqual(["also-good", "good"]);
    expect(errors.map((e) => e.file)).toEqual(
      ["broken", "dir", "old", "renamed"].map((id) => join(dir, `${id}.facts.json`)),
    );
    const [broken, directory, old, renamed] = errors.map((e) => e.message);
    expect(broken).toContain(`${join(dir, "broken.facts.json")}: invalid JSON`);
    expect(directory).toContain(`${join(dir, "dir.facts.json")}: cannot read`);
    expect(old).toMatch(/version: is 0, .*re-ingest/);
    expect(renamed).toContain('id: "original" does not match the file name');
  });

  it("returns nothing for an empty directory", async () => {
    expect(await loadFactsDir(await tempDir())).toEqual({ facts: [], errors: [] });
  });

  it("throws a one-line error naming a missing or unusable directory", async () => {
    const dir = await tempDir();
    const missing = join(dir, "missing");
    await expect(loadFactsDir(missing)).rejects.toThrow(
      `cannot read facts directory ${missing}: no such directory`,
    );
    const file = join(dir, "file");
    await writeFile(file, "");
    await expect(loadFactsDir(file)).rejects.toThrow(`cannot read facts directory ${file}: not a directory`);
  });

  // Root ignores directory permissions.
  it.skipIf(process.getuid?.() === 0)("reports an unreadable directory", async () => {
    const dir = join(await tempDir(), "locked");
    await mkdir(dir);
    await chmod(dir, 0o000);
    try {
      await expect(loadFactsDir(dir)).rejects.toThrow(`cannot read facts directory ${dir}`);
    } finally {
      await chmod(dir, 0o700);
    }
  });
});

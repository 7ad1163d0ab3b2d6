/**
 * Hostile data on disk: facts files edited by hand into something else, ids that try to leave the
 * data directory, and writes that fail half way (disk full, read-only file system). The broken article
 * is reported and skipped, the others are served, and good facts are never lost.
 *
 * Tests run as root, where permissions do not stop a write, so failures are injected: `open` from
 * node:fs/promises is wrapped to fail like a full disk (ENOSPC while writing) or a read-only file
 * system (EROFS on open) for the file named in `fault`.
 */
import type { FileHandle } from "node:fs/promises";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { FACTS_VERSION, type Facts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { Archive, UnknownArticleError } from "../../src/store/archive.ts";
import { saveArticle, validateArticleId } from "../../src/store/facts-store.ts";
import { tempDir } from "./helpers.ts";

const fault = vi.hoisted(() => ({ code: null as "ENOSPC" | "EROFS" | null, match: "" }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  const failure = (code: string, path: string) =>
    Object.assign(
      new Error(`${code}: simulated failure, ${code === "ENOSPC" ? "write" : `open '${path}'`}`),
      {
        code,
      },
    );
  const open = async (...args: Parameters<typeof actual.open>): Promise<FileHandle> => {
    const path = String(args[0]);
    const hit = fault.code !== null && path.includes(fault.match);
    if (hit && fault.code === "EROFS") throw failure("EROFS", path);
    const handle = await actual.open(...args);
    if (!hit) return handle;
    // A full disk: part of the data lands in the file, then the write fails.
    return Object.assign(Object.create(handle), {
      writeFile: async (data: string) => {
        await handle.writeFile(data.slice(0, Math.floor(data.length / 2)));
        throw failure("ENOSPC", path);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    }) as FileHandle;
  };
  return { ...actual, open, default: { ...actual, open } };
});

const SEED = new URL("../fixtures/seed/article.txt", import.meta.url);
let seedText: string;
let seedFacts: Facts;
beforeAll(async () => {
  seedText = await readFile(SEED, "utf8");
  seedFacts = parseArticle(seedText, "kelly");
});

const KELLY_QUESTION = "What did Kelly say about the military?";

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  const files: Record<string, string> = {};
  for (const name of names) files[name] = await readFile(join(dir, name), "utf8").catch(() => "<dir>");
  return files;
}

describe("facts files edited by hand", () => {
  it("reports each broken file by name and serves the rest", async () => {
    const dir = await tempDir();
    await saveArticle(dir, "kelly", seedText, seedFacts);
    const good = JSON.parse(JSON.stringify(seedFacts)) as Facts;
    const edits: Record<string, string> = {
      "invalid-json": '{"version": 1, "id": "invalid-json", ',
      empty: "",
      "not-an-object": "[1, 2, 3]",
      "old-version": JSON.stringify({ ...good, id: "old-version", version: 0 }),
      "future-version": JSON.stringify({ ...good, id: "future-version", version: FACTS_VERSION + 1 }),
      "missing-field": JSON.stringify({ ...good, id: "missing-field", people: undefined }),
      "bad-reference": JSON.stringify({
        ...good,
        id: "bad-reference",
        quotes: [{ ...good.quotes[0], paragraph: 999 }],
      }),
      "unknown-speaker": JSON.stringify({
        ...good,
        id: "unknown-speaker",
        quotes: [{ ...good.quotes[0], speakerId: "p999" }],
      }),
      traversal: JSON.stringify({ ...good, id: "../../etc/passwd" }),
      binary: "\u0000\u0001\u0002\uffff",
    };
    for (const [id, content] of Object.entries(edits))
      await writeFile(join(dir, `${id}.facts.json`), content);

    const archive = await Archive.open(dir);
    expect(archive.articles().map((a) => a.id)).toEqual(["kelly"]);
    expect(archive.errors).toHaveLength(Object.keys(edits).length);
    const message = (id: string) =>
      archive.errors.find((e) => e.file === join(dir, `${id}.facts.json`))?.message;
    expect(message("invalid-json")).toMatch(/invalid-json\.facts\.json: invalid JSON/);
    expect(message("empty")).toMatch(/empty\.facts\.json: invalid JSON/);
    expect(message("not-an-object")).toMatch(/not-an-object\.facts\.json: \(root\): expected an object/);
    expect(message("old-version")).toMatch(/old-version\.facts\.json: version: is 0, .*re-ingest/);
    expect(message("future-version")).toMatch(
      new RegExp(`future-version\\.facts\\.json: version: is ${FACTS_VERSION + 1}`),
    );
    expect(message("missing-field")).toMatch(/missing-field\.facts\.json: people: expected an array/);
    expect(message("bad-reference")).toMatch(
      /bad-reference\.facts\.json: quotes\[0\]\.paragraph: expected an integer/,
    );
    expect(message("unknown-speaker")).toMatch(
      /unknown-speaker\.facts\.json: quotes\[0\]\.speakerId: unknown person/,
    );
    expect(message("traversal")).toMatch(
      /traversal\.facts\.json: id: "\.\.\/\.\.\/etc\/passwd" does not match/,
    );
    expect(message("binary")).toMatch(/binary\.facts\.json: invalid JSON/);
    for (const { message } of archive.errors) expect(message).not.toContain("\n");

    const answer = archive.answer(KELLY_QUESTION);
    expect(answer).toMatchObject({ answered: true, speaker: "John Kelly" });
  });
});

describe("path traversal", () => {
  it("refuses ids that would leave the data directory, and never finds them", async () => {
    const dir = join(await tempDir(), "data");
    for (const id of [
      "../../etc/passwd",
      "..",
      "../kelly",
      "/etc/passwd",
      "a/../../b",
      "C:\\Windows",
      "kelly\0",
    ]) {
      expect(() => validateArticleId(id)).toThrow(/invalid article id/);
      await expect(saveArticle(dir, id, "text", { ...seedFacts, id })).rejects.toThrow(/invalid article id/);
    }
    await expect(readdir(dir)).rejects.toThrow(/ENOENT/);

    await saveArticle(dir, "kelly", seedText, seedFacts);
    const archive = await Archive.open(dir);
    expect(() => archive.require("../../etc/passwd")).toThrow(UnknownArticleError);
    expect(() => archive.answer(KELLY_QUESTION, "../kelly")).toThrow('unknown article "../kelly"');
  });
});

describe("writes that fail", () => {
  async function withGoodFacts() {
    const dir = await tempDir();
    await saveArticle(dir, "kelly", seedText, seedFacts);
    const before = await snapshot(dir);
    const changed = parseArticle(`${seedText}\n\nA new paragraph, said John Kelly.`, "kelly");
    return { dir, before, changed };
  }

  async function expectKept(dir: string, before: Record<string, string>) {
    fault.code = null;
    // Old facts byte for byte, and no temp file left behind.
    expect(await snapshot(dir)).toEqual(before);
    const archive = await Archive.open(dir);
    expect(archive.errors).toEqual([]);
    expect(archive.answer(KELLY_QUESTION)).toMatchObject({ answered: true, speaker: "John Kelly" });
  }

  it.each([
    [
      "the disk fills while writing the facts",
      "ENOSPC",
      "kelly.facts.json",
      /cannot write .*kelly\.facts\.json: ENOSPC/,
    ],
    ["the disk fills while writing the text", "ENOSPC", "kelly.txt", /cannot write .*kelly\.txt: ENOSPC/],
    ["the file system is read-only", "EROFS", "kelly", /cannot write .*kelly\.txt: EROFS/],
  ] as const)("keeps the old facts when %s, with an error naming the file", async (_, code, match, error) => {
    const { dir, before, changed } = await withGoodFacts();
    fault.code = code;
    fault.match = match;
    try {
      await expect(saveArticle(dir, "kelly", `${seedText}\n\nchanged`, changed)).rejects.toThrow(error);
    } finally {
      fault.code = null;
    }
    if (match === "kelly.facts.json") {
      // The text went first and was replaced; the facts, the part that is served, are the old ones.
      before["kelly.txt"] = `${seedText}\n\nchanged`;
    }
    await expectKept(dir, before);
  });

  it("keeps the old facts when the target is a directory", async () => {
    const { dir, changed } = await withGoodFacts();
    await mkdir(join(dir, "other.facts.json"));
    await expect(saveArticle(dir, "other", seedText, { ...changed, id: "other" })).rejects.toThrow(
      /cannot write .*other\.facts\.json: EISDIR/,
    );
    expect((await readdir(dir)).filter((name) => name.includes(".tmp"))).toEqual([]);
    const archive = await Archive.open(dir);
    expect(archive.articles().map((a) => a.id)).toEqual(["kelly"]);
  });
});

/**
 * scripts/cli.mjs, where `npm run <command>` starts: the command line from a precompiled bundle of
 * src/, rebuilt when a source changes, answering exactly as the TypeScript sources run by tsx do,
 * and sharing the index snapshot with them.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, readdir, rm, stat, utimes } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { Archive } from "../../src/store/archive.ts";
import { cli, lines, ROOT, tempDir } from "../hardening/helpers.ts";

const CACHE = join(ROOT, "node_modules", ".cache", "newsroom-cli");
const FIXTURES = new URL("../fixtures/", import.meta.url);
const run = promisify(execFile);

/** The same command through tsx on the sources, as `npm run` once did. */
async function throughTsx(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: "" },
  });
  return stdout;
}

async function bundles(): Promise<string[]> {
  const names = await readdir(CACHE).catch(() => []);
  return names.filter((n) => !n.endsWith(".tmp"));
}

describe("the command line's launcher", () => {
  it("runs from a bundle, and answers as the sources do", { timeout: 180_000 }, async () => {
    const root = await tempDir();
    const source = join(root, "in");
    await mkdir(source);
    const dev = new URL("dev/articles/", FIXTURES);
    const names = (await readdir(dev)).filter((n) => n.endsWith(".txt")).slice(0, 20);
    // Twenty files: enough for ingest to parse them on worker threads, started from the bundle.
    for (const name of names) await copyFile(new URL(name, dev), join(source, name));
    const data = join(root, "data");
    const ingest = await cli(["ingest", "--data", data, source]);
    expect(ingest.code).toBe(0);
    expect(lines(ingest.stdout)[0]).toMatch(new RegExp(`^Added ${names.length}, replaced 0, skipped 0 `));
    expect(lines(ingest.stderr)).toHaveLength(names.length);
    const built = await bundles();
    expect(built.length).toBeGreaterThan(0);
    for (const dir of built) {
      expect(await readdir(join(CACHE, dir))).toEqual(
        expect.arrayContaining(["cli.mjs", "ingest-worker.mjs"]),
      );
    }
    for (const args of [["--help"], ["people", "--data", data, "--json"], ["articles", "--data", data]]) {
      expect((await cli(args)).stdout).toBe(await throughTsx(args));
    }
    const archive = await Archive.open(data);
    expect(archive.articles()).toHaveLength(names.length);
  });

  it("makes a new bundle when a source changes", { timeout: 120_000 }, async () => {
    await cli(["--help"]);
    const before = await bundles();
    const file = join(ROOT, "src", "cli", "summary.ts");
    const { atime, mtime } = await stat(file);
    // Another modification time is a change of the sources, as an edit would be (one no earlier run made).
    await utimes(file, atime, new Date(mtime.getTime() + 1000 + Math.floor(Math.random() * 1e9)));
    try {
      const result = await cli(["--help"]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect((await bundles()).filter((b) => !before.includes(b))).toHaveLength(1);
    } finally {
      await utimes(file, atime, mtime);
      // The bundle of sources that no longer exist is not left for a day in the cache.
      for (const made of (await bundles()).filter((b) => !before.includes(b)))
        await rm(join(CACHE, made), { recursive: true, force: true });
    }
  });
});

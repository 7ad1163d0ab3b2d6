/**
 * Bad input through the real command line: each bad file is refused with one line naming it, the others
 * are ingested, good facts are never replaced by a failure, and mistakes (a missing file, an unreadable
 * data directory, an unknown article) give one line on stderr and a non-zero exit.
 */
import { copyFile, mkdir, readdir, readFile, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFactsDir } from "../../src/store/facts-store.ts";
import { cli, lines, tempDir } from "./helpers.ts";

const SEED = new URL("../fixtures/seed/article.txt", import.meta.url);
const MB = 1024 * 1024;
const KELLY_QUESTION = "What did Kelly say about the military?";

/** Every file in the data directory, for byte-for-byte comparisons. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    files[name] = await readFile(join(dir, name), "utf8").catch(() => "<dir>");
  return files;
}

describe("ingest with bad files among good ones", () => {
  it("refuses each bad file by name, ingests the rest, and leaves only valid facts", {
    timeout: 60_000,
  }, async () => {
    const src = await tempDir();
    const data = join(src, "data");
    const file = (name: string) => join(src, name);
    await copyFile(SEED, file("kelly.txt"));
    await writeFile(file("empty.txt"), "");
    await writeFile(file("blank.txt"), " \n\t\n");
    await writeFile(
      file("binary.txt"),
      Uint8Array.from({ length: 3000 }, (_, i) => (i * 2654435761) % 256),
    );
    await writeFile(file("nul.txt"), "Headline\n\nText with a \0 NUL byte in it.\n");
    await writeFile(
      file("latin1.txt"),
      Buffer.from(
        "Caf\xe9 reopens\n\nThe caf\xe9 owner Jos\xe9 Garc\xeda said \x93we are open\x94 on Monday.\n",
        "latin1",
      ),
    );
    await writeFile(
      file("utf16.txt"),
      Buffer.from("\ufeffDepot visit\n\nAlan Marsh said \u201cthe trains run.\u201d\n", "utf16le"),
    );
    await writeFile(
      file("noquotes.txt"),
      "Quiet day\n\nNothing happened in the town today. The mayor went home.\n",
    );
    await writeFile(
      file("unbalanced.txt"),
      'Runaway\n\nJohn Smith said "this never ends. And "this either.\n\n"More," he said "and more.\n',
    );
    await writeFile(file("huge.txt"), "");
    await truncate(file("huge.txt"), 50 * MB); // sparse: refused by its size, never read
    await writeFile(file("bad id.txt"), "Headline\n\nA body.\n");
    await mkdir(file("folder.txt"));

    const inputs = [
      "kelly.txt",
      "empty.txt",
      "blank.txt",
      "binary.txt",
      "nul.txt",
      "latin1.txt",
      "utf16.txt",
      "noquotes.txt",
      "unbalanced.txt",
      "huge.txt",
      "bad id.txt",
      "folder.txt",
      "missing.txt",
    ].map(file);
    const result = await cli(["ingest", "--data", data, ...inputs]);
    expect(result.code).toBe(1);
    const err = lines(result.stderr);
    // One line per file, in order: a count for each ingested one, the reason for each refused one.
    expect(err).toHaveLength(inputs.length);
    const line = (name: string) =>
      err.find((l) => l.startsWith(file(name)) || l.startsWith(name.replace(".txt", ":")));
    expect(line("kelly.txt")).toMatch(/^kelly: \d+ people, \d+ quotes$/);
    expect(line("empty.txt")).toBe(`${file("empty.txt")}: file is empty`);
    expect(line("blank.txt")).toBe(`${file("blank.txt")}: file is empty`);
    expect(line("binary.txt")).toBe(`${file("binary.txt")}: looks like a binary file, not article text`);
    expect(line("nul.txt")).toBe(`${file("nul.txt")}: looks like a binary file, not article text`);
    expect(line("latin1.txt")).toMatch(/^latin1: 1 people, 1 quotes$/);
    expect(line("utf16.txt")).toMatch(/^utf16: 1 people, 1 quotes$/);
    expect(line("noquotes.txt")).toMatch(/^noquotes: \d+ people, 0 quotes$/);
    expect(line("unbalanced.txt")).toMatch(/^unbalanced: 1 people, 4 quotes$/);
    expect(line("huge.txt")).toBe(`${file("huge.txt")}: 50.0 MB exceeds the 5.0 MB limit`);
    expect(line("bad id.txt")).toMatch(/^.*bad id\.txt: invalid article id "bad id"/);
    expect(line("folder.txt")).toBe(`${file("folder.txt")}: no article files in this folder`);
    expect(line("missing.txt")).toBe(`${file("missing.txt")}: no such file`);

    // Valid facts for the good files, nothing at all for the refused ones, no temp files.
    const ids = ["kelly", "latin1", "noquotes", "unbalanced", "utf16"];
    expect(await readdir(data)).toEqual(
      expect.arrayContaining(ids.flatMap((id) => [`${id}.txt`, `${id}.facts.json`])),
    );
    expect(await readdir(data)).toHaveLength(ids.length * 2);
    const loaded = await loadFactsDir(data);
    expect(loaded.errors).toEqual([]);
    expect(loaded.facts.map((f) => f.id).sort()).toEqual(ids);

    const latin1 = await cli(["quotes", "--data", data, "--article", "latin1", "--json"]);
    expect(JSON.parse(latin1.stdout)).toEqual([
      { text: "we are open", speaker: "José García", title: "café owner", kind: "partial", paragraph: 1 },
    ]);
  });

  it("never replaces good facts with a refused file or a failed write", { timeout: 60_000 }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    await copyFile(SEED, join(root, "kelly.txt"));
    await copyFile(SEED, join(root, "other.txt"));
    expect(
      (await cli(["ingest", "--data", data, join(root, "kelly.txt"), join(root, "other.txt")])).code,
    ).toBe(0);
    const before = await snapshot(data);

    // The same ids, now empty and binary: refused, the old facts untouched.
    await mkdir(join(root, "new"));
    await writeFile(join(root, "new", "kelly.txt"), "");
    await writeFile(join(root, "new", "other.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const refused = await cli([
      "ingest",
      "--data",
      data,
      join(root, "new", "kelly.txt"),
      join(root, "new", "other.txt"),
    ]);
    expect(refused.code).toBe(1);
    expect(lines(refused.stderr)).toEqual([
      `${join(root, "new", "kelly.txt")}: file is empty`,
      `${join(root, "new", "other.txt")}: a PNG image, not article text; save it as plain text first`,
    ]);
    expect(await snapshot(data)).toEqual(before);

    // A write that fails (the article's text file cannot be replaced): a clear error, the old facts kept.
    await writeFile(
      join(root, "new", "kelly.txt"),
      `${await readFile(SEED, "utf8")}\n\nA new last paragraph.\n`,
    );
    await writeFile(join(root, "new", "other.txt"), "Other news\n\nNothing was said.\n");
    const blocked = join(data, "kelly.txt");
    const oldText = before["kelly.txt"]!;
    await import("node:fs/promises").then(async (fs) => {
      await fs.rm(blocked);
      await fs.mkdir(join(blocked, "inside"), { recursive: true });
    });
    const failed = await cli([
      "ingest",
      "--data",
      data,
      join(root, "new", "kelly.txt"),
      join(root, "new", "other.txt"),
    ]);
    expect(failed.code).toBe(1);
    const [first, second] = lines(failed.stderr);
    expect(first).toMatch(new RegExp(`^${join(root, "new", "kelly.txt")}: cannot write ${blocked}: E`));
    expect(second).toMatch(/^other: \d+ people, 0 quotes$/);
    const after = await snapshot(data);
    expect(after["kelly.facts.json"]).toBe(before["kelly.facts.json"]);
    expect(Object.keys(after).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(oldText.length).toBeGreaterThan(0);

    const ask = await cli(["ask", "--data", data, "--article", "kelly", "--json", KELLY_QUESTION]);
    expect(ask.code).toBe(0);
    expect(JSON.parse(ask.stdout)).toMatchObject({ answered: true, speaker: "John Kelly" });
  });

  it("ingests a 5 MB file and refuses one a byte over the limit", { timeout: 180_000 }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    const seed = await readFile(SEED, "utf8");
    let big = "";
    while (Buffer.byteLength(big) < 5 * MB) big += `${seed}\n\n`;
    const bytes = Buffer.from(big).subarray(0, 5 * MB);
    await writeFile(join(root, "five.txt"), bytes);
    await writeFile(join(root, "over.txt"), Buffer.concat([bytes, Buffer.from("x")]));
    const result = await cli(["ingest", "--data", data, join(root, "over.txt"), join(root, "five.txt")]);
    expect(lines(result.stderr)).toEqual([
      `${join(root, "over.txt")}: 5.0 MB exceeds the 5.0 MB limit`,
      expect.stringMatching(/^five: \d+ people, \d+ quotes$/),
    ]);
    const loaded = await loadFactsDir(data);
    expect(loaded.errors).toEqual([]);
    expect(loaded.facts.map((f) => f.id)).toEqual(["five"]);
  });
});

describe("command-line mistakes", () => {
  it("gives one line on stderr and a non-zero exit for each", { timeout: 60_000 }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    await copyFile(SEED, join(root, "kelly.txt"));
    expect((await cli(["ingest", "--data", data, join(root, "kelly.txt")])).code).toBe(0);
    const notDir = join(root, "file");
    await writeFile(notDir, "");

    const cases: [string[], number, RegExp][] = [
      [["ingest", "--data", data, join(root, "missing.txt")], 1, /missing\.txt: no such file$/],
      [["ingest", "--data", data], 2, /^error: name a file, folder or link to ingest \(or --reparse\)$/],
      [["ingest", "--data", data, "--reparse", join(root, "kelly.txt")], 2, /^error: --reparse takes /],
      [
        ["ingest", "--data", join(root, "nowhere"), "--reparse"],
        1,
        /^error: cannot read .*nowhere: no such directory$/,
      ],
      [
        ["ask", "--data", join(root, "nowhere"), KELLY_QUESTION],
        1,
        /^error: cannot read facts directory .*nowhere: no such directory$/,
      ],
      [
        ["ask", "--data", notDir, KELLY_QUESTION],
        1,
        /^error: cannot read facts directory .*file: not a directory$/,
      ],
      [["quotes", "--data", join(root, "nowhere")], 1, /^error: cannot read facts directory/],
      [["ask", "--data", data, "--article", "nope", KELLY_QUESTION], 1, /^error: unknown article "nope"$/],
      [
        ["quotes", "--data", data, "--article", "../../etc/passwd"],
        1,
        /^error: unknown article "\.\.\/\.\.\/etc\/passwd"$/,
      ],
      [["summary", "--data", data, "--article", "nope"], 1, /^error: unknown article "nope"$/],
      [["ask", "--data", data, "--bogus"], 2, /^error: unknown option '--bogus'$/],
      [["frobnicate"], 2, /^error: unknown command 'frobnicate'$/],
      [[], 2, /^error: name a command: ingest, /],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(args)));
    results.forEach((result, i) => {
      const [args, code, message] = cases[i]!;
      expect({ args, code: result.code }).toEqual({ args, code });
      expect(lines(result.stderr)).toHaveLength(1);
      expect(lines(result.stderr)[0]).toMatch(message);
      expect(result.stdout).toBe("");
    });
  });

  it("reports a broken facts file on stderr and answers from the others", { timeout: 60_000 }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    await copyFile(SEED, join(root, "kelly.txt"));
    expect((await cli(["ingest", "--data", data, join(root, "kelly.txt")])).code).toBe(0);
    const facts = JSON.parse(await readFile(join(data, "kelly.facts.json"), "utf8"));
    await writeFile(join(data, "broken.facts.json"), '{"version": 1, "id": "broken", "metadata": {');
    await writeFile(join(data, "old.facts.json"), JSON.stringify({ ...facts, id: "old", version: 0 }));

    const ask = await cli(["ask", "--data", data, "--json", KELLY_QUESTION]);
    expect(ask.code).toBe(0);
    expect(JSON.parse(ask.stdout)).toMatchObject({ answered: true, speaker: "John Kelly", article: "kelly" });
    expect(lines(ask.stderr)).toEqual([
      expect.stringMatching(/^warning: skipped .*broken\.facts\.json: invalid JSON/),
      expect.stringMatching(/^warning: skipped .*old\.facts\.json: version: is 0, .*re-ingest/),
    ]);

    const quotes = await cli(["quotes", "--data", data, "--json"]);
    expect(quotes.code).toBe(0);
    expect(JSON.parse(quotes.stdout).length).toBeGreaterThan(10);

    // Questions on stdin, one a line, blank and hostile ones included: one answer line each.
    const stdin = await cli(
      ["ask", "--data", data, "--json"],
      `${KELLY_QUESTION}\n\n\u0000\u200b\n${"x".repeat(6000)}\n`,
    );
    expect(stdin.code).toBe(0);
    expect(lines(stdin.stdout).map((l) => JSON.parse(l).answered)).toEqual([true, false, false, false]);
  });
});

/**
 * The command line as a newcomer meets it: every command is reachable by its npm script, explains
 * itself with --help and an example, and misuse gets one line and exit code 2.
 */
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/registry.ts";
import { cli, lines, ROOT, tempDir } from "../hardening/helpers.ts";

const SEED = new URL("../fixtures/seed/article.txt", import.meta.url);

describe("the command registry", () => {
  it("gives every command its npm script, a summary and examples of itself", async () => {
    const scripts = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")).scripts;
    for (const command of COMMANDS) {
      expect(scripts[command.name]).toBe(`node scripts/cli.mjs ${command.name}`);
      expect(command.summary).not.toBe("");
      expect(command.examples.length).toBeGreaterThan(0);
      for (const example of command.examples) expect(`${example} `).toMatch(`npm run ${command.name} `);
    }
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });
});

describe("--help", () => {
  it("lists every command with its summary", { timeout: 30_000 }, async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command.name} `, "m"));
      expect(help.stdout.replace(/\s+/g, " ")).toContain(command.summary);
    }
  });

  it("explains each command: usage, every option and the examples", { timeout: 60_000 }, async () => {
    const helps = await Promise.all(COMMANDS.map((c) => cli([c.name, "--help"])));
    helps.forEach((help, i) => {
      const command = COMMANDS[i]!;
      expect({ name: command.name, code: help.code, stderr: help.stderr }).toEqual({
        name: command.name,
        code: 0,
        stderr: "",
      });
      expect(help.stdout).toContain(`Usage: npm run ${command.name} -- [options]`);
      for (const option of Object.keys(command.options)) expect(help.stdout).toContain(`--${option}`);
      for (const example of command.examples) expect(help.stdout).toContain(example);
    });
  });
});

describe("ingest --id", () => {
  it("names the article of a file whose name is no id, and only for one file", {
    timeout: 30_000,
  }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    const spaced = join(root, "Kelly in Mexico.txt");
    await copyFile(SEED, spaced);

    const refused = await cli(["ingest", "--data", data, spaced]);
    expect(refused.code).toBe(1);
    const both = await cli(["ingest", "--data", data, "--id", "kelly", spaced, spaced]);
    expect([both.code, lines(both.stderr)]).toEqual([2, ["error: --id names a single file"]]);

    const named = await cli(["ingest", "--data", data, "--id", "kelly", spaced]);
    expect(named.code).toBe(0);
    expect(lines(named.stderr)).toEqual([expect.stringMatching(/^kelly: \d+ people, \d+ quotes$/)]);
    const ask = await cli(["ask", "--data", data, "--json", "What did Kelly say about the military?"]);
    expect(JSON.parse(ask.stdout)).toMatchObject({ answered: true, article: "kelly" });
  });
});

/** A data folder holding the seed article (id "kelly") and one development article (id "d01"). */
async function twoArticles(): Promise<string> {
  const root = await tempDir();
  const data = join(root, "data");
  await copyFile(SEED, join(root, "kelly.txt"));
  await copyFile(new URL("../fixtures/dev/articles/d01.txt", import.meta.url), join(root, "d01.txt"));
  const ingested = await cli(["ingest", "--data", data, join(root, "kelly.txt"), join(root, "d01.txt")]);
  expect(ingested.code).toBe(0);
  return data;
}

describe("ingest of what is not article text", () => {
  it("refuses PDFs, Word files and web pages with one clear line each", { timeout: 30_000 }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    const pdf = join(root, "report.pdf");
    const docx = join(root, "story.docx");
    const page = join(root, "page.txt");
    // Text-like enough to pass the binary check: only the signature tells.
    await writeFile(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".repeat(20));
    await writeFile(
      docx,
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("word/document.xml")]),
    );
    await writeFile(
      page,
      '<!-- saved -->\n<!DOCTYPE html>\n<html lang="en"><head><title>Kelly in Mexico</title></head></html>\n',
    );
    const result = await cli(["ingest", "--data", data, pdf, docx, page]);
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `${pdf}: a PDF document, not article text; save it as plain text first`,
      `${docx}: a ZIP archive (or a Word or OpenDocument file), not article text; save it as plain text first`,
      // A saved page is read for its article, and this one has none.
      `${page}: found no article text`,
    ]);
  });
});

describe("what the archive holds", () => {
  it("lists articles and people, and names the articles when one must be chosen", {
    timeout: 60_000,
  }, async () => {
    const data = await twoArticles();
    const [articles, filtered, json, people, quotes, summary] = await Promise.all([
      cli(["articles", "--data", data]),
      cli(["articles", "--data", data, "homeland", "secretary"]),
      cli(["articles", "--data", data, "--json"]),
      cli(["people", "--data", data, "--article", "kelly"]),
      cli(["quotes", "--data", data]),
      cli(["summary", "--data", data]),
    ]);
    expect(articles.stdout).toContain(
      "Won't use military for deportations, says Homeland Security Secretary\nAP · 2017-02-24 · kelly",
    );
    expect(articles.stdout).toMatch(/^d01$/m);
    expect(filtered.stdout).toContain("· kelly");
    expect(filtered.stdout).not.toContain("d01");
    expect(
      JSON.parse(json.stdout)
        .map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual(["d01", "kelly"]);
    expect(people.stdout).toContain("  John Kelly — US Homeland Security Secretary\n");
    expect(people.stdout).not.toContain("(d01)");
    for (const refused of [quotes, summary]) {
      expect(refused.code).toBe(2);
      expect(lines(refused.stderr)).toEqual([
        expect.stringMatching(
          /^error: 2 articles are loaded; name one with --article: (kelly, d01|d01, kelly)$/,
        ),
      ]);
    }
  });

  it("prints plain text on a terminal: no Markdown and no escapes", { timeout: 30_000 }, async () => {
    const root = await tempDir();
    const data = join(root, "data");
    const file = join(root, "marked.txt");
    await writeFile(
      file,
      'The *new* <plan>\n\nThe mayor_elect Jane Doe said: "We will fix the `roads` <soon>."\n',
    );
    expect((await cli(["ingest", "--data", data, file])).code).toBe(0);
    const [ask, quotes, summary] = await Promise.all([
      cli(["ask", "--data", data, "What did Jane Doe say about the roads?"]),
      cli(["quotes", "--data", data]),
      cli(["summary", "--data", data]),
    ]);
    expect(ask.stdout).toBe('"We will fix the `roads` <soon>." — Jane Doe (¶1, The *new* <plan>)\n');
    expect(quotes.stdout).toContain('Jane Doe: "We will fix the `roads` <soon>."');
    expect(summary.stdout.split("\n")[0]).toBe("The *new* <plan>");
    for (const out of [ask.stdout, quotes.stdout, summary.stdout]) expect(out).not.toContain("\\");
  });
});

describe("chat", () => {
  it("greets, answers questions, runs its own commands and never answers them", {
    timeout: 30_000,
  }, async () => {
    const data = await twoArticles();
    const input = [
      "help",
      "/quotes",
      "/use kelly",
      "What did Kelly say about the military?",
      "/quotes tillerson",
      "/frobnicate",
      "/clear",
      "quit",
      "What did Kelly say about the military?",
    ].join("\n");
    const chat = await cli(["chat", "--data", data], `${input}\n`);
    expect(chat.code).toBe(0);
    const out = chat.stdout.split("question> ").map((s) => s.trim());
    expect(out[0]).toMatch(/^Newsroom Quote Bot: answering from all 2 articles\. .*help.*quit/);
    expect(out[1]).toContain("/summary");
    expect(out[1]).toContain("quit, exit");
    expect(out[2]).toMatch(/^error: 2 articles are loaded; name one with \/use ID: /);
    expect(out[3]).toMatch(/^Now answering from "Won't use military .*" \(kelly\)\.$/);
    expect(out[4]).toMatch(
      /^"There will be no use of military forces in immigration … There will be no — repeat, no — mass deportations\." — John Kelly/,
    );
    expect(out[5]).toMatch(/^¶9 Rex Tillerson, U\.S\. Secretary of State: "/);
    expect(out[6]).toBe("Unknown command /frobnicate; type help for the list.");
    expect(out[7]).toBe("Now answering from all 2 articles.");
    // "quit" ends the session: the question after it is never read.
    expect(out).toHaveLength(9);
    expect(out[8]).toBe("");
  });
});

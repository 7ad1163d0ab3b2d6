/**
 * The command line as a newcomer meets it: every command is reachable by its npm script, explains
 * itself with --help and an example, and misuse gets one line and exit code 2.
 */
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/registry.ts";
import { cli, lines, ROOT, tempDir } from "../hardening/helpers.ts";

const SEED = new URL("../fixtures/seed/article.txt", import.meta.url);

describe("the command registry", () => {
  it("gives every command its npm script, a summary and examples of itself", async () => {
    const scripts = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")).scripts;
    for (const command of COMMANDS) {
      expect(scripts[command.name]).toBe(`tsx src/cli.ts ${command.name}`);
      expect(command.summary).not.toBe("");
      expect(command.examples.length).toBeGreaterThan(0);
      for (const example of command.examples) expect(example).toMatch(`npm run ${command.name} -- `);
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

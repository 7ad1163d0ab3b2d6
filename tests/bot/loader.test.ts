import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { SlashCommandBuilder } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { CommandModuleError, commandProblem, loadCommands, validateCommand } from "../../src/bot/loader.ts";

const data = new SlashCommandBuilder().setName("ping").setDescription("Ping");
const execute = async () => {};

describe("validateCommand", () => {
  it("accepts a module with data and execute", () => {
    expect(commandProblem({ data, execute })).toBeNull();
    expect(commandProblem({ data, execute, autocomplete: execute })).toBeNull();
  });

  it.each([
    ["nothing", undefined, "no default export"],
    ["no data", { execute }, "no `data`"],
    ["no name", { data: { toJSON: () => ({}) }, execute }, "data.name"],
    ["a name with spaces", { data: { name: "two words", toJSON: () => ({}) }, execute }, "data.name"],
    ["plain JSON data", { data: { name: "ping" }, execute }, "toJSON"],
    ["no execute", { data }, "no `execute`"],
    ["a non-function autocomplete", { data, execute, autocomplete: "yes" }, "autocomplete"],
  ])("rejects %s", (_, value, reason) => {
    expect(() => validateCommand(value, "commands/bad.ts")).toThrow(CommandModuleError);
    expect(() => validateCommand(value, "commands/bad.ts")).toThrow(reason);
    expect(() => validateCommand(value, "commands/bad.ts")).toThrow("commands/bad.ts");
  });
});

describe("loadCommands", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function commandsDir(files: Record<string, string>): Promise<URL> {
    dir = await mkdtemp(join(tmpdir(), "commands-"));
    for (const [name, source] of Object.entries(files)) await writeFile(join(dir, name), source);
    return pathToFileURL(`${dir}/`);
  }

  const good = (name: string) =>
    `export default { data: { name: "${name}", description: "d", toJSON() { return { name: "${name}" }; } }, async execute() {} };`;

  it("loads valid modules by command name and skips helpers starting with _", async () => {
    const url = await commandsDir({
      "a.mjs": good("alpha"),
      "b.mjs": good("beta"),
      "_shared.mjs": "export const x = 1;",
    });
    expect([...(await loadCommands(url)).keys()]).toEqual(["alpha", "beta"]);
  });

  it("rejects a malformed module, naming the file", async () => {
    const url = await commandsDir({
      "a.mjs": good("alpha"),
      "broken.mjs": "export default { data: { name: 'x' } };",
    });
    await expect(loadCommands(url)).rejects.toThrow(/commands\/broken\.mjs has no `data\.toJSON\(\)`/);
  });

  it("rejects two modules with the same command name", async () => {
    const url = await commandsDir({ "a.mjs": good("alpha"), "b.mjs": good("alpha") });
    await expect(loadCommands(url)).rejects.toThrow(/repeats the command name "alpha"/);
  });

  it("loads the real commands", async () => {
    const names = [...(await loadCommands()).keys()].sort();
    expect(names).toEqual([
      "article",
      "articles",
      "ask",
      "feed",
      "help",
      "quotes",
      "sources",
      "summary",
      "verify",
      "who",
    ]);
  });
});

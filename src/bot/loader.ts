/**
 * Loads every module in `commands/` and checks its default export before the bot connects, so a broken
 * command fails the start with a message naming the file instead of failing later on a user's click.
 */
import { readdir } from "node:fs/promises";
import type { Command } from "./command.ts";

export const COMMANDS_DIR = new URL("../../commands/", import.meta.url);

const MODULE_FILE = /^[^_.][^.]*\.(ts|mts|js|mjs)$/;
const COMMAND_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

export class CommandModuleError extends Error {
  override name = "CommandModuleError";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function optionalFunction(mod: Record<string, unknown>, key: string): boolean {
  return mod[key] === undefined || typeof mod[key] === "function";
}

/** Why `value` is not a Command, or null when it is one. */
export function commandProblem(value: unknown): string | null {
  if (!isObject(value)) return "has no default export object";
  const data = value.data;
  if (!isObject(data)) return "has no `data`";
  if (typeof data.name !== "string" || !COMMAND_NAME.test(data.name)) return "has no valid `data.name`";
  if (typeof data.toJSON !== "function") return "has no `data.toJSON()` (use SlashCommandBuilder)";
  if (typeof value.execute !== "function") return "has no `execute` function";
  if (!optionalFunction(value, "autocomplete")) return "has an `autocomplete` that is not a function";
  if (!optionalFunction(value, "button")) return "has a `button` that is not a function";
  return null;
}

export function validateCommand(value: unknown, source: string): Command {
  const problem = commandProblem(value);
  if (problem) throw new CommandModuleError(`${source} ${problem}`);
  return value as Command;
}

/** Imports each command module in `dir` (by file name order) and returns them by command name. */
export async function loadCommands(dir: URL = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter((f) => MODULE_FILE.test(f) && !f.endsWith(".d.ts")).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod = (await import(new URL(file, dir).href)) as { default?: unknown };
    const command = validateCommand(mod.default, `commands/${file}`);
    if (commands.has(command.data.name)) {
      throw new CommandModuleError(`commands/${file} repeats the command name "${command.data.name}"`);
    }
    commands.set(command.data.name, command);
  }
  if (commands.size === 0) throw new CommandModuleError(`no command modules found in ${dir.pathname}`);
  return commands;
}

/**
 * What one command of the command line is. Each `src/cli/<name>.ts` describes itself with this shape
 * (name, summary, arguments, options, examples, run) and `src/cli/registry.ts` lists them; `src/cli.ts`
 * turns the descriptions into parsing, `--help` and usage errors, so no command parses argv itself.
 */
import { Archive } from "../store/archive.ts";

/** An option as `--name VALUE` (string) or `--name` (boolean); `value` names the VALUE in the help. */
export type CliOption =
  | { type: "string"; value: string; description: string; default?: string }
  | { type: "boolean"; description: string };

export type CliOptions = Record<string, CliOption>;

/** The parsed values of `O`: a string option with a default is always set, booleans default to false. */
export type OptionValues<O extends CliOptions> = {
  [K in keyof O]: O[K] extends { type: "boolean" }
    ? boolean
    : O[K] extends { default: string }
      ? string
      : string | undefined;
};

export interface CliCommand<O extends CliOptions = CliOptions> {
  /** The word after `npm run` (and the npm script of the same name). */
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** Positional arguments as the help shows them: `<file...>`, `[question...]`, or "" for none. */
  arguments: string;
  options: O;
  /** Whole command lines, `npm run <name> -- ...`, shown under "Examples" in `--help`. */
  examples: readonly string[];
  /** Runs the command; resolves to the exit code. Throw `UsageError` for a misuse (exit 2). */
  run(options: OptionValues<O>, args: string[]): Promise<number>;
}

/** The user called a command wrongly: one line on stderr and exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `--data DIR`, which every command that reads or writes articles takes. */
export const dataOption = {
  type: "string",
  value: "DIR",
  description: "the articles' folder (DATA_DIR, else data/)",
  default: process.env.DATA_DIR || "data",
} as const satisfies CliOption;

export const articleOption = {
  type: "string",
  value: "ID",
  description: "one article, by id (see `npm run articles`); default: the only one, or all",
} as const satisfies CliOption;

export const jsonOption = {
  type: "boolean",
  description: "print JSON instead of text",
} as const satisfies CliOption;

/** Loads the data directory; a broken facts file is reported on stderr and the others are served. */
export async function openArchive(data: string): Promise<Archive> {
  const archive = await Archive.open(data);
  for (const { message } of archive.errors) warn(`skipped ${oneLine(message)}`);
  return archive;
}

export function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

/** Writes lines of output to stdout. */
export function print(...lines: string[]): void {
  process.stdout.write(`${lines.join("\n")}\n`);
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Errors are shown on one line, whatever they hold. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * What one command of the command line is. Each `src/cli/<name>.ts` describes itself with this shape
 * (name, summary, arguments, options, examples, run) and `src/cli/registry.ts` lists them; `src/cli.ts`
 * turns the descriptions into parsing, `--help` and usage errors, so no command parses argv itself.
 */
import type { Facts } from "../article/facts.ts";
import { AmbiguousArticleError, Archive } from "../store/archive.ts";

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

/** How many articles a "name one" error lists before pointing to `npm run articles`. */
const NAMED_MAX = 5;

/**
 * The facts of `id`, or of the only article; with several and no id, a usage error naming them and
 * saying `how` to name one.
 */
export function chooseArticle(archive: Archive, id: string | undefined, how = "--article"): Facts {
  try {
    return archive.require(id);
  } catch (err) {
    if (!(err instanceof AmbiguousArticleError)) throw err;
    const named = err.articles.slice(0, NAMED_MAX).map((a) => a.id);
    const more =
      err.articles.length > NAMED_MAX ? `, … (npm run articles lists all ${err.articles.length})` : "";
    throw new UsageError(
      `${err.articles.length} articles are loaded; name one with ${how}: ${named.join(", ")}${more}`,
    );
  }
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

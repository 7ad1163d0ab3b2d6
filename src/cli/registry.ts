/**
 * Every command of the command line, in the order `--help` lists them.
 *
 * To add a command:
 *   1. write `src/cli/<name>.ts` exporting `{ name, summary, arguments, options, examples, run }
 *      satisfies CliCommand<typeof options>` (see `summary.ts` for the smallest one; reuse
 *      `dataOption`, `articleOption`, `jsonOption` from `command.ts`);
 *   2. import it here and add it to `COMMANDS`;
 *   3. add `"<name>": "node scripts/cli.mjs <name>"` to package.json's scripts and a row to README's table.
 * `--help`, usage errors (exit 2) and other errors (exit 1, one line) come from `src/cli.ts`;
 * tests/cli checks that every command here has its npm script, help and examples.
 */
import { articles } from "./articles.ts";
import { ask } from "./ask.ts";
import { chat } from "./chat.ts";
import type { CliCommand } from "./command.ts";
import { follow } from "./follow.ts";
import { ingest } from "./ingest.ts";
import { people } from "./people.ts";
import { quotes } from "./quotes.ts";
import { sources } from "./sources.ts";
import { summary } from "./summary.ts";
import { verify } from "./verify.ts";

export const COMMANDS: readonly CliCommand[] = [
  ingest,
  follow,
  articles,
  people,
  quotes,
  ask,
  summary,
  chat,
  verify,
  sources,
];

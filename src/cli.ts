/**
 * The offline command line: `npm run <command> -- [options]`, the same answers as the bot.
 * The commands are described in `src/cli/` and listed in `src/cli/registry.ts`; this file turns those
 * descriptions into parsing, `--help` and errors with commander. Exit codes: 0 done, 1 failed (one line
 * on stderr), 2 misused (an unknown command or option, a missing argument: one line on stderr).
 */
import { Command, CommanderError, Option } from "commander";
import { type CliCommand, messageOf, oneLine, UsageError } from "./cli/command.ts";
import { COMMANDS } from "./cli/registry.ts";

const USAGE_EXIT = 2;

function program(): Command {
  const root = new Command("npm run")
    .usage("<command> -- [options]")
    .description("Answers questions about news articles with the exact quote and who said it.")
    .helpCommand(false)
    .addHelpText("after", "\nEach command has its own help: npm run <command> -- --help")
    .showSuggestionAfterError();
  for (const spec of COMMANDS) root.addCommand(commandOf(spec));
  // Every command inherits these, and commander's multi-line errors become one line.
  root.exitOverride();
  root.configureOutput({ outputError: (text, write) => write(`${oneLine(text)}\n`) });
  return root;
}

function commandOf(spec: CliCommand): Command {
  const command = new Command(spec.name)
    .summary(spec.summary)
    .description(spec.summary)
    .usage(`-- [options]${spec.arguments ? ` ${spec.arguments}` : ""}`)
    .addHelpText("after", `\nExamples:\n${spec.examples.map((e) => `  ${e}`).join("\n")}`)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${oneLine(text)}\n`) })
    .showSuggestionAfterError();
  if (spec.arguments) command.arguments(spec.arguments);
  const attributes = new Map<string, string>();
  for (const [name, option] of Object.entries(spec.options)) {
    const flags = option.type === "string" ? `--${name} <${option.value}>` : `--${name}`;
    const parsed = new Option(flags, option.description);
    if (option.type === "string" && option.default !== undefined) parsed.default(option.default);
    command.addOption(parsed);
    attributes.set(name, parsed.attributeName());
  }
  command.action(async () => {
    const values = Object.fromEntries(
      [...attributes].map(([name, key]) => {
        const value = command.getOptionValue(key);
        return [name, spec.options[name]!.type === "boolean" ? value === true : value];
      }),
    );
    process.exitCode = await spec.run(values as Parameters<CliCommand["run"]>[0], command.args);
  });
  return command;
}

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0) {
    const names = COMMANDS.map((c) => c.name).join(", ");
    throw new UsageError(`name a command: ${names} (npm run cli -- --help says more)`);
  }
  await program().parseAsync(argv, { from: "user" });
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof CommanderError) {
    // Commander has printed its own line (or the help, whose exit code is 0).
    process.exitCode = err.exitCode === 0 ? 0 : USAGE_EXIT;
    return;
  }
  // One line, no stack: these are the user's mistakes (a missing file, an unknown id), not bugs.
  process.stderr.write(`error: ${oneLine(messageOf(err))}\n`);
  process.exitCode = err instanceof UsageError ? USAGE_EXIT : 1;
});

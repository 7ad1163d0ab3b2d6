/**
 * The offline command line: ingest | quotes | ask | summary | chat. Same answers as the bot.
 *   npm run ingest -- [--data DIR] FILE...
 *   npm run quotes -- [--data DIR] [--article ID] [--json] [--speaker NAME]
 *   npm run ask -- [--data DIR] [--article ID] [--json] ["question"]   (no question: one per stdin line)
 *   npm run summary -- [--data DIR] [--article ID]
 *   npm run chat -- [--data DIR] [--article ID]
 *   npm run verify -- [--data DIR] [--article ID] [--speaker NAME] [--json] ["quote"]
 *        (no quote: one JSON object per stdin line, {"quote": "...", "speaker": "..."})
 */
import { basename, extname } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { parseArticle } from "./article/parse.ts";
import { formatAnswer, formatQuotes, nameMatches } from "./present/format.ts";
import { formatVerification, verificationRecord } from "./present/verify.ts";
import type { Answer } from "./qa/types.ts";
import { Archive } from "./store/archive.ts";
import { saveArticle, validateArticleId } from "./store/facts-store.ts";
import { readArticleText } from "./store/read-article.ts";

const DEFAULT_DATA = process.env.DATA_DIR || "data";

class UsageError extends Error {}

function options(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: "string", default: DEFAULT_DATA },
      article: { type: "string" },
      json: { type: "boolean", default: false },
      speaker: { type: "string" },
    },
  });
  return { ...values, data: values.data as string, positionals };
}

/** Loads the data directory; a broken facts file is reported on stderr and the others are served. */
async function openArchive(data: string): Promise<Archive> {
  const archive = await Archive.open(data);
  for (const { message } of archive.errors) process.stderr.write(`warning: skipped ${oneLine(message)}\n`);
  return archive;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Parses each file and writes its facts; a bad file is reported and the rest go on. */
async function ingest(argv: string[]): Promise<number> {
  const { data, positionals } = options(argv);
  if (positionals.length === 0) throw new UsageError("usage: npm run ingest -- [--data DIR] FILE...");
  let failed = 0;
  for (const file of positionals) {
    try {
      const id = validateArticleId(basename(file, extname(file)));
      const text = await readArticleText(file);
      const facts = parseArticle(text, id);
      await saveArticle(data, id, text, facts);
      const quoted = facts.quotes.filter((q) => q.speakerId).length;
      process.stderr.write(`${id}: ${facts.people.length} people, ${quoted} quotes\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`${file}: ${oneLine(messageOf(err).replace(`${file}: `, ""))}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

async function quotes(argv: string[]): Promise<number> {
  const { data, article, json, speaker } = options(argv);
  const archive = await openArchive(data);
  const facts = archive.require(article);
  const people = new Map(facts.people.map((p) => [p.id, p]));
  if (!json) {
    const lines = formatQuotes(facts, speaker);
    process.stdout.write(lines.length ? `${lines.join("\n")}\n` : "No quotes found.\n");
    return 0;
  }
  const rows = facts.quotes
    .filter((q) => q.speakerId && (!speaker || nameMatches(people.get(q.speakerId)!.name, speaker)))
    .map((q) => {
      const p = people.get(q.speakerId!)!;
      return { text: q.text, speaker: p.name, title: p.title, kind: q.kind, paragraph: q.paragraph };
    });
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  return 0;
}

function answerLine(a: Answer, json: boolean): string {
  if (!json) return formatAnswer(a);
  return JSON.stringify({
    question: a.question,
    answered: a.answered,
    speaker: a.speaker,
    title: a.title,
    text: a.text,
    kind: a.kind,
    article: a.article?.id ?? null,
    paragraph: a.paragraph,
    score: a.score,
  });
}

async function ask(argv: string[]): Promise<number> {
  const { data, article, json, positionals } = options(argv);
  const archive = await openArchive(data);
  if (article !== undefined) archive.require(article);
  const respond = (q: string) => process.stdout.write(`${answerLine(archive.answer(q, article), json)}\n`);
  if (positionals.length > 0) {
    respond(positionals.join(" "));
    return 0;
  }
  // One answer line per input line, blank ones included, so answers stay in step with questions.
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    respond(line);
  }
  return 0;
}

async function summary(argv: string[]): Promise<number> {
  const { data, article } = options(argv);
  const archive = await openArchive(data);
  process.stdout.write(`${archive.summary(article)}\n`);
  return 0;
}

async function chat(argv: string[]): Promise<number> {
  const { data, article } = options(argv);
  const archive = await openArchive(data);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "question> " });
  rl.prompt();
  for await (const line of rl) {
    if (line.trim()) process.stdout.write(`${formatAnswer(archive.answer(line, article))}\n`);
    rl.prompt();
  }
  return 0;
}

/** One stdin line → a claim; a line that is not a JSON object with a string "quote" is an error. */
function claimOf(line: string): { quote: string; speaker: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not JSON: expected {"quote": "...", "speaker": "..."}');
  }
  const { quote, speaker } = (value ?? {}) as { quote?: unknown; speaker?: unknown };
  if (typeof quote !== "string") throw new Error('no "quote" string');
  if (speaker != null && typeof speaker !== "string") throw new Error('"speaker" must be a string');
  return { quote, speaker: speaker ?? null };
}

async function verify(argv: string[]): Promise<number> {
  const { data, article, json, speaker, positionals } = options(argv);
  const archive = await openArchive(data);
  if (article !== undefined) archive.require(article);
  const check = (asked: { quote: string; speaker: string | null }) => {
    const v = archive.verify({ ...asked, article });
    process.stdout.write(`${json ? JSON.stringify(verificationRecord(v, asked)) : formatVerification(v)}\n`);
  };
  if (positionals.length > 0) {
    check({ quote: positionals.join(" "), speaker: speaker ?? null });
    return 0;
  }
  // One result line per input line, bad ones included (as an error), so results stay in step.
  let failed = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    try {
      const asked = claimOf(line);
      check({ quote: asked.quote, speaker: asked.speaker ?? speaker ?? null });
    } catch (err) {
      failed++;
      const error = oneLine(messageOf(err));
      process.stdout.write(`${json ? JSON.stringify({ error }) : `error: ${error}`}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  ingest,
  quotes,
  ask,
  summary,
  chat,
  verify,
};

async function main(): Promise<number> {
  const [name, ...argv] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`usage: cli.ts ${Object.keys(COMMANDS).join("|")} [options]`);
  return command(argv);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // One line, no stack: these are the user's mistakes (a missing file, an unknown id), not bugs.
    process.stderr.write(`error: ${oneLine(messageOf(err))}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);

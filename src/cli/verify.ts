/**
 * `npm run verify`: did they really say that? One claimed quote, or one JSON claim per line of stdin
 * (`{"quote": "...", "speaker": "..."}`), checked against one article or the whole archive.
 */
import { createInterface } from "node:readline";
import { PLAIN } from "../present/style.ts";
import { formatVerification, verificationRecord } from "../present/verify.ts";
import type { Archive } from "../store/archive.ts";
import {
  type CliCommand,
  dataOption,
  jsonOption,
  messageOf,
  oneLine,
  openArchive,
  print,
} from "./command.ts";

const options = {
  data: dataOption,
  article: {
    type: "string",
    value: "ID",
    description: "check only this article, by id (see `npm run articles`); default: all of them",
  },
  speaker: { type: "string", value: "NAME", description: "who supposedly said it" },
  json: {
    ...jsonOption,
    description: "print one {quote, speaker, verdict, article, paragraph, said_by, text, changes} a line",
  },
} as const;

interface Asked {
  quote: string;
  speaker: string | null;
}

export const verify = {
  name: "verify",
  summary: "check a quote (or one JSON claim per line of stdin): exact, altered, misattributed or not found",
  arguments: "[quote...]",
  options,
  examples: [
    'npm run verify -- --speaker Kelly "There will be no mass deportations"',
    "npm run verify -- --json --article article < claims.jsonl",
  ],
  async run({ data, article, speaker, json }, words) {
    const archive = await openArchive(data);
    if (article !== undefined) archive.require(article);
    const check = (asked: Asked) => print(resultLine(archive, asked, article, json));
    if (words.length > 0) {
      check({ quote: words.join(" "), speaker: speaker ?? null });
      return 0;
    }
    if (process.stdin.isTTY) {
      process.stderr.write('Type {"quote": "...", "speaker": "..."} and press Enter; Ctrl-D when done.\n');
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
        print(json ? JSON.stringify({ error }) : `error: ${error}`);
      }
    }
    return failed > 0 ? 1 : 0;
  },
} satisfies CliCommand<typeof options>;

function resultLine(archive: Archive, asked: Asked, article: string | undefined, json: boolean): string {
  const v = archive.verify({ ...asked, article });
  return json ? JSON.stringify(verificationRecord(v, asked)) : formatVerification(v, PLAIN);
}

/** One stdin line → a claim; a line that is not a JSON object with a string "quote" is an error. */
function claimOf(line: string): Asked {
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

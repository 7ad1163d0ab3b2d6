import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { onTestFinished } from "vitest";
import { FACTS_VERSION, type Facts } from "../../src/article/facts.ts";
import { createLogger, type Logger } from "../../src/log.ts";

/** A small, valid Facts object built by hand, independent of the parser. */
export function makeFacts(id = "sample"): Facts {
  return {
    version: FACTS_VERSION,
    id,
    metadata: {
      headline: "Kelly defends deportation plan",
      published: "2017-02-22",
      byline: "By A Reporter",
      dateline: "MEXICO CITY",
      source: "AP",
      captions: ["John Kelly speaks to reporters."],
    },
    paragraphs: [
      'John Kelly said "there will be no mass deportations" on Thursday.',
      "Kelly said all deportations will comply with the law.",
    ],
    sentences: [
      { paragraph: 1, text: 'John Kelly said "there will be no mass deportations" on Thursday.' },
      { paragraph: 2, text: "Kelly said all deportations will comply with the law." },
    ],
    people: [
      {
        id: "p1",
        name: "John Kelly",
        aliases: ["Kelly"],
        title: "Homeland Security Secretary",
        kind: "person",
        gender: null,
      },
    ],
    quotes: [
      {
        text: "there will be no mass deportations",
        speakerId: "p1",
        kind: "direct",
        paragraph: 1,
        sentence: 0,
      },
    ],
    reported: [
      { speakerId: "p1", text: "all deportations will comply with the law", paragraph: 2, sentence: 1 },
    ],
  };
}

/** A fresh temp dir for the current test, removed when it finishes. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "quote-bot-store-"));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A logger that keeps its entries, for checking what was reported. */
export function captureLog(): { log: Logger; entries: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger("debug", [], stream), entries: () => lines.map((l) => JSON.parse(l)) };
}

/**
 * Property-based fuzzing of the parser and the answerer with fast-check.
 *
 * Runs per property: FUZZ_RUNS (default 300). A failure prints its seed and the shrunk input;
 * replay it with FUZZ_SEED=<seed>. Figures for the README's Reliability section come from here.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Facts, validateFacts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { answerEmbed, formatAnswer } from "../../src/present/format.ts";
import { MARKDOWN } from "../../src/present/style.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import type { Answer } from "../../src/qa/types.ts";

const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
// Scaled so that a long campaign (FUZZ_RUNS=50000) is not cut short by vitest's 30 s default.
const TIMEOUT = Math.max(30_000, RUNS * 10);
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({
  numRuns,
  ...(SEED === undefined ? {} : { seed: SEED }),
});

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
const REAL = [
  fixture("seed/article.txt"),
  ...["d01", "d02", "d03", "d04", "d05", "d06"].map((id) => fixture(`dev/articles/${id}.txt`)),
];
const REAL_SENTENCES = REAL.flatMap((text) => text.split(/(?<=[.!?"”])\s+/)).filter((s) => s.length > 0);

/** Pieces that stress quotation pairing, attribution and cleaning. */
const PIECES = [
  '"',
  "“",
  "”",
  "„",
  "'",
  "‘",
  "’",
  "\n",
  "\n\n",
  "\r\n",
  " ",
  "   ",
  "\t",
  ",",
  ".",
  "?",
  "!",
  ":",
  ";",
  "—",
  " - ",
  "(",
  ")",
  "said",
  "told reporters",
  "added",
  "according to",
  "in a statement",
  "Kelly",
  "John Kelly",
  "Mr Clarke",
  "Lord Strathclyde",
  "Sen. Warren",
  "the prime minister",
  "a spokesman",
  "He",
  "she",
  "they",
  "I",
  "who",
  "and",
  "that",
  "Mexico City:",
  "WASHINGTON (AP) —",
  "- AP",
  "By Jane Doe",
  "24/02/2017 21:16 by admin",
  "File pic of",
  "U.S.",
  "é",
  "â€”",
  "😀",
  "👨‍👩‍👧",
  "\u200b",
  "\u202e",
  "\u0000",
  "\u0007",
  "\ufeff",
  "\ud800",
  "**",
  "```",
  "> ",
  "@everyone",
  "<@123>",
];

const soup = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.constantFrom(...REAL_SENTENCES) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    ),
    { maxLength: 120 },
  )
  .chain((parts) => fc.constantFrom(parts.join(" "), parts.join("")));

/** Any text: unicode soup, raw code units (lone surrogates included), or article-like soup. */
const articleText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 600 }),
  fc.string({ unit: "grapheme", maxLength: 600 }),
  fc.string({ unit: fc.constantFrom('"', "“", "”", "\n", " ", "a", "A", ".", ","), maxLength: 400 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  soup,
  soup.map((body) => `A headline\n\n${body}`),
);

const question = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc
    .tuple(
      fc.constantFrom(
        "What did",
        "what did",
        "Who said",
        "Who is",
        "When was",
        "wat did",
        "Where",
        "How many",
      ),
      fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 10 })), { maxLength: 8 }),
      fc.constantFrom("say", "say about", "?", "", "published?", "think of the military?"),
    )
    .map(([head, middle, tail]) => `${head} ${middle.join(" ")} ${tail}`),
);

/** Every quote, reported clause and sentence is a verbatim substring of its paragraph. */
function expectVerbatim(facts: Facts): void {
  for (const q of facts.quotes) expect(facts.paragraphs[q.paragraph - 1]).toContain(q.text);
  for (const r of facts.reported) expect(facts.paragraphs[r.paragraph - 1]).toContain(r.text);
  for (const s of facts.sentences) expect(facts.paragraphs[s.paragraph - 1]).toContain(s.text);
}

/** An answered quote, reported clause or sentence is a substring of its article's paragraphs. */
function expectFromArticle(answer: Answer, index: ArchiveIndex): void {
  if (!answer.answered || !["quote", "reported", "sentence"].includes(answer.kind)) return;
  const facts = index.facts(answer.article!.id)!;
  // (A quote split around its attribution is answered whole, its parts joined by an ellipsis.)
  for (const part of answer.kind === "quote" ? answer.text.split(" … ") : [answer.text]) {
    expect(facts.paragraphs.some((p) => p.includes(part))).toBe(true);
    if (answer.paragraph !== null) expect(facts.paragraphs[answer.paragraph - 1]).toContain(part);
  }
}

/** Whatever the answer, the formatted reply is produced and carries no raw mention or control character. */
function expectSafeReply(answer: Answer): void {
  for (const text of [formatAnswer(answer, MARKDOWN), String(answerEmbed(answer).description ?? "")]) {
    expect(text).not.toMatch(/@(everyone|here)/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking there are none.
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).not.toMatch(/(?<!\\)```/);
  }
}

function archiveOf(...texts: string[]): ArchiveIndex {
  const index = new ArchiveIndex();
  texts.forEach((text, i) => {
    index.add(parseArticle(text, `a${i}`));
  });
  return index;
}

describe("parser fuzzing", () => {
  it("never throws, and always gives facts that validate, with every text verbatim", {
    timeout: TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const facts = parseArticle(text, "fuzz");
        validateFacts(JSON.parse(JSON.stringify(facts)), "fuzz.facts.json");
        expectVerbatim(facts);
      }),
      params(),
    );
  });

  it("survives real sentences shuffled with quotation marks dropped in or taken out", {
    timeout: TIMEOUT,
  }, () => {
    const mangled = fc
      .array(fc.constantFrom(...REAL_SENTENCES), { minLength: 1, maxLength: 30 })
      .chain((sentences) =>
        fc.array(fc.nat(), { maxLength: 10 }).map((cuts) => {
          let text = sentences.join(" ");
          for (const at of cuts) {
            const i = at % (text.length + 1);
            text = at % 2 ? `${text.slice(0, i)}"${text.slice(i)}` : text.slice(0, i) + text.slice(i + 1);
          }
          return `Headline\n\n${text}`;
        }),
      );
    fc.assert(
      fc.property(mangled, (text) => {
        const facts = parseArticle(text, "fuzz");
        validateFacts(JSON.parse(JSON.stringify(facts)), "fuzz.facts.json");
        expectVerbatim(facts);
      }),
      params(),
    );
  });
});

describe("answerer fuzzing", () => {
  const real = archiveOf(...REAL);

  it("answers or declines random questions on the real articles, quoting only their text", {
    timeout: TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(question, fc.option(fc.constantFrom(...real.articles().map((a) => a.id))), (q, scope) => {
        const answer = answerQuestion(real, q, scope ?? undefined);
        expectFromArticle(answer, real);
        expectSafeReply(answer);
      }),
      params(),
    );
  });

  it("answers or declines random questions on random articles, quoting only their text", {
    timeout: TIMEOUT,
  }, () => {
    fc.assert(
      fc.property(
        fc.array(articleText, { minLength: 1, maxLength: 3 }),
        fc.array(question, { maxLength: 5 }),
        (texts, qs) => {
          const index = archiveOf(...texts);
          for (const q of qs) {
            const answer = answerQuestion(index, q);
            expectFromArticle(answer, index);
            expectSafeReply(answer);
          }
        },
      ),
      params(Math.ceil(RUNS / 2)),
    );
  });

  it("asks each random article about its own words", { timeout: TIMEOUT }, () => {
    // Questions built from the article's own words reach the ranking and answer paths, not just declines.
    const withQuestions = soup.chain((body) => {
      const text = `A headline\n\n${body}`;
      const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
      const pick = words.length
        ? fc.subarray(words, { maxLength: Math.min(6, words.length) })
        : fc.constant([] as string[]);
      return fc.tuple(
        fc.constant(text),
        fc.array(
          fc.tuple(
            fc.constantFrom("What did", "Who said", "Who is", ""),
            pick,
            fc.constantFrom("say about", "", "?"),
          ),
          { minLength: 1, maxLength: 4 },
        ),
      );
    });
    fc.assert(
      fc.property(withQuestions, ([text, qs]) => {
        const index = archiveOf(text);
        for (const [head, words, tail] of qs) {
          const answer = answerQuestion(index, `${head} ${words.join(" ")} ${tail}`);
          expectFromArticle(answer, index);
          expectSafeReply(answer);
        }
      }),
      params(),
    );
  });
});

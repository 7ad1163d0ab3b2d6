/**
 * Hostile and odd questions, through the same path as the CLI and the bot: answerQuestion, then
 * formatAnswer (mention replies, CLI) and answerEmbed (/ask). Each gets a short, safe reply or a
 * decline; none throws, pings, or breaks out of the reply's Markdown.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerEmbed, formatAnswer } from "../../src/present/format.ts";
import { escapeText, MARKDOWN, MAX_SHOWN } from "../../src/present/style.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { cleanQuestion, MAX_QUESTION_CHARS, MAX_WORD_CHARS } from "../../src/qa/sanitize.ts";
import type { Answer } from "../../src/qa/types.ts";

const SEED = readFileSync(new URL("../fixtures/seed/article.txt", import.meta.url), "utf8");
const index = new ArchiveIndex();
index.add(parseArticle(SEED, "article"));
const ask = (q: string) => answerQuestion(index, q);

// biome-ignore lint/suspicious/noControlCharactersInRegex: checking there are none.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

/** The reply as the CLI, a mention and /ask would show it: short, one line, nothing that pings or leaks. */
function expectSafe(answer: Answer): void {
  expect(answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  expect(answer.question).not.toMatch(UNSAFE);
  const text = formatAnswer(answer, MARKDOWN);
  const embed = answerEmbed(answer);
  for (const shown of [text, String(embed.description ?? "")]) {
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(2000);
    expect(shown).not.toContain("\n");
    expect(shown).not.toMatch(/@(everyone|here)/);
    expect(shown).not.toMatch(/(?<!\\)<[@#]/);
  }
}

const KELLY_MILITARY = /no use of military forces in immigration|won't enlist its military/;

describe("hostile questions", () => {
  it.each([
    ["empty", ""],
    ["whitespace only", "   \n\t\r\n  "],
    ["punctuation only", "?!?... ,;:— ``` ** > ||"],
    ["emoji only", "🤔🔥👨‍👩‍👧🇬🇧"],
    ["zero-width only", "\u200b\u200c\u200d\ufeff"],
    ["control characters only", "\u0000\u0001\u0007\u001b[31m\u007f"],
  ])("declines %s", (_, question) => {
    const answer = ask(question);
    expect(answer).toMatchObject({ answered: false, kind: "decline" });
    expectSafe(answer);
  });

  it("cuts a 6,000-character question to a bounded one and still replies", () => {
    for (const question of [
      "x".repeat(6000),
      `What did Kelly say about the military? ${"and also ".repeat(660)}`,
      "what ".repeat(1200),
      "🤔".repeat(3000),
    ]) {
      const answer = ask(question);
      expect(answer.question.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
      expectSafe(answer);
    }
  });

  it("reads through zero-width and control characters", () => {
    const answer = ask("What did\u0000 Kelly\u200b say\u0007 about the mil\u200ditary\u2060?\r\n");
    expect(answer).toMatchObject({ answered: true, speaker: "John Kelly" });
    expect(answer.text).toMatch(KELLY_MILITARY);
    expect(answer.question).toBe("What did Kelly say about the military?");
    expectSafe(answer);
  });

  it("reads through right-to-left overrides, and declines right-to-left questions it cannot read", () => {
    const overridden = ask("What did \u202eKelly\u202c say about the \u2067military\u2069?");
    expect(overridden).toMatchObject({ answered: true, speaker: "John Kelly" });
    expectSafe(overridden);
    for (const question of ["מה אמר קלי על הצבא?", "ماذا قال كيلي عن الجيش؟", "\u202eyas ylleK did tahW"]) {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expectSafe(answer);
    }
  });

  it("treats Markdown and code-block injection as plain words", () => {
    for (const question of [
      "```\nWhat did Kelly say about the military?\n```",
      "> What did Kelly say about the military?",
      "# What did Kelly say about the military?",
    ]) {
      const answer = ask(question);
      expect(answer).toMatchObject({ answered: true, speaker: "John Kelly" });
      expect(answer.text).toMatch(KELLY_MILITARY);
      expectSafe(answer);
    }
    for (const question of [
      "**What** did __Kelly__ say about the ~~military~~? ||spoiler||",
      "[What did Kelly say](https://evil.example) about the `military`?",
      "```js\n```\n``` ` `` **",
    ]) {
      expectSafe(ask(question));
    }
  });

  it("ignores user, role and channel mentions and @everyone / @here, and never echoes them", () => {
    const answer = ask(
      "<@123456789012345678> <@!42> <@&987> <#555> @everyone @here What did Kelly say about the military?",
    );
    expect(answer).toMatchObject({ answered: true, speaker: "John Kelly" });
    expectSafe(answer);
    const nobody = ask("What did @everyone say about <@&987>?");
    expect(nobody.answered).toBe(false);
    expectSafe(nobody);
  });

  it("treats URLs as words", () => {
    for (const question of [
      "https://example.com/kelly?q=military&x=<script>",
      "What did Kelly say about the military? https://evil.example/@everyone",
      `http://${"a.".repeat(2000)}com`,
    ]) {
      expectSafe(ask(question));
    }
  });

  it("declines questions in other languages rather than guess", () => {
    for (const question of [
      "¿Qué dijo Kelly sobre el ejército?",
      "Was hat Kelly über das Militär gesagt?",
      "凯利对军队说了什么？",
      "Что сказал Келли об армии?",
    ]) {
      const answer = ask(question);
      expect(answer.answered).toBe(false);
      expectSafe(answer);
    }
  });

  it("cleans a question without changing an ordinary one", () => {
    expect(cleanQuestion("What did Kelly say about the military?")).toBe(
      "What did Kelly say about the military?",
    );
    expect(cleanQuestion("  Who is\n\tKelly?  ")).toBe("Who is Kelly?");
    expect(cleanQuestion("x".repeat(6000))).toBe("x".repeat(MAX_WORD_CHARS));
    expect(cleanQuestion(`${"word ".repeat(200)}`).length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect(cleanQuestion("\ud83d")).toBe("");
    expect(cleanQuestion("a\ud83d\ude00b")).toBe("a\ud83d\ude00b");
    expect(cleanQuestion(undefined as unknown as string)).toBe("");
  });
});

/** An answer carrying hostile article text, as a hand-edited facts file or a hostile article could. */
function answerWith(
  kind: Answer["kind"],
  text: string,
  speaker: string | null = "Jane @everyone Doe",
): Answer {
  return {
    question: "q",
    answered: true,
    kind,
    speaker,
    title: "**Chief** <@1>",
    text,
    article: { id: "a", headline: "*Head* ```line``` @here", source: "_AP_", published: "2017-02-24" },
    paragraph: 3,
    score: 1,
    suggestions: [],
  };
}

const HOSTILE = [
  "```js\nalert(1)\n```",
  "**bold** __underline__ ~~strike~~ ||spoiler|| `code` *it* _it_",
  "> a block quote\n>>> and more",
  "# Heading",
  "-# subtext",
  "- a list item",
  "1. a numbered item",
  "[click me](https://evil.example)",
  "<@123> <@!123> <@&456> <#789> <t:0:R> <:emoji:1>",
  "@everyone @here @everyonesomething",
  "a \\ backslash at the end \\",
  "right-to-left \u202eoverride\u202c and isolate \u2067x\u2069",
  "bell \u0007 escape \u001b[31m red \u009b31m",
];

describe("article text in replies", () => {
  it.each(HOSTILE)("escapes %j", (text) => {
    const escaped = escapeText(text);
    expect(escaped).not.toMatch(/@(everyone|here)/);
    // Every Markdown character is preceded by an odd number of backslashes, so none is live.
    expect(escaped.replace(/\\\\/g, "")).not.toMatch(/(?<!\\)[*_~`|[\]<>]/);
    expect(escaped).not.toMatch(/^\s*(?:#|-|\+|\d+\.)/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking there are none.
    expect(escaped).not.toMatch(/[\n\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it.each(HOSTILE)("shows %j escaped in every kind of answer, the reply's own Markdown intact", (text) => {
    for (const kind of ["quote", "reported", "sentence", "who", "metadata"] as const) {
      const answer = answerWith(kind, text);
      for (const shown of [formatAnswer(answer, MARKDOWN), String(answerEmbed(answer).description ?? "")]) {
        expect(shown).toContain(escapeText(text));
        expect(shown).not.toContain("\n");
        expect(shown).not.toMatch(/@(everyone|here)/);
        expect(shown).not.toMatch(/(?<!\\)<[@#:t]/);
      }
      // What is left once the escaped parts are taken out is the reply's own formatting.
      const own = formatAnswer(answer, MARKDOWN)
        .replace(escapeText(text), "TEXT")
        .replace(escapeText("*Head* ```line``` @here"), "HEAD")
        .replace(escapeText("_AP_"), "AP")
        .replace(escapeText("Jane @everyone Doe, **Chief** <@1>"), "WHO");
      expect(own).toMatch(/^(?:"TEXT" — WHO |WHO: TEXT |TEXT )\(¶3, \*HEAD\*, AP, 24 Feb 2017\)$/);
    }
  });

  it("keeps the reply's own formatting: quote marks and the italic headline stay closed", () => {
    const shown = formatAnswer(answerWith("quote", 'He said "**" and ` then \\'), MARKDOWN);
    expect(shown).toMatch(/^".*" — /);
    expect(shown).toContain("*\\*Head\\* \\`\\`\\`line\\`\\`\\` @\u200bhere*");
    // Every backslash escapes the character after it: an odd run before a closing mark would eat it.
    expect(shown).toContain('then \\\\" — ');
  });

  it("leaves ordinary text as it is", () => {
    const plain = "Kelly, the U.S. secretary, said: it's 50% (or so) — fine! Véase «esto».";
    expect(escapeText(plain)).toBe(plain);
  });

  it("clips an enormous quote before escaping it, in linear time", { timeout: 20_000 }, () => {
    const huge = "_*".repeat(500_000);
    const answer = answerWith("quote", huge);
    const shown = formatAnswer(answer, MARKDOWN);
    expect(shown.length).toBeLessThan(2 * MAX_SHOWN + 500);
    expect(String(answerEmbed(answer).description).length).toBeLessThan(2 * MAX_SHOWN + 10);
  });

  it("escapes an injected article end to end: parse, answer, format", () => {
    const hostile = new ArchiveIndex();
    hostile.add(
      parseArticle(
        'Mayor speaks\n\nMayor Jane Smith said "the budget ``` @everyone **is** sound [here](https://evil.example) <@&1>." She left.\n\n# Heading paragraph, the budget was sound, said Jane Smith.',
        "hostile",
      ),
    );
    for (const q of [
      "What did Smith say about the budget?",
      "Who said the budget is sound?",
      "budget sound heading",
    ]) {
      const answer = answerQuestion(hostile, q);
      expect(answer.answered).toBe(true);
      expectSafe(answer);
      // Without its citation (whose italics are ours), the reply has no live Markdown character.
      const body = formatAnswer(answer, MARKDOWN).replace(/ \(¶\d+, \*Mayor speaks\*\)$/, "");
      expect(body).not.toMatch(/(?<!\\)[*`[<]/);
    }
  });
});

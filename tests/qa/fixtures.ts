/**
 * The fixture archives the question tests ask: real articles copied into tests/fixtures, parsed and
 * indexed, and qa-dev's gold questions with the judging of the reference scorer (one accepted
 * passage, the speaker's name or an alias).
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import type { Facts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import type { Answer } from "../../src/qa/types.ts";

export const FIXTURES = new URL("../fixtures/", import.meta.url);

/** Every article of a fixture folder, parsed, with its file name as id. */
export function folder(name: string): Facts[] {
  const dir = new URL(`${name}/`, FIXTURES);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => parseArticle(readFileSync(new URL(f, dir), "utf8"), f.replace(/\.txt$/, "")));
}

/** An index of one article, parsed from `text` under `id`. */
export function oneArticle(text: string, id: string): ArchiveIndex {
  const one = new ArchiveIndex();
  one.add(parseArticle(text, id));
  return one;
}

/** One index of the articles of the fixture folders named. */
export function indexOf(...folders: string[]): ArchiveIndex {
  const index = new ArchiveIndex();
  for (const name of folders) for (const facts of folder(name)) index.add(facts);
  return index;
}

export interface GoldQuestion {
  q: string;
  answerable?: boolean;
  accept?: string[];
  answer_contains?: string | null;
  speaker?: string | null;
  also_accept?: string[];
}

/** tests/fixtures/qa-dev indexed, and each gold question with the id of its article. */
export function qaDev(): { index: ArchiveIndex; gold: Map<string, { id: string; question: GoldQuestion }> } {
  const index = new ArchiveIndex();
  const gold = new Map<string, { id: string; question: GoldQuestion }>();
  for (const facts of folder("qa-dev/articles")) {
    index.add(facts);
    const path = new URL(`qa-dev/gold/${facts.id}.json`, FIXTURES);
    const { questions } = JSON.parse(readFileSync(path, "utf8")) as { questions: GoldQuestion[] };
    for (const question of questions) gold.set(question.q, { id: facts.id, question });
  }
  return { index, gold };
}

/** Text as the reference scorer compares it: no accents, straight apostrophes, single spaces, lower case. */
export const flat = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase();

/** Expects `answer` to be right as the reference scorer judges it: an accepted passage, by the speaker. */
export function expectRight(answer: Answer, question: GoldQuestion): void {
  const accepted = question.accept ?? [question.answer_contains!];
  expect(accepted.some((a) => flat(answer.text).includes(flat(a)))).toBe(true);
  const names = [question.speaker!, ...(question.also_accept ?? [])].map(flat);
  expect(names).toContain(flat(answer.speaker ?? ""));
}

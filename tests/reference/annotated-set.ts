/**
 * Judges a folder of annotated articles (`articles/*.txt` with `gold/*.json`) as the reference scorer
 * does, with all of them loaded together as the scorer loads them: quotes, speakers and answers
 * against a bar.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { readArticleText } from "../../src/store/read-article.ts";
import { extractedQuotes, readGold, scoreAnswer, scoreQuotes } from "./scorer.ts";

export interface SetBar {
  quotes: number;
  speakers: number;
  answers: number;
  declines: number;
}

export function describeAnnotatedSet(
  name: string,
  folder: string,
  ids: readonly string[],
  bar: SetBar,
): void {
  const dir = (sub: string) => fileURLToPath(new URL(`../fixtures/${folder}/${sub}/`, import.meta.url));
  const found = readdirSync(dir("gold"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.replace(/\.json$/, ""))
    .sort();

  describe(name, async () => {
    const articles = await Promise.all(
      found.map(async (id) => ({
        id,
        gold: readGold(`${folder}/gold/${id}.json`),
        text: await readArticleText(`${dir("articles")}${id}.txt`),
      })),
    );
    const index = new ArchiveIndex();
    const facts = new Map(articles.map(({ id, text }) => [id, parseArticle(text, id)]));
    for (const f of facts.values()) index.add(f);

    it("has its articles", () => {
      expect(found).toEqual([...ids]);
    });

    it(`finds the reference quotes (≥ ${bar.quotes}) and their speakers (≥ ${bar.speakers})`, () => {
      const total = { gold: 0, found: 0, speakerRight: 0, extracted: 0, extractedRight: 0 };
      const misses: string[] = [];
      for (const { id, gold } of articles) {
        const score = scoreQuotes(gold, extractedQuotes(facts.get(id)!));
        for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += score[key];
        misses.push(...score.misses.map((m) => `${id}: ${m}`));
      }
      expect(total.found / total.gold, misses.join("\n")).toBeGreaterThanOrEqual(bar.quotes);
      expect(total.extractedRight / total.extracted, misses.join("\n")).toBeGreaterThanOrEqual(bar.quotes);
      expect(total.speakerRight / total.gold, misses.join("\n")).toBeGreaterThanOrEqual(bar.speakers);
    });

    it(`answers the questions (≥ ${bar.answers}) and declines the unanswerable (≥ ${bar.declines})`, () => {
      const tally = { answerable: 0, right: 0, unanswerable: 0, declined: 0 };
      const wrong: string[] = [];
      for (const { id, gold } of articles) {
        for (const q of gold.questions ?? []) {
          const answer = answerQuestion(index, q.q, id);
          const ok = scoreAnswer(q, answer);
          if (q.answerable === false) {
            tally.unanswerable++;
            if (ok) tally.declined++;
          } else {
            tally.answerable++;
            if (ok) tally.right++;
          }
          if (!ok)
            wrong.push(`${id}: ${q.q} → ${JSON.stringify({ speaker: answer.speaker, text: answer.text })}`);
        }
      }
      expect(tally.right / tally.answerable, wrong.join("\n")).toBeGreaterThanOrEqual(bar.answers);
      expect(tally.declined / tally.unanswerable, wrong.join("\n")).toBeGreaterThanOrEqual(bar.declines);
    });
  });
}

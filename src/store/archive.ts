/**
 * The loaded articles and their search index: what the CLI and the bot answer from.
 */
import type { Facts } from "../article/facts.ts";
import { formatSummary } from "../present/format.ts";
import { answerQuestion } from "../qa/answer.ts";
import { ArchiveIndex } from "../qa/index.ts";
import { summarize } from "../qa/summary.ts";
import type { Answer, ArticleRef } from "../qa/types.ts";
import { loadFactsDir } from "./facts-store.ts";

export class UnknownArticleError extends Error {
  override name = "UnknownArticleError";
}

export class Archive {
  readonly index = new ArchiveIndex();
  readonly errors: { file: string; message: string }[] = [];

  /** Loads every facts file in `dataDir`; broken ones are recorded in `errors` and skipped. */
  static async open(dataDir: string): Promise<Archive> {
    const archive = new Archive();
    const { facts, errors } = await loadFactsDir(dataDir);
    for (const f of facts) archive.add(f);
    archive.errors.push(...errors);
    return archive;
  }

  add(facts: Facts): void {
    this.index.add(facts);
  }

  remove(id: string): boolean {
    return this.index.remove(id);
  }

  /** Newest first; undated articles last, by id. */
  articles(): ArticleRef[] {
    return this.index.articles();
  }

  facts(id: string): Facts | undefined {
    return this.index.facts(id);
  }

  ref(id: string): ArticleRef | undefined {
    return this.index.ref(id);
  }

  /** The facts of `id`, or of the only article when `id` is omitted. */
  require(id?: string): Facts {
    if (id !== undefined) {
      const facts = this.facts(id);
      if (!facts) throw new UnknownArticleError(`unknown article "${id}"`);
      return facts;
    }
    const all = this.articles();
    if (all.length === 1) return this.facts(all[0]!.id)!;
    if (all.length === 0) throw new UnknownArticleError("no articles loaded");
    throw new UnknownArticleError(`${all.length} articles loaded: name one with --article`);
  }

  /** Answers from `articleId`, or from the whole archive when it is omitted. */
  answer(question: string, articleId?: string): Answer {
    if (articleId !== undefined) this.require(articleId);
    return answerQuestion(this.index, question, articleId);
  }

  summary(articleId?: string): string {
    return formatSummary(summarize(this.require(articleId)));
  }

  /** Full names of everyone quoted in the article, in order of first quote. */
  speakers(articleId?: string): string[] {
    const facts = this.require(articleId);
    const ids = [...new Set(facts.quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : [])))];
    return ids.map((id) => facts.people.find((p) => p.id === id)!.name);
  }
}

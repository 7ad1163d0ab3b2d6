/**
 * The loaded articles and their search index: what the CLI and the bot answer from.
 */
import { join } from "node:path";
import type { Facts } from "../article/facts.ts";
import { answerQuestion } from "../qa/answer.ts";
import { answerFromArchive } from "../qa/archive-answer.ts";
import { ArchiveIndex } from "../qa/index.ts";
import { speakersIn } from "../qa/speakers.ts";
import { type Summary, summarize } from "../qa/summary.ts";
import type { Answer, ArticleRef } from "../qa/types.ts";
import { type Claim, type Verification, verifyClaim } from "../verify/verify.ts";
import { loadArticleFacts, loadFactsDir, loadFactsFileSync } from "./facts-store.ts";
import { type ListedFile, listFacts, readSnapshot, writeSnapshot } from "./index-snapshot.ts";

/** Archives this large persist their index (`.archive-index`) so the next start skips the parsing. */
export const SNAPSHOT_MIN_ARTICLES = 100;
/** Facts files read at once: thousands of parallel reads are slower than a few dozen. */
const LOAD_BATCH = 32;

export class UnknownArticleError extends Error {
  override name = "UnknownArticleError";
}

/** Several articles are loaded and none was named: `articles` lists them, newest first. */
export class AmbiguousArticleError extends UnknownArticleError {
  override name = "AmbiguousArticleError";
  constructor(readonly articles: ArticleRef[]) {
    super(`${articles.length} articles are loaded; name one`);
  }
}

export class Archive {
  readonly index: ArchiveIndex;
  readonly errors: { file: string; message: string }[] = [];
  /** Whether `open` restored the index from the data directory's snapshot. */
  restored = false;
  /** Settles once `open` has written a fresh snapshot (true), or decided not to or failed (false). */
  saved: Promise<boolean> = Promise.resolve(false);
  /**
   * How `open` went: the facts files it found (with the size, time and inode that identify their
   * version, so a watcher can tell what changed since), and the time spent reading (files or
   * snapshot) and indexing, in ms.
   */
  readonly loading: { files: ListedFile[]; readMs: number; indexMs: number } = {
    files: [],
    readMs: 0,
    indexMs: 0,
  };

  constructor(index: ArchiveIndex = new ArchiveIndex()) {
    this.index = index;
  }

  /**
   * Loads every facts file in `dataDir`; broken ones are recorded in `errors` and skipped. A large
   * archive is restored from the directory's index snapshot when that is current (same files, same
   * code), and otherwise loaded from the files and its snapshot rewritten in the background.
   */
  static async open(dataDir: string): Promise<Archive> {
    const started = performance.now();
    let listed: ListedFile[];
    try {
      listed = await listFacts(dataDir);
    } catch {
      // loadFactsDir reports an unreadable directory in its own words.
      const { facts, errors } = await loadFactsDir(dataDir);
      const archive = new Archive();
      for (const f of facts) archive.add(f);
      archive.errors.push(...errors);
      return archive;
    }
    if (listed.length >= SNAPSHOT_MIN_ARTICLES) {
      const snapshot = await readSnapshot(dataDir, listed);
      if (snapshot) {
        const read = performance.now();
        const archive = new Archive(ArchiveIndex.fromImage(snapshot.image, snapshot.load));
        archive.errors.push(...snapshot.errors);
        archive.restored = true;
        Object.assign(archive.loading, {
          files: listed,
          readMs: read - started,
          indexMs: performance.now() - read,
        });
        return archive;
      }
    }
    const archive = new Archive();
    const large = listed.length >= SNAPSHOT_MIN_ARTICLES;
    let indexMs = 0;
    for (let i = 0; i < listed.length; i += LOAD_BATCH) {
      const files = listed.slice(i, i + LOAD_BATCH).map((f) => join(dataDir, f.name));
      const results = await Promise.allSettled(files.map(loadArticleFacts));
      const t = performance.now();
      results.forEach((result, k) => {
        // A large archive keeps no facts in memory: they are read again when an answer needs them.
        const file = files[k]!;
        if (result.status === "fulfilled")
          archive.index.add(result.value, large ? () => loadFactsFileSync(file) : undefined);
        else {
          const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
          archive.errors.push({ file: files[k]!, message });
        }
      });
      indexMs += performance.now() - t;
    }
    Object.assign(archive.loading, {
      files: listed,
      readMs: performance.now() - started - indexMs,
      indexMs,
    });
    if (archive.articles().length >= SNAPSHOT_MIN_ARTICLES) {
      const image = archive.index.toImage();
      if (image) archive.saved = writeSnapshot(dataDir, listed, image, [...archive.errors]);
    }
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

  /** The facts of every article, newest first. */
  allFacts(): Facts[] {
    return this.articles().map((a) => this.index.facts(a.id)!);
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
    throw new AmbiguousArticleError(all);
  }

  /** Answers from `articleId`, or from the whole archive when it is omitted. */
  answer(question: string, articleId?: string): Answer {
    if (articleId !== undefined) this.require(articleId);
    if (articleId !== undefined || this.index.size <= 1)
      return answerQuestion(this.index, question, articleId);
    return answerFromArchive(this.index, question);
  }

  /** Checks a claimed quote against `claim.article`, or the whole archive when it is omitted. */
  verify(claim: Claim): Verification {
    if (claim.article !== undefined) this.require(claim.article);
    return verifyClaim(this.index, claim);
  }

  summary(articleId?: string): Summary {
    return summarize(this.require(articleId));
  }

  /** Full names of everyone quoted in the article, in order of first quote. */
  speakers(articleId?: string): string[] {
    return speakersIn(this.require(articleId));
  }
}

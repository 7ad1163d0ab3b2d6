/**
 * The search core: every loaded article's passages (quotes, reported speech, sentences) in one
 * BM25 inverted index (`postings.ts`, searched by `search.ts`), its vocabulary for typo-tolerant
 * word lookup, and its people (`name-index.ts`).
 *
 * Built to stay fast with tens of thousands of articles: postings are typed arrays; a fuzzy lookup
 * runs fuse.js only over the words that could match (`fuzzy-list.ts`); search keeps the best hits
 * without reading every posting; and the whole index can be exported as an `IndexImage` and
 * restored without re-tokenising (the store persists it).
 */
import type { IFuseOptions } from "fuse.js";
import type { Facts, Person } from "../article/facts.ts";
import { FuzzyList } from "./fuzzy-list.ts";
import { identify } from "./identity.ts";
import { type IndexImage, PassageTable, type StoredImage } from "./index-image.ts";
import { MAX_REMEMBERED, NameIndex, type PersonHit } from "./name-index.ts";
import type { Passage } from "./passages.ts";
import { PeopleDirectory } from "./people-directory.ts";
import { InvertedIndex } from "./postings.ts";
import { PASSAGE_FIELDS, type PreparedArticle, prepareArticle } from "./prepared.ts";
import { type Hit, type PassageFilter, type QueryTerm, Searcher } from "./search.ts";
import { respeltBySound } from "./sounds-like.ts";
import { sameStart, stem, wordSimilarity } from "./terms.ts";
import type { ArticleRef } from "./types.ts";

export type { IndexImage, StoredImage } from "./index-image.ts";
export { PASSAGE_FIELDS } from "./index-image.ts";
export type { PersonHit } from "./name-index.ts";
export type { Passage, PassageKind } from "./passages.ts";
export { draftPassages } from "./passages.ts";
export { type PreparedArticle, prepareArticle, transferables } from "./prepared.ts";
export type { Hit, PassageFilter, QueryTerm } from "./search.ts";

/** See `ArchiveIndex.outline`. */
export interface ArticleOutline {
  headline: string;
  lede: string[];
  people: readonly Person[];
  quoted: ReadonlyMap<string, number>;
}

interface ArticleEntry {
  /** Held when the article was added without a way to load it again. */
  facts: Facts | null;
  /** Its people, known without parsing the facts. */
  people: readonly Person[];
  load: (() => Facts) | null;
  ref: ArticleRef;
  first: number;
  end: number;
}

/**
 * Facts loaded on demand kept at once (least recently used let go): the articles of the last hundred
 * or so questions, with what answering derives from them.
 */
export const LOADED_FACTS = 512;

/** Fuzzy word matches need a fuse.js score under this: about one edit in three letters. */
const FUZZY_THRESHOLD = 0.34;
/** A person found by spelling this surely is not looked for again by sound. */
const SURE_BY_SPELLING = 0.8;
/** How much less sure a name found by sound is than one spelt as asked. */
const BY_SOUND = 0.95;
/** A misspelling stands for a word this similar (1 - edits / length): "regulaters" → "regulators". */
export const MIN_WORD_SIMILARITY = 0.7;
const WORD_FUSE: IFuseOptions<string> = {
  includeScore: true,
  threshold: FUZZY_THRESHOLD,
  ignoreLocation: true,
};

export class ArchiveIndex {
  private readonly entries = new Map<string, ArticleEntry>();
  private table = new PassageTable();
  /**
   * Passages made so far, by id: a search asks its `accept` filter about thousands of passages a
   * question, so they are kept, and a passage stays the same object (its text is not kept with it:
   * see `passageClass` in index-image.ts). (Letting them go past a bound
   * made a batch of questions at 10,000 articles slower and its peak memory higher: remade passages
   * are garbage faster than they are collected.)
   */
  private made: (Passage | undefined)[] = [];
  /** Facts loaded on demand, least recently used first. */
  private readonly loaded = new Map<string, Facts>();
  /** Set by `remove`: an index with removed articles is not exported (see `toImage`). */
  private removed = false;
  private inverted = new InvertedIndex();
  /**
   * Every word seen in a passage's context, numbered in order of first sight, with its count (by
   * number, so that a word seen again costs one lookup); and the same words for fuzzy lookup.
   */
  private readonly vocabulary = new Map<string, number>();
  private wordCounts = new Int32Array(1024);
  private readonly wordList = new FuzzyList<string>((w) => w, WORD_FUSE, FUZZY_THRESHOLD);
  private names = new NameIndex();
  private sortedRefs: ArticleRef[] | null = null;
  /** Words already expanded: one question asks the same words of several articles. */
  private readonly expanded = new Map<string, QueryTerm[]>();
  /** The identities across articles, worked out when first asked for. */
  private people: PeopleDirectory | null = null;
  private readonly searcher = new Searcher({
    inverted: () => this.inverted,
    passage: (id) => this.passage(id),
  });

  /**
   * Adds (or replaces) an article. Its facts are kept in memory unless `load` reads them again when
   * needed.
   */
  add(facts: Facts, load?: () => Facts): void {
    this.addPrepared(prepareArticle(facts), load ?? null);
    if (!load) this.entries.get(facts.id)!.facts = facts;
  }

  /**
   * Adds (or replaces) an article made ready by `prepareArticle` (perhaps on another thread), its
   * facts read by `load` when first needed; it indexes exactly as `add` of its facts.
   */
  addPrepared(article: PreparedArticle, load: (() => Facts) | null): void {
    const { id } = article.ref;
    this.remove(id);
    this.expanded.clear();
    this.people = null;
    const first = this.table.append(id, article);
    // Kept dense (a sparse array would turn into a slow dictionary).
    while (this.made.length < this.table.count) this.made.push(undefined);
    const { table } = article;
    this.inverted.addCounted(
      first,
      article.terms,
      article.termCounts,
      article.postings,
      (i) => table[i * PASSAGE_FIELDS + 4]!,
    );
    this.countWords(article.words, article.wordCounts);
    this.entries.set(id, {
      facts: null,
      people: article.people,
      load,
      ref: article.ref,
      first,
      end: this.table.count,
    });
    for (const person of article.people) this.names.add(id, person);
    this.sortedRefs = null;
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (let i = entry.first; i < entry.end; i++) {
      this.inverted.kill(i);
      this.made[i] = undefined;
    }
    if (entry.end > entry.first) this.table.release(entry.first);
    this.loaded.delete(id);
    this.removed = true;
    this.expanded.clear();
    this.people = null;
    this.names.remove(id);
    this.entries.delete(id);
    this.sortedRefs = null;
    return true;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  facts(id: string): Facts | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.facts) return entry.facts;
    let facts = this.loaded.get(id);
    if (facts) this.loaded.delete(id);
    else {
      facts = entry.load!();
      if (this.loaded.size >= LOADED_FACTS) this.loaded.delete(this.loaded.keys().next().value!);
    }
    this.loaded.set(id, facts);
    return facts;
  }

  ref(id: string): ArticleRef | undefined {
    return this.entries.get(id)?.ref;
  }

  /**
   * What an article is about, read from the index without parsing its facts (which a restored index
   * keeps unparsed until needed): its own headline ("" when it has none), its first `sentences`
   * sentences, and its people with how often each is quoted, in order of first quote.
   */
  outline(id: string, sentences: number): ArticleOutline | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    const lede: string[] = [];
    for (let i = entry.first; i < entry.end && lede.length < sentences; i++) {
      const p = this.passage(i);
      if (p?.kind === "sentence" && p.sentence === lede.length) lede.push(p.text);
    }
    const { ref } = entry;
    // refOf stands the id in for a missing headline.
    const headline = ref.headline === ref.id ? "" : ref.headline;
    return { headline, lede, people: entry.people, quoted: this.quoteCounts(entry) };
  }

  /** Newest first; undated articles last, by id. */
  articles(): ArticleRef[] {
    this.sortedRefs ??= [...this.entries.values()]
      .map((e) => e.ref)
      .sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || a.id.localeCompare(b.id));
    return [...this.sortedRefs];
  }

  get size(): number {
    return this.entries.size;
  }

  passage(id: number): Passage | undefined {
    const p = this.made[id];
    if (p !== undefined) return p;
    if (!(Number.isInteger(id) && id >= 0 && id < this.table.count) || this.inverted.isDead(id))
      return undefined;
    const made = this.table.make(id);
    this.made[id] = made;
    return made;
  }

  /** The article of passage `id` (`passage(id).article`) without making the passage. */
  articleOf(id: number): string {
    return this.table.articleId(id);
  }

  /** The length of passage `id`'s text (`passage(id).text.length`) without decoding it. */
  textLength(id: number): number {
    return this.table.textLength(id);
  }

  /**
   * The terms a question word stands for: itself when the archive knows it, else close spellings
   * and longer words it begins ("militar" → "military").
   */
  expand(word: string): QueryTerm[] {
    let found = this.expanded.get(word);
    if (!found) {
      if (this.expanded.size >= MAX_REMEMBERED) this.expanded.clear();
      found = this.expandNow(word);
      this.expanded.set(word, found);
    }
    return found.map((t) => ({ ...t }));
  }

  private expandNow(word: string): QueryTerm[] {
    const own = stem(word);
    if (this.inverted.has(own) || word.length < 4) return [{ stem: own, weight: 1, source: word }];
    const found = new Map<string, number>();
    for (const hit of this.wordList.search(word, 8)) {
      const candidate = hit.item;
      const prefix = candidate.startsWith(word) && word.length >= 5;
      // fuse.js matches within words ("peru" in "experts"): a true edit distance judges the rest.
      if (!prefix && wordSimilarity(word, candidate) < MIN_WORD_SIMILARITY) continue;
      if (!sameStart(word, candidate)) continue;
      const weight = prefix ? 0.9 : 1 - (hit.score ?? 0);
      const s = stem(candidate);
      found.set(s, Math.max(found.get(s) ?? 0, weight));
    }
    // A word found nowhere stays in the query, so it counts against the answer's coverage.
    if (found.size === 0) return [{ stem: own, weight: 1, source: word }];
    return [...found].map(([s, weight]) => ({ stem: s, weight, source: word }));
  }

  /** Whether some passage of the archive holds the term. */
  holds(term: string): boolean {
    return this.inverted.has(term);
  }

  /** Inverse document frequency of a term across the archive's passages. */
  idf(term: string): number {
    return this.inverted.idf(term);
  }

  /**
   * Ranks passages by BM25 for the query, keeping those `accept` allows (kind, speaker); within one
   * article when `article` is given (only its postings are read). See `search.ts`.
   */
  search(query: readonly QueryTerm[], accept: PassageFilter, limit = 10, article?: string): Hit[] {
    if (article === undefined) return this.searcher.search(query, accept, limit);
    const entry = this.entries.get(article);
    if (!entry) return [];
    return this.searcher.search(query, accept, limit, entry);
  }

  /**
   * The passages (by number) whose words hold every one of `terms`, as `accept` allows: where the
   * same words may be found again, no ranking is needed (see `InvertedIndex.holdingAll`).
   */
  passagesHoldingAll(terms: readonly string[], accept: (id: number) => boolean): number[] {
    return this.inverted.holdingAll(terms, accept);
  }

  /** Who said a passage, from its article's people (no facts read); undefined for a sentence. */
  speakerOf(passage: Passage): Person | undefined {
    if (passage.speakerId === null) return undefined;
    return this.entries.get(passage.article)?.people.find((p) => p.id === passage.speakerId);
  }

  /** Passages of an article, in document order, that `accept` allows. */
  passagesOf(article: string, accept: (p: Passage) => boolean = () => true): Passage[] {
    const entry = this.entries.get(article);
    if (!entry) return [];
    const out: Passage[] = [];
    for (let i = entry.first; i < entry.end; i++) {
      const p = this.passage(i);
      if (p && accept(p)) out.push(p);
    }
    return out;
  }

  /** The texts of one speaker's quotes in an article, read without making passages or reading facts. */
  quoteTexts(article: string, speakerId: string): string[] {
    const entry = this.entries.get(article);
    const texts: string[] = [];
    for (let i = entry?.first ?? 0; i < (entry?.end ?? 0); i++)
      if (this.table.quoteSpeaker(i) === speakerId) texts.push(this.table.textOf(i));
    return texts;
  }

  /** Everyone the archive names, one identity per person across articles (see `identity.ts`). */
  directory(): PeopleDirectory {
    this.people ??= new PeopleDirectory(
      identify(
        [...this.entries.values()].map((e) => ({
          article: e.ref,
          people: e.people,
          quoted: this.quoteCounts(e),
        })),
      ),
      this,
    );
    return this.people;
  }

  /** Quotes per speaker id in an article, read without parsing its facts. */
  private quoteCounts(entry: ArticleEntry): Map<string, number> {
    const counts = new Map<string, number>();
    for (let i = entry.first; i < entry.end; i++) {
      const speaker = this.table.quoteSpeaker(i);
      if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    }
    return counts;
  }

  /**
   * People and speaking organisations whose name (or title) resembles `text`, best first. Within
   * one article, a name asked as it sounds ("Sadiq Kahn") is looked up again as the article spells
   * it, a little less surely, when spelling alone finds no one for sure.
   */
  findPeople(text: string, article?: string): PersonHit[] {
    const hits = this.names.find(text, article);
    if (article === undefined || (hits[0]?.score ?? 0) >= SURE_BY_SPELLING) return hits;
    const respelt = respeltBySound(text, this.entries.get(article)?.people ?? []);
    if (respelt === null) return hits;
    const heard = this.names.find(respelt, article).map((h) => ({ ...h, score: h.score * BY_SOUND }));
    return (heard[0]?.score ?? 0) > (hits[0]?.score ?? 0) ? heard : hits;
  }

  /**
   * The index as flat arrays, to persist and restore with `fromImage`; null once an article has been
   * removed or replaced (its dead postings still count in IDF, so a restore would rank differently).
   */
  toImage(): IndexImage | null {
    if (this.removed) return null;
    const numbers = new Map<string, number>();
    const people: Person[][] = [];
    const articles = [...this.entries.values()].map((e, i) => {
      numbers.set(e.ref.id, i);
      people.push(e.people as Person[]);
      return { id: e.ref.id, ref: e.ref, people: people[i]!, passages: e.end - e.first };
    });
    const names = this.names.toImage(
      (id) => numbers.get(id)!,
      (a, person) => people[a]!.findIndex((p) => p.id === person.id),
    );
    return {
      articles,
      ...this.table.toImage(),
      vocabulary: [...this.vocabulary.keys()],
      counts: this.wordCounts.slice(0, this.vocabulary.size),
      ...this.inverted.toImage(),
      ...names,
    };
  }

  /**
   * Restores an index from `toImage` without tokenising: it answers exactly as the index that was
   * exported. Passages are made on first use; facts are parsed on first use by `load(id)`.
   */
  static fromImage(image: IndexImage | StoredImage, load: (id: string) => Facts): ArchiveIndex {
    const index = new ArchiveIndex();
    index.table = PassageTable.fromImage(image);
    index.made = new Array<Passage | undefined>(index.table.count).fill(undefined);
    index.inverted = InvertedIndex.fromImage(image, index.table.lengths());
    let first = 0;
    for (const article of image.articles) {
      const articleId = article.id;
      const end = first + article.passages;
      index.entries.set(articleId, {
        facts: null,
        people: article.people,
        load: () => load(articleId),
        ref: article.ref,
        first,
        end,
      });
      first = end;
    }
    image.vocabulary.forEach((word, i) => {
      index.vocabulary.set(word, i);
      index.wordList.push(word);
    });
    index.wordCounts = image.counts.slice();
    index.names = NameIndex.fromImage(image, image.articles);
    return index;
  }

  private countWords(list: readonly string[], counts: Int32Array): void {
    for (let i = 0; i < list.length; i++) {
      const word = list[i]!;
      let slot = this.vocabulary.get(word);
      if (slot === undefined) {
        slot = this.vocabulary.size;
        this.vocabulary.set(word, slot);
        this.wordList.push(word);
        if (slot >= this.wordCounts.length) {
          const grown = new Int32Array(Math.max(1024, this.wordCounts.length * 2));
          grown.set(this.wordCounts);
          this.wordCounts = grown;
        }
      }
      this.wordCounts[slot]! += counts[i]!;
    }
  }
}

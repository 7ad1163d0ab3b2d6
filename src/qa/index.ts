/**
 * The search core: passages (quotes, reported speech, sentences) of every loaded article in one
 * inverted index ranked by BM25, plus typo-tolerant lookups of words and people with fuse.js.
 *
 * Options are fixed for news copy: BM25 k1 = 1.2, b = 0.75; fuzzy matches need a fuse.js score
 * under 0.34 (about one edit in three letters) and are weighted down by their distance.
 *
 * Built to stay fast with tens of thousands of articles: postings are typed arrays; a fuzzy lookup
 * runs fuse.js only over the words that could match (see `FuzzyList`), with the same results as over
 * all of them; search keeps the best hits without sorting every match; and the whole index can be
 * exported as an `IndexImage` and restored without re-tokenising (the store persists it).
 */
import Fuse, { type FuseResult, type IFuseOptions } from "fuse.js";
import type { Facts, Person } from "../article/facts.ts";
import { slot } from "../maps.ts";
import { stem, terms, wordSimilarity, words } from "./terms.ts";
import type { ArticleRef } from "./types.ts";

export type PassageKind = "quote" | "reported" | "sentence";

export interface Passage {
  id: number;
  article: string;
  kind: PassageKind;
  /** The answer text: the quote, the reported clause or the sentence, verbatim. */
  text: string;
  speakerId: string | null;
  paragraph: number;
  sentence: number;
  /** Number of terms indexed for it (its matching context, not only `text`). */
  length: number;
}

/** A query term with its weight (1 for the word as asked, less for a fuzzy stand-in). */
export interface QueryTerm {
  stem: string;
  weight: number;
  /** The question's word it stands for: fuzzy variants of one word share it. */
  source: string;
}

export interface Hit {
  passage: Passage;
  score: number;
  /** Share of the query's IDF mass the passage matched, in [0, 1]: the confidence signal. */
  coverage: number;
  /** The question words (`QueryTerm.source`) the passage matched. */
  matched: string[];
}

export interface PersonHit {
  article: string;
  person: Person;
  /** In [0, 1]: how much of the asked name matched. */
  score: number;
  /** The asked words that matched this person. */
  matched: string[];
}

/**
 * Everything the index holds, as flat arrays: what `ArchiveIndex.fromImage` restores from without
 * tokenising any text. Passages are numbered in article order.
 */
export interface IndexImage {
  articles: { id: string; ref: ArticleRef; people: Person[]; passages: number }[];
  /** `PASSAGE_FIELDS` integers per passage: kind, speaker, paragraph, sentence, length, text length. */
  passages: Int32Array;
  /** Speaker ids, referred to by index from `passages` (-1: none). */
  speakers: string[];
  /** The passages' texts, one after the other. */
  texts: string;
  /** Every word seen, in order of first sight, with its number of occurrences. */
  vocabulary: string[];
  counts: Int32Array;
  /** Every term, with its number of postings; `postings` holds (passage, tf) pairs term after term. */
  terms: string[];
  postingCounts: Int32Array;
  postings: Int32Array;
  /** The people index: name words in order, each with `ownerCounts` (article, person, field) triples. */
  names: string[];
  ownerCounts: Int32Array;
  owners: Int32Array;
}

/** An image read back from storage: each passage's text is decoded when the passage is first used. */
export type StoredImage = Omit<IndexImage, "texts"> & { text: (passage: number) => string };

export const PASSAGE_FIELDS = 6;
const KINDS: readonly PassageKind[] = ["quote", "reported", "sentence"];

/**
 * The passages of one term: `count` (passage id, term frequency) pairs in `data` from `start`. A
 * restored index shares one array among all terms; a term gets its own on its next posting.
 */
interface Postings {
  data: Int32Array;
  start: number;
  count: number;
  shared: boolean;
}

interface ArticleEntry {
  /** Parsed on first use when the index was restored from an image. */
  facts: Facts | null;
  load: (() => Facts) | null;
  ref: ArticleRef;
  first: number;
  end: number;
}

interface NameEntry {
  word: string;
  owners: { article: string; person: Person; field: "name" | "title" }[];
}

const K1 = 1.2;
const B = 0.75;
const FUZZY_THRESHOLD = 0.34;
// Names are misspelled worse than words ("Blare", "Lweis"), and there are few names to confuse.
const NAME_THRESHOLD = 0.45;
// fuse.js finds the candidates; a true edit distance scores them, so "Eliott" is not "Prescott".
const MIN_NAME_SIMILARITY = 0.55;

const WORD_FUSE: IFuseOptions<string> = {
  includeScore: true,
  threshold: FUZZY_THRESHOLD,
  ignoreLocation: true,
};
const NAME_FUSE: IFuseOptions<NameEntry> = { keys: ["word"], includeScore: true, threshold: NAME_THRESHOLD };

export class ArchiveIndex {
  private readonly entries = new Map<string, ArticleEntry>();
  /** Passage objects; a restored index makes them on first use (see `passageAt`). */
  private passages: (Passage | undefined)[] = [];
  /** Per passage: its number of terms, and 1 once removed. */
  private lengths = new Int32Array(1024);
  private dead = new Uint8Array(1024);
  /** Where a restored index makes its passages from. */
  private image: PassageSource | null = null;
  /** Set by `remove`: an index with removed articles is not exported (see `toImage`). */
  private removed = false;
  private readonly postings = new Map<string, Postings>();
  private readonly vocabulary = new Map<string, number>();
  private readonly nameWords = new Map<string, NameEntry>();
  private liveCount = 0;
  private liveLength = 0;
  /** The vocabulary's words, in insertion order, for fuzzy lookup. */
  private readonly wordList = new FuzzyList<string>((w) => w, WORD_FUSE, FUZZY_THRESHOLD);
  /** The name words, in insertion order; entries since deleted from `nameWords` are skipped. */
  private nameList = new FuzzyList<NameEntry>((e) => e.word, NAME_FUSE, NAME_THRESHOLD);
  private sortedRefs: ArticleRef[] | null = null;
  private readonly scratch = new SearchScratch();
  private searching = false;
  private normCache = new Float64Array(0);
  private normAvg = Number.NaN;
  private normCount = 0;

  add(facts: Facts): void {
    this.remove(facts.id);
    const first = this.passages.length;
    // A reported clause is matched by its whole sentence, the same text as the sentence's passage.
    const tokens = new Map<string, { words: string[]; terms: string[] }>();
    for (const { context, ...passage } of draftPassages(facts)) {
      let t = tokens.get(context);
      if (!t) {
        t = { words: words(context), terms: terms(context) };
        tokens.set(context, t);
      }
      this.addPassage(passage, facts.id, t.words, t.terms);
    }
    this.entries.set(facts.id, { facts, load: null, ref: refOf(facts), first, end: this.passages.length });
    for (const person of facts.people) this.addNames(facts.id, person);
    this.sortedRefs = null;
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (let i = entry.first; i < entry.end; i++) {
      if (this.dead[i]) continue;
      this.dead[i] = 1;
      this.liveCount--;
      this.liveLength -= this.lengths[i]!;
      this.passages[i] = undefined;
    }
    this.removed = true;
    for (const [word, name] of this.nameWords) {
      name.owners = name.owners.filter((o) => o.article !== id);
      if (name.owners.length === 0) this.nameWords.delete(word);
    }
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
    entry.facts ??= entry.load!();
    return entry.facts;
  }

  ref(id: string): ArticleRef | undefined {
    return this.entries.get(id)?.ref;
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
    return this.passageAt(id);
  }

  private passageAt(id: number): Passage | undefined {
    const p = this.passages[id];
    if (p !== undefined || !this.image || !(id >= 0 && id < this.image.count) || this.dead[id]) return p;
    const made = this.image.make(id);
    this.passages[id] = made;
    return made;
  }

  /**
   * The terms a question word stands for: itself when the archive knows it, else close spellings
   * and longer words it begins ("militar" → "military").
   */
  expand(word: string): QueryTerm[] {
    const own = stem(word);
    if (this.postings.has(own) || word.length < 4) return [{ stem: own, weight: 1, source: word }];
    const found = new Map<string, number>();
    for (const hit of this.wordList.search(word, 8)) {
      const candidate = hit.item;
      const prefix = candidate.startsWith(word) && word.length >= 5;
      if (!prefix && Math.abs(candidate.length - word.length) > Math.max(2, word.length / 3)) continue;
      const weight = prefix ? 0.9 : 1 - (hit.score ?? 0);
      const s = stem(candidate);
      found.set(s, Math.max(found.get(s) ?? 0, weight));
    }
    // A word found nowhere stays in the query, so it counts against the answer's coverage.
    if (found.size === 0) return [{ stem: own, weight: 1, source: word }];
    return [...found].map(([s, weight]) => ({ stem: s, weight, source: word }));
  }

  /** Inverse document frequency of a term across the archive's passages. */
  idf(term: string): number {
    const n = this.postings.get(term)?.count ?? 0;
    return Math.log(1 + (this.liveCount - n + 0.5) / (n + 0.5));
  }

  /**
   * Ranks passages by BM25 for the query, keeping those `accept` allows (scope, kind, speaker).
   * Each question word counts once, by its best-matching stand-in.
   */
  search(query: readonly QueryTerm[], accept: (p: Passage) => boolean, limit = 10): Hit[] {
    const avg = this.liveCount ? this.liveLength / this.liveCount : 1;
    // Question words ("sources") are numbered in order of first appearance in the query.
    const sourceOf = new Map<string, number>();
    for (const term of query) if (!sourceOf.has(term.source)) sourceOf.set(term.source, sourceOf.size);
    const width = sourceOf.size;
    const sources = [...sourceOf.keys()];
    const all = !(Number.isInteger(limit) && limit > 0);
    const terms = query.map((term, t) => ({
      t,
      list: this.postings.get(term.stem),
      idf: this.idf(term.stem) * term.weight,
      source: sourceOf.get(term.source)!,
    }));
    // No passage gets more from a word than its best stand-in's IDF times (K1 + 1), nor less than 0.
    const bound = new Float64Array(width);
    for (const x of terms)
      if (x.list) bound[x.source] = Math.max(bound[x.source]!, Math.max(0, x.idf) * (K1 + 1));
    const order = [...sources.keys()].sort((a, b) => bound[b]! - bound[a]! || a - b);
    const tail = new Float64Array(width + 1);
    for (let i = width - 1; i >= 0; i--) tail[i] = tail[i + 1]! + bound[order[i]!]!;
    // The scratch arrays are shared between searches; a search run from inside `accept` gets its own.
    const shared = !this.searching;
    const rows = (shared ? this.scratch : new SearchScratch()).begin(this.passages.length, width);
    this.searching = true;
    const norms = this.norms(avg);
    const passages = this.passages;
    const score = (idf: number, tf: number, id: number) => (idf * tf * (K1 + 1)) / (tf + norms[id]!);
    try {
      // The rarest words first. Once the best `limit` passages so far all score more than the
      // remaining words could give a passage not yet seen, those words only complete the scores of
      // the passages that can still make it: the rest of their postings are never read.
      let cut = width;
      for (let i = 0; i < width; i++) {
        if (!all && rows.count >= limit && tail[i]! < lowered(rows.kth(limit))) {
          cut = i;
          break;
        }
        for (const x of terms) {
          if (x.source !== order[i] || !x.list) continue;
          const { data, start, count } = x.list;
          const verdicts = rows.verdict;
          for (let k = start; k < start + 2 * count; k += 2) {
            const id = data[k]!;
            // `accept` is asked once per passage, however many of the query's terms it holds.
            let verdict = verdicts[id]!;
            if (verdict === 0) {
              const passage = passages[id] ?? this.passageAt(id);
              verdict = passage && accept(passage) ? 1 : 2;
              rows.judge(id, verdict);
            }
            if (verdict !== 1) continue;
            // norms[id] is K1 * (1 - B + (B * length) / avg), computed as such: BM25 to the last bit.
            rows.note(id, x.source, x.t, score(x.idf, data[k + 1]!, id));
          }
        }
      }
      if (cut < width) {
        const threshold = lowered(rows.kth(limit));
        for (let r = 0; r < rows.count; r++) {
          if (rows.partial[r]! + tail[cut]! < threshold) {
            rows.excluded[r] = 1;
            continue;
          }
          const id = rows.ids[r]!;
          for (let i = cut; i < width; i++) {
            for (const x of terms) {
              if (x.source !== order[i] || !x.list) continue;
              const tf = termFrequency(x.list, id);
              if (tf > 0) rows.note(id, x.source, x.t, score(x.idf, tf, id));
            }
          }
        }
      }
    } catch (err) {
      rows.end();
      if (shared) this.searching = false;
      throw err;
    }
    // Per question word, its best stand-in's IDF; summed in the order the words came.
    const mass = new Float64Array(width);
    const seen = new Uint8Array(width);
    for (const term of query) {
      const source = sourceOf.get(term.source)!;
      const value = this.idf(term.stem) * term.weight;
      mass[source] = seen[source] ? Math.max(mass[source]!, value) : Math.max(0, value);
      seen[source] = 1;
    }
    let total = 0;
    for (let s = 0; s < width; s++) total += mass[s]!;
    // Scores add up the words in the order the passage matched them (by their place in the query),
    // and ties go to the passage matched first: as if the terms had been read one after the other.
    const ranked: Ranked[] = [];
    const matchedOrder: number[] = [];
    for (let r = 0; r < rows.count; r++) {
      if (rows.excluded[r]) continue;
      const id = rows.ids[r]!;
      rows.matchedSources(r, matchedOrder);
      let sum = 0;
      for (const source of matchedOrder) sum += rows.scores[r * width + source]!;
      const passage = passages[id]!;
      // Most passages fall short of the best so far: they are dropped before anything is built.
      const last = !all && ranked.length === limit ? ranked[limit - 1]! : null;
      if (last && last.score - sum > 0) continue;
      let matched = 0;
      for (const source of matchedOrder) matched += mass[source]!;
      const entry: Ranked = {
        passage,
        score: sum,
        coverage: total ? matched / total : 0,
        first: rows.firstTerm(r),
        id,
        row: r,
      };
      if (all) {
        ranked.push(entry);
        continue;
      }
      if (last && byRank(last, entry) <= 0) continue;
      let at = ranked.length;
      while (at > 0 && byRank(ranked[at - 1]!, entry) > 0) at--;
      ranked.splice(at, 0, entry);
      if (ranked.length > limit) ranked.pop();
    }
    if (all) ranked.sort(byRank);
    const hits = ranked.slice(0, all ? limit : ranked.length).map((e) => {
      rows.matchedSources(e.row, matchedOrder);
      return {
        passage: e.passage,
        score: e.score,
        coverage: e.coverage,
        matched: matchedOrder.map((source) => sources[source]!),
      };
    });
    rows.end();
    if (shared) this.searching = false;
    return hits;
  }

  /** Each passage's BM25 length normalisation for the average length `avg`, cached until it changes. */
  private norms(avg: number): Float64Array {
    if (this.normAvg !== avg || this.normCache.length < this.passages.length) {
      if (this.normCache.length < this.passages.length) {
        this.normCache = new Float64Array(Math.max(1024, this.passages.length * 1.25));
      }
      for (let i = 0; i < this.passages.length; i++) {
        this.normCache[i] = this.dead[i] ? 0 : K1 * (1 - B + (B * this.lengths[i]!) / avg);
      }
      this.normAvg = avg;
      this.normCount = this.passages.length;
    }
    // Passages added since (at the same average) get theirs now.
    for (let i = this.normCount; i < this.passages.length; i++) {
      this.normCache[i] = this.dead[i] ? 0 : K1 * (1 - B + (B * this.lengths[i]!) / avg);
    }
    this.normCount = this.passages.length;
    return this.normCache;
  }

  /** Passages of an article, in document order, that `accept` allows. */
  passagesOf(article: string, accept: (p: Passage) => boolean = () => true): Passage[] {
    const entry = this.entries.get(article);
    if (!entry) return [];
    const out: Passage[] = [];
    for (let i = entry.first; i < entry.end; i++) {
      const p = this.passageAt(i);
      if (p && accept(p)) out.push(p);
    }
    return out;
  }

  /** People and speaking organisations whose name (or title) resembles `text`, best first. */
  findPeople(text: string, article?: string): PersonHit[] {
    const asked = words(text).filter((w) => w.length > 1 && !NAME_NOISE.has(w));
    if (asked.length === 0) return [];
    // One entry per (article, person), in order of first match; keyed without building strings,
    // since a title word ("minister") can have thousands of owners.
    const byArticle = new Map<string, Map<Person, { hit: PersonHit; perWord: Map<string, number> }>>();
    const best: { hit: PersonHit; perWord: Map<string, number> }[] = [];
    for (const word of asked) {
      for (const { entry, similarity } of this.lookupName(word)) {
        for (const owner of entry.owners) {
          if (article !== undefined && owner.article !== article) continue;
          let people = byArticle.get(owner.article);
          if (!people) {
            people = new Map();
            byArticle.set(owner.article, people);
          }
          let found = people.get(owner.person);
          if (!found) {
            found = {
              hit: { article: owner.article, person: owner.person, score: 0, matched: [] as string[] },
              perWord: new Map<string, number>(),
            };
            people.set(owner.person, found);
            best.push(found);
          }
          const value = owner.field === "name" ? similarity : similarity * 0.6;
          found.perWord.set(word, Math.max(found.perWord.get(word) ?? 0, value));
        }
      }
    }
    const hits = best.map(({ hit, perWord }) => {
      const total = [...perWord.values()].reduce((a, b) => a + b, 0);
      // "the president" names a title outright: a whole-title match outranks a partial one.
      const title = titleWords(hit.person);
      const wholeTitle = title.length > 0 && title.every((w) => perWord.has(w)) ? 0.1 : 0;
      return { ...hit, score: Math.min(1, total / asked.length + wholeTitle), matched: [...perWord.keys()] };
    });
    return hits.filter((h) => h.score > 0).sort((a, b) => b.score - a.score);
  }

  /**
   * The index as flat arrays, to persist and restore with `fromImage`; null once an article has been
   * removed or replaced (its dead postings still count in IDF, so a restore would rank differently).
   */
  toImage(): IndexImage | null {
    if (this.removed) return null;
    const count = this.passages.length;
    const speakerIds = new Map<string, number>();
    const table = new Int32Array(count * PASSAGE_FIELDS);
    const texts: string[] = [];
    for (let i = 0; i < count; i++) {
      const p = this.passageAt(i)!;
      const at = i * PASSAGE_FIELDS;
      table[at] = KINDS.indexOf(p.kind);
      table[at + 1] = p.speakerId === null ? -1 : slot(speakerIds, p.speakerId, () => speakerIds.size);
      table[at + 2] = p.paragraph;
      table[at + 3] = p.sentence;
      table[at + 4] = p.length;
      table[at + 5] = p.text.length;
      texts.push(p.text);
    }
    const termList = [...this.postings.keys()];
    const postingCounts = new Int32Array(termList.length);
    let pairs = 0;
    termList.forEach((t, i) => {
      postingCounts[i] = this.postings.get(t)!.count;
      pairs += postingCounts[i]!;
    });
    const postings = new Int32Array(pairs * 2);
    let at = 0;
    for (const t of termList) {
      const { data, start, count: n } = this.postings.get(t)!;
      postings.set(data.subarray(start, start + n * 2), at);
      at += n * 2;
    }
    const articleIndex = new Map<string, number>();
    const people: Person[][] = [];
    const articles = [...this.entries.values()].map((e, i) => {
      articleIndex.set(e.ref.id, i);
      people.push(this.facts(e.ref.id)!.people);
      return { id: e.ref.id, ref: e.ref, people: people[i]!, passages: e.end - e.first };
    });
    const names = [...this.nameWords.values()];
    const ownerCounts = Int32Array.from(names, (n) => n.owners.length);
    const owners = new Int32Array(ownerCounts.reduce((a, b) => a + b, 0) * 3);
    let o = 0;
    for (const { owners: list } of names) {
      for (const owner of list) {
        const a = articleIndex.get(owner.article)!;
        owners[o++] = a;
        owners[o++] = people[a]!.findIndex((p) => p.id === owner.person.id);
        owners[o++] = owner.field === "name" ? 0 : 1;
      }
    }
    return {
      articles,
      passages: table,
      speakers: [...speakerIds.keys()],
      texts: texts.join(""),
      vocabulary: [...this.vocabulary.keys()],
      counts: Int32Array.from(this.vocabulary.values()),
      terms: termList,
      postingCounts,
      postings,
      names: names.map((n) => n.word),
      ownerCounts,
      owners,
    };
  }

  /**
   * Restores an index from `toImage` without tokenising: it answers exactly as the index that was
   * exported. Passages are made on first use; facts are parsed on first use by `load(id)`.
   */
  static fromImage(image: IndexImage | StoredImage, load: (id: string) => Facts): ArchiveIndex {
    const index = new ArchiveIndex();
    const count = image.passages.length / PASSAGE_FIELDS;
    index.grow(count);
    const source = new PassageSource(image, count);
    let id = 0;
    image.articles.forEach((article, a) => {
      const first = id;
      for (const end = id + article.passages; id < end; id++) {
        const length = image.passages[id * PASSAGE_FIELDS + 4]!;
        index.lengths[id] = length;
        source.article[id] = a;
        index.liveLength += length;
      }
      const articleId = article.id;
      index.entries.set(articleId, {
        facts: null,
        load: () => load(articleId),
        ref: article.ref,
        first,
        end: id,
      });
    });
    index.liveCount = count;
    index.passages = new Array<Passage | undefined>(count).fill(undefined);
    index.image = source;
    image.vocabulary.forEach((word, i) => {
      index.vocabulary.set(word, image.counts[i]!);
      index.wordList.push(word);
    });
    let at = 0;
    image.terms.forEach((term, i) => {
      const n = image.postingCounts[i]!;
      index.postings.set(term, { data: image.postings, start: at, count: n, shared: true });
      at += n * 2;
    });
    let o = 0;
    image.names.forEach((word, i) => {
      const owners: NameEntry["owners"] = [];
      for (let k = 0; k < image.ownerCounts[i]!; k++, o += 3) {
        const article = image.articles[image.owners[o]!]!;
        owners.push({
          article: article.id,
          person: article.people[image.owners[o + 1]!]!,
          field: image.owners[o + 2] === 0 ? "name" : "title",
        });
      }
      const entry = { word, owners };
      index.nameWords.set(word, entry);
      index.nameList.push(entry);
    });
    return index;
  }

  /** Makes room for `count` passages in the per-passage arrays. */
  private grow(count: number): void {
    if (this.lengths.length >= count) return;
    const size = Math.max(count, this.lengths.length * 2);
    const lengths = new Int32Array(size);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const dead = new Uint8Array(size);
    dead.set(this.dead);
    this.dead = dead;
  }

  private lookupName(word: string): { entry: NameEntry; similarity: number }[] {
    const exact = this.nameWords.get(word);
    if (exact) return [{ entry: exact, similarity: 1 }];
    if (word.length < 4) return [];
    // Entries of removed articles linger in the list until they outnumber the live ones.
    if (this.nameList.length > 2 * this.nameWords.size + 1024) {
      this.nameList = new FuzzyList<NameEntry>((e) => e.word, NAME_FUSE, NAME_THRESHOLD);
      for (const entry of this.nameWords.values()) this.nameList.push(entry);
    }
    return this.nameList
      .search(word, 5, (e) => this.nameWords.get(e.word) === e)
      .map((h) => ({ entry: h.item, similarity: wordSimilarity(word, h.item.word) }))
      .filter((h) => h.similarity >= MIN_NAME_SIMILARITY);
  }

  private addNames(article: string, person: Person): void {
    const add = (text: string, field: "name" | "title") => {
      for (const word of words(text)) {
        if (word.length < 2 || NAME_NOISE.has(word)) continue;
        let entry = this.nameWords.get(word);
        if (!entry) {
          entry = { word, owners: [] };
          this.nameWords.set(word, entry);
          this.nameList.push(entry);
        }
        // This article's owners are the last ones (it was removed before being added again), so
        // the check looks only there: a word like "minister" has thousands of owners.
        const { owners } = entry;
        let duplicate = false;
        for (let k = owners.length - 1; k >= 0 && owners[k]!.article === article; k--) {
          const o = owners[k]!;
          if (o.person.id === person.id && o.field === field) {
            duplicate = true;
            break;
          }
        }
        if (!duplicate) owners.push({ article, person, field });
      }
    };
    add([person.name, ...person.aliases].join(" "), "name");
    if (person.title) add(person.title, "title");
  }

  private addPassage(
    p: Omit<Passage, "id" | "article" | "length">,
    article: string,
    contextWords: readonly string[],
    list: readonly string[],
  ): void {
    const id = this.passages.length;
    for (const word of contextWords) {
      const count = this.vocabulary.get(word);
      if (count === undefined) this.wordList.push(word);
      this.vocabulary.set(word, (count ?? 0) + 1);
    }
    const counts = new Map<string, number>();
    for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      let postings = this.postings.get(t);
      if (!postings) {
        postings = { data: new Int32Array(4), start: 0, count: 0, shared: false };
        this.postings.set(t, postings);
      }
      if (postings.shared || postings.data.length < (postings.count + 1) * 2) {
        const grown = new Int32Array(Math.max(8, postings.count * 4));
        grown.set(postings.data.subarray(postings.start, postings.start + postings.count * 2));
        postings.data = grown;
        postings.start = 0;
        postings.shared = false;
      }
      postings.data[postings.count * 2] = id;
      postings.data[postings.count * 2 + 1] = tf;
      postings.count++;
    }
    this.passages.push({ ...p, id, article, length: list.length });
    this.grow(id + 1);
    this.lengths[id] = list.length;
    this.liveCount++;
    this.liveLength += list.length;
  }
}

/** Makes the passages of a restored index from its image, one at a time as they are needed. */
class PassageSource {
  /** Per passage: its article's position in `image.articles`. */
  readonly article: Int32Array;
  readonly count: number;
  private readonly text: (id: number) => string;

  constructor(
    private readonly image: IndexImage | StoredImage,
    count: number,
  ) {
    this.count = count;
    this.article = new Int32Array(count);
    if ("text" in image) {
      this.text = image.text;
    } else {
      const starts = new Int32Array(count);
      let offset = 0;
      for (let id = 0; id < count; id++) {
        starts[id] = offset;
        offset += image.passages[id * PASSAGE_FIELDS + 5]!;
      }
      const { texts, passages } = image;
      this.text = (id) => texts.slice(starts[id]!, starts[id]! + passages[id * PASSAGE_FIELDS + 5]!);
    }
  }

  make(id: number): Passage {
    const { image } = this;
    const at = id * PASSAGE_FIELDS;
    const speaker = image.passages[at + 1]!;
    return {
      kind: KINDS[image.passages[at]!]!,
      text: this.text(id),
      speakerId: speaker < 0 ? null : image.speakers[speaker]!,
      paragraph: image.passages[at + 2]!,
      sentence: image.passages[at + 3]!,
      id,
      article: image.articles[this.article[id]!]!.id,
      length: image.passages[at + 4]!,
    };
  }
}

/** Hit order: higher score first, then quotes before reported speech before sentences. */
function byScore(a: { passage: Passage; score: number }, b: { passage: Passage; score: number }): number {
  return b.score - a.score || kindRank(a.passage) - kindRank(b.passage);
}

interface Ranked {
  passage: Passage;
  score: number;
  coverage: number;
  /** The first query term that matched the passage, and its id: the order it was first matched in. */
  first: number;
  id: number;
  row: number;
}

function byRank(a: Ranked, b: Ranked): number {
  return byScore(a, b) || a.first - b.first || a.id - b.id;
}

/** A bound lowered by more than floating-point rounding, so pruning against it is always safe. */
function lowered(threshold: number): number {
  return threshold - Math.abs(threshold) * 1e-9 - 1e-12;
}

/** The term frequency of passage `id` in a term's postings (sorted by passage), or 0. */
function termFrequency(list: Postings, id: number): number {
  const { data, start } = list;
  let lo = 0;
  let hi = list.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = data[start + 2 * mid]!;
    if (at === id) return data[start + 2 * mid + 1]!;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * Per-search bookkeeping in reused typed arrays: each matched passage gets a row holding, per
 * question word, its best score and the first query term that matched it, plus the sum so far.
 */
class SearchScratch {
  rowOf = new Int32Array(0);
  /** Per passage: 0 not asked yet, 1 accepted, 2 refused (reset after each search). */
  verdict = new Uint8Array(0);
  private judged = new Int32Array(1024);
  private judgedCount = 0;
  ids = new Int32Array(1024);
  partial = new Float64Array(1024);
  excluded = new Uint8Array(1024);
  scores = new Float64Array(1024);
  private first = new Int32Array(1024);
  private selection = new Float64Array(1024);
  count = 0;
  private width = 0;

  begin(passages: number, width: number): this {
    if (this.rowOf.length < passages) {
      this.rowOf = new Int32Array(Math.max(passages, this.rowOf.length * 2));
      this.verdict = new Uint8Array(this.rowOf.length);
    }
    this.width = Math.max(1, width);
    this.count = 0;
    this.ensureCells(this.ids.length);
    return this;
  }

  /** Records score `s` of question word `source` (query term `term`) for passage `id`: the word's best. */
  note(id: number, source: number, term: number, s: number): void {
    let row = this.rowOf[id]! - 1;
    const width = this.width;
    if (row < 0) {
      row = this.count++;
      this.rowOf[id] = row + 1;
      if (this.ids.length <= row) this.grow();
      this.ids[row] = id;
      this.partial[row] = 0;
      this.excluded[row] = 0;
      for (let c = row * width; c < row * width + width; c++) this.first[c] = -1;
    }
    const at = row * width + source;
    const first = this.first[at]!;
    if (first < 0) {
      this.first[at] = term;
      const value = Math.max(0, s);
      this.scores[at] = value;
      this.partial[row]! += value;
      return;
    }
    if (term < first) this.first[at] = term;
    const old = this.scores[at]!;
    const value = Math.max(old, s);
    if (value !== old) {
      this.scores[at] = value;
      this.partial[row]! += value - old;
    }
  }

  /** The sources row `r` matched, in the order of the query terms that first matched them. */
  matchedSources(r: number, out: number[]): void {
    out.length = 0;
    const base = r * this.width;
    for (let s = 0; s < this.width; s++) {
      const f = this.first[base + s]!;
      if (f < 0) continue;
      // Few words per question: an insertion sort by first matching term.
      let at = out.length;
      while (at > 0 && this.first[base + out[at - 1]!]! > f) {
        out[at] = out[at - 1]!;
        at--;
      }
      out[at] = s;
    }
  }

  /** The first query term that matched row `r`. */
  firstTerm(r: number): number {
    let min = Number.POSITIVE_INFINITY;
    const base = r * this.width;
    for (let s = 0; s < this.width; s++) {
      const f = this.first[base + s]!;
      if (f >= 0 && f < min) min = f;
    }
    return min;
  }

  /** The k-th highest sum so far (k <= count): no passage can join the best k below it. */
  kth(k: number): number {
    if (this.selection.length < this.count) this.selection = new Float64Array(this.partial.length);
    const a = this.selection;
    a.set(this.partial.subarray(0, this.count));
    // Quickselect for the element at index k - 1 in descending order.
    let lo = 0;
    let hi = this.count - 1;
    const want = k - 1;
    while (lo < hi) {
      const pivot = a[(lo + hi) >>> 1]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (a[i]! > pivot) i++;
        while (a[j]! < pivot) j--;
        if (i <= j) {
          const t = a[i]!;
          a[i] = a[j]!;
          a[j] = t;
          i++;
          j--;
        }
      }
      if (want <= j) hi = j;
      else if (want >= i) lo = i;
      else break;
    }
    return a[want]!;
  }

  judge(id: number, verdict: number): void {
    this.verdict[id] = verdict;
    if (this.judgedCount === this.judged.length) {
      const judged = new Int32Array(this.judged.length * 2);
      judged.set(this.judged);
      this.judged = judged;
    }
    this.judged[this.judgedCount++] = id;
  }

  end(): void {
    for (let r = 0; r < this.count; r++) this.rowOf[this.ids[r]!] = 0;
    for (let k = 0; k < this.judgedCount; k++) this.verdict[this.judged[k]!] = 0;
    this.count = 0;
    this.judgedCount = 0;
  }

  private grow(): void {
    const rows = this.ids.length * 2;
    const ids = new Int32Array(rows);
    ids.set(this.ids);
    this.ids = ids;
    const partial = new Float64Array(rows);
    partial.set(this.partial);
    this.partial = partial;
    const excluded = new Uint8Array(rows);
    excluded.set(this.excluded);
    this.excluded = excluded;
    this.ensureCells(rows);
  }

  private ensureCells(rows: number): void {
    const cells = rows * this.width;
    if (this.scores.length >= cells) return;
    const first = new Int32Array(cells);
    first.set(this.first.subarray(0, this.count * this.width));
    this.first = first;
    const scores = new Float64Array(cells);
    scores.set(this.scores.subarray(0, this.count * this.width));
    this.scores = scores;
  }
}

/**
 * An append-only list searched with fuse.js. fuse.js runs its bitap matcher over every item, which
 * is slow over a large vocabulary. A bitap match with e errors means some part of the item is within
 * e edits of the pattern, and the threshold bounds e, so this first drops the items that cannot
 * match: too short, missing too many of the pattern's letters, or (computed exactly) with no part
 * within e edits. fuse.js then runs, with the same options, over the rest in the same order, so
 * scores and tie order are its own: the results are those of a search over the whole list.
 */
class FuzzyList<T> {
  private items: T[] = [];
  private texts: string[] = [];
  private masks = new Int32Array(1024);

  constructor(
    private readonly key: (item: T) => string,
    private readonly options: IFuseOptions<T>,
    private readonly threshold: number,
  ) {}

  get length(): number {
    return this.items.length;
  }

  push(item: T): void {
    const at = this.items.length;
    if (at === this.masks.length) {
      const masks = new Int32Array(at * 2);
      masks.set(this.masks);
      this.masks = masks;
    }
    // fuse.js compares lower-cased text (isCaseSensitive is off).
    const text = this.key(item).toLowerCase();
    this.masks[at] = letterMask(text);
    this.texts.push(text);
    this.items.push(item);
  }

  search(pattern: string, limit: number, alive: (item: T) => boolean = () => true): FuseResult<T>[] {
    const p = pattern.toLowerCase();
    // fuse.js cuts patterns over 32 letters into pieces (a piece may match alone) and lists the
    // first items for a blank one: no shortcut for those.
    if (p.length > 32 || !p.trim()) {
      return new Fuse(this.items.filter(alive), this.options).search(pattern, { limit });
    }
    const edits = Math.floor(this.threshold * p.length + 1e-6);
    const shortest = p.length - edits;
    const want = letterMask(p);
    const candidates: T[] = [];
    const matcher = new EditMatcher(p);
    const { masks, texts, items } = this;
    for (let i = 0; i < items.length; i++) {
      const text = texts[i]!;
      if (text.length < shortest || bitCount(want & ~masks[i]!) > edits) continue;
      if (!matcher.within(text, edits) || !alive(items[i]!)) continue;
      candidates.push(items[i]!);
    }
    if (candidates.length === 0) return [];
    return new Fuse(candidates, this.options).search(pattern, { limit });
  }
}

/**
 * Myers' bit-parallel approximate matcher for one pattern of up to 32 characters: whether some
 * substring of a text is within a number of insertions, deletions and substitutions of it.
 */
class EditMatcher {
  private readonly ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();
  private readonly last: number;

  constructor(pattern: string) {
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (c < 128) this.ascii[c]! |= 1 << i;
      else this.other.set(c, (this.other.get(c) ?? 0) | (1 << i));
    }
    this.last = 1 << (pattern.length - 1);
    this.length = pattern.length;
  }

  readonly length: number;

  within(text: string, edits: number): boolean {
    if (this.length <= edits) return true;
    let pv = -1;
    let mv = 0;
    let score = this.length;
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const eq = c < 128 ? this.ascii[c]! : (this.other.get(c) ?? 0);
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & this.last) score++;
      else if (mh & this.last) score--;
      // A match may start anywhere in the text: the top row stays 0, so nothing shifts in.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score <= edits) return true;
    }
    return false;
  }
}

/** One bit per letter a-z; other characters share six bits (a collision only lets more through). */
function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    mask |= c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << (26 + (c % 6));
  }
  return mask;
}

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const TITLE_WORDS = new WeakMap<Person, string[]>();

/** The words of a person's title that say who they are, worked out once per person. */
function titleWords(person: Person): string[] {
  let found = TITLE_WORDS.get(person);
  if (!found) {
    found = person.title ? words(person.title).filter((w) => !NAME_NOISE.has(w)) : [];
    TITLE_WORDS.set(person, found);
  }
  return found;
}

/** Words that say nothing about who is meant ("the", "mr", "say"). */
const NAME_NOISE = new Set(
  "the a an of and mr mrs ms dr sir lord lady dame professor prof said say says what did does who is was about on for in to s".split(
    " ",
  ),
);

function kindRank(p: Passage): number {
  return p.kind === "quote" ? 0 : p.kind === "reported" ? 1 : 2;
}

function refOf(facts: Facts): ArticleRef {
  return {
    id: facts.id,
    headline: facts.metadata.headline || facts.id,
    source: facts.metadata.source,
    published: facts.metadata.published,
  };
}

interface PassageDraft extends Omit<Passage, "id" | "article" | "length"> {
  context: string;
}

/**
 * The passages of an article. A quote is matched by its own words and the words around it up to
 * the neighbouring quotes, so "who blamed the media?" finds "misreporting".
 */
export function draftPassages(facts: Facts): PassageDraft[] {
  const drafts: PassageDraft[] = [];
  const bySentence = new Map<number, typeof facts.quotes>();
  for (const q of facts.quotes) bySentence.set(q.sentence, [...(bySentence.get(q.sentence) ?? []), q]);
  facts.sentences.forEach((sentence, index) => {
    const quotes = (bySentence.get(index) ?? []).filter((q) => q.speakerId);
    let from = 0;
    const positions = quotes.map((q) => {
      const at = sentence.text.indexOf(q.text, from);
      from = at >= 0 ? at + q.text.length : from;
      return at;
    });
    quotes.forEach((q, k) => {
      const start = k > 0 && positions[k - 1]! >= 0 ? positions[k - 1]! + quotes[k - 1]!.text.length : 0;
      const next = positions[k + 1];
      const end = next !== undefined && next >= 0 ? next : sentence.text.length;
      const own =
        positions[k]! >= 0
          ? sentence.text.slice(start, Math.max(end, positions[k]! + q.text.length))
          : q.text;
      // A sentence that opens with the quote was usually set up by the one before it
      // ("Asked about the offer, Lena shook her head. "Why now?" she asked.").
      const previous = facts.sentences[index - 1];
      const opens = k === 0 && positions[0]! >= 0 && positions[0]! <= 1;
      const context =
        opens && previous && sentence.paragraph - previous.paragraph <= 1 ? `${previous.text} ${own}` : own;
      drafts.push({
        kind: "quote",
        text: q.text,
        speakerId: q.speakerId,
        paragraph: q.paragraph,
        sentence: index,
        context,
      });
    });
    drafts.push({
      kind: "sentence",
      text: sentence.text,
      speakerId: null,
      paragraph: sentence.paragraph,
      sentence: index,
      context: sentence.text,
    });
  });
  for (const r of facts.reported) {
    const sentence = facts.sentences[r.sentence];
    drafts.push({
      kind: "reported",
      text: r.text,
      speakerId: r.speakerId,
      paragraph: r.paragraph,
      sentence: r.sentence,
      context: sentence?.text ?? r.text,
    });
  }
  return drafts;
}

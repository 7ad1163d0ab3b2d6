/**
 * The search core: passages (quotes, reported speech, sentences) of every loaded article in one
 * inverted index ranked by BM25, plus typo-tolerant lookups of words and people with fuse.js.
 *
 * Options are fixed for news copy: BM25 k1 = 1.2, b = 0.75; fuzzy matches need a fuse.js score
 * under 0.34 (about one edit in three letters) and are weighted down by their distance.
 */
import Fuse from "fuse.js";
import type { Facts, Person } from "../article/facts.ts";
import { stem, terms, words } from "./terms.ts";
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
}

export interface PersonHit {
  article: string;
  person: Person;
  /** In [0, 1]: how much of the asked name matched. */
  score: number;
  /** The asked words that matched this person. */
  matched: string[];
}

interface Postings {
  ids: number[];
  tfs: number[];
}

interface ArticleEntry {
  facts: Facts;
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

export class ArchiveIndex {
  private readonly entries = new Map<string, ArticleEntry>();
  private readonly passages: (Passage | undefined)[] = [];
  private readonly postings = new Map<string, Postings>();
  private readonly vocabulary = new Map<string, number>();
  private readonly nameWords = new Map<string, NameEntry>();
  private liveCount = 0;
  private liveLength = 0;
  private wordFuse: Fuse<string> | null = null;
  private nameFuse: Fuse<NameEntry> | null = null;

  add(facts: Facts): void {
    this.remove(facts.id);
    const first = this.passages.length;
    for (const { context, ...passage } of passagesOf(facts)) this.addPassage(passage, facts.id, context);
    this.entries.set(facts.id, { facts, ref: refOf(facts), first, end: this.passages.length });
    for (const person of facts.people) this.addNames(facts.id, person);
    this.wordFuse = null;
    this.nameFuse = null;
  }

  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    for (let i = entry.first; i < entry.end; i++) {
      const passage = this.passages[i];
      if (!passage) continue;
      this.liveCount--;
      this.liveLength -= passage.length;
      this.passages[i] = undefined;
    }
    for (const [word, name] of this.nameWords) {
      name.owners = name.owners.filter((o) => o.article !== id);
      if (name.owners.length === 0) this.nameWords.delete(word);
    }
    this.entries.delete(id);
    this.nameFuse = null;
    return true;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  facts(id: string): Facts | undefined {
    return this.entries.get(id)?.facts;
  }

  ref(id: string): ArticleRef | undefined {
    return this.entries.get(id)?.ref;
  }

  /** Newest first; undated articles last, by id. */
  articles(): ArticleRef[] {
    return [...this.entries.values()]
      .map((e) => e.ref)
      .sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || a.id.localeCompare(b.id));
  }

  get size(): number {
    return this.entries.size;
  }

  passage(id: number): Passage | undefined {
    return this.passages[id];
  }

  /**
   * The terms a question word stands for: itself when the archive knows it, else close spellings
   * and longer words it begins ("militar" → "military").
   */
  expand(word: string): QueryTerm[] {
    const own = stem(word);
    if (this.postings.has(own) || word.length < 4) return [{ stem: own, weight: 1, source: word }];
    this.wordFuse ??= new Fuse([...this.vocabulary.keys()], {
      includeScore: true,
      threshold: FUZZY_THRESHOLD,
      ignoreLocation: true,
    });
    const found = new Map<string, number>();
    for (const hit of this.wordFuse.search(word, { limit: 8 })) {
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
    const n = this.postings.get(term)?.ids.length ?? 0;
    return Math.log(1 + (this.liveCount - n + 0.5) / (n + 0.5));
  }

  /**
   * Ranks passages by BM25 for the query, keeping those `accept` allows (scope, kind, speaker).
   * Each question word counts once, by its best-matching stand-in.
   */
  search(query: readonly QueryTerm[], accept: (p: Passage) => boolean, limit = 10): Hit[] {
    const avg = this.liveCount ? this.liveLength / this.liveCount : 1;
    const scores = new Map<number, Map<string, number>>();
    for (const term of query) {
      const list = this.postings.get(term.stem);
      if (!list) continue;
      const idf = this.idf(term.stem) * term.weight;
      for (let k = 0; k < list.ids.length; k++) {
        const passage = this.passages[list.ids[k]!];
        if (!passage || !accept(passage)) continue;
        const tf = list.tfs[k]!;
        const s = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * passage.length) / avg));
        const perWord = slot(scores, passage.id, () => new Map<string, number>());
        perWord.set(term.source, Math.max(perWord.get(term.source) ?? 0, s));
      }
    }
    const mass = querySourceMass(query, (t) => this.idf(t));
    const hits: Hit[] = [];
    for (const [id, perWord] of scores) {
      const passage = this.passages[id]!;
      let score = 0;
      let matched = 0;
      for (const [source, s] of perWord) {
        score += s;
        matched += mass.get(source) ?? 0;
      }
      hits.push({ passage, score, coverage: mass.total ? matched / mass.total : 0 });
    }
    return hits
      .sort((a, b) => b.score - a.score || kindRank(a.passage) - kindRank(b.passage))
      .slice(0, limit);
  }

  /** Passages of an article, in document order, that `accept` allows. */
  passagesOf(article: string, accept: (p: Passage) => boolean = () => true): Passage[] {
    const entry = this.entries.get(article);
    if (!entry) return [];
    const out: Passage[] = [];
    for (let i = entry.first; i < entry.end; i++) {
      const p = this.passages[i];
      if (p && accept(p)) out.push(p);
    }
    return out;
  }

  /** People and speaking organisations whose name (or title) resembles `text`, best first. */
  findPeople(text: string, article?: string): PersonHit[] {
    const asked = words(text).filter((w) => w.length > 1 && !NAME_NOISE.has(w));
    if (asked.length === 0) return [];
    this.nameFuse ??= new Fuse([...this.nameWords.values()], {
      keys: ["word"],
      includeScore: true,
      threshold: NAME_THRESHOLD,
    });
    const best = new Map<string, { hit: PersonHit; perWord: Map<string, number> }>();
    for (const word of asked) {
      for (const { entry, similarity } of this.lookupName(word)) {
        for (const owner of entry.owners) {
          if (article !== undefined && owner.article !== article) continue;
          const key = `${owner.article}\u0000${owner.person.id}`;
          const found = slot(best, key, () => ({
            hit: { article: owner.article, person: owner.person, score: 0, matched: [] as string[] },
            perWord: new Map<string, number>(),
          }));
          const value = owner.field === "name" ? similarity : similarity * 0.6;
          found.perWord.set(word, Math.max(found.perWord.get(word) ?? 0, value));
        }
      }
    }
    const hits = [...best.values()].map(({ hit, perWord }) => {
      const total = [...perWord.values()].reduce((a, b) => a + b, 0);
      // "the president" names a title outright: a whole-title match outranks a partial one.
      const title = hit.person.title ? words(hit.person.title).filter((w) => !NAME_NOISE.has(w)) : [];
      const wholeTitle = title.length > 0 && title.every((w) => perWord.has(w)) ? 0.1 : 0;
      return { ...hit, score: Math.min(1, total / asked.length + wholeTitle), matched: [...perWord.keys()] };
    });
    return hits.filter((h) => h.score > 0).sort((a, b) => b.score - a.score);
  }

  private lookupName(word: string): { entry: NameEntry; similarity: number }[] {
    const exact = this.nameWords.get(word);
    if (exact) return [{ entry: exact, similarity: 1 }];
    if (word.length < 4) return [];
    return this.nameFuse!.search(word, { limit: 5 })
      .filter((h) => Math.abs(h.item.word.length - word.length) <= 2)
      .map((h) => ({ entry: h.item, similarity: 1 - (h.score ?? 0) }));
  }

  private addNames(article: string, person: Person): void {
    const add = (text: string, field: "name" | "title") => {
      for (const word of words(text)) {
        if (word.length < 2 || NAME_NOISE.has(word)) continue;
        const entry = slot(this.nameWords, word, () => ({ word, owners: [] }));
        if (
          !entry.owners.some((o) => o.article === article && o.person.id === person.id && o.field === field)
        ) {
          entry.owners.push({ article, person, field });
        }
      }
    };
    add([person.name, ...person.aliases].join(" "), "name");
    if (person.title) add(person.title, "title");
  }

  private addPassage(p: Omit<Passage, "id" | "article" | "length">, article: string, context: string): void {
    const id = this.passages.length;
    const counts = new Map<string, number>();
    for (const word of words(context)) this.vocabulary.set(word, (this.vocabulary.get(word) ?? 0) + 1);
    const list = terms(context);
    for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, tf] of counts) {
      const postings = slot(this.postings, t, () => ({ ids: [], tfs: [] }));
      postings.ids.push(id);
      postings.tfs.push(tf);
    }
    this.passages.push({ ...p, id, article, length: list.length });
    this.liveCount++;
    this.liveLength += list.length;
  }
}

/** Words that say nothing about who is meant ("the", "mr", "say"). */
const NAME_NOISE = new Set(
  "the a an of and mr mrs ms dr sir lord lady dame professor prof said say says what did does who is was about on for in to s".split(
    " ",
  ),
);

/** The map's value for `key`, created by `make` the first time. */
function slot<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function kindRank(p: Passage): number {
  return p.kind === "quote" ? 0 : p.kind === "reported" ? 1 : 2;
}

function querySourceMass(
  query: readonly QueryTerm[],
  idf: (t: string) => number,
): Map<string, number> & { total: number } {
  const mass = new Map<string, number>() as Map<string, number> & { total: number };
  for (const term of query)
    mass.set(term.source, Math.max(mass.get(term.source) ?? 0, idf(term.stem) * term.weight));
  mass.total = [...mass.values()].reduce((a, b) => a + b, 0);
  return mass;
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
export function passagesOf(facts: Facts): PassageDraft[] {
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
      const context =
        positions[k]! >= 0
          ? sentence.text.slice(start, Math.max(end, positions[k]! + q.text.length))
          : q.text;
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

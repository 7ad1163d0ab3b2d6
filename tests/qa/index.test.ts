import { readFileSync } from "node:fs";
import Fuse from "fuse.js";
import { beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate.ts";
import { misspell, questionsFor } from "../../bench/questions.ts";
import type { Facts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import {
  ArchiveIndex,
  draftPassages,
  LOADED_FACTS,
  type Passage,
  type PassageFilter,
  prepareArticle,
  type QueryTerm,
  transferables,
} from "../../src/qa/index.ts";
import { sameStart, stem, terms, wordSimilarity, words } from "../../src/qa/terms.ts";

function plainPassage(p: Passage): Passage {
  const { id, article, kind, text, speakerId, paragraph, sentence, length } = p;
  return { id, article, kind, text, speakerId, paragraph, sentence, length };
}

/**
 * The plain algorithms the index must agree with exactly: BM25 read term by term over every posting,
 * and fuse.js over the whole vocabulary. The index prunes postings and filters fuse.js's input for
 * speed; these pin down that it still returns the same hits, scores and order.
 */
class Reference {
  readonly passages: Passage[] = [];
  private readonly postings = new Map<string, { ids: number[]; tfs: number[] }>();
  private readonly vocabulary = new Map<string, number>();
  private length = 0;

  constructor(all: readonly Facts[]) {
    for (const facts of all) {
      for (const { context, ...draft } of draftPassages(facts)) {
        const id = this.passages.length;
        for (const w of words(context)) this.vocabulary.set(w, (this.vocabulary.get(w) ?? 0) + 1);
        const list = terms(context);
        const counts = new Map<string, number>();
        for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
        for (const [t, tf] of counts) {
          const p = this.postings.get(t) ?? { ids: [], tfs: [] };
          p.ids.push(id);
          p.tfs.push(tf);
          this.postings.set(t, p);
        }
        this.passages.push({ ...draft, id, article: facts.id, length: list.length });
        this.length += list.length;
      }
    }
  }

  idf(term: string): number {
    const n = this.postings.get(term)?.ids.length ?? 0;
    return Math.log(1 + (this.passages.length - n + 0.5) / (n + 0.5));
  }

  search(query: readonly QueryTerm[], accept: (p: Passage) => boolean, limit: number) {
    const avg = this.length / this.passages.length;
    const scores = new Map<number, Map<string, number>>();
    const firstTerm = new Map<number, number>();
    for (const [t, term] of query.entries()) {
      const list = this.postings.get(term.stem);
      if (!list) continue;
      const idf = this.idf(term.stem) * term.weight;
      list.ids.forEach((id, k) => {
        const p = this.passages[id]!;
        if (!accept(p)) return;
        const tf = list.tfs[k]!;
        const s = (idf * tf * 2.2) / (tf + 1.2 * (1 - 0.75 + (0.75 * p.length) / avg));
        const perWord = scores.get(id) ?? new Map<string, number>();
        perWord.set(term.source, Math.max(perWord.get(term.source) ?? 0, s));
        scores.set(id, perWord);
        if (!firstTerm.has(id)) firstTerm.set(id, t);
      });
    }
    const mass = new Map<string, number>();
    for (const t of query) mass.set(t.source, Math.max(mass.get(t.source) ?? 0, this.idf(t.stem) * t.weight));
    const total = [...mass.values()].reduce((a, b) => a + b, 0);
    const rank = (p: Passage) => (p.kind === "quote" ? 0 : p.kind === "reported" ? 1 : 2);
    return [...scores]
      .map(([id, perWord]) => {
        let score = 0;
        let matched = 0;
        for (const [source, s] of perWord) {
          score += s;
          matched += mass.get(source) ?? 0;
        }
        const passage = this.passages[id]!;
        return { passage, score, coverage: total ? matched / total : 0, matched: [...perWord.keys()] };
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          rank(a.passage) - rank(b.passage) ||
          firstTerm.get(a.passage.id)! - firstTerm.get(b.passage.id)! ||
          (a.passage.article < b.passage.article ? -1 : a.passage.article > b.passage.article ? 1 : 0) ||
          a.passage.id - b.passage.id,
      )
      .slice(0, limit);
  }

  expand(word: string): QueryTerm[] {
    const own = stem(word);
    if (this.postings.has(own) || word.length < 4) return [{ stem: own, weight: 1, source: word }];
    // Over the vocabulary in alphabetical order: words of equal score come in the same order however
    // the archive was built.
    const fuse = new Fuse([...this.vocabulary.keys()].sort(), {
      includeScore: true,
      threshold: 0.34,
      ignoreLocation: true,
    });
    const found = new Map<string, number>();
    // The best eight, and those that tie with the eighth.
    const all = fuse.search(word);
    const eighth = all[Math.min(8, all.length) - 1]?.score;
    for (const hit of all.filter((h, i) => i < 8 || h.score === eighth)) {
      const prefix = hit.item.startsWith(word) && word.length >= 5;
      if (!prefix && wordSimilarity(word, hit.item) < 0.7) continue;
      if (!sameStart(word, hit.item)) continue;
      const weight = prefix ? 0.9 : 1 - (hit.score ?? 0);
      const s = stem(hit.item);
      found.set(s, Math.max(found.get(s) ?? 0, weight));
    }
    if (found.size === 0) return [{ stem: own, weight: 1, source: word }];
    return [...found].map(([s, weight]) => ({ stem: s, weight, source: word }));
  }
}

/** A small deterministic PRNG for the random queries. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

let all: Facts[];
let index: ArchiveIndex;
let reference: Reference;

beforeAll(() => {
  const article = JSON.parse(readFileSync(new URL("../../data/article.facts.json", import.meta.url), "utf8"));
  all = [article, ...generateArticles(60).map((a) => parseArticle(a.text, a.id))];
  index = new ArchiveIndex();
  for (const f of all) index.add(f);
  reference = new Reference(all);
});

describe("ArchiveIndex search", () => {
  it("ranks exactly as BM25 read over every posting: hits, scores, coverage and order", () => {
    const rnd = random(1);
    // Every occurrence, so common words (long postings, where pruning pays) come up often.
    const stems = all.flatMap((f) => f.sentences.flatMap((s) => terms(s.text)));
    // Each filter as the search is given it, and as the reference applies it to a passage: a filter
    // by the passage's number (article, text length) makes no passage for what it refuses.
    const filters: [PassageFilter, (p: Passage) => boolean][] = [
      [() => true, () => true],
      [(p) => p.kind === "quote", (p) => p.kind === "quote"],
      [
        (p) => p.kind !== "sentence" && p.speakerId !== null,
        (p) => p.kind !== "sentence" && p.speakerId !== null,
      ],
      [(p) => p.article === all[3]!.id, (p) => p.article === all[3]!.id],
      [{ id: (id) => index.articleOf(id) !== all[2]!.id }, (p) => p.article !== all[2]!.id],
      [{ id: (id) => index.textLength(id) >= 120 }, (p) => p.text.length >= 120],
    ];
    for (let i = 0; i < 400; i++) {
      const n = 1 + Math.floor(rnd() * 6);
      const query = Array.from({ length: n }, () => ({
        stem: stems[Math.floor(rnd() * stems.length)]!,
        weight: rnd() < 0.7 ? 1 : 0.5 + Math.floor(rnd() * 50) / 100,
        source: `w${Math.floor(rnd() * n)}`,
      }));
      const [accept, accepts] = filters[i % filters.length]!;
      const limit = [1, 10, 40, 200][(i >> 1) % 4]!;
      // A passage's text is read through a getter (decoded on each read): compared as a plain object.
      const hits = index
        .search(query, accept, limit)
        .map((h) => ({ ...h, passage: plainPassage(h.passage) }));
      expect(hits).toEqual(reference.search(query, accepts, limit));
    }
  });

  it("ranks the same however the archive was built: ties (wire copies) go by article id, not ingest order", () => {
    // Each article carried twice under another id, as a wire story is by several papers.
    const copies = all.slice(0, 12).flatMap((f) => [f, { ...f, id: `copy-${f.id}` }]);
    const forward = new ArchiveIndex();
    for (const f of copies) forward.add(f);
    const backward = new ArchiveIndex();
    for (const f of [...copies].reverse()) backward.add(f);
    const where = (index: ArchiveIndex, query: QueryTerm[]) =>
      index
        .search(query, () => true, 5)
        .map((h) => `${h.passage.article} ${h.passage.paragraph} ${h.passage.sentence}`);
    let ties = 0;
    for (const facts of copies.slice(0, 24)) {
      for (const quote of facts.quotes.slice(0, 3)) {
        const query = terms(quote.text).map((t) => ({ stem: t, weight: 1, source: t }));
        const hits = where(forward, query);
        expect(where(backward, query)).toEqual(hits);
        if (hits.length > 1 && hits[0]!.endsWith(hits[1]!.split(" ").slice(1).join(" "))) ties++;
      }
    }
    // The copies tie exactly on their own words: the test met ties to break.
    expect(ties).toBeGreaterThan(10);
  });

  it("expands a misspelled word as fuse.js over the whole vocabulary would", () => {
    const vocabulary = [...new Set(all.flatMap((f) => f.sentences.flatMap((s) => words(s.text))))];
    for (let i = 0; i < 300; i++) {
      const word = misspell(vocabulary[(i * 7919) % vocabulary.length]!, i);
      expect(index.expand(word)).toEqual(reference.expand(word));
    }
    expect(index.expand("militar").map((t) => t.stem)).toContain(stem("military"));
  });
});

describe("ArchiveIndex image", () => {
  it("restores an index that answers exactly as the one exported, without the facts until asked", () => {
    const image = index.toImage()!;
    const loaded: string[] = [];
    const restored = ArchiveIndex.fromImage(image, (id) => {
      loaded.push(id);
      return all.find((f) => f.id === id)!;
    });
    expect(restored.articles()).toEqual(index.articles());
    expect(loaded).toEqual([]);
    const questions = generateArticles(60).flatMap((a, n) => (n % 6 === 0 ? questionsFor(a, n) : []));
    for (const q of [
      ...questions.map((x) => x.q),
      "What did Kelly say about the military?",
      "wat did tilerson say",
    ]) {
      expect(answerQuestion(restored, q)).toEqual(answerQuestion(index, q));
      expect(answerQuestion(restored, q, all[1]!.id)).toEqual(answerQuestion(index, q, all[1]!.id));
    }
    // A passage's length is known without its text.
    for (const i of [index, restored])
      for (const p of i.passagesOf(all[2]!.id)) expect(i.textLength(p.id)).toBe(p.text.length);
    expect(restored.passagesOf(all[2]!.id).map(plainPassage)).toEqual(
      index.passagesOf(all[2]!.id).map(plainPassage),
    );
    expect(restored.toImage()).toEqual(image);
  });

  it("is not exported once an article has been removed, and a restored index takes changes", () => {
    const built = new ArchiveIndex();
    for (const f of all.slice(0, 10)) built.add(f);
    const restored = ArchiveIndex.fromImage(built.toImage()!, (id) => all.find((f) => f.id === id)!);
    for (const i of [built, restored]) {
      i.remove(all[2]!.id);
      i.add(all[11]!);
      i.add(all[4]!);
    }
    expect(built.toImage()).toBeNull();
    expect(restored.articles()).toEqual(built.articles());
    for (const q of questionsFor(generateArticles(12)[10]!, 1).map((x) => x.q)) {
      expect(answerQuestion(restored, q)).toEqual(answerQuestion(built, q));
    }
  });
});

describe("ArchiveIndex built from prepared articles", () => {
  it("indexes exactly as from facts when each article comes prepared from another thread, loading facts only when asked", () => {
    const loaded: string[] = [];
    const prepared = new ArchiveIndex();
    for (const f of all) {
      const article = prepareArticle(f);
      // As a worker thread posts it: cloned, its arrays moved.
      const posted = structuredClone(article, { transfer: transferables(article) });
      expect(article.table.length).toBe(0);
      prepared.addPrepared(posted, () => {
        loaded.push(f.id);
        return structuredClone(f);
      });
    }
    expect(prepared.toImage()).toEqual(index.toImage());
    expect(loaded).toEqual([]);
    const questions = generateArticles(60).flatMap((a, n) => (n % 5 === 0 ? questionsFor(a, n) : []));
    for (const q of [...questions.map((x) => x.q), "What did Kelly say about the military?"]) {
      expect(answerQuestion(prepared, q)).toEqual(answerQuestion(index, q));
    }
    for (const f of all)
      expect(prepared.passagesOf(f.id).map(plainPassage)).toEqual(index.passagesOf(f.id).map(plainPassage));
    expect(prepared.facts(all[3]!.id)).toEqual(all[3]);
    expect(loaded.length).toBeGreaterThan(0);
  });

  it("keeps a bounded number of loaded facts, loading them again when needed", () => {
    const built = new ArchiveIndex();
    const loads = new Map<string, number>();
    for (const f of all)
      built.add(f, () => {
        loads.set(f.id, (loads.get(f.id) ?? 0) + 1);
        return structuredClone(f);
      });
    // Fewer articles than are kept: each is loaded once however often it is read.
    for (let round = 0; round < 6; round++)
      for (const f of all) expect(built.facts(f.id)!.metadata).toEqual(f.metadata);
    expect(Math.max(...loads.values())).toBe(1);
    // More copies of an article than are kept loaded.
    const many = new ArchiveIndex();
    const manyLoads = new Map<string, number>();
    const ids: string[] = [];
    for (let copy = 0; copy < LOADED_FACTS + 10; copy++) {
      const id = `${all[1]!.id}-${copy}`;
      ids.push(id);
      many.add({ ...all[1]!, id }, () => {
        manyLoads.set(id, (manyLoads.get(id) ?? 0) + 1);
        return { ...all[1]!, id };
      });
    }
    const first = many.passagesOf(ids[0]!);
    for (let round = 0; round < 2; round++)
      for (const id of ids) {
        expect(many.facts(id)!.id).toBe(id);
        expect(many.passagesOf(id)[3]!.article).toBe(id);
      }
    expect(many.passagesOf(ids[0]!)).toEqual(first);
    expect(many.passage(first[0]!.id)).toBe(first[0]);
    expect(manyLoads.get(ids[0]!)).toBe(2);
  });
});

/**
 * How well the index's hits answer a question, for ranking the passages of a factual question: the
 * share of the question's words a hit matched, leaving out its article's headline words (what the
 * whole article is about); how much of them the passage's own text holds; whether it holds the kind
 * of answer asked for; and BM25.
 */
import { type AnswerType, typeFit } from "./answer-type.ts";
import type { ArchiveIndex, Hit, Passage, QueryTerm } from "./index.ts";
import { kindBonus } from "./passage-value.ts";
import { stem, terms } from "./terms.ts";

export class HitRanking {
  private readonly backgrounds = new Map<string, Set<string>>();

  /** `scope`: the article asked about, if one. */
  constructor(
    private readonly index: ArchiveIndex,
    private readonly scope: string | undefined,
  ) {}

  /** Headline words: what the whole article is about, so no passage needs to repeat them. */
  private background(article: string): Set<string> {
    let found = this.backgrounds.get(article);
    if (!found) {
      found = new Set(terms(this.index.ref(article)?.headline ?? ""));
      this.backgrounds.set(article, found);
    }
    return found;
  }

  /** Whether a topic is only the article's headline words ("the rail bill"): what the whole article is about. */
  isBackground(topic: readonly string[], article: string): boolean {
    const background = this.background(article);
    return topic.every((w) => background.has(stem(w)));
  }

  /**
   * The calibrated confidence of a hit: the IDF-weighted share of the question's words it matched,
   * leaving out words of its article's headline (the company, the bill) that copy stops repeating.
   * A question made only of headline words is fully covered by any passage that matched.
   */
  confidence(hit: Hit, query: readonly QueryTerm[]): number {
    const background = this.background(hit.passage.article);
    const weight = new Map<string, number>();
    for (const q of query) {
      if (q.weight === 1 && background.has(q.stem)) weight.set(q.source, -1);
      if ((weight.get(q.source) ?? 0) < 0) continue;
      weight.set(q.source, Math.max(weight.get(q.source) ?? 0, this.index.idf(q.stem) * q.weight));
    }
    let total = 0;
    let matched = 0;
    for (const [source, w] of weight) {
      if (w < 0) continue;
      total += w;
      if (hit.matched.includes(source)) matched += w;
    }
    return total > 0 ? matched / total : 1;
  }

  /**
   * Orders hits by how much of the question they cover, then by how much the passage's own text
   * covers (so a quote beats the sentence around it only when it holds the words), then by BM25.
   * `preferDirect` favours full-sentence quotes: who said a thing first, in their own words.
   */
  rank(query: QueryTerm[], accept: (p: Passage) => boolean, preferDirect = false, wants?: AnswerType): Hit[] {
    if (query.length === 0) return [];
    const scoped = (p: Passage) => (this.scope === undefined || p.article === this.scope) && accept(p);
    const hits = this.index.search(query, scoped, 40, this.scope);
    const top = hits[0]?.score || 1;
    const stems = stemsOf(query);
    const value = (h: Hit) =>
      this.confidence(h, query) * 2 +
      h.coverage * 0.5 +
      (wants ? typeFit(h.passage.text, wants, stems) * TYPE_FIT : 0) +
      this.ownCoverage(h, query) * 0.6 +
      (h.score / top) * 0.3 +
      kindBonus(h.passage, preferDirect);
    return hits
      .map((hit) => ({ hit, value: value(hit) }))
      .sort((a, b) => b.value - a.value || a.hit.passage.id - b.hit.passage.id)
      .map((w) => w.hit);
  }

  /** IDF-weighted share of the question found in the passage's own text (a quote, not its context). */
  private ownCoverage(hit: Hit, query: readonly QueryTerm[]): number {
    if (hit.passage.kind === "sentence") return hit.coverage;
    const own = new Set(terms(hit.passage.text));
    const weight = new Map<string, number>();
    const found = new Map<string, number>();
    for (const q of query) {
      const w = this.index.idf(q.stem) * q.weight;
      weight.set(q.source, Math.max(weight.get(q.source) ?? 0, w));
      if (own.has(q.stem)) found.set(q.source, Math.max(found.get(q.source) ?? 0, w));
    }
    const total = [...weight.values()].reduce((a, b) => a + b, 0);
    return total ? [...found.values()].reduce((a, b) => a + b, 0) / total : 0;
  }
}

export function stemsOf(query: readonly QueryTerm[]): Set<string> {
  return new Set(query.map((q) => q.stem));
}

/** How much holding the kind of answer asked for (a number for "how many") counts in ranking. */
const TYPE_FIT = 0.8;

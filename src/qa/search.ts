/**
 * BM25 search over the inverted index, with early termination: the best `limit` passages for a
 * query, exactly as reading every posting of every term would rank them, without reading them all.
 *
 * The algorithm, step by step (`Searcher.search`):
 * 1. plan: number the question's words, bound what each can add to a score, order them rarest first;
 * 2. gather: read each word's postings in that order, asking `accept` once per passage, until the
 *    words left could not lift an unseen passage into the best `limit`;
 * 3. complete: look up those remaining words only for the passages that can still make it;
 * 4. rank: add up each passage's words, keep the best `limit`, and report what each matched.
 */
import type { Passage } from "./passages.ts";
import { kindRank } from "./passages.ts";
import { firstPostingFrom, type InvertedIndex, K1, type Postings, termFrequency } from "./postings.ts";
import { SearchScratch } from "./search-scratch.ts";

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

/**
 * Which passages a search keeps: a test of each passage, or (`{ id }`) of its number alone. A search
 * across the archive reads thousands of passages, most of them never ranked: a filter by article or
 * length (`ArchiveIndex.articleOf`, `textLength`) then makes none of them.
 */
export type PassageFilter = ((p: Passage) => boolean) | { id: (id: number) => boolean };

/** Passage ids from `first` up to `end`: a search within one article reads only its postings. */
export interface PassageRange {
  first: number;
  end: number;
}

/** What a search reads: the postings and the passages they point to. */
export interface SearchSource {
  inverted(): InvertedIndex;
  /** The passage with this id, or undefined once removed. */
  passage(id: number): Passage | undefined;
}

interface PlannedTerm {
  /** Position in the query: ties go to the passage matched by the earlier term. */
  t: number;
  stem: string;
  list: Postings | undefined;
  idf: number;
  /** The question word it stands for, numbered in order of first appearance. */
  source: number;
}

interface Plan {
  terms: PlannedTerm[];
  sources: string[];
  /** Question words, most valuable (rarest) first. */
  order: number[];
  /**
   * tail[i]: the most the words order[i..] can add to any passage's score; first from their IDF alone,
   * then (`tighten`, once a search has its `limit` passages and could stop) from their postings.
   */
  tail: Float64Array;
  tight: boolean;
  /** At most the final score of the `limit`-th best passage, once known (see `floorFrom`). */
  floor: number;
  /** Per question word, its best stand-in's IDF; and their sum: coverage is a share of it. */
  mass: Float64Array;
  total: number;
  limit: number;
  /** No limit: every match is ranked. */
  all: boolean;
}

interface Ranked {
  passage: Passage;
  score: number;
  coverage: number;
  /** The first query term that matched the passage: the order it was first matched in. */
  first: number;
  id: number;
  row: number;
}

export class Searcher {
  private readonly scratch = new SearchScratch();
  private searching = false;

  constructor(private readonly source: SearchSource) {}

  /**
   * Ranks passages by BM25 for the query, keeping those `accept` allows (scope, kind, speaker).
   * Each question word counts once, by its best-matching stand-in.
   */
  search(query: readonly QueryTerm[], accept: PassageFilter, limit = 10, range?: PassageRange): Hit[] {
    const plan = this.plan(query, limit);
    // The scratch arrays are shared between searches; a search run from inside `accept` gets its own.
    const shared = !this.searching;
    const rows = (shared ? this.scratch : new SearchScratch()).begin(
      this.source.inverted().passageSlots,
      plan.sources.length,
    );
    this.searching = true;
    try {
      const cut = this.gather(plan, rows, this.admission(accept), range);
      if (cut < plan.order.length) this.complete(plan, rows, cut);
      return this.rank(plan, rows);
    } finally {
      rows.end();
      if (shared) this.searching = false;
    }
  }

  /** `accept` as a test of a passage's number (removed passages are never kept). */
  private admission(accept: PassageFilter): (id: number) => boolean {
    if (typeof accept === "function")
      return (id) => {
        const passage = this.source.passage(id);
        return passage !== undefined && accept(passage);
      };
    const inverted = this.source.inverted();
    return (id) => !inverted.isDead(id) && accept.id(id);
  }

  private plan(query: readonly QueryTerm[], limit: number): Plan {
    const inverted = this.source.inverted();
    const sourceOf = new Map<string, number>();
    for (const term of query) if (!sourceOf.has(term.source)) sourceOf.set(term.source, sourceOf.size);
    const width = sourceOf.size;
    const terms = query.map((term, t) => ({
      t,
      stem: term.stem,
      list: inverted.postings(term.stem),
      idf: inverted.idf(term.stem) * term.weight,
      source: sourceOf.get(term.source)!,
    }));
    // No passage gets more from a word than its best stand-in's IDF times (K1 + 1), nor less than 0.
    const bound = new Float64Array(width);
    for (const x of terms)
      if (x.list) bound[x.source] = Math.max(bound[x.source]!, Math.max(0, x.idf) * (K1 + 1));
    const order = [...Array(width).keys()].sort((a, b) => bound[b]! - bound[a]! || a - b);
    const tail = new Float64Array(width + 1);
    for (let i = width - 1; i >= 0; i--) tail[i] = tail[i + 1]! + bound[order[i]!]!;
    const mass = new Float64Array(width);
    const seen = new Uint8Array(width);
    for (const x of terms) {
      mass[x.source] = seen[x.source] ? Math.max(mass[x.source]!, x.idf) : Math.max(0, x.idf);
      seen[x.source] = 1;
    }
    let total = 0;
    for (let s = 0; s < width; s++) total += mass[s]!;
    const all = !(Number.isInteger(limit) && limit > 0);
    return {
      terms,
      sources: [...sourceOf.keys()],
      order,
      tail,
      mass,
      total,
      limit,
      all,
      tight: false,
      floor: Number.NEGATIVE_INFINITY,
    };
  }

  /**
   * Recomputes `plan.tail` from each word's `InvertedIndex.peak`: a term rarely reaches the bound of
   * its IDF times (K1 + 1) (a passage of one word, the term many times), so the tighter bound stops a
   * search at fewer words, and ranks exactly the same passages. A hair above the peak, so rounding
   * never takes a score over it.
   */
  private tighten(plan: Plan): void {
    const inverted = this.source.inverted();
    const bound = new Float64Array(plan.sources.length);
    for (const x of plan.terms) {
      if (!x.list) continue;
      const most = Math.max(0, x.idf) * (K1 + 1) * inverted.peak(x.stem) * (1 + 1e-9);
      bound[x.source] = Math.max(bound[x.source]!, most);
    }
    const { order, tail } = plan;
    for (let i = order.length - 1; i >= 0; i--) tail[i] = tail[i + 1]! + bound[order[i]!]!;
    plan.tight = true;
  }

  /**
   * At most the final score of the `limit`-th best passage: the `limit`-th best of the passages
   * leading so far (the best `PROBES` times `limit` by partial score), scored in full, their other
   * words looked up in the postings. While few words are read, partial scores are far below final
   * ones, and the search would read on longer than it must; the passages it ranks are the same.
   */
  private floorFrom(plan: Plan, rows: SearchScratch): number {
    const { limit } = plan;
    const probes = Math.min(rows.count, PROBES * limit);
    const least = rows.kth(probes);
    const norms = this.source.inverted().norms();
    const best = new Float64Array(plan.sources.length);
    const full: number[] = [];
    for (let r = 0; r < rows.count && full.length < probes; r++) {
      if (rows.partial[r]! < least) continue;
      const id = rows.ids[r]!;
      best.fill(0);
      for (const x of plan.terms) {
        const tf = x.list ? termFrequency(x.list, id) : 0;
        if (tf > 0) best[x.source] = Math.max(best[x.source]!, bm25(x.idf, tf, norms[id]!));
      }
      let sum = 0;
      for (const score of best) sum += score;
      full.push(sum);
    }
    if (full.length < limit) return Number.NEGATIVE_INFINITY;
    return full.sort((a, b) => b - a)[limit - 1]!;
  }

  /**
   * Reads the postings of the rarest words first. Once the best `limit` passages so far all score
   * more than the remaining words could give a passage not yet seen, stops: returns how many of the
   * ordered words were read.
   */
  private gather(
    plan: Plan,
    rows: SearchScratch,
    admit: (id: number) => boolean,
    range?: PassageRange,
  ): number {
    const { order, tail, limit, all } = plan;
    const norms = this.source.inverted().norms();
    const verdicts = rows.verdict;
    for (let i = 0; i < order.length; i++) {
      if (!all && rows.count >= limit) {
        if (!plan.tight) this.tighten(plan);
        const kth = rows.kth(limit);
        if (tail[i]! < lowered(Math.max(kth, plan.floor))) return i;
        plan.floor = Math.max(plan.floor, this.floorFrom(plan, rows));
        if (tail[i]! < lowered(plan.floor)) return i;
      }
      for (const x of plan.terms) {
        if (x.source !== order[i] || !x.list) continue;
        const { data, start, count } = x.list;
        const from = range ? start + 2 * firstPostingFrom(x.list, range.first) : start;
        const end = start + 2 * count;
        for (let k = from; k < end; k += 2) {
          const id = data[k]!;
          if (range && id >= range.end) break;
          // `accept` is asked once per passage, however many of the query's terms it holds.
          let verdict = verdicts[id]!;
          if (verdict === 0) {
            verdict = admit(id) ? 1 : 2;
            rows.judge(id, verdict);
          }
          if (verdict !== 1) continue;
          rows.note(id, x.source, x.t, bm25(x.idf, data[k + 1]!, norms[id]!));
        }
      }
    }
    return order.length;
  }

  /** The words from `cut` on, for the passages whose score could still reach the best `limit`. */
  private complete(plan: Plan, rows: SearchScratch, cut: number): void {
    const { order, tail } = plan;
    const norms = this.source.inverted().norms();
    const threshold = lowered(Math.max(rows.kth(plan.limit), plan.floor));
    for (let r = 0; r < rows.count; r++) {
      if (rows.partial[r]! + tail[cut]! < threshold) {
        rows.excluded[r] = 1;
        continue;
      }
      const id = rows.ids[r]!;
      for (let i = cut; i < order.length; i++) {
        for (const x of plan.terms) {
          if (x.source !== order[i] || !x.list) continue;
          const tf = termFrequency(x.list, id);
          if (tf > 0) rows.note(id, x.source, x.t, bm25(x.idf, tf, norms[id]!));
        }
      }
    }
  }

  /**
   * Scores add up the words in the order the passage matched them (by their place in the query),
   * and ties go to the passage matched first: as if the terms had been read one after the other.
   */
  private rank(plan: Plan, rows: SearchScratch): Hit[] {
    const { limit, all, mass, total, sources } = plan;
    const width = sources.length;
    const ranked: Ranked[] = [];
    const matchedOrder: number[] = [];
    for (let r = 0; r < rows.count; r++) {
      if (rows.excluded[r]) continue;
      const id = rows.ids[r]!;
      rows.matchedSources(r, matchedOrder);
      let sum = 0;
      for (const source of matchedOrder) sum += rows.scores[r * width + source]!;
      // Most passages fall short of the best so far: they are dropped before anything is built.
      const last = !all && ranked.length === limit ? ranked[limit - 1]! : null;
      if (last && last.score - sum > 0) continue;
      let matched = 0;
      for (const source of matchedOrder) matched += mass[source]!;
      const entry: Ranked = {
        passage: this.source.passage(id)!,
        score: sum,
        coverage: total ? matched / total : 0,
        first: rows.firstTerm(r),
        id,
        row: r,
      };
      if (all) ranked.push(entry);
      else if (!last || byRank(last, entry) > 0) insertRanked(ranked, entry, limit);
    }
    if (all) ranked.sort(byRank);
    // With no positive limit every match is ranked and `slice` is given the limit as asked.
    return ranked.slice(0, all ? limit : ranked.length).map((e) => {
      rows.matchedSources(e.row, matchedOrder);
      return {
        passage: e.passage,
        score: e.score,
        coverage: e.coverage,
        matched: matchedOrder.map((source) => sources[source]!),
      };
    });
  }
}

/** Puts `entry` in its place in the sorted `ranked`, keeping at most `limit`. */
function insertRanked(ranked: Ranked[], entry: Ranked, limit: number): void {
  let at = ranked.length;
  while (at > 0 && byRank(ranked[at - 1]!, entry) > 0) at--;
  ranked.splice(at, 0, entry);
  if (ranked.length > limit) ranked.pop();
}

/** One term's BM25 score in a passage, given the passage's length normalisation. */
function bm25(idf: number, tf: number, norm: number): number {
  return (idf * tf * (K1 + 1)) / (tf + norm);
}

/** Hit order: higher score first, then quotes before reported speech before sentences. */
function byScore(a: { passage: Passage; score: number }, b: { passage: Passage; score: number }): number {
  return b.score - a.score || kindRank(a.passage) - kindRank(b.passage);
}

/**
 * Ties last by article id, then by order within the article: not by passage number alone, which
 * follows the order articles were ingested in, so that the same archive answers the same however it
 * was built (wire copies tie exactly).
 */
function byRank(a: Ranked, b: Ranked): number {
  return byScore(a, b) || a.first - b.first || byArticle(a.passage.article, b.passage.article) || a.id - b.id;
}

function byArticle(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Passages scored in full per passage kept, for `floorFrom`. On the bench's questions at 10,000
 * articles, the searches for other copies of a quote (limit 20) read 46% of the postings they read
 * on partial scores alone with 64 (4: 81%, 16: 62%; knowing the final threshold from the start, 42%),
 * the searches for candidate articles (limit 80) 78%; a few thousand lookups a search.
 */
const PROBES = 64;

/** A bound lowered by more than floating-point rounding, so pruning against it is always safe. */
function lowered(threshold: number): number {
  return threshold - Math.abs(threshold) * 1e-9 - 1e-12;
}

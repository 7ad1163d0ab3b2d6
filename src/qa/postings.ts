/**
 * The inverted index: for each term, the passages that hold it with their term frequencies, in
 * typed arrays; for each passage, its length; and the BM25 statistics drawn from them.
 *
 * BM25 options are fixed for news copy: k1 = 1.2, b = 0.75.
 */

export const K1 = 1.2;
export const B = 0.75;

/**
 * The passages of one term: `count` (passage id, term frequency) pairs in `data` from `start`,
 * sorted by passage id. A restored index shares one array among all terms; a term gets its own on
 * its next posting.
 */
export interface Postings {
  data: Int32Array;
  start: number;
  count: number;
  shared: boolean;
}

/** The postings as flat arrays: each term's count, and (passage, tf) pairs term after term. */
export interface PostingsImage {
  terms: string[];
  postingCounts: Int32Array;
  postings: Int32Array;
}

export class InvertedIndex {
  private readonly lists = new Map<string, Postings>();
  /** Per passage: its number of terms, and 1 once removed. */
  private lengths = new Int32Array(1024);
  private dead = new Uint8Array(1024);
  /** Passage slots in use, removed ones included. */
  private slots = 0;
  private liveCount = 0;
  private liveLength = 0;
  private normCache = new Float64Array(0);
  private normAvg = Number.NaN;
  private normCount = 0;
  /** Per term, its `peak` for the norms now in force (let go whenever a passage is added or removed). */
  private readonly peaks = new Map<string, number>();

  /** Number of passage slots (ids run from 0 to this, removed passages included). */
  get passageSlots(): number {
    return this.slots;
  }

  postings(term: string): Postings | undefined {
    return this.lists.get(term);
  }

  has(term: string): boolean {
    return this.lists.has(term);
  }

  isDead(id: number): boolean {
    return this.dead[id] === 1;
  }

  /**
   * The live passages that hold every one of `terms` and that `accept` allows, by number, in order:
   * the rarest term's postings, each probed in the others'. None when `terms` is empty.
   */
  holdingAll(terms: readonly string[], accept: (id: number) => boolean): number[] {
    const lists: Postings[] = [];
    for (const term of new Set(terms)) {
      const list = this.lists.get(term);
      if (!list) return [];
      lists.push(list);
    }
    if (lists.length === 0) return [];
    lists.sort((a, b) => a.count - b.count);
    const [rarest, ...others] = lists as [Postings, ...Postings[]];
    const found: number[] = [];
    for (let k = 0; k < rarest.count; k++) {
      const id = rarest.data[rarest.start + 2 * k]!;
      if (this.dead[id] === 1 || !others.every((list) => termFrequency(list, id) > 0)) continue;
      if (accept(id)) found.push(id);
    }
    return found;
  }

  /**
   * Indexes an article's passages from `first` on, as `prepareArticle` counted them: per passage its
   * number of distinct terms (`termCounts`), their (term in `terms`, frequency) pairs in `postings`,
   * and its length.
   */
  addCounted(
    first: number,
    terms: readonly string[],
    termCounts: Int32Array,
    postings: Int32Array,
    lengths: (i: number) => number,
  ): void {
    this.peaks.clear();
    const lists = terms.map((t) => this.list(t));
    this.grow(first + termCounts.length);
    let at = 0;
    for (let i = 0; i < termCounts.length; i++) {
      const id = first + i;
      for (let end = at + 2 * termCounts[i]!; at < end; at += 2)
        this.append(lists[postings[at]!]!, id, postings[at + 1]!);
      const length = lengths(i);
      this.slots = id + 1;
      this.lengths[id] = length;
      this.liveCount++;
      this.liveLength += length;
    }
  }

  /**
   * Takes passage `id` out of the statistics and of every search; its postings stay (a search skips
   * them), so IDF still counts them until the index is rebuilt.
   */
  kill(id: number): void {
    if (this.dead[id]) return;
    this.peaks.clear();
    this.dead[id] = 1;
    this.liveCount--;
    this.liveLength -= this.lengths[id]!;
  }

  /** Inverse document frequency of a term across the live passages. */
  idf(term: string): number {
    const n = this.lists.get(term)?.count ?? 0;
    return Math.log(1 + (this.liveCount - n + 0.5) / (n + 0.5));
  }

  /**
   * The most `tf / (tf + norm)` reaches over a term's passages (0 for an unknown term): a term adds
   * at most its IDF times (K1 + 1) times this to a passage's score. A search that knows it can stop
   * reading postings sooner than the bound of 1 lets it (see `search.ts`). One pass over the term's
   * postings, remembered until the archive changes.
   */
  peak(term: string): number {
    const norms = this.norms();
    let peak = this.peaks.get(term);
    if (peak === undefined) {
      peak = 0;
      const list = this.lists.get(term);
      if (list) {
        const { data, start, count } = list;
        for (let k = start; k < start + 2 * count; k += 2) {
          const tf = data[k + 1]!;
          peak = Math.max(peak, tf / (tf + norms[data[k]!]!));
        }
      }
      this.peaks.set(term, peak);
    }
    return peak;
  }

  /**
   * Each passage's BM25 length normalisation, K1 * (1 - B + B * length / average), cached until the
   * average changes. Computed as such, so scores are BM25 to the last bit.
   */
  norms(): Float64Array {
    const avg = this.liveCount ? this.liveLength / this.liveCount : 1;
    if (this.normAvg !== avg || this.normCache.length < this.slots) {
      if (this.normCache.length < this.slots) {
        this.normCache = new Float64Array(Math.max(1024, this.slots * 1.25));
      }
      this.normCount = 0;
      this.normAvg = avg;
    }
    // Passages added since (at the same average) get theirs now.
    for (let i = this.normCount; i < this.slots; i++) {
      this.normCache[i] = this.dead[i] ? 0 : K1 * (1 - B + (B * this.lengths[i]!) / avg);
    }
    this.normCount = this.slots;
    return this.normCache;
  }

  /**
   * The postings as one array, which the index then reads too (as a restored one does): each term's
   * own array, with its room to grow, is let go.
   */
  toImage(): PostingsImage {
    const terms = [...this.lists.keys()];
    const postingCounts = Int32Array.from(terms, (t) => this.lists.get(t)!.count);
    const postings = new Int32Array(postingCounts.reduce((a, b) => a + b, 0) * 2);
    let at = 0;
    for (const t of terms) {
      const list = this.lists.get(t)!;
      postings.set(list.data.subarray(list.start, list.start + list.count * 2), at);
      Object.assign(list, { data: postings, start: at, shared: true });
      at += list.count * 2;
    }
    return { terms, postingCounts, postings };
  }

  /** Restores `lengths.length` passages and their postings, sharing the image's arrays. */
  static fromImage(image: PostingsImage, lengths: Int32Array): InvertedIndex {
    const index = new InvertedIndex();
    index.grow(lengths.length);
    index.lengths.set(lengths);
    index.slots = lengths.length;
    index.liveCount = lengths.length;
    for (const length of lengths) index.liveLength += length;
    let at = 0;
    image.terms.forEach((term, i) => {
      const count = image.postingCounts[i]!;
      index.lists.set(term, { data: image.postings, start: at, count, shared: true });
      at += count * 2;
    });
    return index;
  }

  private list(term: string): Postings {
    let postings = this.lists.get(term);
    if (!postings) {
      postings = { data: new Int32Array(4), start: 0, count: 0, shared: false };
      this.lists.set(term, postings);
    }
    return postings;
  }

  private append(postings: Postings, id: number, tf: number): void {
    if (postings.shared || postings.data.length < (postings.count + 1) * 2) {
      // Half again as large: a term's list is never more than a third empty.
      const grown = new Int32Array(2 * Math.max(4, Math.ceil((postings.count + 1) * 1.5)));
      grown.set(postings.data.subarray(postings.start, postings.start + postings.count * 2));
      postings.data = grown;
      postings.start = 0;
      postings.shared = false;
    }
    postings.data[postings.count * 2] = id;
    postings.data[postings.count * 2 + 1] = tf;
    postings.count++;
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
}

/** The term frequency of passage `id` in a term's postings, or 0. */
export function termFrequency(list: Postings, id: number): number {
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

/** The position of the first posting whose passage id is at least `id` (count if none). */
export function firstPostingFrom(list: Postings, id: number): number {
  const { data, start } = list;
  let lo = 0;
  let hi = list.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (data[start + 2 * mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

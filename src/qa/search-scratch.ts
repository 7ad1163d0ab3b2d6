/**
 * The bookkeeping of one search, in typed arrays reused from search to search: each matched passage
 * gets a row holding, per question word, its best score and the first query term that matched it,
 * plus the sum so far.
 */
export class SearchScratch {
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

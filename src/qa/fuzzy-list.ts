/**
 * Typo-tolerant lookup in a long list of words: fuse.js, run only over the items that could match.
 */
import Fuse, { type FuseResult, type IFuseOptions } from "fuse.js";

/**
 * An append-only list searched with fuse.js. fuse.js runs its bitap matcher over every item, which
 * is slow over a large vocabulary. A bitap match with e errors means some part of the item is within
 * e edits of the pattern, and the threshold bounds e, so this first drops the items that cannot
 * match: too short, missing too many of the pattern's letters, or (computed exactly) with no part
 * within e edits. fuse.js then runs, with the same options, over the rest in alphabetical order,
 * and the items that tie with the last one kept are kept too: the results are those of a search over
 * the whole list, the same whatever order the items were pushed in (an archive's vocabulary grows in
 * the order its articles were ingested).
 */
export class FuzzyList<T> {
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
      const all = this.items.map((_, i) => i).filter((i) => alive(this.items[i]!));
      return this.fuse(all, pattern, limit).slice(0, limit);
    }
    const edits = Math.floor(this.threshold * p.length + 1e-6);
    const shortest = p.length - edits;
    const want = letterMask(p);
    const candidates: number[] = [];
    const matcher = new EditMatcher(p);
    const { masks, texts, items } = this;
    for (let i = 0; i < items.length; i++) {
      const text = texts[i]!;
      if (text.length < shortest || bitCount(want & ~masks[i]!) > edits) continue;
      if (!matcher.within(text, edits) || !alive(items[i]!)) continue;
      candidates.push(i);
    }
    if (candidates.length === 0) return [];
    return this.fuse(candidates, pattern, limit);
  }

  /**
   * fuse.js over the items at `positions`, in alphabetical order (then the order pushed); the best
   * `limit` and those that tie with the last of them, which a cut at `limit` would keep or drop by
   * their place in the list alone.
   */
  private fuse(positions: number[], pattern: string, limit: number): FuseResult<T>[] {
    const { texts, items } = this;
    positions.sort((a, b) => (texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : a - b));
    // fuse.js over the items' texts rather than the items by their key takes about half as long and
    // scores the same (each text is one word), but for a perfect match: keyed, Number.EPSILON, kept.
    const { keys, ...byText } = this.options;
    const keyed = (keys?.length ?? 0) > 0;
    const found = new Fuse(
      positions.map((i) => texts[i]!),
      byText as IFuseOptions<string>,
    )
      .search(pattern)
      .map((h) => ({
        item: items[positions[h.refIndex]!]!,
        refIndex: h.refIndex,
        score: keyed && h.score === 0 ? Number.EPSILON : h.score,
      }));
    // fuse.js scores every item either way: the limit only cuts its sorted results.
    let end = Math.min(limit, found.length);
    const last = found[end - 1]?.score;
    while (end < found.length && found[end]!.score === last) end++;
    return found.slice(0, end);
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

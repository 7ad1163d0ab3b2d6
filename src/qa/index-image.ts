/**
 * The index's passages as flat arrays (`PassageTable`), and the whole index as such (`IndexImage`),
 * what the store persists. The index holds no passage objects: a `Passage` is made from the table
 * when asked for, its text cut from its article's texts (or decoded from a restored image's).
 */
import type { Person } from "../article/facts.ts";
import type { NamesImage } from "./name-index.ts";
import { PASSAGE_KINDS, type Passage } from "./passages.ts";
import type { PostingsImage } from "./postings.ts";
import { PASSAGE_FIELDS, type PreparedArticle } from "./prepared.ts";
import type { ArticleRef } from "./types.ts";

export { PASSAGE_FIELDS } from "./prepared.ts";

export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Everything the index holds, as flat arrays: what `ArchiveIndex.fromImage` restores from without
 * tokenising any text. Passages are numbered in article order.
 */
export interface IndexImage extends PostingsImage, NamesImage {
  articles: { id: string; ref: ArticleRef; people: Person[]; passages: number }[];
  /** `PASSAGE_FIELDS` integers per passage: kind, speaker, paragraph, sentence, length, text length. */
  passages: Int32Array;
  /** Speaker ids, referred to by index from `passages` (-1: none). */
  speakers: string[];
  /**
   * The passages' texts, one after the other, in pieces of whole passages (one per article): a piece
   * is a string, or its UTF-8 bytes.
   */
  texts: (string | Uint8Array)[];
  /** Every word seen, in order of first sight, with its number of occurrences. */
  vocabulary: string[];
  counts: Int32Array;
}

/**
 * An image read back from storage: the texts stay encoded, and `text(first, end)` decodes those of
 * passages `first` to `end - 1`, one after the other.
 */
export type StoredImage = Omit<IndexImage, "texts"> & { text: (first: number, end: number) => string };

interface TableArticle {
  id: string;
  first: number;
  end: number;
  /**
   * Its passages' texts, one after the other, when held as a string; otherwise they are decoded
   * a passage at a time from its UTF-8 `bytes` or from a stored image. Held as bytes they take
   * half the memory of a string with any character past Latin-1 (a dash, a curly quote), which is
   * stored two bytes a character.
   */
  texts: string | null;
  bytes: Uint8Array | null;
}

/**
 * The bytes that `units` UTF-16 units of text take in UTF-8 `bytes` from `start` (a character of
 * four bytes is two units).
 */
export function utf8Span(bytes: Uint8Array, start: number, units: number): number {
  let at = start;
  for (let left = units; left > 0; ) {
    const lead = bytes[at]!;
    const size = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    at += size;
    left -= size === 4 ? 2 : 1;
  }
  return at - start;
}

/** Every passage of the index as integers, with its article and text; passages are made on demand. */
export class PassageTable {
  private fields: Int32Array<ArrayBufferLike> = new Int32Array(PASSAGE_FIELDS * 1024);
  /**
   * Per passage: its article's number, and where its text starts in that article's texts (in
   * characters of a string, or in bytes of UTF-8).
   */
  private articleOf = new Int32Array(1024);
  private textStart = new Int32Array(1024);
  private passageCount = 0;
  private readonly speakers: string[] = [];
  private readonly speakerNumbers = new Map<string, number>();
  private readonly articles: TableArticle[] = [];
  private stored: StoredImage["text"] | null = null;
  private readonly Passage = passageClass(this);
  /** False while `fields` is a restored image's array, which is not grown in place. */
  private owned = true;

  get count(): number {
    return this.passageCount;
  }

  /** The table of a restored image (its arrays shared until passages are added). */
  static fromImage(image: IndexImage | StoredImage): PassageTable {
    const table = new PassageTable();
    const count = image.passages.length / PASSAGE_FIELDS;
    table.fields = image.passages;
    table.owned = false;
    table.articleOf = new Int32Array(count);
    table.textStart = new Int32Array(count);
    table.passageCount = count;
    image.speakers.forEach((s, i) => {
      table.speakers.push(s);
      table.speakerNumbers.set(s, i);
    });
    let first = 0;
    for (const article of image.articles) {
      const end = first + article.passages;
      table.articleOf.fill(table.articles.length, first, end);
      table.articles.push({ id: article.id, first, end, texts: null, bytes: null });
      first = end;
    }
    if ("text" in image) table.stored = image.text;
    else {
      // An image in memory: each article's texts are the pieces as exported.
      image.texts.forEach((texts, a) => {
        if (typeof texts === "string") table.articles[a]!.texts = texts;
        else table.articles[a]!.bytes = texts;
      });
    }
    table.indexTexts(0, count);
    return table;
  }

  /** Adds an article's passages after the others; returns the number of its first passage. */
  append(id: string, article: PreparedArticle): number {
    const first = this.passageCount;
    const count = article.table.length / PASSAGE_FIELDS;
    this.grow(first + count);
    this.fields.set(article.table, first * PASSAGE_FIELDS);
    for (let i = 0; i < count; i++) {
      const at = (first + i) * PASSAGE_FIELDS + 1;
      const speaker = this.fields[at]!;
      if (speaker >= 0) this.fields[at] = this.speakerNumber(article.speakers[speaker]!);
    }
    this.articleOf.fill(this.articles.length, first, first + count);
    // UTF-8 cannot carry a lone surrogate: such (rare, broken) text stays a string.
    const plain = !LONE_SURROGATE.test(article.texts);
    this.articles.push({
      id,
      first,
      end: first + count,
      texts: plain ? null : article.texts,
      bytes: plain ? Buffer.from(article.texts, "utf8") : null,
    });
    this.passageCount = first + count;
    this.indexTexts(first, first + count);
    return first;
  }

  /** Lets go of the texts of the article whose passages start at `first` (it was removed). */
  release(first: number): void {
    const article = this.articles[this.articleOf[first]!];
    if (!article) return;
    article.texts = "";
    article.bytes = null;
  }

  /** Each passage's number of indexed terms. */
  lengths(): Int32Array {
    return Int32Array.from({ length: this.passageCount }, (_, id) => this.fields[id * PASSAGE_FIELDS + 4]!);
  }

  /** The speaker of passage `id` if it is a quote, without making the passage. */
  quoteSpeaker(id: number): string | null {
    const at = id * PASSAGE_FIELDS;
    const speaker = this.fields[at + 1]!;
    return PASSAGE_KINDS[this.fields[at]!] === "quote" && speaker >= 0 ? this.speakers[speaker]! : null;
  }

  make(id: number): Passage {
    const at = id * PASSAGE_FIELDS;
    const speaker = this.fields[at + 1]!;
    return new this.Passage(
      id,
      this.articles[this.articleOf[id]!]!.id,
      PASSAGE_KINDS[this.fields[at]!]!,
      speaker < 0 ? null : this.speakers[speaker]!,
      this.fields[at + 2]!,
      this.fields[at + 3]!,
      this.fields[at + 4]!,
    );
  }

  /**
   * The table as an image's passages, speakers and texts (articles in the order added). The passages
   * share the table's array (added passages go after them, and none is ever changed in place).
   */
  toImage(): Pick<IndexImage, "passages" | "speakers" | "texts"> {
    return {
      passages: this.fields.subarray(0, this.passageCount * PASSAGE_FIELDS),
      speakers: [...this.speakers],
      texts: this.articles.map((a) => a.bytes ?? a.texts ?? this.stored!(a.first, a.end)),
    };
  }

  /**
   * An article's texts are decoded whole when one of its passages is first made: a passage's text is
   * then a slice of them, which costs no copy.
   */
  /** The id of passage `id`'s article. */
  articleId(id: number): string {
    return this.articles[this.articleOf[id]!]!.id;
  }

  /** Passage `id`'s length in UTF-16 units (its text's `length`), without decoding it. */
  textLength(id: number): number {
    return this.fields[id * PASSAGE_FIELDS + 5]!;
  }

  /** Passage `id`'s text (see `passageClass`). */
  textOf(id: number): string {
    const { texts, bytes, end } = this.articles[this.articleOf[id]!]!;
    if (texts !== null) {
      const start = this.textStart[id]!;
      return texts.slice(start, start + this.fields[id * PASSAGE_FIELDS + 5]!);
    }
    if (bytes === null) return this.stored!(id, id + 1);
    // Bytes are decoded a passage at a time: decoding whole articles would be redone for each
    // passage of the thousands a question reads, across as many articles.
    const from = this.textStart[id]!;
    const to = id + 1 < end ? this.textStart[id + 1]! : bytes.length;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8", from, to);
  }

  /**
   * Where the texts of passages `first` to `end - 1` start in their article's texts: in characters of
   * a string, in bytes of UTF-8 (from each passage's length in UTF-16 units: a character of four
   * bytes is two).
   */
  private indexTexts(first: number, end: number): void {
    let a = -1;
    let offset = 0;
    let bytes: Uint8Array | null = null;
    for (let id = first; id < end; id++) {
      if (this.articleOf[id] !== a) {
        a = this.articleOf[id]!;
        offset = 0;
        bytes = this.articles[a]!.bytes;
      }
      this.textStart[id] = offset;
      const units = this.fields[id * PASSAGE_FIELDS + 5]!;
      offset += bytes ? utf8Span(bytes, offset, units) : units;
    }
  }

  private speakerNumber(speaker: string): number {
    let n = this.speakerNumbers.get(speaker);
    if (n === undefined) {
      n = this.speakers.length;
      this.speakers.push(speaker);
      this.speakerNumbers.set(speaker, n);
    }
    return n;
  }

  /** Makes room for `count` passages (a restored image's arrays are copied on the first add). */
  private grow(count: number): void {
    if (this.owned && this.articleOf.length >= count) return;
    const size = Math.max(count, Math.ceil(this.articleOf.length * 1.5), 1024);
    const fields = new Int32Array(size * PASSAGE_FIELDS);
    fields.set(this.fields.subarray(0, this.passageCount * PASSAGE_FIELDS));
    this.fields = fields;
    this.owned = true;
    for (const name of ["articleOf", "textStart"] as const) {
      const grown = new Int32Array(size);
      grown.set(this[name].subarray(0, this.passageCount));
      this[name] = grown;
    }
  }
}

/**
 * The passages of one table. A passage's text is decoded each time it is read, never kept: the index
 * keeps every passage it has made, and archive-wide searches make most of an archive's passages over
 * a few hundred questions, so their texts came to about 65 MB of a batch's heap at 10,000 articles
 * (the objects alone, about 60 MB). A search's filter that needs only the length reads
 * `ArchiveIndex.textLength`; decoding a passage again costs well under a microsecond. The table is
 * the getter's, not a property of the passage, whose own properties are those of `Passage`.
 */
function passageClass(table: PassageTable) {
  return class TablePassage implements Passage {
    constructor(
      readonly id: number,
      readonly article: string,
      readonly kind: Passage["kind"],
      readonly speakerId: string | null,
      readonly paragraph: number,
      readonly sentence: number,
      readonly length: number,
    ) {}

    get text(): string {
      return table.textOf(this.id);
    }
  };
}

/**
 * The index as flat arrays (`IndexImage`), what the store persists, and the passages of a restored
 * index made from it one at a time, as they are first needed.
 */
import type { Person } from "../article/facts.ts";
import { slot } from "../maps.ts";
import type { NamesImage } from "./name-index.ts";
import { PASSAGE_KINDS, type Passage } from "./passages.ts";
import type { PostingsImage } from "./postings.ts";
import type { ArticleRef } from "./types.ts";

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
  /** The passages' texts, one after the other. */
  texts: string;
  /** Every word seen, in order of first sight, with its number of occurrences. */
  vocabulary: string[];
  counts: Int32Array;
}

/** An image read back from storage: each passage's text is decoded when the passage is first used. */
export type StoredImage = Omit<IndexImage, "texts"> & { text: (passage: number) => string };

export const PASSAGE_FIELDS = 6;

/** The passage table of an image: `PASSAGE_FIELDS` integers per passage, the texts and speakers. */
export function passageTable(
  passages: readonly Passage[],
): Pick<IndexImage, "passages" | "speakers" | "texts"> {
  const speakerIds = new Map<string, number>();
  const table = new Int32Array(passages.length * PASSAGE_FIELDS);
  const texts: string[] = [];
  passages.forEach((p, i) => {
    const at = i * PASSAGE_FIELDS;
    table[at] = PASSAGE_KINDS.indexOf(p.kind);
    table[at + 1] = p.speakerId === null ? -1 : slot(speakerIds, p.speakerId, () => speakerIds.size);
    table[at + 2] = p.paragraph;
    table[at + 3] = p.sentence;
    table[at + 4] = p.length;
    table[at + 5] = p.text.length;
    texts.push(p.text);
  });
  return { passages: table, speakers: [...speakerIds.keys()], texts: texts.join("") };
}

/** Makes the passages of a restored index from its image, one at a time as they are needed. */
export class PassageSource {
  /** Per passage: its article's position in `image.articles`. */
  readonly article: Int32Array;
  readonly count: number;
  private readonly text: (id: number) => string;

  constructor(private readonly image: IndexImage | StoredImage) {
    const count = image.passages.length / PASSAGE_FIELDS;
    this.count = count;
    this.article = new Int32Array(count);
    let id = 0;
    image.articles.forEach((article, a) => {
      this.article.fill(a, id, id + article.passages);
      id += article.passages;
    });
    if ("text" in image) {
      this.text = image.text;
    } else {
      const starts = new Int32Array(count);
      let offset = 0;
      for (let i = 0; i < count; i++) {
        starts[i] = offset;
        offset += image.passages[i * PASSAGE_FIELDS + 5]!;
      }
      const { texts, passages } = image;
      this.text = (i) => texts.slice(starts[i]!, starts[i]! + passages[i * PASSAGE_FIELDS + 5]!);
    }
  }

  /** Each passage's number of indexed terms. */
  lengths(): Int32Array {
    return Int32Array.from({ length: this.count }, (_, id) => this.image.passages[id * PASSAGE_FIELDS + 4]!);
  }

  /** The speaker of passage `id` if it is a quote, without making the passage. */
  quoteSpeaker(id: number): string | null {
    const at = id * PASSAGE_FIELDS;
    const speaker = this.image.passages[at + 1]!;
    return PASSAGE_KINDS[this.image.passages[at]!] === "quote" && speaker >= 0
      ? this.image.speakers[speaker]!
      : null;
  }

  make(id: number): Passage {
    const { image } = this;
    const at = id * PASSAGE_FIELDS;
    const speaker = image.passages[at + 1]!;
    return {
      kind: PASSAGE_KINDS[image.passages[at]!]!,
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

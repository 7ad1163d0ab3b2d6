/**
 * An article made ready for the index, as flat arrays: its passages, their texts, and the words and
 * terms they are matched by, counted per passage. Tokenising is most of indexing's time, and this
 * form needs no `Facts` to be added: a bulk ingest makes it on the worker that parsed the article
 * (it crosses threads as a few strings and transferable arrays), and the main thread only merges it
 * into the index (`ArchiveIndex.addPrepared`).
 */
import type { Facts, Person } from "../article/facts.ts";
import { draftPassages, PASSAGE_KINDS } from "./passages.ts";
import { termsOfWords, words } from "./terms.ts";
import type { ArticleRef } from "./types.ts";

/** Integers per passage in a passage table: kind, speaker, paragraph, sentence, length, text length. */
export const PASSAGE_FIELDS = 6;

export interface PreparedArticle {
  ref: ArticleRef;
  people: Person[];
  /** `PASSAGE_FIELDS` integers per passage; the speaker column indexes `speakers` (-1: none). */
  table: Int32Array;
  speakers: string[];
  /** The passages' texts, one after the other (lengths in `table`). */
  texts: string;
  /** The article's distinct terms, in order of first sight. */
  terms: string[];
  /** Per passage, its number of distinct terms; their (term in `terms`, frequency) pairs in `postings`. */
  termCounts: Int32Array;
  postings: Int32Array;
  /** The distinct words of every passage's context, in order of first sight, with their counts. */
  words: string[];
  wordCounts: Int32Array;
}

/** The buffers a `PreparedArticle` can hand to another thread without copying. */
export function transferables(article: PreparedArticle): ArrayBuffer[] {
  return [article.table, article.termCounts, article.postings, article.wordCounts].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

export function prepareArticle(facts: Facts): PreparedArticle {
  const drafts = draftPassages(facts);
  const table = new Int32Array(drafts.length * PASSAGE_FIELDS);
  const speakers = new Map<string, number>();
  const termIds = new Map<string, number>();
  const wordCounts = new Map<string, number>();
  const termCounts = new Int32Array(drafts.length);
  const postings: number[] = [];
  const texts: string[] = [];
  // A reported clause is matched by its whole sentence, the same text as the sentence's passage.
  const tokens = new Map<string, { words: string[]; terms: string[] }>();
  drafts.forEach(({ context, ...draft }, i) => {
    let t = tokens.get(context);
    if (!t) {
      const all = words(context);
      t = { words: all, terms: termsOfWords(all) };
      tokens.set(context, t);
    }
    for (const word of t.words) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
    const frequencies = new Map<number, number>();
    for (const term of t.terms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
      }
      frequencies.set(id, (frequencies.get(id) ?? 0) + 1);
    }
    termCounts[i] = frequencies.size;
    for (const [id, tf] of frequencies) postings.push(id, tf);
    let speaker = -1;
    if (draft.speakerId !== null) {
      speaker = speakers.get(draft.speakerId) ?? speakers.size;
      speakers.set(draft.speakerId, speaker);
    }
    const at = i * PASSAGE_FIELDS;
    table[at] = PASSAGE_KINDS.indexOf(draft.kind);
    table[at + 1] = speaker;
    table[at + 2] = draft.paragraph;
    table[at + 3] = draft.sentence;
    table[at + 4] = t.terms.length;
    table[at + 5] = draft.text.length;
    texts.push(draft.text);
  });
  return {
    ref: refOf(facts),
    people: facts.people,
    table,
    speakers: [...speakers.keys()],
    texts: texts.join(""),
    terms: [...termIds.keys()],
    termCounts,
    postings: Int32Array.from(postings),
    words: [...wordCounts.keys()],
    wordCounts: Int32Array.from(wordCounts.values()),
  };
}

function refOf(facts: Facts): ArticleRef {
  return {
    id: facts.id,
    headline: facts.metadata.headline || facts.id,
    source: facts.metadata.source,
    published: facts.metadata.published,
  };
}

/**
 * An article made ready for the index, as flat arrays: its passages, their texts, and the words and
 * terms they are matched by, counted per passage. Tokenising is most of indexing's time, and this
 * form needs no `Facts` to be added: a bulk ingest makes it on the worker that parsed the article
 * (it crosses threads as a few strings and transferable arrays), and the main thread only merges it
 * into the index (`ArchiveIndex.addPrepared`).
 */
import type { Facts, Person } from "../article/facts.ts";
import { draftPassages, PASSAGE_KINDS } from "./passages.ts";
import { FOLD_INVARIANT, termOf, words } from "./terms.ts";
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
  const counter = new WordCounter();
  const termCounts = new Int32Array(drafts.length);
  const postings: number[] = [];
  const texts: string[] = [];
  const contexts = new ContextWords(counter);
  drafts.forEach((draft, i) => {
    // A quote's context may open with the sentence before it; a sentence's, with itself.
    const lead = draft.kind === "quote" ? facts.sentences[draft.sentence - 1]?.text : draft.text;
    const c = contexts.of(draft.context, lead);
    termCounts[i] = counter.count(c.words, postings);
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
    table[at + 4] = c.terms;
    table[at + 5] = draft.text.length;
    texts.push(draft.text);
  });
  return {
    ref: refOf(facts),
    people: facts.people,
    table,
    speakers: [...speakers.keys()],
    texts: texts.join(""),
    terms: counter.terms,
    termCounts,
    // The constructor copies an array directly; `from` goes through its iterator.
    postings: new Int32Array(postings),
    words: [...counter.words.keys()],
    wordCounts: counter.counts(),
  };
}

/** A text's words, counted: in order, and how many of them are terms. */
interface CountedText {
  words: CountedWord[];
  terms: number;
}

/**
 * The counted words of passages' contexts, each text read once per article: a reported clause is
 * matched by its whole sentence, the same text as the sentence's passage, and a quote that opens its
 * sentence by the sentence before it too, the same words again.
 */
class ContextWords {
  private readonly texts = new Map<string, CountedText>();

  constructor(private readonly counter: WordCounter) {}

  /**
   * A context that opens with `lead` and a space is the lead's words and then the rest's: where
   * `words` changes neither part in another way for being joined (`FOLD_INVARIANT` text, which
   * folds one character at a time), the two are read apart, and the rest, most often a sentence of
   * its own, is then known. Words are first seen in the same order either way.
   */
  of(context: string, lead: string | undefined): CountedText {
    const known = this.texts.get(context);
    if (known) return known;
    if (
      lead === undefined ||
      context.length <= lead.length ||
      context.charCodeAt(lead.length) !== 32 ||
      !context.startsWith(lead)
    )
      return this.read(context);
    const rest = context.slice(lead.length + 1);
    if (!FOLD_INVARIANT.test(lead) || !FOLD_INVARIANT.test(rest)) return this.read(context);
    const first = this.read(lead);
    const second = this.read(rest);
    const joined = { words: first.words.concat(second.words), terms: first.terms + second.terms };
    this.texts.set(context, joined);
    return joined;
  }

  private read(text: string): CountedText {
    let counted = this.texts.get(text);
    if (!counted) {
      const list = words(text).map((word) => this.counter.word(word));
      let terms = 0;
      for (const w of list) if (w.term >= 0) terms++;
      counted = { words: list, terms };
      this.texts.set(text, counted);
    }
    return counted;
  }
}

/** A distinct word of an article: how often its passages hold it, and its term's number (-1: a stopword). */
interface CountedWord {
  count: number;
  term: number;
}

/**
 * An article's words and terms, each numbered at first sight. Every word is looked up once per
 * passage, in a map of the article's own words: tokenising aside, those lookups were most of
 * preparing an article.
 */
class WordCounter {
  readonly words = new Map<string, CountedWord>();
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  /** Per term, its frequency in the passage being counted (zero between passages). */
  private readonly frequencies: number[] = [];

  word(word: string): CountedWord {
    let counted = this.words.get(word);
    if (!counted) {
      counted = { count: 0, term: this.termId(word) };
      this.words.set(word, counted);
    }
    return counted;
  }

  private termId(word: string): number {
    const term = termOf(word);
    if (term === null) return -1;
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      this.frequencies.push(0);
    }
    return id;
  }

  /** Each word's count, in order of first sight (a loop: `Int32Array.from` with a map was slow). */
  counts(): Int32Array {
    const counts = new Int32Array(this.words.size);
    let at = 0;
    for (const word of this.words.values()) counts[at++] = word.count;
    return counts;
  }

  /**
   * Counts one passage's words; appends its (term, frequency) pairs to `postings`, terms in order of
   * first sight in the passage, and returns how many there are.
   */
  count(passage: readonly CountedWord[], postings: number[]): number {
    const from = postings.length;
    for (const word of passage) {
      word.count++;
      if (word.term >= 0 && this.frequencies[word.term]!++ === 0) postings.push(word.term, 0);
    }
    for (let at = from; at < postings.length; at += 2) {
      postings[at + 1] = this.frequencies[postings[at]!]!;
      this.frequencies[postings[at]!] = 0;
    }
    return (postings.length - from) / 2;
  }
}

function refOf(facts: Facts): ArticleRef {
  return {
    id: facts.id,
    headline: facts.metadata.headline || facts.id,
    source: facts.metadata.source,
    published: facts.metadata.published,
  };
}

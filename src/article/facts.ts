/**
 * The versioned facts of one article: everything the bot answers from.
 * Produced by `parseArticle`, stored as `data/<id>.facts.json`, validated on load.
 */
export const FACTS_VERSION = 2;

export interface Metadata {
  headline: string;
  /** ISO 8601 date or date-time, as precise as the article states it. */
  published: string | null;
  byline: string | null;
  dateline: string | null;
  /** Agency or source, e.g. "AP". */
  source: string | null;
  /** Photo captions and credit lines, kept apart from the body. */
  captions: string[];
}

export type PersonKind = "person" | "organisation";

/** "f" (woman) or "m" (man), as the article's own words state it; null when they do not. */
export type StatedGender = "f" | "m" | null;

export interface Person {
  /** Stable within the article: "p1", "p2"… */
  id: string;
  /** Full name as first given ("John Kelly"), or the organisation's description ("Pena Nieto's office"). */
  name: string;
  /** Other forms the article uses: surnames, "Mr Clarke", descriptive roles. */
  aliases: string[];
  /** The title or role as the article states it, or null. */
  title: string | null;
  kind: PersonKind;
  /**
   * Gender only as the article states it: an honorific (Mrs, Mr, Sir), a gendered title
   * (spokeswoman, chairman) or a he/she resolved to this person. Never guessed from a first name.
   */
  gender: StatedGender;
}

export type QuoteKind = "direct" | "partial" | "scare";

export interface Quote {
  /** The words inside the quotation marks, exactly as in the cleaned paragraph. */
  text: string;
  /** Person id, or null for scare quotes and unattributed spans. */
  speakerId: string | null;
  kind: QuoteKind;
  /** 1-based paragraph number in the body. */
  paragraph: number;
  /** 0-based index into `sentences` of the sentence the quote starts in. */
  sentence: number;
}

export interface ReportedSpeech {
  speakerId: string;
  /** The reported content ("all deportations will comply with …"), a substring of its sentence. */
  text: string;
  paragraph: number;
  sentence: number;
}

export interface Sentence {
  paragraph: number;
  text: string;
}

export interface Facts {
  version: typeof FACTS_VERSION;
  id: string;
  metadata: Metadata;
  /** Cleaned body paragraphs; paragraph n is `paragraphs[n - 1]`. */
  paragraphs: string[];
  sentences: Sentence[];
  people: Person[];
  quotes: Quote[];
  reported: ReportedSpeech[];
}

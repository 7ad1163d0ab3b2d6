/** What kind of answer the bot gives; the formatter renders each differently. */
export type AnswerKind = "quote" | "reported" | "sentence" | "who" | "metadata" | "decline";

/** Where an answer came from, for the footer / citation. */
export interface ArticleRef {
  id: string;
  headline: string;
  source: string | null;
  published: string | null;
}

/** The result of `answerQuestion`: pure data, rendered by `src/present`. */
export interface Answer {
  /** The question as read: control and invisible characters removed, cut to `MAX_QUESTION_CHARS`. */
  question: string;
  answered: boolean;
  kind: AnswerKind;
  /** Full name of the speaker (or organisation), or null. */
  speaker: string | null;
  title: string | null;
  /** The answer's body: a quote, a sentence, or metadata; always text from the article (empty for declines). */
  text: string;
  /** The article that answered, or null for a decline. */
  article: ArticleRef | null;
  /** 1-based paragraph number, or null. */
  paragraph: number | null;
  /** Confidence in [0, 1]. */
  score: number;
  /** For declines: who is quoted / what the article covers, to steer the next question. */
  suggestions: string[];
  /**
   * For a question the archive could answer from different people or stories with close scores:
   * those choices, best first, each to be answered on its own (it is declined until one is picked).
   */
  candidates?: Choice[];
  /** How many other articles carry the same words (wire copy); the answer cites the earliest. */
  copies?: number;
}

/** One of the answers an ambiguous question could have: who, in which article. */
export interface Choice {
  article: ArticleRef;
  speaker: string | null;
  title: string | null;
}

/**
 * The fixed mix of benchmark questions: for a generated article, what did X say about Y (by
 * surname and by full name), who said Z, a factual keyword question, a misspelled name, and two
 * the archive cannot answer; plus questions about the reference article.
 */
import type { GeneratedArticle } from "./generate.ts";

export type QuestionKind = "said" | "said-full" | "who-said" | "fact" | "misspelled" | "unanswerable";

export interface BenchQuestion {
  q: string;
  kind: QuestionKind;
  /** The article the question is about (its scope when asked of one article). */
  article: string;
  /** Expected speaker for quote questions; null when a decline is expected. */
  speaker?: string | null;
  /** Expected answer text for factual questions. */
  text?: string;
}

// Never produced by the generator, so a question naming them has no answer.
const ABSENT_PEOPLE = [
  "Quentin Fairbrother",
  "Persephone Wolstenholme",
  "Ignatius Oyelaran",
  "Bartholomew Quist",
];
const ABSENT_TOPICS = ["penguins", "the opera house", "chess tournaments", "volcanoes", "astronauts", "jazz"];

/** Drops or swaps a letter: "Johnston" → "Jonston", "Chandler" → "Chadnler". */
export function misspell(name: string, n: number): string {
  if (name.length < 5) return `${name}${name.at(-1)}`;
  const i = 1 + (n % (name.length - 3));
  return n % 2 === 0
    ? name.slice(0, i) + name.slice(i + 1)
    : name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

/** Seven questions about one generated article, deterministic. */
export function questionsFor(article: GeneratedArticle, n: number): BenchQuestion[] {
  const out: BenchQuestion[] = [];
  const id = article.id;
  const withTopic = article.quotes.filter((q) => q.about && q.text.split(" ").length >= 5);
  const quote = withTopic[n % Math.max(1, withTopic.length)];
  const other = withTopic[(n + 3) % Math.max(1, withTopic.length)];
  if (quote) {
    out.push({
      q: `What did ${quote.surname} say about the ${quote.about}?`,
      kind: "said",
      article: id,
      speaker: quote.speaker,
    });
    const words = quote.text.replace(/[.,;:]+$/, "").split(" ");
    out.push({
      q: `Who said ${words.slice(0, Math.min(words.length, 9)).join(" ").toLowerCase()}?`,
      kind: "who-said",
      article: id,
      speaker: quote.speaker,
    });
  }
  if (other) {
    out.push({
      q: `What did ${other.speaker} say about ${other.about}s?`,
      kind: "said-full",
      article: id,
      speaker: other.speaker,
    });
    out.push({
      q: `wat did ${misspell(other.surname, n).toLowerCase()} say about ${other.about}`,
      kind: "misspelled",
      article: id,
      speaker: other.speaker,
    });
  }
  const fact = article.facts[n % Math.max(1, article.facts.length)];
  if (fact)
    out.push({ q: `${fact.keywords.slice(0, 4).join(" ")}?`, kind: "fact", article: id, text: fact.text });
  const person = article.people[n % article.people.length]!;
  out.push({
    q: `What did ${ABSENT_PEOPLE[n % ABSENT_PEOPLE.length]} say about ${article.topic}?`,
    kind: "unanswerable",
    article: id,
    speaker: null,
  });
  out.push({
    q: `What did ${person.surname} say about ${ABSENT_TOPICS[n % ABSENT_TOPICS.length]}?`,
    kind: "unanswerable",
    article: id,
    speaker: null,
  });
  return out;
}

/** Questions about the reference article (data/article.facts.json), one of each kind. */
export const REFERENCE_QUESTIONS: BenchQuestion[] = [
  ["What did Kelly say about the military?", "said"],
  ["What did Tillerson say?", "said"],
  ["What did Trump say about gang violence?", "said"],
  ["What did John Kelly say about deportations?", "said-full"],
  ["Who said it's a military operation?", "who-said"],
  ["Who blamed the media?", "who-said"],
  ["Will there be mass deportations?", "fact"],
  ["Who will pay for the border wall?", "fact"],
  ["Why did Pena Nieto cancel his trip to Washington?", "fact"],
  ["Who is Luis Videgaray?", "fact"],
  ["When was the article published?", "fact"],
  ["wat did kely say abot deportashuns", "misspelled"],
  ["What did tilerson say about trade?", "misspelled"],
  ["What did Obama say about the wall?", "unanswerable"],
  ["What did Kelly say about climate change?", "unanswerable"],
].map(([q, kind]) => ({ q: q!, kind: kind as QuestionKind, article: "article" }));

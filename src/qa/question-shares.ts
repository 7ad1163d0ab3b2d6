/**
 * How much of a question's words a text holds, for the choice between articles
 * (`archive-answer.ts`): an answer's own words, its paragraph, or the whole article. Each word
 * counts by its IDF, close spellings included (`ArchiveIndex.expand`).
 */
import { slot } from "../maps.ts";
import type { ArchiveIndex, QueryTerm } from "./index.ts";
import { ownNameWords } from "./names.ts";
import { commonStems, lowerCaseWords } from "./proper-words.ts";
import type { ParsedQuestion } from "./question.ts";
import { synonymsOf } from "./synonyms.ts";
import { stem, terms, words } from "./terms.ts";

/** The sentences naming a word from which an article counts as dwelling on it. */
const FOCUS_SENTENCES = 3;

/** How an article holds a query's words, each weighed by its IDF (its best stand-in's). */
export interface ArticleCoverage {
  /** The share found in any of its passages. */
  whole: number;
  /**
   * The share of the topic's words found in several of its sentences, each counted in full from
   * `FOCUS_SENTENCES`: a story about someone or something names them again and again, one that
   * mentions them in passing names them once. A name the question writes in full counts as one
   * word, found in a sentence that uses any part of it (copy names a person in full once, then by
   * one name).
   */
  focus: number;
}

/** `ArticleCoverage` of the `query`, with the focus on its words in `topic`. */
export function articleCoverage(
  index: ArchiveIndex,
  article: string,
  query: readonly QueryTerm[],
  topic: ReadonlySet<string>,
  names: readonly (readonly string[])[],
): ArticleCoverage {
  if (query.length === 0) return { whole: 0, focus: 0 };
  const mass = wordMass(index, query);
  /** A topic word's unit: the name it is part of, or itself. */
  const unit = (word: string) => names.find((n) => n.includes(word))?.join(" ") ?? word;
  const found = new Set<string>();
  /** Per unit of the topic, the sentences holding it (quotes and reported speech lie within them). */
  const sentences = new Map<string, number>();
  for (const hit of index.search(query, () => true, Number.POSITIVE_INFINITY, article)) {
    for (const m of hit.matched) found.add(m);
    if (hit.passage.kind !== "sentence") continue;
    const units = new Set(hit.matched.filter((m) => topic.has(m)).map(unit));
    for (const u of units) sentences.set(u, (sentences.get(u) ?? 0) + 1);
  }
  let total = 0;
  let whole = 0;
  let topicTotal = 0;
  let focus = 0;
  for (const [source, m] of mass) {
    total += m;
    if (found.has(source)) whole += m;
    if (!topic.has(source)) continue;
    topicTotal += m;
    focus += m * Math.min(1, (sentences.get(unit(source)) ?? 0) / FOCUS_SENTENCES);
  }
  return { whole: total > 0 ? whole / total : 0, focus: topicTotal > 0 ? focus / topicTotal : 0 };
}

/**
 * Per article that `keep` allows, the IDF-weighted share of the query's words its passages hold
 * together: one search over every posting of the query's words.
 */
export function coverageByArticle(
  index: ArchiveIndex,
  query: readonly QueryTerm[],
  keep: (article: string) => boolean,
): Map<string, number> {
  const shares = new Map<string, number>();
  if (query.length === 0) return shares;
  const mass = wordMass(index, query);
  let total = 0;
  for (const m of mass.values()) total += m;
  const matched = new Map<string, Set<string>>();
  for (const hit of index.search(
    query,
    { id: (id) => keep(index.articleOf(id)) },
    Number.POSITIVE_INFINITY,
  )) {
    const article = hit.passage.article;
    const seen = matched.get(article) ?? new Set<string>();
    for (const m of hit.matched) seen.add(m);
    matched.set(article, seen);
  }
  for (const [article, seen] of matched) {
    let found = 0;
    for (const m of seen) found += mass.get(m) ?? 0;
    shares.set(article, total > 0 ? found / total : 0);
  }
  return shares;
}

/**
 * The share of the topic's words in an answer's paragraph and the two before it: news copy sets out
 * what was asked or announced, then quotes the reaction a paragraph or two later.
 */
export function nearShare(
  index: ArchiveIndex,
  article: string,
  paragraph: number | null,
  topic: readonly string[],
  asked: AskedWords,
): number {
  const facts = index.facts(article);
  if (!facts || paragraph === null) return 0;
  const text = facts.paragraphs.slice(Math.max(0, paragraph - 3), paragraph).join("\n");
  return ownShare(index, text, topic, asked);
}

/**
 * The terms an article's subject is weighed by (`articleSubject`): of a question about someone's
 * words, the person and the topic only. The frame around them varies as reporters ask ("Give me X's
 * words on Y", "What was X's comment on Y?", "Who was quoted as saying Z?"), and its words, rarely in
 * a headline or lede, would count against the story the question means as much as its own.
 */
export function subjectWords(question: string, parsed: ParsedQuestion): Set<string> {
  if (parsed.kind !== "said" && parsed.kind !== "who-said") return new Set(terms(question));
  return new Set(terms([parsed.who ?? "", ...parsed.topic].join(" ")));
}

/** How the question types its words: the names it writes in full, the words it writes in lower case. */
export interface AskedWords {
  /** Runs of two or more capitalised words after its first (`writtenNames`). */
  names: string[][];
  /** Words typed in lower case by a question that capitalises names (`lowerCaseWords`). */
  lower: Set<string>;
  /** All its words. */
  all: Set<string>;
}

export function askedWords(question: string): AskedWords {
  return { names: writtenNames(question), lower: lowerCaseWords(question), all: new Set(words(question)) };
}

/**
 * The IDF-weighted share of the question's topic words (or close spellings) found in `text`. A name
 * the question writes in full ("Ban Ki-moon", "Keith Lamont Scott") counts as found when any of its
 * words is: copy names a person in full once, then by one name ("Ban", "Scott"). A word the question
 * types in lower case is a common noun: found only inside a name ("Wall Street" for "the wall") it
 * is another thing, and does not count.
 */
export function ownShare(
  index: ArchiveIndex,
  text: string,
  topic: readonly string[],
  asked: AskedWords = { names: [], lower: new Set(), all: new Set() },
): number {
  const { names, lower } = asked;
  const own = new Set(terms(text));
  let common: Set<string> | null = null;
  const has = (word: string) => {
    if (lower.has(word)) common ??= commonStems(text, asked.all);
    const stems = lower.has(word) ? common! : own;
    return index.expand(word).some((t) => stems.has(t.stem));
  };
  let total = 0;
  let found = 0;
  for (const word of topic) {
    const weight = readingWeight(index, index.expand(word));
    total += weight;
    const name = names.find((n) => n.includes(word));
    if (name ? name.some(has) : has(word)) found += weight;
  }
  return total > 0 ? found / total : 1;
}

/**
 * The share of the topic's words that `text` holds only in other words, through a WordNet synonym
 * ("trouble" / "problem"), each counting for less than the word itself.
 */
export function synonymShare(text: string, topic: readonly string[]): number {
  if (topic.length === 0) return 0;
  const own = new Set(terms(text));
  const said = topic.filter((word) => synonymsOf(stem(word)).some((s) => own.has(s)));
  return (SYNONYM * said.length) / topic.length;
}
const SYNONYM = 0.7;

/** The names a question writes in full: runs of two or more capitalised words after its first. */
export function writtenNames(question: string): string[][] {
  const runs = question.slice(question.search(/\s/) + 1).match(NAME_RUN) ?? [];
  return runs.map((run) => ownNameWords(run)).filter((name) => name.length >= 2);
}
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * What finding a word is worth: the IDF of its likeliest reading, the closest spelling and, among
 * equally close ones, the commonest word (as a speller guesses), weighed by how close it is. A typo
 * is not worth its rarest near spelling: "acording" is "according", not "adoring".
 */
export function readingWeight(index: ArchiveIndex, stands: readonly QueryTerm[]): number {
  let best: QueryTerm | undefined;
  for (const t of stands)
    if (
      !best ||
      t.weight > best.weight ||
      (t.weight === best.weight && index.idf(t.stem) < index.idf(best.stem))
    )
      best = t;
  return best ? index.idf(best.stem) * best.weight : 0;
}

/** Per question word, what finding it is worth (`readingWeight`), as a passage's own share weighs it. */
function wordMass(index: ArchiveIndex, query: readonly QueryTerm[]): Map<string, number> {
  const bySource = new Map<string, QueryTerm[]>();
  for (const t of query) slot(bySource, t.source, () => []).push(t);
  const mass = new Map<string, number>();
  for (const [source, stands] of bySource) mass.set(source, readingWeight(index, stands));
  return mass;
}

/**
 * A question's words as search terms for the article asked about: typos and relatives of a word
 * corrected into the words the article writes, a word naming someone there standing for their other
 * names, and synonyms for a word the article never uses. With no article asked about, the archive's
 * own vocabulary corrects them (`ArchiveIndex.expand`).
 */

import { isDictionaryWord } from "../article/dictionary.ts";
import type { Facts } from "../article/facts.ts";
import { slot } from "../maps.ts";
import { type ArchiveIndex, MIN_WORD_SIMILARITY, type QueryTerm } from "./index.ts";
import { capitalisedStems, capitalisedWords } from "./proper-words.ts";
import { usesTerm } from "./relevance.ts";
import { synonymsOf } from "./synonyms.ts";
import { editDistance, sameStart, stem, terms, words } from "./terms.ts";

/** How much a synonym of a question word counts as the word itself. */
const SYNONYM = 0.7;
/** A question word this long is read as the start of a longer word that begins with it (as `ArchiveIndex.expand` reads it). */
const MIN_PREFIX = 5;

export class ArticleQuery {
  private proper: Set<string> | undefined;
  private readonly within = new Map<string, QueryTerm[] | null>();

  constructor(
    private readonly index: ArchiveIndex,
    private readonly question: string,
    private readonly scope: string | undefined,
    private readonly facts: () => Facts | undefined,
  ) {}

  /**
   * The question's words as search terms: typos expanded, and a word that names someone in the
   * article ("about O'Brien") also stands for that person's other names ("Declan").
   */
  of(topic: readonly string[]): QueryTerm[] {
    return topic.flatMap((word) => this.termsOf(word, false));
  }

  /**
   * A topic word's terms for weighing the article's passages by relevance (`topicTerms`), which
   * reads the article's own words anyway: those close to a word it lacks stand for it too
   * (`withinArticle`).
   */
  ofTopicWord(word: string): QueryTerm[] {
    return this.termsOf(word, true);
  }

  private termsOf(word: string, within: boolean): QueryTerm[] {
    // A dictionary word the article lacks may be a relative of one it has ("inconvenient" /
    // "convenient"), never a name ("blast" is not "Blasio") nor another word ("split" / "spit").
    const own = stem(word);
    // An inflected word is known by its stem ("reasons" by "reason"), and is not "region" misspelled.
    const known = isDictionaryWord(word) || isDictionaryWord(own);
    const nameStems = known ? this.nameWords() : null;
    const related = (term: string) =>
      !known || (!nameStems?.has(term) && (own.includes(term) || term.includes(own)));
    const expanded = this.index
      .expand(word)
      .filter((t) => related(t.stem))
      .filter((t) => t.stem === own || this.mayBecome(word, t.stem));
    const terms =
      (within ? this.withinArticle(word, related) : null) ??
      (expanded.length > 0 ? expanded : [{ stem: own, weight: 1, source: word }]);
    const person = this.index.findPeople(word, this.scope)[0];
    if (!person || person.score < 0.9 || person.person.kind !== "person") return terms;
    const names = words([person.person.name, ...person.person.aliases].join(" ")).map(stem);
    return [...terms, ...[...new Set(names)].map((s) => ({ stem: s, weight: 0.9, source: word }))];
  }

  /**
   * A question word another article of the archive writes but the one asked about does not: the
   * archive's vocabulary takes it as spelled right and offers nothing closer, so the article's own
   * words close to it stand for it, as they would were the article alone ("inconvenient" for its
   * "convenient").
   */
  private withinArticle(word: string, related: (term: string) => boolean): QueryTerm[] | null {
    // Each topic word is read several times over (its terms, its topic, its ranking).
    if (!this.within.has(word)) this.within.set(word, this.readWithin(word, related));
    return this.within.get(word)?.map((t) => ({ ...t })) ?? null;
  }

  private readWithin(word: string, related: (term: string) => boolean): QueryTerm[] | null {
    const facts = this.facts();
    const own = stem(word);
    if (!facts || usesTerm(facts, own) || !this.index.holds(own)) return null;
    const found = new Map<string, number>();
    // Asked of each word of each candidate article: the cheap tests first, the edit distance bounded.
    for (const written of wordsStartingLike(facts, word)) {
      if (!sameStart(word, written)) continue;
      const term = stem(written);
      if (!related(term)) continue;
      const prefix = written.startsWith(word) && word.length >= MIN_PREFIX;
      const longest = Math.max(word.length, written.length);
      const edits = editDistance(word, written, Math.floor((1 - MIN_WORD_SIMILARITY) * longest));
      const similarity = 1 - edits / longest;
      if ((!prefix && similarity < MIN_WORD_SIMILARITY) || !this.mayBecome(word, term)) continue;
      found.set(term, Math.max(found.get(term) ?? 0, prefix ? 0.9 : similarity));
    }
    if (found.size === 0) return null;
    return [...found].map(([term, weight]) => ({ stem: term, weight, source: word }));
  }

  /**
   * A question word the article asked about never uses is likely said there in other words ("hurt" /
   * "injured"): its synonyms join the query, each counting for less.
   */
  paraphrased(query: QueryTerm[]): QueryTerm[] {
    const facts = this.facts();
    if (!facts) return query;
    const absent = new Set(query.map((q) => q.source));
    for (const q of query) if (usesTerm(facts, q.stem)) absent.delete(q.source);
    const extra = query
      .filter((q) => absent.has(q.source) && !LIGHT_VERBS.has(q.stem))
      .flatMap((q) =>
        synonymsOf(q.stem)
          .filter((s) => !s.includes(" ") && usesTerm(facts, s))
          .map((s) => ({ stem: s, weight: q.weight * SYNONYM, source: q.source })),
      );
    return [...query, ...extra];
  }

  /**
   * Whether a question word may be corrected to a term: a name ("Peru") is never corrected into a
   * word the article asked about writes only in lower case ("per").
   */
  private mayBecome(word: string, term: string): boolean {
    this.proper ??= capitalisedWords(this.question);
    const facts = this.facts();
    if (!this.proper.has(word) || !facts || !usesTerm(facts, term)) return true;
    return capitalisedStems(facts).has(term);
  }

  /** The words of the names of the people in the article asked about, stemmed as search terms. */
  private nameWords(): Set<string> {
    const facts = this.facts();
    if (!facts) return new Set();
    let found = NAME_WORDS.get(facts);
    if (!found) {
      found = new Set(facts.people.flatMap((p) => terms([p.name, ...p.aliases].join(" "))));
      NAME_WORDS.set(facts, found);
    }
    return found;
  }
}

/**
 * Verbs that mean little alone ("put out a statement", "get the nod"): WordNet's senses of them
 * ("put" / "break", "get" / "catch") are no paraphrase of what is asked.
 */
const LIGHT_VERBS = new Set("put get make take give go goes come do does set keep let".split(" ").map(stem));

const NAME_WORDS = new WeakMap<Facts, Set<string>>();
const ARTICLE_WORDS = new WeakMap<Facts, Map<string, string[]>>();
/** The longest negating prefix `sameStart` lets a typed word begin with ("dis", "non", "mis"). */
const LONGEST_NEGATION = 3;

/**
 * The words an article writes, folded as the question's are, that may start as `word` does: its
 * first letter, or the letter after a negating prefix ("inconvenient" / "convenient").
 */
function wordsStartingLike(facts: Facts, word: string): string[] {
  let byLetter = ARTICLE_WORDS.get(facts);
  if (!byLetter) {
    byLetter = new Map();
    for (const written of new Set(facts.sentences.flatMap((s) => words(s.text))))
      slot(byLetter, written[0]!, () => []).push(written);
    ARTICLE_WORDS.set(facts, byLetter);
  }
  const letters = new Set([...word.slice(0, LONGEST_NEGATION + 1)]);
  return [...letters].flatMap((letter) => byLetter.get(letter) ?? []);
}

/**
 * A question's words as search terms for the article asked about: typos and relatives of a word
 * corrected into the words the article writes, a word naming someone there standing for their other
 * names, and synonyms for a word the article never uses. With no article asked about, the archive's
 * own vocabulary corrects them (`ArchiveIndex.expand`).
 */
import type { Facts } from "../article/facts.ts";
import { type ArchiveIndex, MIN_WORD_SIMILARITY, type QueryTerm } from "./index.ts";
import { capitalisedStems, capitalisedWords } from "./proper-words.ts";
import { usesTerm } from "./relevance.ts";
import { isDictionaryWord, synonymsOf } from "./synonyms.ts";
import { sameStart, stem, terms, wordSimilarity, words } from "./terms.ts";

/** How much a synonym of a question word counts as the word itself. */
const SYNONYM = 0.7;
/** A question word this long is read as the start of a longer word that begins with it (as `ArchiveIndex.expand` reads it). */
const MIN_PREFIX = 5;

export class ArticleQuery {
  private proper: Set<string> | undefined;

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
    return topic.flatMap((word) => {
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
        this.withinArticle(word, related) ??
        (expanded.length > 0 ? expanded : [{ stem: own, weight: 1, source: word }]);
      const person = this.index.findPeople(word, this.scope)[0];
      if (!person || person.score < 0.9 || person.person.kind !== "person") return terms;
      const names = words([person.person.name, ...person.person.aliases].join(" ")).map(stem);
      return [...terms, ...[...new Set(names)].map((s) => ({ stem: s, weight: 0.9, source: word }))];
    });
  }

  /**
   * A question word another article of the archive writes but the one asked about does not: the
   * archive's vocabulary takes it as spelled right and offers nothing closer, so the article's own
   * words close to it stand for it, as they would were the article alone ("inconvenient" for its
   * "convenient").
   */
  private withinArticle(word: string, related: (term: string) => boolean): QueryTerm[] | null {
    const facts = this.facts();
    const own = stem(word);
    if (!facts || usesTerm(facts, own) || !this.index.holds(own)) return null;
    const found = new Map<string, number>();
    for (const written of articleWords(facts)) {
      const prefix = written.startsWith(word) && word.length >= MIN_PREFIX;
      const similarity = wordSimilarity(word, written);
      if (!prefix && similarity < MIN_WORD_SIMILARITY) continue;
      const term = stem(written);
      if (!related(term) || !sameStart(word, written) || !this.mayBecome(word, term)) continue;
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
      .filter((q) => absent.has(q.source))
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

const NAME_WORDS = new WeakMap<Facts, Set<string>>();
const ARTICLE_WORDS = new WeakMap<Facts, Set<string>>();

/** The words an article writes, folded as the question's are. */
function articleWords(facts: Facts): Set<string> {
  let found = ARTICLE_WORDS.get(facts);
  if (!found) {
    found = new Set(facts.sentences.flatMap((s) => words(s.text)));
    ARTICLE_WORDS.set(facts, found);
  }
  return found;
}

/**
 * Question → Answer: finds the person asked about, ranks that person's passages (or all passages)
 * for the topic, and declines below a calibrated confidence rather than guess.
 */
import { humanDate } from "../article/dates.ts";
import type { Person } from "../article/facts.ts";
import { type AnswerType, FIRM_FIT, mustFit, typeFit } from "./answer-type.ts";
import { ArticleQuery } from "./article-query.ts";
import { askedNames, holdsAskedNames } from "./asked-names.ts";
import { AskedPeople } from "./asked-people.ts";
import { articleAuthor, narrationBy, narrationOf } from "./author.ts";
import { speakerOf } from "./described.ts";
import { HitRanking, stemsOf } from "./hit-ranking.ts";
import type { ArchiveIndex, Hit, Passage, PersonHit } from "./index.ts";
import { givesValue, type Measure, measureOf, namesMeasure } from "./measure.ts";
import { isPhrase, passageValue } from "./passage-value.ts";
import { type MetadataField, type ParsedQuestion, parseQuestion } from "./question.ts";
import { articleCoverage, relevance, type TopicTerm, toldOnlyElsewhere, topicTerms } from "./relevance.ts";
import { cleanQuestion } from "./sanitize.ts";
import { introduction, quotedList, quotedPeople } from "./speakers.ts";
import { words } from "./terms.ts";
import type { Answer, AnswerKind } from "./types.ts";
import { withWholeStatement } from "./whole-statement.ts";

/**
 * Below these shares of the question's (IDF-weighted) topic words, the best passage is not an
 * answer. Tuned on the development articles; a speaker filter makes a match more trustworthy.
 */
const MIN_COVERAGE_WITH_SPEAKER = 0.45;
const MIN_COVERAGE = 0.5;
const MIN_COVERAGE_TYPED = 0.4;

/** The confidence below which each kind of question is declined; see `scripts/qa-thresholds.ts`. */
export interface Thresholds {
  /** "What did X say about Y": the share of Y the article uses anywhere (`relevance.ts`). */
  covered: number;
  /** … and the relevance of X's best passage to Y. */
  said: number;
  /** "Who said Z", Z in other words than the quote's: the relevance of the best quote to Z. */
  whoSaid: number;
}
export const THRESHOLDS: Thresholds = { covered: 0.6, said: 0, whoSaid: 0.3 };
/** How much more relevant another quote must be than the best word match to answer "who said Z". */
const CLEARLY_MORE = 0.1;

interface Scored {
  passage: Passage;
  value: number;
  relevance: number;
  own: number;
  firm: number;
}

export function answerQuestion(
  index: ArchiveIndex,
  asked: string,
  articleId?: string,
  thresholds: Thresholds = THRESHOLDS,
): Answer {
  return withWholeStatement(index, passageAnswer(index, asked, articleId, thresholds));
}

/**
 * The answer as the passage that won it, a quote's part alone: what weighing answers across an
 * archive compares (the same words in other articles, the kind of answer asked for).
 */
export function passageAnswer(
  index: ArchiveIndex,
  asked: string,
  articleId?: string,
  thresholds: Thresholds = THRESHOLDS,
): Answer {
  const question = cleanQuestion(asked);
  const parsed = parseQuestion(question);
  const ask = new Asking(index, question, articleId, thresholds);
  if (!question.trim() || index.size === 0) return ask.decline();
  switch (parsed.kind) {
    case "metadata":
      return ask.metadata(parsed.field!);
    case "said":
      return parsed.asTopic && ask.asked.namesNoOne(parsed.who!)
        ? ask.fact(parsed.asTopic)
        : ask.said(parsed);
    case "who-said":
      return ask.whoSaid(parsed);
    case "who-is":
      return ask.whoIs(parsed);
    default: {
      // "What happened in Iraq?" of an article that never names Iraq: it does not say.
      if (
        articleId !== undefined &&
        !holdsAskedNames(index, articleId, askedNames(question, "fact", parsed.topic))
      )
        return ask.decline();
      // "Who declined to …": the one named for it, by the quote that says it when there is one.
      const who = /^\s*who\b/i.test(question);
      const found =
        (parsed.keywords && ask.keywords(parsed.topic)) || ask.fact(parsed.topic, who, parsed.wants, who);
      return !found.answered && parsed.summed ? ask.whoSaid(parsed) : found;
    }
  }
}

class Asking {
  constructor(
    private readonly index: ArchiveIndex,
    private readonly question: string,
    private readonly scope: string | undefined,
    private readonly thresholds: Thresholds,
  ) {
    this.asked = new AskedPeople(index, question, scope);
    this.ranking = new HitRanking(index, scope);
  }

  /** Who the question names. */
  readonly asked: AskedPeople;

  private readonly ranking: HitRanking;
  private articleQuery: ArticleQuery | undefined;

  /** The question's words as search terms for the article asked about. */
  private get searchTerms(): ArticleQuery {
    this.articleQuery ??= new ArticleQuery(this.index, this.question, this.scope, () =>
      this.asked.scopedFacts(),
    );
    return this.articleQuery;
  }

  metadata(field: MetadataField): Answer {
    const article = this.scope ?? (this.index.size === 1 ? this.index.articles()[0]!.id : undefined);
    const facts = article === undefined ? undefined : this.index.facts(article);
    if (!facts) return this.decline();
    const m = facts.metadata;
    const value = {
      published: m.published ? humanDate(m.published) : null,
      byline: m.byline,
      dateline: m.dateline,
      source: m.source,
      headline: m.headline || null,
      quoted: quotedList(facts) || null,
    }[field];
    if (!value) return this.decline(facts.id);
    return this.answer("metadata", value, facts.id, null, null, 1);
  }

  said(parsed: ParsedQuestion): Answer {
    const people = this.asked.find(parsed.who ?? "");
    if (people.length === 0) return this.decline();
    const speakers = new Set(people.map((p) => key(p.article, p.person.id)));
    const theirs = new Set(people.map((p) => p.article));
    // Asked of every passage a search meets: an article's facts (a disk read on a cache miss) are
    // looked at only for the articles of the people asked about, where a role may stand for them.
    const spoken = (p: Passage) => {
      if (p.speakerId === null || !theirs.has(p.article)) return false;
      if (speakers.has(key(p.article, p.speakerId))) return true;
      const speaker = speakerOf(this.index.facts(p.article)!, p.speakerId);
      return speaker !== null && speakers.has(key(p.article, speaker.id));
    };
    const nameWords = new Set(words(parsed.who ?? ""));
    const topic = parsed.topic.filter((w) => !nameWords.has(w));
    const keyQuote = () => this.keyQuote(people[0]!, spoken) ?? this.decline(people[0]!.article);
    if (topic.length === 0) return keyQuote();
    // "What did X say about Y" wants X's own words: the passage of theirs most about Y, whatever
    // words Y is asked in; a decline only when nothing they said is about it.
    const wanted = topicTerms(topic, (word) => this.searchTerms.ofTopicWord(word), this.question);
    const measure = measureOf(this.question, wanted);
    // Their quote, unless their reported speech holds far more of the topic in its own words, or
    // holds more of it and quotes them too ("the push was a "military operation"").
    const { quote, reported } = this.theirBest(people, spoken, wanted, measure);
    const quoting = reported && this.quotesOwnWords(reported.passage, spoken);
    const chosen =
      reported && (!quote || reported.own - quote.own > 0.5 || (quoting && reported.value > quote.value))
        ? reported
        : quote;
    if (chosen && this.answersTopic(chosen, wanted, measure, people[0]!))
      return this.theirAnswer(chosen, people[0]!);
    // Asked only about what the whole article is about ("the rail bill"): their main words answer.
    if (this.ranking.isBackground(topic, people[0]!.article)) return keyQuote();
    return this.decline(people[0]!.article);
  }

  /**
   * Whether X's passage answers "what did X say about Y": it holds Y in firm words (kin of Y only around
   * X's words, "meeting" / "unity" through a shared parent, is too loose; in X's own words, "prison" /
   * "jail", it is not), the article does not tell of Y only away from it, a measure asked of Y is named
   * or given a value, and the article of the person asked about uses enough of Y.
   */
  private answersTopic(
    chosen: Scored,
    wanted: readonly TopicTerm[],
    measure: Measure | undefined,
    asked: PersonHit,
  ): boolean {
    const facts = this.index.facts(chosen.passage.article)!;
    // Words about the Nevo that neither give its price nor name it say nothing of its price.
    const gives = measure !== undefined && givesValue(facts, chosen.passage, measure.type);
    const valued = gives ? measure.term : undefined;
    return (
      (chosen.firm > 0 || chosen.own > 0) &&
      chosen.relevance >= this.thresholds.said &&
      !toldOnlyElsewhere(facts, chosen.passage, wanted) &&
      (!measure || gives || namesMeasure(facts, chosen.passage, measure)) &&
      articleCoverage(this.index.facts(asked.article)!, wanted, valued) >= this.thresholds.covered
    );
  }

  /**
   * Of each kind, the passage of theirs most about the topic: their quotes (and their narration, in
   * an article they wrote in the first person) and their reported speech.
   */
  private theirBest(
    people: readonly PersonHit[],
    spoken: (p: Passage) => boolean,
    wanted: readonly TopicTerm[],
    measure: Measure | undefined,
  ): { quote?: Scored; reported?: Scored } {
    const best: { quote?: Scored; reported?: Scored } = {};
    for (const article of new Set(people.map((p) => p.article))) {
      const facts = this.index.facts(article)!;
      const narrated = narrationBy(this.index, facts, people);
      for (const passage of this.index.passagesOf(
        article,
        (p) => (p.kind !== "sentence" && spoken(p)) || narrated(p),
      )) {
        const valued = measure && givesValue(facts, passage, measure.type) ? measure.term : undefined;
        const { score, own, firm } = relevance(facts, passage, wanted, valued);
        const value = passageValue(passage, score, own);
        const kind = passage.kind === "reported" ? "reported" : "quote";
        if (!best[kind] || value > best[kind].value)
          best[kind] = { passage, value, relevance: score, own, firm };
      }
    }
    return best;
  }

  /** Their passage as the answer; a sentence of the article they wrote, as their own words. */
  private theirAnswer(chosen: Scored, asked: PersonHit): Answer {
    const { passage, relevance } = chosen;
    return this.spokenAnswer(passage, relevance, this.asked.spelledRight(passage, asked));
  }

  /** A passage someone spoke as the answer: a sentence of an article written in the first person is its author's. */
  private spokenAnswer(passage: Passage, score: number, speaker?: Person): Answer {
    if (passage.kind !== "sentence") return this.fromPassage(passage, score, speaker);
    const author = articleAuthor(this.index.facts(passage.article)!);
    return this.answer("quote", passage.text, passage.article, author, passage.paragraph, score);
  }

  /**
   * Whether reported speech quotes its own speaker ("the push was a "military operation""), not
   * someone else ("he was unlikely to get on with Cameron, who cast him as "divisive"").
   */
  private quotesOwnWords(reported: Passage, spoken: (p: Passage) => boolean): boolean {
    if (!/["“”]/.test(reported.text)) return false;
    const inside = (p: Passage) =>
      p.kind === "quote" && p.sentence === reported.sentence && reported.text.includes(p.text) && spoken(p);
    return this.index.passagesOf(reported.article, inside).length > 0;
  }

  whoSaid(parsed: ParsedQuestion): Answer {
    const query = this.searchTerms.of(parsed.topic);
    // "Who praised Kelly?": the one the question names is not the one who spoke. The narration of an
    // article written in the first person is its author's.
    const scoped = this.asked.scopedFacts();
    const narration = scoped && narrationOf(this.index, scoped);
    const narrated = narration && !words(narration.author.name).some((w) => parsed.topic.includes(w));
    const attributed = (p: Passage) =>
      (p.kind !== "sentence" && p.speakerId !== null && !this.namedIn(p, parsed.topic)) ||
      Boolean(narrated && narration.narrated(p));
    const best = this.ranking.rank(query, attributed, true)[0];
    // Said in other words ("run properly … split up" for "managed effectively … broken up").
    const wanted = topicTerms(parsed.topic, (word) => this.searchTerms.ofTopicWord(word), this.question);
    const paraphrased = this.mostRelevant(wanted, attributed);
    if (best && best.coverage >= MIN_COVERAGE_WITH_SPEAKER) {
      // Shared words are not all alike: a quote that holds far more of Z in its own words, rare words
      // weighed up and synonyms counted, beats one that shares Z's commonest words ("the 9/11 bill").
      const facts = this.index.facts(best.passage.article)!;
      const { score, own } = relevance(facts, best.passage, wanted);
      const better =
        paraphrased &&
        paraphrased.own > own &&
        paraphrased.value > passageValue(best.passage, score, own) + CLEARLY_MORE;
      return better
        ? this.spokenAnswer(paraphrased.passage, paraphrased.relevance)
        : this.spokenAnswer(best.passage, best.coverage);
    }
    if (paraphrased && paraphrased.relevance >= this.thresholds.whoSaid)
      return this.spokenAnswer(paraphrased.passage, paraphrased.relevance);
    return this.fact(parsed.topic, false, undefined, true);
  }

  /** The passage of the article asked about most about the topic (`relevance.ts`), if it uses the topic. */
  private mostRelevant(wanted: readonly TopicTerm[], accept: (p: Passage) => boolean): Scored | undefined {
    const facts = this.asked.scopedFacts();
    if (!facts) return undefined;
    if (articleCoverage(facts, wanted) < this.thresholds.covered) return undefined;
    let best: Scored | undefined;
    for (const passage of this.index.passagesOf(facts.id, accept)) {
      const { score, own, firm } = relevance(facts, passage, wanted);
      const value = passageValue(passage, score, own);
      if (!best || value > best.value) best = { passage, value, relevance: score, own, firm };
    }
    return best;
  }

  whoIs(parsed: ParsedQuestion): Answer {
    const who = this.asked.ofPlace(parsed.who ?? "");
    const asked = words(who).filter((w) => w.length > 1);
    const byName = this.asked.find(who).find((p) => p.score >= 0.8);
    // "Kelly's Mexican counterpart" names Kelly but asks about someone else.
    const onlyName = !/'s?\b/.test(who) && asked.length <= 4;
    if (byName && onlyName) return this.describe(byName);
    return this.fact(parsed.topic, true);
  }

  /** "trump military": a word that is clearly a speaker's name turns keywords into "what did X say". */
  keywords(topic: string[]): Answer | null {
    for (const word of topic) {
      const person = this.asked.find(word).find((p) => p.score >= 0.8 && p.matched.length > 0);
      if (!person) continue;
      const rest = topic.filter((w) => w !== word);
      const answer = this.said({ kind: "said", who: word, topic: rest });
      return answer.answered ? answer : null;
    }
    return null;
  }

  /** A factual question; "who …" ones want the sentence that names the person, not a quote. */
  fact(
    topic: string[],
    sentencesOnly = /^\s*who\b/i.test(this.question),
    wants?: AnswerType,
    quoting = false,
  ): Answer {
    const accept = sentencesOnly ? (p: Passage) => p.kind === "sentence" : () => true;
    const query = this.searchTerms.paraphrased(this.searchTerms.of(topic));
    const ranked = this.ranking.rank(query, accept, false, wants);
    // A passage without the kind of answer asked for ("what is the bill called") cannot answer it.
    const fits = (h: Hit) =>
      typeFit(h.passage.text, wants!, stemsOf(query)) > 0 &&
      this.ranking.confidence(h, query) >= MIN_COVERAGE_TYPED;
    // … and "how many" or "what year" without a number in sight is not answered.
    const best = wants ? (ranked.find(fits) ?? (mustFit(wants) ? undefined : ranked[0])) : ranked[0];
    if (!best) return this.decline();
    const confidence = this.ranking.confidence(best, query);
    // A passage that holds the kind of answer asked for, about the thing asked ("5,300 employees
    // were fired"), answers on less of the question's wording.
    const typed = wants && typeFit(best.passage.text, wants, stemsOf(query)) >= FIRM_FIT;
    if (confidence < (typed ? MIN_COVERAGE_TYPED : MIN_COVERAGE)) return this.decline();
    // "Who declined to describe the device?": the sentence that says it quotes the one who did.
    const quoted = quoting ? this.quotedIn(best.passage) : undefined;
    // "Who blamed Kelly?": the one the question names is not the one who did it.
    if (quoted && this.namedIn(quoted, topic)) return this.decline();
    return this.fromPassage(quoted ?? best.passage, confidence);
  }

  /** Whether the passage's speaker is named by one of the question's words. */
  private namedIn(passage: Passage, asked: readonly string[]): boolean {
    const person = this.index.facts(passage.article)?.people.find((p) => p.id === passage.speakerId);
    return person !== undefined && words(person.name).some((w) => asked.includes(w));
  }

  /**
   * The first attributed quote (else reported clause) in a sentence passage, not a quoted phrase.
   */
  private quotedIn(sentence: Passage): Passage | undefined {
    const inside = this.index.passagesOf(
      sentence.article,
      (p) =>
        p.sentence === sentence.sentence && p.kind !== "sentence" && p.speakerId !== null && !isPhrase(p),
    );
    return inside.find((p) => p.kind === "quote") ?? inside[0];
  }

  decline(article?: string): Answer {
    const only = this.index.size === 1 ? this.index.articles()[0]!.id : undefined;
    const scope = article ?? this.scope ?? only;
    const facts = scope === undefined ? undefined : this.index.facts(scope);
    return {
      question: this.question,
      answered: false,
      kind: "decline",
      speaker: null,
      title: null,
      text: "",
      article: facts ? this.index.ref(facts.id)! : null,
      paragraph: null,
      score: 0,
      suggestions: facts ? quotedPeople(facts) : [],
    };
  }

  /** With no topic, a person's most substantial words: a full quote, else reported speech, else a fragment. */
  private keyQuote(person: PersonHit, accept: (p: Passage) => boolean): Answer | null {
    const own = this.index.passagesOf(person.article, accept);
    const rankOf = (p: Passage) =>
      p.kind === "quote" && /^\p{Lu}/u.test(p.text) ? 0 : p.kind === "reported" ? 1 : 2;
    // A statement split around its attribution counts whole; it is answered by its opening part.
    const length = (p: Passage) =>
      own
        .filter((o) => o.kind === p.kind && o.paragraph === p.paragraph && o.speakerId === p.speakerId)
        .reduce((sum, o) => sum + o.text.length, 0);
    const best = own.reduce<Passage | null>((a, b) => {
      if (!a) return b;
      const order = rankOf(b) - rankOf(a);
      return order < 0 || (order === 0 && length(b) > length(a)) ? b : a;
    }, null);
    return best ? this.fromPassage(best, person.score) : null;
  }

  private describe(hit: PersonHit): Answer {
    const { text, paragraph } = introduction(this.index.facts(hit.article)!, hit.person);
    return this.answer("who", text, hit.article, hit.person, paragraph, hit.score);
  }

  private fromPassage(passage: Passage, score: number, speaker?: Person): Answer {
    const facts = this.index.facts(passage.article)!;
    const person = speaker ?? speakerOf(facts, passage.speakerId);
    const kind: AnswerKind = passage.kind;
    return this.answer(kind, passage.text, passage.article, person, passage.paragraph, score);
  }

  private answer(
    kind: AnswerKind,
    text: string,
    article: string,
    person: Person | null,
    paragraph: number | null,
    score: number,
  ): Answer {
    return {
      question: this.question,
      answered: true,
      kind,
      speaker: person?.name ?? null,
      title: person?.title ?? null,
      text,
      article: this.index.ref(article)!,
      paragraph,
      score: Math.round(Math.min(1, score) * 1000) / 1000,
      suggestions: [],
    };
  }
}

function key(article: string, person: string): string {
  return `${article}\u0000${person}`;
}

/**
 * Answers a question that names no article, from the whole archive:
 * 1. when: a period the question names ("in March", "last week") keeps to articles published then;
 * 2. candidates: the articles that quote the person asked about, and those whose passages hold the
 *    topic, each ranked by how well it matches and by its own subject (headline, lede, the people
 *    it quotes most);
 * 3. answers: the best few candidates each answer on their own, as if the question named them, and
 *    so does the article whose passage best holds the topic of a question about someone;
 * 4. choice: the best answer wins, unless a close second comes from a different person or story:
 *    then the question is asked back with the candidates rather than guessed;
 * 5. copies: words carried by several articles (wire copy) are answered from the earliest copy,
 *    with the number of others.
 */
import { passageAnswer } from "./answer.ts";
import { type AnswerType, typeFit } from "./answer-type.ts";
import { archiveCandidates, SAME_FIT } from "./archive-candidates.ts";
import { askedNames, holdsAskedNames } from "./asked-names.ts";
import type { ArchiveIndex, Passage } from "./index.ts";
import { namedByInitials } from "./initials.ts";
import { askedNameWords, nameFit } from "./name-index.ts";
import { inPeriod, type Period, periodOf } from "./periods.ts";
import { parseQuestion, type QuestionKind } from "./question.ts";
import { askedWords, nearShare, ownShare, subjectWords, synonymShare } from "./question-shares.ts";
import { framesTopic } from "./relevance.ts";
import { cleanQuestion } from "./sanitize.ts";
import { articleSubject, headlineOf } from "./subject.ts";
import { fold, terms, words } from "./terms.ts";
import type { Answer, ArticleRef } from "./types.ts";
import { withWholeStatement } from "./whole-statement.ts";

/** Candidate articles answered one by one: enough to find the right one, few enough to stay fast. */
const CANDIDATES = 6;
/**
 * How much the share of the question's words the whole article holds counts, beside the best
 * passage's share (`topic`) and the subject's: on qa-dev any weight from 0.5 to 2 gives the same
 * 136/192 right, none 134 (`scripts/archive-misses.ts`); declines are not weighed by it.
 */
const WHOLE_WEIGHT = 1;
/**
 * How much an article's focus on the question's topic counts (`ArticleCoverage.focus`): a question
 * written about one story asks about what it dwells on. On the scorer's archive 0.15 and 0.2 give
 * one more right answer and three wrong answers fewer, asked back instead ("How old was Terence
 * Crutcher?" from the story about his shooting, not one that names him once; "What is Brian Fallon's
 * job on the Clinton campaign?" from the story quoting him); 0.25 and 0.3 one right answer fewer,
 * 0.4 as many wrong answers as none.
 */
const FOCUS_WEIGHT = 0.2;
/**
 * "Who said X" is asked in the words of the quote it means: among answers the articles find equally
 * good, the one whose own words hold X's rarest words counts more (on the scorer's archive 0.3 to
 * 0.5 turn a question asked back into a right answer; weighing it in for other kinds of question,
 * where the answer's text rarely repeats the question, gained nothing).
 */
const WHO_SAID_OWN_WEIGHT = 0.3;
/**
 * Below these confidences (the answering article's own) an archive-wide answer is declined: more
 * articles, more loose matches. Chosen on data: `npx tsx scripts/archive-thresholds.ts`.
 */
export interface ArchiveThresholds {
  /**
   * "What did X say (about Y)": X's words from one of the articles that quote X, by their relevance
   * to Y plus half the share of Y the article's best passage holds (`saidConfidence`), once
   * `saidSpread` or more articles name X.
   */
  said: number;
  /**
   * How many articles must name the person asked about for `said` to apply in full. Fewer, and the
   * threshold is `said` scaled by log(articles) / log(saidSpread): the best of n loose matches grows
   * about as log n, so the person named in one article is trusted as that article's own answer is
   * (threshold 0), and each further article that quotes them asks for a little more.
   */
  saidSpread: number;
  /**
   * "What did X say about Y" when several articles name X: the share of Y's own words (or close
   * spellings) the answer's paragraph or the one before must hold, graded as `said` is.
   */
  near: number;
  /** Any other question: "who said …", facts, descriptions, by the article's own confidence. */
  other: number;
}
export const ARCHIVE_THRESHOLDS: ArchiveThresholds = { said: 0.7, saidSpread: 4, near: 0.15, other: 0.3 };
/** How much the article's best passage for Y counts beside the relevance of X's answer to Y. */
const SAID_TOPIC_WEIGHT = 0.5;
/** A sentence must hold this share of the question's words to answer it from the archive. */
const MIN_SENTENCE_SHARE = 0.5;
/**
 * Answers this close to the best, from a different person or story, make the question ambiguous:
 * asked back rather than guessed (on the scorer's archive it turns 5 wrong answers of 35 into
 * questions asked back, and no right one).
 */
const AMBIGUITY_MARGIN = 0.05;
/**
 * A close rival must also answer about as well on its own (`Answer.score`): one that comes close
 * only by its article's weight (subject, focus, the whole article's words) while its own answer
 * holds clearly less of the question tells another story in passing, and is no alternative worth
 * offering (on the scorer's archive it answers "Why was Debbie Wasserman Schultz forced to step
 * down?" from the sentence saying so, not asked back beside one that says only "stepped down";
 * 0.05 to 0.1 give the same, 0 one wrong answer more).
 */
const RIVAL_SCORE_GAP = 0.05;
const MAX_CHOICES = 4;
/** Whether an answer holds the kind asked for at all needs no topic words (they only grade a number's fit). */
const NO_STEMS: ReadonlySet<string> = new Set();
/** The least length (in letters, digits and spaces) of words that count as copied from another article. */
const MIN_COPY = 30;

/** One candidate article's own answer, with what the choice between articles weighs. */
export interface Weighed {
  answer: Answer;
  /** How well the person asked about matched someone the article quotes, in [0, 1]. */
  person: number;
  /** The best share of the question's topic one of the article's passages holds, in [0, 1]. */
  topic: number;
  /** The share of the question's words in the article's subject (headline, lede, main speakers). */
  subject: number;
  /** The share of the question's rarest topic words in the answer's own text (a sentence's with its headline). */
  own: number;
  /** The share of the topic's words (or close spellings) in the answer's paragraph and the one before. */
  near: number;
  /** For "what did X say": the share of X's words the answer's speaker accounts for (`nameFit`). */
  fit: number;
  /** The share of the question's words the whole article holds, in any of its passages. */
  whole: number;
  /** How much the article dwells on the question's words (`ArticleCoverage.focus`), in [0, 1]. */
  focus: number;
  /**
   * Whether the article writes every name a factual question writes (close spellings count), and
   * every year any question names, or was published in it.
   */
  names: boolean;
  /** What the choice ranks by. */
  value: number;
}

/** The question as read, the period it keeps to, and every candidate's answer, best first. */
export interface Weighing {
  question: string;
  /** The question without the words that named its period. */
  text: string;
  period: Period | null;
  /** What kind of question it is, read without the period. */
  kind: QuestionKind;
  /** The kind of answer a factual question wants ("what is it called": a name), if it says. */
  wants?: AnswerType;
  /** How many articles name someone like the person asked about (0 when none is asked about). */
  spread: number;
  /** How well the person who fits the name asked best matched it (0 when none is asked about). */
  bestPerson: number;
  answers: Weighed[];
}

export function answerFromArchive(
  index: ArchiveIndex,
  asked: string,
  thresholds: ArchiveThresholds = ARCHIVE_THRESHOLDS,
): Answer {
  const weighing = weighAnswers(index, asked);
  const answer = chooseAnswer(index, weighing, thresholds);
  // "What did Trump say on Tuesday …": when no article of the archive's last Tuesday answers, the
  // day is the story's own, of any week: the whole archive is asked.
  const anyWeek = !answer.answered && !answer.candidates && weighing.period?.weekdayOnly;
  const retried = anyWeek
    ? chooseAnswer(index, weighAnswers(index, asked, CANDIDATES, false), thresholds)
    : answer;
  return withWholeStatement(index, retried);
}

/** The best acceptable answer, a question asked back when close rivals differ, or a decline. */
export function chooseAnswer(index: ArchiveIndex, weighing: Weighing, thresholds: ArchiveThresholds): Answer {
  const { question, period, answers } = weighing;
  const allowed = keptToPeriod(index, period);
  const good = answers.filter((w) => acceptable(w, weighing, thresholds));
  if (!good[0]) return declined(question);
  // "Where …", "what year …": of the answers about as good as the best, those that hold the kind of
  // thing asked for in full (a dateline's place, a year) answer it; the others only come near one.
  const close = good.filter((w) => w.value >= good[0]!.value - AMBIGUITY_MARGIN);
  const fits = new Map(
    close.map((w) => [w, weighing.wants ? typeFit(w.answer.text, weighing.wants, NO_STEMS) : 1]),
  );
  const bestFit = Math.max(...fits.values());
  const verbatim = verbatimAnswer(weighing, close);
  const best = verbatim ?? close.find((w) => fits.get(w) === bestFit)!;
  const rivals = close.filter(
    (w) =>
      w !== best &&
      fits.get(w) === bestFit &&
      w.value >= best.value - AMBIGUITY_MARGIN &&
      w.answer.score >= best.answer.score - RIVAL_SCORE_GAP &&
      differentAnswer(w.answer, best.answer),
  );
  if (rivals.length > 0 && !verbatim) return askBack(question, [best, ...rivals].slice(0, MAX_CHOICES));
  return { ...fromEarliestCopy(index, best.answer, allowed), question };
}

/**
 * "Who said South Dakota has a problem?": of the answers about as good as the best, the only one
 * whose words hold what was said word for word, as the question writes it, is the one meant; one
 * that says it in other words ("South Dakota's got a meth problem") is no rival to it.
 */
function verbatimAnswer(weighing: Weighing, close: readonly Weighed[]): Weighed | undefined {
  if (weighing.kind !== "who-said") return undefined;
  const asked = words(weighing.text);
  const said = asked[0] === "who" ? asked.slice(asked[2] === "that" ? 3 : 2) : [];
  if (said.length < VERBATIM_WORDS) return undefined;
  const holding = close.filter((w) => holdsRun(words(w.answer.text), said));
  return holding.length === 1 ? holding[0] : undefined;
}
/** Words at least in what a "who said" question writes for its words to be read as a quote's own. */
const VERBATIM_WORDS = 4;

/** Whether `run` stands in `text`, word for word and in order. */
function holdsRun(text: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= text.length; i++) if (run.every((w, k) => text[i + k] === w)) return true;
  return false;
}

/**
 * Every candidate article answers the question on its own; the answers, best first. `dated`: keep to
 * the period the question names (a weekday named alone may be let go, `answerFromArchive`).
 */
export function weighAnswers(index: ArchiveIndex, asked: string, count = CANDIDATES, dated = true): Weighing {
  const question = cleanQuestion(asked);
  const newest = index.articles()[0]?.published ?? new Date().toISOString();
  const named = periodOf(question, newest);
  const period = dated && named && !(named.yearOnly && !archiveCovers(index, named)) ? named : null;
  // Undated, a weekday named alone is still no topic word: the story's copy may name the day otherwise.
  const unsaid = period ?? (named?.weekdayOnly ? named : null);
  const text = unsaid ? question.replace(unsaid.text, " ").replace(/\s+/g, " ").trim() : question;
  const allowed = keptToPeriod(index, period);
  const parsed = parseQuestion(text);
  const questionTerms = subjectWords(text, parsed);
  const nameWords = new Set(parsed.kind === "said" ? words(parsed.who ?? "") : []);
  const topicWords = parsed.topic.filter((w) => !nameWords.has(w));
  const found = archiveCandidates(index, text, allowed, count);
  // What capitals tell is read from the question as typed or, typed in lower case, as cased.
  const { cased } = found;
  const nearWords = withoutPossessors(cased, withoutFrames(text, topicWords));
  // A name written as one ("the Muslim Association of Britain", not "the mayor") must be the
  // speaker's own: a partial match across thousands of articles is someone else.
  const whoWords =
    parsed.kind === "said" && writtenAsName(cased, parsed.who ?? "") ? askedNameWords(parsed.who ?? "") : [];
  const typed = askedWords(cased);
  const mustHold = askedNames(cased, parsed.kind, topicWords);
  const answers = found.list
    .map((c) => {
      const answer = passageAnswer(index, text, c.article);
      const subject = articleSubject(index, c.article, questionTerms);
      // A sentence of a story about Wells Fargo need not name Wells Fargo again: its headline is its context.
      const context = answer.kind === "sentence" ? `${headlineOf(index, c.article)}\n` : "";
      const shared = answer.answered ? ownShare(index, context + answer.text, parsed.topic, typed) : 0;
      // "Who said it was no trouble?" of "it wasn't a problem": words that take it up in other words.
      const own =
        shared === 0 && parsed.kind === "who-said" ? synonymShare(answer.text, parsed.topic) : shared;
      const near = answer.answered ? nearShare(index, c.article, answer.paragraph, nearWords, typed) : 0;
      const fit = whoWords.length > 0 ? speakerFit(index, answer, whoWords) : 1;
      const w = {
        answer,
        person: c.person,
        topic: c.topic,
        subject,
        own,
        fit,
        near,
        whole: c.whole,
        focus: c.focus,
        names: holdsAskedNames(index, c.article, mustHold),
        value: 0,
      };
      return { ...w, value: worth(w, parsed.kind) };
    })
    .filter((w) => w.answer.answered)
    .sort((a, b) => b.value - a.value);
  const { spread, bestPerson } = found;
  return { question, text, period, kind: parsed.kind, wants: parsed.wants, spread, bestPerson, answers };
}

/**
 * The topic without the names that only own it: "Trump's taxes" is about taxes, which words near a
 * quote naming Trump alone do not take up. A topic of names alone keeps them.
 */
function withoutPossessors(question: string, topic: readonly string[]): readonly string[] {
  const owners = new Set(
    [...question.matchAll(/\b(\p{Lu}[\p{L}-]*)['’]s?\s+\p{Ll}/gu)].flatMap((m) => words(m[1]!)),
  );
  const rest = topic.filter((w) => !owners.has(w));
  return rest.length > 0 ? rest : topic;
}

/**
 * The topic without the words that frame it ("the quality of …", "the Republicans' motives", "how
 * soon …"): reporters ask in those words and copy rarely writes them beside a quote, so they say
 * nothing about whether the words near it take up the topic. A topic of frames alone keeps them.
 */
function withoutFrames(question: string, topic: readonly string[]): readonly string[] {
  const rest = topic.filter((w) => !framesTopic(w, question));
  return rest.length > 0 ? rest : topic;
}

function worth(w: Omit<Weighed, "value">, kind: QuestionKind): number {
  const own = kind === "who-said" ? WHO_SAID_OWN_WEIGHT * w.own : 0;
  const { score } = w.answer;
  return (
    score +
    0.3 * w.person +
    0.3 * w.topic +
    0.2 * w.subject +
    WHOLE_WEIGHT * w.whole +
    FOCUS_WEIGHT * w.focus +
    own
  );
}

/** Whether an answer is good enough to give from the archive. */
function acceptable(w: Weighed, weighing: Weighing, thresholds: ArchiveThresholds): boolean {
  return refusal(w, weighing, thresholds) === null;
}

/** Why an answer is not good enough to give from the archive, or null when it is. */
export function refusal(w: Weighed, weighing: Weighing, thresholds: ArchiveThresholds): string | null {
  const { kind, spread } = weighing;
  const { answer } = w;
  const confidence = kind === "said" ? saidConfidence(w) : answer.score;
  const grade = kind === "said" ? spreadGrade(w, weighing, thresholds) : 1;
  const least = kind !== "said" ? thresholds.other : thresholds.said * grade;
  if (confidence < least) return `confidence ${confidence.toFixed(2)} < ${least.toFixed(2)}`;
  if (w.fit < 1) return "speaker does not fit the name";
  // Many articles quote the person asked about: one that never takes up Y near their words (only in
  // other words, by synonyms) is more likely another story than the one meant.
  if (kind === "said" && spread > 1 && w.near < thresholds.near * grade)
    return `near ${w.near.toFixed(2)} < ${(thresholds.near * grade).toFixed(2)}`;
  // A sentence answers a factual question only if it holds most of its rarest words itself: across
  // thousands of articles, some sentence always shares the common ones.
  if (answer.kind === "sentence" && w.own < MIN_SENTENCE_SHARE) return `sentence own ${w.own.toFixed(2)}`;
  // An article answers "where …" or "what is it called" from its best passage even when it holds no
  // place or name; across thousands of articles, one that does not is about something else.
  if (weighing.wants && typeFit(answer.text, weighing.wants, NO_STEMS) === 0) return `no ${weighing.wants}`;
  // "What is the capital of France?": across thousands of articles, one that never names France
  // answers only by the question's other words.
  if (!w.names) return "a name or year asked is not in the article";
  // "Who said …" is answered by someone's words: a sentence that names nobody is another story's.
  if (kind === "who-said" && !answer.speaker) return "who-said without speaker";
  // "Who said …" is answered by words that take up what was said: a passage that holds none of the
  // question's words itself, found only through its sentence, is about something else.
  if (kind === "who-said" && w.own === 0) return "who-said words hold none of the topic";
  return null;
}

/**
 * How much of the `said` and `near` thresholds an answer by the person who fits the name asked best
 * must meet, in [0, 1], by how many articles name them (see `ArchiveThresholds.saidSpread`); another
 * person whose name is only close to the one asked ("Tester" for "Hester") must meet them in full.
 */
function spreadGrade(w: Weighed, weighing: Weighing, thresholds: ArchiveThresholds): number {
  const { spread, bestPerson } = weighing;
  if (spread < 1 || w.person < bestPerson - SAME_FIT) return 1;
  return Math.min(1, Math.log(spread) / Math.log(thresholds.saidSpread));
}

/**
 * A person's answer is trusted more when the article also has a passage holding most of the topic's
 * words: a quote picked for a loosely related word, in an article that never takes up the topic, is
 * another story's.
 */
function saidConfidence(w: Weighed): number {
  return w.answer.score + SAID_TOPIC_WEIGHT * w.topic;
}

/** Whether every word of `who` is capitalised where the question writes it: a name, not a role. */
function writtenAsName(question: string, who: string): boolean {
  const asked = askedNameWords(who);
  if (asked.length === 0) return false;
  const written = question.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return asked.every((w) => written.some((t) => /^\p{Lu}/u.test(t) && words(t)[0] === w));
}

/** How well the answer's speaker fits the name asked: 0 for an answer that names nobody. */
function speakerFit(index: ArchiveIndex, answer: Answer, asked: readonly string[]): number {
  const facts = answer.article ? index.facts(answer.article.id) : undefined;
  const person = facts?.people.find((p) => p.name === answer.speaker);
  if (!person) return 0;
  return namedByInitials(asked, person) ? 1 : nameFit(asked, person);
}

/**
 * Whether two answers are different people's words ("Kelly" may mean Ruth Kelly or Kelly Holmes) or
 * different stories (one person on two occasions); the same words in two articles are wire copy,
 * and so are one person's words that a later copy cut short.
 */
function differentAnswer(a: Answer, b: Answer): boolean {
  if (sameText(a.text, b.text)) return false;
  if (sameSpeaker(a, b) && (holds(a.text, b.text) || holds(b.text, a.text))) return false;
  if (a.article?.id !== b.article?.id) return true;
  return a.speaker !== null && b.speaker !== null && !samePerson(a.speaker, b.speaker);
}

function sameSpeaker(a: Answer, b: Answer): boolean {
  return a.speaker === null || b.speaker === null
    ? a.speaker === b.speaker
    : samePerson(a.speaker, b.speaker);
}

/**
 * Whether `text` holds all of `part`'s words in a row, `part` long enough to be a statement of its
 * own (a few common words recur in any copy).
 */
function holds(text: string, part: string): boolean {
  const wanted = normal(part);
  return wanted.length >= MIN_COPY && ` ${normal(text)} `.includes(` ${wanted} `);
}

function samePerson(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return x.at(-1) === y.at(-1) && (x.length === 1 || y.length === 1 || x[0] === y[0]);
}

function sameText(a: string, b: string): boolean {
  return normal(a) === normal(b);
}

function normal(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function askBack(question: string, choices: Weighed[]): Answer {
  return {
    ...declined(question),
    candidates: choices.map(({ answer }) => ({
      article: answer.article!,
      speaker: answer.speaker,
      title: answer.title,
    })),
  };
}

function declined(question: string): Answer {
  return {
    question,
    answered: false,
    kind: "decline",
    speaker: null,
    title: null,
    text: "",
    article: null,
    paragraph: null,
    score: 0,
    suggestions: [],
  };
}

/**
 * The same words in other articles: the answer comes from the earliest of them (the first to carry
 * the words; a later copy may be cut or rewritten around them), and counts the others.
 */
function fromEarliestCopy(
  index: ArchiveIndex,
  answer: Answer,
  allowed: (article: string) => boolean,
): Answer {
  if (!answer.article || answer.text.length < MIN_COPY) return answer;
  // A copy holds every word of the answer: passages holding all its terms, checked word for word.
  const copies = new Map<string, Passage>();
  // The same words in someone else's mouth are another statement, never this one's copy.
  const otherSpeaker = new Set<string>();
  const accept = (id: number) =>
    index.textLength(id) >= answer.text.length - 5 && allowed(index.articleOf(id));
  for (const id of index.passagesHoldingAll(terms(answer.text), accept)) {
    const p = index.passage(id)!;
    if (p.article === answer.article.id || !holds(p.text, answer.text)) continue;
    const speaker = index.speakerOf(p);
    if (speaker && answer.speaker && !samePerson(speaker.name, answer.speaker)) otherSpeaker.add(p.article);
    if (!copies.has(p.article)) copies.set(p.article, p);
  }
  for (const article of otherSpeaker) copies.delete(article);
  if (copies.size === 0) return answer;
  const earliest = [...copies.values()]
    .map((p) => ({ p, ref: index.ref(p.article)! }))
    .filter(({ ref }) => earlier(ref, answer.article!))
    .sort((a, b) => (earlier(a.ref, b.ref) ? -1 : 1))[0];
  if (!earliest) return { ...answer, copies: copies.size };
  const speaker = index.speakerOf(earliest.p);
  return {
    ...answer,
    article: earliest.ref,
    paragraph: earliest.p.paragraph,
    speaker: speaker?.name ?? answer.speaker,
    title: speaker ? speaker.title : answer.title,
    copies: copies.size,
  };
}

/** Published before `b` (undated articles come last). */
function earlier(a: ArticleRef, b: ArticleRef): boolean {
  if (!a.published) return false;
  if (!b.published) return true;
  return a.published < b.published || (a.published === b.published && a.id < b.id);
}

/**
 * Which articles a period keeps to: those published then or, when the archive holds none dated then
 * but some undated (text files, pages without a date), those, which no date rules out.
 */
function keptToPeriod(index: ArchiveIndex, period: Period | null): (article: string) => boolean {
  if (!period) return () => true;
  const published = (article: string) => index.ref(article)?.published ?? null;
  if (archiveCovers(index, period)) return (article) => inPeriod(published(article), period);
  return (article) => published(article) === null;
}

/** Whether any article was published in the period: a year outside the archive names an event. */
function archiveCovers(index: ArchiveIndex, period: Period): boolean {
  return index.articles().some((a) => inPeriod(a.published, period));
}

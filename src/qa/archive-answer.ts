/**
 * Answers a question that names no article, from the whole archive:
 * 1. when: a period the question names ("in March", "last week") keeps to articles published then;
 * 2. candidates: the articles that quote the person asked about, and those whose passages hold the
 *    topic, each ranked by how well it matches and by its own subject (headline, lede, the people
 *    it quotes most);
 * 3. answers: the best few candidates each answer on their own, as if the question named them;
 * 4. choice: the best answer wins, unless a close second comes from a different person or story:
 *    then the question is asked back with the candidates rather than guessed;
 * 5. copies: words carried by several articles (wire copy) are answered from the earliest copy,
 *    with the number of others.
 */
import { answerQuestion } from "./answer.ts";
import type { ArchiveIndex, Passage, QueryTerm } from "./index.ts";
import { inPeriod, type Period, periodOf } from "./periods.ts";
import { parseQuestion } from "./question.ts";
import { cleanQuestion } from "./sanitize.ts";
import { articleSubject } from "./subject.ts";
import { fold, terms, words } from "./terms.ts";
import type { Answer, ArticleRef } from "./types.ts";

/** Candidate articles answered one by one: enough to find the right one, few enough to stay fast. */
const CANDIDATES = 6;
/** Passages read to find the candidates. */
const CANDIDATE_HITS = 80;
/** A person must be matched this well to make their articles candidates. */
const MIN_PERSON_SCORE = 0.6;
/** Below this confidence an archive-wide answer is declined: more articles, more loose matches. */
const MIN_ARCHIVE_SCORE = 0.3;
/** A sentence must hold this share of the question's words to answer it from the archive. */
const MIN_SENTENCE_SHARE = 0.5;
/** Answers this close to the best, from a different person or story, make the question ambiguous. */
const AMBIGUITY_MARGIN = 0.05;
const MAX_CHOICES = 4;

interface Candidate {
  article: string;
  /** How well the person asked about matched someone it quotes, in [0, 1]. */
  person: number;
  /** The best share of the question's topic any of its passages holds, in [0, 1]. */
  topic: number;
}

interface Scored {
  answer: Answer;
  value: number;
}

export function answerFromArchive(index: ArchiveIndex, asked: string): Answer {
  const question = cleanQuestion(asked);
  const newest = index.articles()[0]?.published ?? new Date().toISOString();
  const period = periodOf(question, newest);
  const within = period && !(period.yearOnly && !archiveCovers(index, period)) ? period : null;
  const text = within ? question.replace(within.text, " ").replace(/\s+/g, " ").trim() : question;
  const allowed = (article: string) => !within || inPeriod(index.ref(article)?.published ?? null, within);
  const answers = candidates(index, text, allowed)
    .map((c) => score(index, c, answerQuestion(index, text, c.article), text))
    .filter((s): s is Scored => s !== null)
    .sort((a, b) => b.value - a.value);
  const best = answers[0];
  if (!best) return declined(question);
  const rivals = answers.filter(
    (s) => s.value >= best.value - AMBIGUITY_MARGIN && differentPeople(s.answer, best.answer),
  );
  if (rivals.length > 0) return askBack(question, [best, ...rivals].slice(0, MAX_CHOICES));
  return { ...fromEarliestCopy(index, best.answer, allowed), question };
}

/** The articles worth answering from, best first. */
function candidates(
  index: ArchiveIndex,
  question: string,
  allowed: (article: string) => boolean,
): Candidate[] {
  const parsed = parseQuestion(question);
  const found = new Map<string, Candidate>();
  const note = (article: string, person: number, topic: number) => {
    const c = found.get(article) ?? { article, person: 0, topic: 0 };
    c.person = Math.max(c.person, person);
    c.topic = Math.max(c.topic, topic);
    found.set(article, c);
  };
  const nameWords = new Set(words(parsed.who ?? ""));
  const topic = parsed.topic.filter((w) => !nameWords.has(w));
  const query = topic.flatMap((w) => index.expand(w));
  // "What did X say about Y": the articles that quote someone like X, by how well they hold Y.
  if (parsed.who && parsed.kind !== "fact") {
    const people = index
      .findPeople(parsed.who)
      .filter((h) => h.score >= MIN_PERSON_SCORE && allowed(h.article));
    for (const h of people) note(h.article, h.score, 0);
    const theirs = new Set(people.map((h) => h.article));
    for (const hit of topicHits(index, query, (p) => theirs.has(p.article)))
      note(hit.article, 0, hit.coverage);
  }
  // Any question: the articles whose passages hold its words, names included.
  const everything = [...query, ...[...nameWords].flatMap((w) => index.expand(w))];
  for (const hit of topicHits(index, everything, (p) => allowed(p.article)))
    note(hit.article, 0, hit.coverage);
  const asked = new Set(terms(question));
  const asksPerson = parsed.who !== null && parsed.kind !== "fact";
  const prior = (c: Candidate) =>
    (asksPerson ? c.person * (0.25 + c.topic) : c.topic) + 0.3 * articleSubject(index, c.article, asked);
  return [...found.values()]
    .map((c) => ({ c, prior: prior(c) }))
    .sort((a, b) => b.prior - a.prior || a.c.article.localeCompare(b.c.article))
    .slice(0, CANDIDATES)
    .map(({ c }) => c);
}

/** Per article, the best coverage of the query by one of its passages that `accept` allows. */
function topicHits(
  index: ArchiveIndex,
  query: QueryTerm[],
  accept: (p: Passage) => boolean,
): { article: string; coverage: number }[] {
  if (query.length === 0) return [];
  const best = new Map<string, number>();
  for (const hit of index.search(query, accept, CANDIDATE_HITS)) {
    const article = hit.passage.article;
    best.set(article, Math.max(best.get(article) ?? 0, hit.coverage));
  }
  return [...best].map(([article, coverage]) => ({ article, coverage }));
}

function score(index: ArchiveIndex, c: Candidate, answer: Answer, question: string): Scored | null {
  if (!answer.answered || answer.score < MIN_ARCHIVE_SCORE) return null;
  // A sentence answers a factual question only if it holds most of its rarest words itself: across
  // thousands of articles, some sentence always shares the common ones.
  if (answer.kind === "sentence" && ownShare(index, answer.text, question) < MIN_SENTENCE_SHARE) return null;
  // "Who said …" is answered by someone's words: a sentence that names nobody is another story's.
  if (parseQuestion(question).kind === "who-said" && !answer.speaker) return null;
  const subject = articleSubject(index, c.article, new Set(terms(question)));
  return { answer, value: answer.score + 0.3 * c.person + 0.3 * c.topic + 0.2 * subject };
}

/** The IDF-weighted share of the question's topic words (or close spellings) found in `text`. */
function ownShare(index: ArchiveIndex, text: string, question: string): number {
  const own = new Set(terms(text));
  let total = 0;
  let found = 0;
  for (const word of parseQuestion(question).topic) {
    const stands = index.expand(word);
    const weight = Math.max(...stands.map((t) => index.idf(t.stem) * t.weight));
    total += weight;
    if (stands.some((t) => own.has(t.stem))) found += weight;
  }
  return total > 0 ? found / total : 1;
}

/** Whether two answers give different people's words (a question naming "Kelly" may mean either). */
function differentPeople(a: Answer, b: Answer): boolean {
  if (sameText(a.text, b.text) || !a.speaker || !b.speaker) return false;
  return !samePerson(a.speaker, b.speaker);
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

function askBack(question: string, choices: Scored[]): Answer {
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
  if (!answer.article || answer.text.length < 30) return answer;
  const wanted = normal(answer.text);
  const query = [...new Set(terms(answer.text))]
    .sort((a, b) => index.idf(b) - index.idf(a))
    .slice(0, 8)
    .map((stem) => ({ stem, weight: 1, source: stem }));
  const copies = new Map<string, Passage>();
  const accept = (p: Passage) => p.text.length >= answer.text.length - 5 && allowed(p.article);
  for (const hit of index.search(query, accept, 20)) {
    const p = hit.passage;
    if (p.article !== answer.article.id && !copies.has(p.article) && normal(p.text) === wanted)
      copies.set(p.article, p);
  }
  if (copies.size === 0) return answer;
  const earliest = [...copies.values()]
    .map((p) => ({ p, ref: index.ref(p.article)! }))
    .filter(({ ref }) => earlier(ref, answer.article!))
    .sort((a, b) => (earlier(a.ref, b.ref) ? -1 : 1))[0];
  if (!earliest) return { ...answer, copies: copies.size };
  const facts = index.facts(earliest.p.article);
  const speaker = facts?.people.find((p) => p.id === earliest.p.speakerId);
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

/** Whether any article was published in the period: a year outside the archive names an event. */
function archiveCovers(index: ArchiveIndex, period: Period): boolean {
  return index.articles().some((a) => inPeriod(a.published, period));
}

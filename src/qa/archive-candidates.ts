/**
 * The articles a question that names no article may be answered from (step 2 of
 * `archive-answer.ts`): those that quote the person asked about (or, for a role the archive gives
 * one person, that person), ranked by how well they hold the topic, and those whose passages hold
 * the question's words; each also by its own subject (headline, lede, the people it quotes most).
 */
import { casedAs, typedInLowerCase } from "./chat-case.ts";
import { type Identity, nameKey } from "./identity.ts";
import type { ArchiveIndex, PersonHit, QueryTerm } from "./index.ts";
import { parseQuestion } from "./question.ts";
import { articleCoverage, coverageByArticle, subjectWords, writtenNames } from "./question-shares.ts";
import { articleSubject, subjectBound } from "./subject.ts";
import { words } from "./terms.ts";

/** Passages read to find the candidates. */
const CANDIDATE_HITS = 80;
/** How much an article's topic counts when it quotes nobody by the name asked (see `archiveCandidates`). */
const UNNAMED_TOPIC_WEIGHT = 0.5;
/** Person matches this close to the best are equally good fits of the name asked. */
export const SAME_FIT = 0.01;
/** A person must be matched this well to make their articles candidates. */
const MIN_PERSON_SCORE = 0.6;
/** A description asked about: "the Republican nominee", "a White House spokesman". */
const DESCRIPTION = /^(?:the|a|an)\s/i;
/** Articles that must give a role to one person, and their least share, for the role to mean them. */
const MIN_DESCRIBED = 3;
const DOMINANT_SHARE = 0.75;
/**
 * How well the holder of a role fits it in an article that does not give it them: less than an
 * article that does, so those rank first and the choice holds these to the full thresholds.
 */
const DESCRIBED_FIT = 0.9;

export interface Candidate {
  article: string;
  /** How well the person asked about matched someone it quotes, in [0, 1]. */
  person: number;
  /** The best share of the question's topic any of its passages holds, in [0, 1]. */
  topic: number;
  /**
   * For an article quoting the person asked about: the share of the topic its passages hold
   * together, in [0, 1]; it ranks the candidates only (an answer's confidence is its own).
   */
  reach: number;
  /** The share of the question's words the whole article holds, in any of its passages. */
  whole: number;
  /** How much the article dwells on the question's words (`ArticleCoverage.focus`). */
  focus: number;
}

/**
 * The articles worth answering from, best first, and the question as `casedAs` them (names read
 * from a question typed in lower case).
 */
export function archiveCandidates(
  index: ArchiveIndex,
  question: string,
  allowed: (article: string) => boolean,
  count: number,
): { list: Candidate[]; spread: number; bestPerson: number; cased: string } {
  const parsed = parseQuestion(question);
  const found = new Map<string, Candidate>();
  const note = (article: string, person: number, topic: number) => {
    const c = found.get(article) ?? { article, person: 0, topic: 0, reach: 0, whole: 0, focus: 0 };
    c.person = Math.max(c.person, person);
    c.topic = Math.max(c.topic, topic);
    found.set(article, c);
  };
  const nameWords = new Set(words(parsed.who ?? ""));
  const topic = parsed.topic.filter((w) => !nameWords.has(w));
  const query = topic.flatMap((w) => index.expand(w));
  const { spread, bestPerson } =
    parsed.who && parsed.kind !== "fact"
      ? quotingCandidates(index, parsed.who, query, allowed, found, note)
      : { spread: 0, bestPerson: 0 };
  // Any question: the articles whose passages hold its words, names included.
  const everything = [...query, ...[...nameWords].flatMap((w) => index.expand(w))];
  for (const hit of topicHits(index, everything, allowed)) note(hit.article, 0, hit.coverage);
  const asked = subjectWords(question, parsed);
  const asksPerson = parsed.who !== null && parsed.kind !== "fact";
  // An article that quotes nobody by the name asked may still quote them by a description ("the
  // interim DNC chair", read by each article's own answer): its topic still counts, for less.
  const match = (c: Candidate) =>
    asksPerson
      ? Math.max(c.person * (0.25 + Math.max(c.topic, c.reach)), UNNAMED_TOPIC_WEIGHT * c.topic)
      : c.topic;
  const subject = (c: Candidate) => 0.3 * articleSubject(index, c.article, asked);
  const most = 0.3 * subjectBound(index, asked);
  const list = firstCandidates([...found.values()], { match, subject, most }, count, asksPerson);
  // The candidates' facts are read only for a question typed in lower case.
  const cased = typedInLowerCase(question)
    ? casedAs(
        question,
        list.flatMap((c) => index.facts(c.article) ?? []),
      )
    : question;
  // A question written about one article uses its words, if not all in one passage.
  const names = writtenNames(cased);
  const focusOn = new Set(topic);
  for (const c of list) Object.assign(c, articleCoverage(index, c.article, everything, focusOn, names));
  return { list, spread, bestPerson, cased };
}

/**
 * "What did X say about Y": the articles that quote someone like X, by how well they hold Y; how
 * many articles name someone who fits X as well as the best does (a misspelling, "Tom Clark", also
 * finds close names, which are not more people of that name), and how well that best fits.
 */
function quotingCandidates(
  index: ArchiveIndex,
  who: string,
  query: QueryTerm[],
  allowed: (article: string) => boolean,
  found: Map<string, Candidate>,
  note: (article: string, person: number, topic: number) => void,
): { spread: number; bestPerson: number } {
  const people = index.findPeople(who).filter((h) => h.score >= MIN_PERSON_SCORE && allowed(h.article));
  for (const h of people) note(h.article, h.score, 0);
  const theirs = new Set(people.map((h) => h.article));
  const bestPerson = Math.max(0, ...people.map((h) => h.score));
  const best = people.filter((h) => h.score >= bestPerson - SAME_FIT);
  for (const hit of topicHits(index, query, (article) => theirs.has(article)))
    note(hit.article, 0, hit.coverage);
  // The role asked about, in the articles that quote its holder by name alone: searched apart, so
  // that their passages take no place from those of the articles that give the role.
  const described = new Set(
    describedArticles(index, who, best).filter((article) => !theirs.has(article) && allowed(article)),
  );
  for (const article of described) note(article, DESCRIBED_FIT * bestPerson, 0);
  for (const hit of topicHits(index, query, (article) => described.has(article)))
    note(hit.article, 0, hit.coverage);
  // A name in hundreds of articles: each ranked by the topic words it holds anywhere, not only
  // those whose passages made the best few of them all.
  const quoting = (article: string) => theirs.has(article) || described.has(article);
  for (const [article, share] of coverageByArticle(index, query, quoting)) found.get(article)!.reach = share;
  return { spread: new Set(best.map((h) => h.article)).size, bestPerson };
}

/**
 * The articles of the one person a description asked about ("the Republican nominee") stands for:
 * copy gives a role beside the name in some stories and the name alone in others, so when nearly
 * all the articles that give the role give it to one person, the description means them wherever
 * they are quoted. A role held by several people ("the mayor") stands for none of them.
 */
function describedArticles(index: ArchiveIndex, who: string, best: readonly PersonHit[]): string[] {
  if (!DESCRIPTION.test(who) || best.length < MIN_DESCRIBED || !oneSurnameDominates(best)) return [];
  const directory = index.directory();
  const counts = new Map<Identity, number>();
  for (const h of best) {
    const identity = directory.of(h.article, h.person.id);
    if (identity) counts.set(identity, (counts.get(identity) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < DOMINANT_SHARE * best.length) return [];
  return [...new Set(top[0].mentions.map((m) => m.article))];
}

/**
 * Whether one surname (or organisation) holds the role in enough of the articles: an identity never
 * joins two (`identify`), so a role held by several people ("the schools minister" across a large
 * archive) is told apart without building the archive's directory of identities (a second at
 * 10,000 articles).
 */
function oneSurnameDominates(best: readonly PersonHit[]): boolean {
  const counts = new Map<string, number>();
  for (const { article, person } of best) {
    const key =
      person.kind === "organisation"
        ? `org:${person.name.toLowerCase()}`
        : (nameKey(person.name)?.last ?? `role:${article}:${person.id}`);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Math.max(...counts.values()) >= DOMINANT_SHARE * best.length;
}

/**
 * How candidates rank before they answer: by their prior, `match(c) + subject(c)`, ties by article
 * id; `subject` (read from the article's lede) adds at most `most`.
 */
interface Prior {
  match: (c: Candidate) => number;
  subject: (c: Candidate) => number;
  most: number;
}

/**
 * The best `count` candidates by prior and, when a person is asked about, the rest's one whose
 * passage best holds the topic (the best by prior of those that hold it as well): the copy may call
 * the person otherwise ("panel Chairman Rep. Jason Chaffetz" for "the committee chairman") than the
 * articles that fit the words asked better.
 */
function firstCandidates(found: Candidate[], prior: Prior, count: number, asksPerson: boolean): Candidate[] {
  const list = bestCandidates(found, prior, count);
  if (!asksPerson) return list;
  const chosen = new Set(list);
  let topic = 0;
  let topical: Candidate[] = [];
  for (const c of found) {
    if (chosen.has(c) || c.topic < topic || c.topic <= 0) continue;
    if (c.topic > topic) topical = [];
    topic = c.topic;
    topical.push(c);
  }
  return topical.length > 0 ? [...list, ...bestCandidates(topical, prior, 1)] : list;
}

/**
 * The `count` candidates of highest prior. A name or a role asked across the archive ("the minister")
 * finds thousands of articles, and an article's subject is read from its lede: it is read only for
 * the candidates whose match could still reach the best `count`, the rest ranking below them all the
 * same.
 */
function bestCandidates(found: Candidate[], prior: Prior, count: number): Candidate[] {
  const { match, subject, most } = prior;
  const byMatch = found.map((c) => ({ c, match: match(c), prior: 0 })).sort((a, b) => b.match - a.match);
  const best: typeof byMatch = [];
  for (const x of byMatch) {
    // Sums of non-negative numbers round monotonically: match + subject <= match + most.
    if (best.length >= count && x.match + most < best[count - 1]!.prior) break;
    x.prior = x.match + subject(x.c);
    let at = best.length;
    while (at > 0 && byPrior(best[at - 1]!, x) > 0) at--;
    best.splice(at, 0, x);
    if (best.length > count) best.pop();
  }
  return best.map(({ c }) => c);
}

function byPrior(a: { c: Candidate; prior: number }, b: { c: Candidate; prior: number }): number {
  return b.prior - a.prior || a.c.article.localeCompare(b.c.article);
}

/** Per article that `keep` allows, the best coverage of the query by one of its passages. */
function topicHits(
  index: ArchiveIndex,
  query: QueryTerm[],
  keep: (article: string) => boolean,
): { article: string; coverage: number }[] {
  if (query.length === 0) return [];
  const best = new Map<string, number>();
  for (const hit of index.search(query, { id: (id) => keep(index.articleOf(id)) }, CANDIDATE_HITS)) {
    const article = hit.passage.article;
    best.set(article, Math.max(best.get(article) ?? 0, hit.coverage));
  }
  return [...best].map(([article, coverage]) => ({ article, coverage }));
}

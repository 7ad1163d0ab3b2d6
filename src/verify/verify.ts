/**
 * "Did they really say that?": a claimed quote (and, optionally, who said it) checked against the
 * quotes of one article or of the whole archive. Pure: takes the index, returns a `Verification`.
 *
 * The claim is compared word by word with every statement that could hold it (see `align.ts`), and
 * the verdict is
 *   exact          the claim is inside a quote of the person named (of anyone, with no name);
 *   altered        the person said something close to it, but not it;
 *   misattributed  somebody else is quoted with these words (or close to them);
 *   not_found      nobody is quoted with anything close.
 * Reported speech is never a quote: a claim that only matches it is not_found, with it as context.
 */
import type { Facts, Person } from "../article/facts.ts";
import type { ArchiveIndex, Passage, PersonHit, QueryTerm } from "../qa/index.ts";
import { cleanQuestion } from "../qa/sanitize.ts";
import { terms } from "../qa/terms.ts";
import type { ArticleRef } from "../qa/types.ts";
import { type Alignment, align, cutShort, openingRun, type Pair, type Token, tokenize } from "./align.ts";
import { type Change, type DiffPiece, describe } from "./diff.ts";
import { fullName, speakerMatcher } from "./speaker.ts";
import { MAX_TOKENS, type Statement, statementOf, statementsOf } from "./statements.ts";

export type { Change, DiffPiece } from "./diff.ts";

export type Verdict = "exact" | "altered" | "misattributed" | "not_found";

/** Longest claim read, in characters (a longer one is cut at a word boundary). */
export const MAX_CLAIM_CHARS = 1000;
/** Passages retrieved from the archive's index before the word-by-word comparison. */
const CANDIDATES = 16;
const CLOSEST = 3;
/** Most distinct search terms taken from a claim (the rarest): enough to find it, bounded for speed. */
const MAX_TERMS = 5;
/** People matching a claimed name whose quotes are read (a common surname can have hundreds). */
const MAX_PEOPLE = 200;

/**
 * How close is close: at least this share of the claim's (weighted) words said in order, and of
 * the matched stretch of the quote; or the claim opens with this many of the quote's words in a row
 * (a quote cut short and finished with other words).
 */
const CLOSE_COVERAGE = 0.6;
const CLOSE_PRECISION = 0.5;
const CUT_RUN = 4;
const CUT_SHARE = 0.3;

export interface Claim {
  quote: string;
  speaker?: string | null;
  /** Search only this article. */
  article?: string;
}

/** The article's words a claim was compared with, and how they differ. */
export interface Found {
  article: ArticleRef;
  paragraph: number;
  /** The fullest name the article gives, and the title it states. */
  speaker: { name: string; title: string | null };
  /** The article's own words: the quote (or the quotes of one statement, joined by " … "). */
  text: string;
  /** The matched stretch, word by word: article words kept, dropped from, or added to the claim. */
  diff: DiffPiece[];
  changes: Change[];
  /** Reported speech (`X said that …`), not a quote. */
  reported: boolean;
  exact: boolean;
}

export interface Verification {
  /** The claim as read (cleaned, and cut to `MAX_CLAIM_CHARS`). */
  quote: string;
  speaker: string | null;
  verdict: Verdict;
  /** What was searched: one article, or the whole archive of `articles`. */
  searched: { article: ArticleRef | null; articles: number };
  /** The article's words behind the verdict; null for not_found. */
  found: Found | null;
  /** For not_found: the person's closest quotes on the topic (or anyone's, with no name). */
  closest: Found[];
  /** For not_found: reported speech that says something close, shown as context. */
  context: Found | null;
  /** The claim was longer than `MAX_CLAIM_CHARS`. */
  cut: boolean;
}

interface Candidate {
  facts: Facts;
  ref: ArticleRef;
  speaker: Person;
  tokens: readonly Token[];
  texts: readonly string[];
  part: readonly number[];
  paragraphs: readonly number[];
  reported: boolean;
  alignment: Alignment;
  own: boolean;
}

export function verifyClaim(index: ArchiveIndex, claim: Claim): Verification {
  const raw = String(claim.quote ?? "");
  const quote = cleanClaim(raw);
  const speaker = claim.speaker ? cleanQuestion(claim.speaker) || null : null;
  const claimTokens = tokenize(quote, MAX_TOKENS);
  const scope = claim.article !== undefined ? (index.ref(claim.article) ?? null) : null;
  const result: Verification = {
    quote,
    speaker,
    verdict: "not_found",
    searched: { article: scope, articles: scope ? 1 : index.size },
    found: null,
    closest: [],
    context: null,
    cut: quote.length < raw.trim().length && raw.trim().length > MAX_CLAIM_CHARS,
  };
  if (claimTokens.length === 0) return result;
  const candidates = gather(index, quote, claimTokens, speaker, claim.article);
  const quotes = candidates.filter((c) => !c.reported);
  const own = best(quotes.filter((c) => c.own));
  const other = best(quotes.filter((c) => !c.own));
  const claimText = { text: quote, tokens: claimTokens };
  if (own?.alignment.exact) {
    // One word short of a phrase is a word dropped, not a partial quote.
    return settle(result, wholePhrase(own) ? "exact" : "altered", withPhrase(own), claimText);
  }
  if (other?.alignment.exact && !(own && closer(own, other))) {
    return settle(result, "misattributed", other, claimText);
  }
  const near = firstClose(
    quotes.filter((c) => c.own),
    claimTokens,
  );
  if (near) return settle(result, "altered", near, claimText);
  const theirs = speaker
    ? firstClose(
        quotes.filter((c) => !c.own),
        claimTokens,
      )
    : null;
  if (theirs) return settle(result, "misattributed", theirs, claimText);
  const reported = firstClose(
    candidates.filter((c) => c.reported && (c.own || !speaker)),
    claimTokens,
  );
  if (reported) result.context = found(reported, claimText);
  result.closest = closestQuotes(quotes, speaker).map((c) => found(c, claimText));
  return result;
}

/** Control and invisible characters out, white space collapsed, at most `MAX_CLAIM_CHARS`. */
function cleanClaim(text: string): string {
  const flat = text
    .slice(0, MAX_CLAIM_CHARS * 2)
    .replace(/[\p{Cc}\u2028\u2029]/gu, " ")
    .replace(/[\p{Cf}\p{Cs}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  if (flat.length <= MAX_CLAIM_CHARS) return flat;
  const cut = flat.slice(0, MAX_CLAIM_CHARS);
  const space = cut.lastIndexOf(" ");
  return (space > MAX_CLAIM_CHARS * 0.8 ? cut.slice(0, space) : cut).trim();
}

/**
 * The candidate if it is close to the claim (re-aligned as a quote cut short when that is how it
 * is close), else null.
 */
function closeMatch(c: Candidate, claim: readonly Token[]): Candidate | null {
  const a = c.alignment;
  if (a.coverage >= CLOSE_COVERAGE && a.precision >= CLOSE_PRECISION) return c;
  const run = openingRun(claim, c.tokens);
  if (run.length < claim.length * CUT_SHARE) return null;
  // Three words in a row are enough when they open a phrase of the quote, as a retelling starts.
  if (run.length < (breakBefore(c, run.at) ? CUT_RUN - 1 : CUT_RUN)) return null;
  let end = run.at + run.length;
  while (!breakBefore(c, end)) end++;
  return { ...c, alignment: cutShort(claim, c.tokens, run, end) };
}

/** Whether a break in the text (punctuation, a new part) lies between article tokens k - 1 and k. */
function breakBefore(c: Candidate, k: number): boolean {
  if (k <= 0 || k >= c.tokens.length || c.part[k] !== c.part[k - 1]) return true;
  const gap = c.texts[c.part[k]!]!.slice(c.tokens[k - 1]!.end, c.tokens[k]!.start);
  return /[^\s\-'’]/.test(gap);
}

/**
 * A claim that stops one content word short of a phrase's end (or starts one after its start) has
 * dropped that word ("break up the big" for "break up the big banks"); an excerpt leaves out more,
 * or only a "But" or an "and".
 */
function wholePhrase(c: Candidate): boolean {
  return !droppedAt(c, c.alignment.from - 1) && !droppedAt(c, c.alignment.to);
}

/** Article token k is a lone content word between the claim's end and a break in the text. */
function droppedAt(c: Candidate, k: number): boolean {
  const token = c.tokens[k];
  if (!token || token.weight < 1) return false;
  return k < c.alignment.from
    ? breakBefore(c, k) && !breakBefore(c, k + 1)
    : breakBefore(c, k + 1) && !breakBefore(c, k);
}

/** The candidate with a word dropped at either end shown as dropped. */
function withPhrase(c: Candidate): Candidate {
  if (wholePhrase(c)) return c;
  let { from, to } = c.alignment;
  const before: Pair[] = [];
  const after: Pair[] = [];
  if (droppedAt(c, from - 1)) before.push({ step: "dropped", c: -1, a: --from });
  if (droppedAt(c, to)) after.push({ step: "dropped", c: -1, a: to++ });
  const pairs = [...before, ...c.alignment.pairs, ...after];
  return { ...c, alignment: { ...c.alignment, from, to, pairs, exact: false } };
}

/** Whether the claimed person's quote `own` matches at least as well as someone else's `other`. */
function closer(own: Candidate, other: Candidate): boolean {
  return own.alignment.coverage >= other.alignment.coverage;
}

/** Best first: word for word and whole phrases, then the most of the claim, then the least else. */
function rank(a: Candidate, b: Candidate): number {
  return (
    exactness(b) - exactness(a) ||
    b.alignment.coverage - a.alignment.coverage ||
    b.alignment.precision - a.alignment.precision ||
    (a.ref.id === b.ref.id ? 0 : firstCopy(a, b)) ||
    share(b) - share(a)
  );
}

/**
 * Of two articles that carry the words alike, the one published first: wire copy is cited from its
 * earliest copy, as answers are. Undated articles come last; two of a date are alike.
 */
function firstCopy(a: Candidate, b: Candidate): number {
  const [x, y] = [a.ref.published, b.ref.published];
  if (x === y) return 0;
  if (!x || !y) return x ? -1 : 1;
  return x < y ? -1 : 1;
}

function exactness(c: Candidate): number {
  return c.alignment.exact ? (wholePhrase(c) ? 2 : 1) : 0;
}

/** How much of the statement the claim spans. */
function share(c: Candidate): number {
  return (c.alignment.to - c.alignment.from) / Math.max(1, c.tokens.length);
}

function best(list: Candidate[]): Candidate | undefined {
  return [...list].sort(rank)[0];
}

/** The best-ranked candidate that is close to the claim. */
function firstClose(list: Candidate[], claim: readonly Token[]): Candidate | null {
  for (const c of [...list].sort(rank)) {
    const close = closeMatch(c, claim);
    if (close) return close;
  }
  return null;
}

function settle(
  result: Verification,
  verdict: Verdict,
  candidate: Candidate,
  claim: { text: string; tokens: Token[] },
): Verification {
  return { ...result, verdict, found: found(candidate, claim) };
}

function found(c: Candidate, claim: { text: string; tokens: Token[] }): Found {
  const { alignment: a } = c;
  const touched = new Set<number>();
  for (let k = a.from; k < a.to; k++) touched.add(c.part[k]!);
  if (touched.size === 0) touched.add(0);
  const parts = [...touched].sort((x, y) => x - y);
  const { diff, changes } = describe(a, claim, { tokens: c.tokens, texts: c.texts, part: c.part });
  return {
    article: c.ref,
    paragraph: c.paragraphs[parts[0]!]!,
    speaker: { name: fullName(c.speaker), title: c.speaker.title },
    text: parts.map((p) => c.texts[p]!.trim()).join(" … "),
    diff,
    changes,
    reported: c.reported,
    exact: a.exact,
  };
}

/** The person's quotes that share the most with the claim: "what they did say about it". */
function closestQuotes(quotes: Candidate[], speaker: string | null): Candidate[] {
  const pool = speaker ? quotes.filter((c) => c.own) : quotes;
  return [...pool]
    .filter((c) => c.alignment.coverage > 0)
    .sort(rank)
    .slice(0, CLOSEST);
}

/** Every statement and reported clause that could hold the claim, compared with it. */
function gather(
  index: ArchiveIndex,
  quote: string,
  claim: Token[],
  speaker: string | null,
  article: string | undefined,
): Candidate[] {
  const found = new Candidates(index, claim, speaker);
  if (article !== undefined) {
    found.article(article);
    return found.list;
  }
  const spoken = (p: Passage) => p.kind === "quote" || p.kind === "reported";
  for (const hit of index.search(queryOf(index, quote), spoken, CANDIDATES)) found.passage(hit.passage);
  if (speaker) found.quotesOf(speaker);
  return found.list;
}

/** The candidates gathered so far, each statement and reported clause once. */
class Candidates {
  readonly list: Candidate[] = [];
  private readonly seen = new Set<Statement | string>();
  private readonly matches: ((person: Person) => boolean) | null;

  constructor(
    private readonly index: ArchiveIndex,
    private readonly claim: Token[],
    speaker: string | null,
  ) {
    this.matches = speaker === null ? null : speakerMatcher(speaker);
  }

  /** Every statement and reported clause of one article. */
  article(id: string): void {
    const facts = this.index.facts(id);
    if (!facts) return;
    for (const s of statementsOf(facts)) this.statement(facts, s);
    for (const p of this.index.passagesOf(id, (p) => p.kind === "reported")) this.passage(p);
  }

  /** A search hit: its whole statement, or the reported clause. */
  passage(p: Passage): void {
    const facts = this.index.facts(p.article);
    if (!facts) return;
    if (p.kind === "reported") {
      const key = `${p.article}\u0000${p.id}`;
      if (!this.seen.has(key)) this.take(facts, p, null);
      this.seen.add(key);
      return;
    }
    const k = facts.quotes.findIndex(
      (q) => q.sentence === p.sentence && q.text === p.text && q.speakerId === p.speakerId,
    );
    const statement = k >= 0 ? statementOf(facts, k) : undefined;
    if (statement) this.statement(facts, statement);
  }

  /**
   * The named person's statements that share the most content words with the claim, wherever the
   * search ranked them: what they did say, for altered and not_found.
   */
  quotesOf(speaker: string): void {
    const wanted = new Set(this.claim.filter((t) => t.weight >= 1).map((t) => t.norm));
    const matches = this.matches ?? (() => true);
    const people = this.index.findPeople(speaker).filter((h) => matches(h.person));
    // A common surname names hundreds of people, and reading each one's facts from disk was most of
    // a verification's time. No statement of a person shares more words with the claim than all their
    // quotes in that article together, which the index holds: articles are read best bound first, and
    // no longer once the bound cannot beat the last statement kept (a tie goes to the person found
    // first), so the statements kept are those reading every article would keep.
    const bounded = people
      .slice(0, MAX_PEOPLE)
      .map((hit, order) => ({ hit, order, bound: this.sharedByQuotes(hit, wanted) }))
      .sort((a, b) => b.bound - a.bound || a.order - b.order);
    const keep = CANDIDATES / 2;
    const pool: Pooled[] = [];
    for (const { hit, order, bound } of bounded) {
      const last = pool.length >= keep ? ranked(pool)[keep - 1]! : null;
      if (last && (bound < last.shared || (bound === last.shared && order > last.order))) break;
      const facts = this.index.facts(hit.article);
      for (const statement of facts ? statementsOf(facts) : []) {
        if (statement.speakerId !== hit.person.id) continue;
        const shared = new Set(statement.tokens.filter((t) => wanted.has(t.norm)).map((t) => t.norm)).size;
        pool.push({ facts: facts!, statement, shared, order });
      }
    }
    for (const { facts, statement } of ranked(pool).slice(0, keep)) this.statement(facts, statement);
  }

  /** How many of `wanted` the person's quotes in the article hold, all together (from the index). */
  private sharedByQuotes(hit: PersonHit, wanted: ReadonlySet<string>): number {
    const shared = new Set<string>();
    for (const text of this.index.quoteTexts(hit.article, hit.person.id))
      for (const t of tokenize(text, MAX_TOKENS)) if (wanted.has(t.norm)) shared.add(t.norm);
    return shared.size;
  }

  private statement(facts: Facts, statement: Statement): void {
    if (this.seen.has(statement)) return;
    this.seen.add(statement);
    this.take(facts, null, statement);
  }

  private take(facts: Facts, passage: Passage | null, statement: Statement | null): void {
    const c = candidate(facts, passage, statement, this.claim, this.matches);
    if (c) this.list.push({ ...c, ref: this.index.ref(facts.id)! });
  }
}

/** A statement of the claimed speaker, with how many of the claim's words it holds. */
interface Pooled {
  facts: Facts;
  statement: Statement;
  shared: number;
  /** The rank of its person among those the name found. */
  order: number;
}

/** Most shared words first; then the person found first, and (a stable sort) the article's order. */
function ranked(pool: readonly Pooled[]): Pooled[] {
  return [...pool].sort((a, b) => b.shared - a.shared || a.order - b.order);
}

/** The claim's rarest words: they find its quote fastest, and common words add little. */
function queryOf(index: ArchiveIndex, quote: string): QueryTerm[] {
  const unique = [...new Set(terms(quote))].sort((a, b) => index.idf(b) - index.idf(a));
  return unique.slice(0, MAX_TERMS).map((stem) => ({ stem, weight: 1, source: stem }));
}

function candidate(
  facts: Facts,
  passage: Passage | null,
  statement: Statement | null,
  claim: Token[],
  matches: ((person: Person) => boolean) | null,
): Omit<Candidate, "ref"> | null {
  const speakerId = statement?.speakerId ?? passage?.speakerId;
  const person = facts.people.find((p) => p.id === speakerId);
  if (!person) return null;
  const own = matches === null || matches(person);
  if (statement) {
    return {
      facts,
      speaker: person,
      tokens: statement.tokens,
      texts: statement.parts.map((p) => p.text),
      part: statement.part,
      paragraphs: statement.parts.map((p) => p.paragraph),
      reported: false,
      alignment: align(claim, statement.tokens),
      own,
    };
  }
  const tokens = tokenize(passage!.text, MAX_TOKENS);
  return {
    facts,
    speaker: person,
    tokens,
    texts: [passage!.text],
    part: tokens.map(() => 0),
    paragraphs: [passage!.paragraph],
    reported: true,
    alignment: align(claim, tokens),
    own,
  };
}

/**
 * An article's quotes as statements: one person's words as a reader hears them, with a quote split
 * around its attribution ("We will not," he said, "build a wall.") joined again, so a claim that runs
 * across the split is still found word for word. Pure; computed once per loaded article.
 */
import type { Facts } from "../article/facts.ts";
import { type Token, tokenize } from "./align.ts";

/** Longest claim or statement compared, in words: bounds the work on hostile input. */
export const MAX_TOKENS = 400;
/** At most this many words between two quotes of one person for them to be one statement. */
const MAX_GAP_WORDS = 10;

export interface StatementPart {
  /** Index into `facts.quotes`. */
  quote: number;
  paragraph: number;
  text: string;
}

export interface Statement {
  speakerId: string;
  parts: StatementPart[];
  /** The parts' tokens one after the other; `part[k]` says which part token k is from. */
  tokens: Token[];
  part: number[];
}

const cache = new WeakMap<Facts, Statement[]>();

export function statementsOf(facts: Facts): Statement[] {
  let found = cache.get(facts);
  if (!found) {
    found = build(facts);
    cache.set(facts, found);
  }
  return found;
}

/** The statement holding quote number `quote` of the article. */
export function statementOf(facts: Facts, quote: number): Statement | undefined {
  return statementsOf(facts).find((s) => s.parts.some((p) => p.quote === quote));
}

function build(facts: Facts): Statement[] {
  const places = quotePlaces(facts);
  const out: Statement[] = [];
  let open: Statement | null = null;
  facts.quotes.forEach((q, k) => {
    if (!q.speakerId) {
      open = null;
      return;
    }
    const part = { quote: k, paragraph: q.paragraph, text: q.text };
    if (open && open.speakerId === q.speakerId && continues(facts, places, k - 1, k)) {
      open.parts.push(part);
      append(open, part, open.parts.length - 1);
      return;
    }
    open = { speakerId: q.speakerId, parts: [part], tokens: [], part: [] };
    append(open, part, 0);
    out.push(open);
  });
  return out;
}

function append(statement: Statement, part: StatementPart, index: number): void {
  const room = MAX_TOKENS - statement.tokens.length;
  if (room <= 0) return;
  for (const t of tokenize(part.text, room)) {
    statement.tokens.push(t);
    statement.part.push(index);
  }
}

/** Where each quote starts and ends in its paragraph (-1 when it cannot be found). */
function quotePlaces(facts: Facts): { start: number; end: number }[] {
  const from = new Map<number, number>();
  return facts.quotes.map((q) => {
    const text = facts.paragraphs[q.paragraph - 1] ?? "";
    const at = text.indexOf(q.text, from.get(q.paragraph) ?? 0);
    if (at < 0) return { start: -1, end: -1 };
    from.set(q.paragraph, at + q.text.length);
    return { start: at, end: at + q.text.length };
  });
}

/**
 * Quote `b` goes on from quote `a`: only a short attribution lies between them, in the same
 * paragraph, or `b` opens the next paragraph (a quote continued across paragraphs).
 */
function continues(
  facts: Facts,
  places: { start: number; end: number }[],
  a: number,
  b: number,
  maxGap = MAX_GAP_WORDS,
): boolean {
  const qa = facts.quotes[a]!;
  const qb = facts.quotes[b]!;
  const pa = places[a]!;
  const pb = places[b]!;
  if (pa.start < 0 || pb.start < 0) return false;
  if (qa.paragraph === qb.paragraph) {
    const gap = facts.paragraphs[qa.paragraph - 1]!.slice(pa.end, pb.start);
    return tokenize(gap, maxGap + 1).length <= maxGap;
  }
  const rest = facts.paragraphs[qa.paragraph - 1]!.slice(pa.end);
  return (
    qb.paragraph === qa.paragraph + 1 &&
    pb.start <= 1 &&
    tokenize(rest, MAX_GAP_WORDS + 1).length <= MAX_GAP_WORDS
  );
}

/** Longest answer, in characters, that joins a statement's parts: past it, the quote asked for stands alone. */
const MAX_JOINED_CHARS = 1200;
/**
 * At most this many words between two quotes of one person in a paragraph for an answer to join
 * them: room for an attribution that introduces the speaker ("…," said Jeffrey Halley, a market
 * analyst with the research firm Oanda, in a note. "…").
 */
const MAX_ANSWER_GAP_WORDS = 25;

/** What was said in one breath: its quotes, `first` to `last` of the article's, and their words joined. */
export interface Spoken {
  first: number;
  last: number;
  text: string;
}

/**
 * What was said in one breath around the quote at `quote`: the quotes of its speaker next to it in
 * its paragraph, joined by an ellipsis ("The problem can be solved … But what you need is political
 * will"), so an answer gives the whole of what was said, not only the part the question matched.
 */
export function spokenAround(facts: Facts, quote: number): Spoken {
  const own = facts.quotes[quote]!;
  const alone = { first: quote, last: quote, text: own.text };
  if (own.speakerId === null) return alone;
  const places = quotePlaces(facts);
  const joins = (a: number, b: number) => {
    const [qa, qb] = [facts.quotes[a], facts.quotes[b]];
    return (
      qa !== undefined &&
      qb !== undefined &&
      qa.paragraph === own.paragraph &&
      qb.paragraph === own.paragraph &&
      qa.speakerId === own.speakerId &&
      qb.speakerId === own.speakerId &&
      continues(facts, places, a, b, MAX_ANSWER_GAP_WORDS)
    );
  };
  let first = quote;
  while (joins(first - 1, first)) first--;
  let last = quote;
  while (joins(last, last + 1)) last++;
  if (first === last) return alone;
  const parts = facts.quotes.slice(first, last + 1).map((q) => q.text.trim());
  const text = parts.map((p, k) => (k < parts.length - 1 ? p.replace(/[,;:]$/, "") : p)).join(" … ");
  return text.length <= MAX_JOINED_CHARS ? { first, last, text } : alone;
}

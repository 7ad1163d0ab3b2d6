/**
 * Reported speech: which words a verb of saying reports ("told the BBC he …", "said on Monday that
 * …", "Profits rose 5%, said the company."), not after a modal or before a bare object, and not the
 * setting of a quote (`"…," Pullman told reporters`).
 */
import { asideStart, continuesClause, JOINERS, namedBefore, RELATIVES, subjectStart } from "./asides.ts";
import { joinWords, opensAdjunct, quoteKind, type SentenceContext, SUBORDINATORS } from "./clauses.ts";
import { ROLE_REACH, TELLING } from "./cues.ts";
import {
  CLAUSE_BREAKS,
  DETERMINERS,
  LEADING_JUNK,
  NUMBER_WORDS,
  PERSON_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
  THAT_REPORTING_VERBS,
} from "./lexicon.ts";
import type { Entity } from "./registry.ts";
import { ATTRIBUTING, attributing, INVERTED_SPEAKER_REACH, reportedClauseEnd } from "./report-end.ts";
import { closeThat, passive, reportStart, shortWithoutVerb } from "./report-start.ts";
import { isAdjunctParticiple, isNegatedVerb } from "./speech-verbs.ts";
import type { Token } from "./text.ts";
import {
  CLAUSE_MARKS,
  clauseVerbAhead,
  hasClauseVerb,
  isPlainVerb,
  isSureVerb,
  isVerbForm,
  OBJECT_WORDS,
} from "./verb-reading.ts";

/** Character offsets into a sentence's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The words the verb of saying at `v` reports, as character offsets into the sentence: `X said
 * (that) …` → the clause after the verb; `…, X has insisted.` → the clause before. Null when the verb
 * reports nothing there (it introduces a quote, names only an object, or is a hypothetical).
 */
export function reportedSpan(sentence: SentenceContext, v: number, speaker: Entity): TextSpan | null {
  const { tokens } = sentence;
  const verb = tokens[v]!;
  // ("…, adding that she would resign": a participle after a comma reports as its verb does, but
  // only a clause, never an object: "…, claiming victory".)
  const participle = tokens[v - 1]?.text === "," && REPORTING_PARTICIPLES.has(verb.lower);
  const reporting = REPORTING_VERBS.has(verb.lower) || participle;
  if (!reporting && !THAT_REPORTING_VERBS.has(verb.lower)) return null;
  if (isHypothetical(tokens, v) || isNegatedVerb(tokens, v)) return null;
  // "Having said that, Mark is looking in much better shape": a participle's clause, whose "that" is
  // what was said before, reports nothing of its own.
  if (tokens[v - 1]?.lower === "having") return null;
  // `"…," Pullman told reporters`: the words after the verb are the quote's setting, not speech;
  // not so a verb joined to another ("noted the "differences" between them and said the …").
  const joined = JOINERS.has(tokens[v - 1]?.lower ?? "");
  // ("Describing him as "a good person", the mother-of-nine said she feared …": words quoted inside a
  // phrase before the verb are no quote it attributes when a clause of its own follows it.)
  const clause = CLAUSE_OPENERS.has(tokens[v + 1]?.lower ?? "");
  const near = Math.max(0, v - 5);
  const attributes = (t: Token, k: number) => t.kind === "quote" && !(clause && quotedInPhrase(tokens, k));
  if (!joined && tokens.slice(near, v).some((t, i) => attributes(t, near + i))) return null;
  const start = reportStart(tokens, v);
  if (!start) return null;
  const { from, that } = start;
  if (!reporting && !(that && closeThat(tokens, v) && !passive(tokens, v))) return null;
  if (participle && ((!that && !clauseVerbAhead(tokens, from)) || !participleSubject(sentence, v, speaker)))
    return null;
  // ("claimed responsibility for the attack", "maintains existing tariffs", "predicted a rise in
  // prices": a verb other than "say" or "tell" reports a clause, with a verb of its own, not an object.)
  if (!that && !SAYING.has(verb.lower) && !TELLING.has(verb.lower) && !objectOrClause(tokens, v, from))
    return null;
  const first = tokens[from];
  // "…, she said, referencing the bank's drive to …": a participle of saying after the verb's comma
  // says how it was said, not what, which is then the clause before; so does any participle with
  // no verb after it ("…, Twitter announced, gaining 22,000 followers"), or a clause a subordinator
  // opens ("…, lawmakers said Friday afternoon, as they bristled at …"); another participle ("she
  // said, replacing him would be hard") may be the subject of what was said.
  const adjunct =
    !that &&
    tokens[from - 1]?.text === "," &&
    first !== undefined &&
    (isAdjunctParticiple(first.lower) ||
      participleAlone(tokens, from) ||
      opensAdjunct(first.lower) ||
      // ("…, analysts say, especially as it is …")
      (/ly$/.test(first.lower) && opensAdjunct(tokens[from + 1]?.lower ?? "")));
  const aside = that || adjunct ? undefined : asideSpan(sentence, v, from, speaker);
  if (aside !== undefined) return aside;
  // (After "that" a clause always begins, "argues that this issue will be moot", "said that in 2005
  // …", but one with a verb: "hadn't discussed that with Clinton" says nothing.)
  if (that ? shortWithoutVerb(tokens, from) : opensNothingSaid(tokens, from, adjunct)) return null;
  // "…, Brafman noted; the government had …": a semicolon closes what was said, unless it opens a
  // quote ("the Australian said; "You're the best."", which holds the words).
  const closed = tokens[v + 1]?.text === ";";
  if (closed && tokens[v + 2]?.kind === "quote") return null;
  const rest = adjunct || closed ? [] : tokens.slice(from).filter((t) => t.text !== "." && t.text !== '"');
  const comma = tokens.findLastIndex((t, k) => k < v && t.text === ",");
  // "Profits rose 5%, said the company.": the words after an inverted verb name the speaker.
  return !that && tokens[v - 1]?.text === "," && namedAfter(sentence, v, speaker)
    ? invertedReport(tokens, v)
    : rest.length >= 2 &&
        tokens[from]?.kind !== "quote" &&
        (that || !(namesOnly(tokens, from) || namesDeed(tokens, v, from)))
      ? { start: tokens[from]!.start, end: reportedClauseEnd(tokens, v, from) }
      : rest.length === 0 && comma >= 2 && tokens[0]!.kind === "word" && saidBefore(tokens, comma)
        ? { start: tokens[0]!.start, end: tokens[comma]!.start }
        : null;
}

/** What the verb at `v` of an aside inside its clause reports (`asideStart`); undefined where it is none. */
function asideSpan(
  sentence: SentenceContext,
  v: number,
  from: number,
  speaker: Entity,
): TextSpan | null | undefined {
  const { tokens } = sentence;
  const aside = asideStart(tokens, v, from);
  if (aside === undefined) return undefined;
  if (aside === null || namedBefore(sentence, speaker, aside, v)) return null;
  return { start: tokens[aside]!.start, end: reportedClauseEnd(tokens, v, from) };
}

/** The forms of "say", which report whatever follows them. */
const SAYING = new Set(["say", "says", "said"]);

/**
 * Whether what follows the verb at `v` from `from` can be a clause said: a verb stands within an
 * object's reach before the next mark, or the words run back to the clause before (an inverted
 * "…, the company added." or an aside's comma).
 */
function objectOrClause(tokens: readonly Token[], v: number, from: number): boolean {
  // (The verb closes an inverted attribution: "…, Brafman noted; the government had …", "Sales
  // fell, warned the firm"; not after a one-word aside: "The Taliban, however, claimed responsibility …".)
  if (
    (tokens[v - 1]?.text === "," && tokens[v - 3]?.text !== ",") ||
    CLAUSE_MARKS.has(tokens[v + 1]?.text ?? "") ||
    tokens[from - 1]?.text === ","
  )
    return true;
  if (from >= tokens.length || tokens[from]!.text === "." || tokens[from]!.kind === "quote") return true;
  return clauseVerbAhead(tokens, from);
}

/**
 * Whether the word at `from` cannot open a clause said: "of" ("warned of rising obesity levels" names
 * the topic, not the words), or a word that ends a clause (a preposition, a conjunction) unless it
 * opens a subject there; after an adjunct the clause said is the one before the verb.
 */
function opensNothingSaid(tokens: readonly Token[], from: number, adjunct: boolean): boolean {
  const first = tokens[from];
  if (first?.lower === "of") return true;
  if (adjunct || !first || first.capitalised || !CLAUSE_BREAKS.has(first.lower)) return false;
  return !PERSON_PRONOUNS.has(first.lower) && !opensSubject(tokens, from);
}

/**
 * Whether the word at `from`, one that could end a clause, here opens the subject of a clause said:
 * a possessive ("said its profits rose", "said her approach is …"), or "there", "this", "these" or
 * "those" before a verb or a possessive ("said there was evidence", "claims this is the clearest
 * sign", "say this year's festival will …"), not before a noun ("said this week").
 */
function opensSubject(tokens: readonly Token[], from: number): boolean {
  const word = tokens[from]!.lower;
  const next = tokens[from + 1];
  if (word === "its") return true;
  // ("said her approach is …": a verb follows in the clause; not "warned her that …" nor "told her
  // the boy …", whom it tells, nor "claimed her first title, edging …", an object.)
  if (word === "her") return verbAhead(tokens, from + 1);
  // ("say this year's festival will …": a possessive after it opens a noun phrase; "said there's
  // a …": the word holds its verb.)
  if (!SUBJECT_WORDS.has(word)) return false;
  if (/['’](?:s|re|ll|d)$/.test(tokens[from]!.text)) return true;
  return next !== undefined && (isSureVerb(next) || /['’]s$/.test(next.text));
}
const SUBJECT_WORDS = new Set(["there", "this", "these", "those", "that"]);

/** Whether a plain word at `from` starts a noun phrase that a verb follows before the clause's next mark. */
function verbAhead(tokens: readonly Token[], from: number): boolean {
  const head = tokens[from];
  if (
    head?.kind !== "word" ||
    head.capitalised ||
    CLAUSE_BREAKS.has(head.lower) ||
    DETERMINERS.has(head.lower)
  )
    return false;
  return clauseVerbAhead(tokens, from + 1);
}

/**
 * Whether the participle at `v` reports the words of `speaker`, the subject of the clause before it:
 * named (or a pronoun) in the clause that ends at the participle's comma with a verb of saying ("…,
 * analysts said, adding that …"), or before the main clause's verb ("Airlines have reacted strongly,
 * saying …", "The 64-year-old has denied the killing, saying …"), past an opening clause ("After …,
 * …"); never an object the clause names ("The government refused to back Lord Dubs' bill, saying …",
 * "defended the purchase by Rosneft, saying …").
 */
function participleSubject(sentence: SentenceContext, v: number, speaker: Entity): boolean {
  const { tokens } = sentence;
  const names = (from: number, to: number) =>
    sentence.mentions.some((m) => m.entity === speaker && m.start >= from && m.start < to) ||
    joinWords(tokens.slice(from, to)).toLowerCase().includes(speaker.name.toLowerCase());
  const pronoun = (from: number, to: number) =>
    tokens.slice(from, to).some((t) => PERSON_PRONOUNS.has(t.lower));
  // ("…," said Peter Rice, chairman of Fox, noting that …": the one a verb of saying names.)
  const saying = tokens.slice(0, v - 1).some((t) => t.kind === "word" && REPORTING_VERBS.has(t.lower));
  if (saying && (names(0, v - 1) || pronoun(0, v - 1))) return true;
  const first = tokens[0]?.lower ?? "";
  const opening =
    OPENERS.has(first) || PREPOSITIONS.has(first) ? tokens.findIndex((t) => t.text === ",") + 1 : 0;
  const found = tokens.findIndex((t, k) => k > opening && isMainVerb(t));
  const verb = found < 0 || found >= v ? v - 1 : found;
  if (names(opening, verb) || pronoun(opening, verb)) return true;
  // (A description resolved to the speaker, "The Florida senator has …", with no one else named.)
  return !names(verb, v) && !sentence.mentions.some((m) => m.start >= opening && m.start < verb);
}
/** Words that open a clause or a phrase before the main one ("After …,", "Amid …,", "In a letter …,"). */
const OPENERS = new Set([...SUBORDINATORS, "as", "amid", "despite", "during", "following"]);
/** A word read as a clause's verb where a subject ends: sure, a common past, or in "-ed" ("Trump shot back"). */
const isMainVerb = (t: Token) => isPlainVerb(t) || /^\p{Ll}{2,}ed$/u.test(t.text);

/**
 * Whether the clause before the comma at `comma` is what the verb after it reports: it has a verb
 * of its own, and the verb's clause is no aside ("claiming that, as Mr Letwin said, if …").
 */
const saidBefore = (tokens: readonly Token[], comma: number) =>
  tokens[comma + 1]?.lower !== "as" && hasClauseVerb(tokens, 0, comma) && !attributes(tokens, 0, comma);

/**
 * Whether a verb among the words from `from` to `to` attributes them to someone already ("It said
 * incentives were gimmicks, MPs said.": the clause is the report's words, not the MPs').
 */
const attributes = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .some((t, i) => ATTRIBUTING.has(t.lower) && !t.capitalised && attributing(tokens, from + i));

/** Whether the words from `from` are a participle phrase with no verb of a clause after it. */
function participleAlone(tokens: readonly Token[], from: number): boolean {
  if (!/ing$/.test(tokens[from]!.lower) || tokens[from]!.capitalised) return false;
  return !tokens.slice(from + 1).some(isSureVerb);
}

/**
 * Whether `speaker` is named right after the verb at `v` ("said the company", "said analyst Tom Reed"),
 * after a role as long as an inverted attribution's (`invertedSpeaker`).
 */
function namedAfter(sentence: SentenceContext, v: number, speaker: Entity): boolean {
  const reach = v + ROLE_REACH;
  if (sentence.mentions.some((m) => m.entity === speaker && m.start > v && m.start <= reach)) return true;
  // (Up to the first mark: "warns network monitoring company Sandvine.", a body named after its role.)
  const { tokens } = sentence;
  let end = v + 1;
  while (end < tokens.length && end <= reach && tokens[end]!.kind === "word") end++;
  const after = joinWords(tokens.slice(v + 1, Math.max(end, v + 1 + speaker.nameWords.length + 2)));
  return after.toLowerCase().includes(speaker.name.toLowerCase());
}

/**
 * "the decision would suggest to China that …", "would then have claimed that …": what someone might
 * say or have said (a modal before the verb) is not what they said.
 */
function isHypothetical(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k > 0 && MODAL_FILLERS.has(tokens[k]!.lower)) k--;
  const before = tokens[k];
  return before !== undefined && !before.capitalised && HYPOTHETICAL.has(before.lower);
}
const HYPOTHETICAL = new Set(["would", "could", "might", "may", "should", "must"]);

/** Words between a modal and its verb: "would then have claimed", "might not have said". */
const MODAL_FILLERS = new Set(["have", "then", "also", "not", "never", "surely", "probably", "certainly"]);

/**
 * "Rank announced a study into a possible demerger", "announced the Budget date": what follows the
 * verb from `from` is its object, a noun phrase with no verb of its own, not something said. Read
 * generously: any auxiliary, common verb, negated form ("doesn't") or word in "-ed" or "-s" counts
 * as a clause's verb, though not one in "-ss" or "-us" ("famous").
 */
function namesOnly(tokens: readonly Token[], from: number): boolean {
  const opener = tokens[from]?.lower ?? "";
  if (!DETERMINERS.has(opener) && !POSSESSIVE_DETERMINERS.has(opener)) return false;
  const rest = tokens.slice(from + 1).filter((t) => t.text !== ".");
  return rest.length <= OBJECT_WORDS && rest.every((t) => t.kind !== "quote" && !isVerbForm(t));
}

/**
 * "added his seventh for the Islanders, and …", "announced the 30-date jaunt while closing out …": after
 * a verb that also names a deed, an object opened by a determiner, a possessive or a number with no
 * sure verb before the clause's first break is what was done, not said ("added his team would win" is said).
 */
function namesDeed(tokens: readonly Token[], v: number, from: number): boolean {
  const opener = tokens[from];
  if (!DEED_VERBS.has(tokens[v]!.lower) || !opener) return false;
  const counted = /^\d/.test(opener.text) || NUMBER_WORDS.has(opener.lower) || opener.lower === "another";
  if (!DETERMINERS.has(opener.lower) && !POSSESSIVE_DETERMINERS.has(opener.lower) && !counted) return false;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return false;
    // ("agreed the Act, which governs the succession, was discriminatory": a relative clause between commas.)
    if (t.text === "," && RELATIVES.has(tokens[k + 1]?.lower ?? "")) {
      const close = tokens.findIndex((c, i) => i > k + 1 && c.text === ",");
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (t.kind === "punct" || DEED_BREAKS.has(t.lower)) return true;
    // ("added three assists to lead Boston": a verb after "to" is the deed's purpose, no clause.)
    if (isSureVerb(t) && tokens[k - 1]!.lower !== "to") return false;
  }
  return true;
}
const DEED_VERBS = new Set([
  "add",
  "added",
  "adds",
  "agree",
  "agreed",
  "agrees",
  "announce",
  "announced",
  "announces",
  "concede",
  "conceded",
  "concedes",
  "confirm",
  "confirmed",
  "confirms",
]);
const DEED_BREAKS = new Set(["while", "when", "after", "before", "as", "because", "until"]);

/**
 * What an inverted verb of saying at `v` reports, as character offsets: the clause before the comma
 * that opens the attribution ("Profits rose 5%, said the company."), or, where that comma only
 * follows an opening word ("Then, say analysts, there is …"), the clause after the attribution's
 * closing comma. Null when neither holds words enough.
 */
function invertedReport(tokens: readonly Token[], v: number): { start: number; end: number } | null {
  // (A quote before the verb is the quote's own attribution: what follows is not speech.)
  if (tokens[0]!.kind !== "word") return null;
  const close = tokens.findIndex((t, k) => k > v && k <= v + INVERTED_SPEAKER_REACH && t.text === ",");
  if (v - 1 >= 4) {
    if (attributes(tokens, 0, v - 1)) return null;
    // ("The key to success, says Buser, is the network.": the clause goes on after the speaker.)
    if (close > 0 && continuesClause(tokens, close + 1)) {
      const start = subjectStart(tokens, v - 1);
      return start === null
        ? null
        : { start: tokens[start]!.start, end: reportedClauseEnd(tokens, v, close + 1) };
    }
    return { start: tokens[0]!.start, end: tokens[v - 1]!.start };
  }
  if (close < 0 || tokens.length - close <= 3) return null;
  return { start: tokens[close + 1]!.start, end: reportedClauseEnd(tokens, v, close + 1) };
}

/**
 * What a source reports "according to" it at `v`: the clause after the comma that closes the source
 * when it opens the sentence ("According to the report, sales fell 5%."), or the clause before the
 * comma that opens it when it closes the sentence ("Sales fell 5%, according to the report."), a
 * clause with a verb of its own either way. Null elsewhere ("rose 5% according to the data and …").
 */
export function accordingSpan(tokens: readonly Token[], v: number): TextSpan | null {
  if (tokens.slice(0, v).some((t) => t.kind === "quote")) return null;
  // (Not the comma inside a number: "157,000 new jobs".)
  const commaAfter = (from: number, reach: number) =>
    tokens.findIndex(
      (t, k) => k > from && k <= from + reach && t.text === "," && tokens[k + 1]?.start !== t.end,
    );
  const last = tokens.length - (tokens.at(-1)?.text === "." ? 1 : 0);
  if (v === 0 || (v === 1 && LEADING_JUNK.has(tokens[0]!.text))) {
    let comma = commaAfter(v + 2, ACCORDING_SOURCE_WORDS);
    // ("According to Tom Reed, the head of the union, jobs will go": past the source's apposition.)
    for (
      let next = commaAfter(comma, OBJECT_WORDS);
      comma > 0 && next > 0;
      next = commaAfter(comma, OBJECT_WORDS)
    ) {
      // (Nor past a subject that a relative clause describes: "According to Swift, her former label,
      // which owns her masters, is …".)
      if (hasClauseVerb(tokens, comma + 1, next) || RELATIVES.has(tokens[next + 1]?.lower ?? "")) break;
      comma = next;
    }
    if (comma < 0 || last - comma < 3 || !hasClauseVerb(tokens, comma + 1, last)) return null;
    if (tokens.slice(comma + 1).some((t) => t.kind === "quote")) return null;
    return { start: tokens[comma + 1]!.start, end: reportedClauseEnd(tokens, v, comma + 1) };
  }
  if (tokens[v - 1]?.text !== "," || v - 1 < 2 || tokens[0]!.kind !== "word") return null;
  // ("…, according to the Nationwide, their biggest fall since 2001.", not "Among the laggards,
  // according to the report, are Greece and Italy.")
  const after = commaAfter(v + 2, ACCORDING_SOURCE_WORDS);
  if (after > 0 && hasClauseVerb(tokens, after + 1, last)) return null;
  // ("O'Malley said at a press conference, according to the Las Vegas Sun": someone else's saying.)
  if (attributes(tokens, 0, v)) return null;
  return hasClauseVerb(tokens, 0, v - 1) ? { start: tokens[0]!.start, end: tokens[v - 1]!.start } : null;
}
/** Words at most in the source of an "according to" that opens a sentence. */
const ACCORDING_SOURCE_WORDS = 12;

/** Words that open a reported clause right after its verb: "said that …", "said she feared …". */
const CLAUSE_OPENERS = new Set(["that", "he", "she", "they", "we", "i", "it"]);

/** Words quoted inside a phrase, after a word of it ("as "a good person""): no statement of their own. */
function quotedInPhrase(tokens: readonly Token[], q: number): boolean {
  return tokens[q - 1]?.kind === "word" && quoteKind(tokens, q) === "partial";
}

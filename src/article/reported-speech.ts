/**
 * Reported speech: which words a verb of saying reports ("told the BBC he …", "said on Monday that
 * …", "Profits rose 5%, said the company."), not after a modal or before a bare object, and not the
 * setting of a quote (`"…," Pullman told reporters`).
 */
import { channelLength, joinWords, opensAdjunct, type SentenceContext, SUBORDINATORS } from "./clauses.ts";
import { ROLE_REACH, TELLING } from "./cues.ts";
import {
  CLAUSE_BREAKS,
  CLAUSE_VERBS,
  COMMON_VERBS,
  DAY,
  DETERMINERS,
  IRREGULAR_PASTS,
  NUMBER_WORDS,
  PERSON_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  REPORTING_VERBS,
  THAT_REPORTING_VERBS,
} from "./lexicon.ts";
import type { Entity } from "./registry.ts";
import { isAdjunctParticiple, isNegatedVerb, isPastVerb } from "./speech-verbs.ts";
import type { Token } from "./text.ts";

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
  const reporting = REPORTING_VERBS.has(verb.lower);
  if (!reporting && !THAT_REPORTING_VERBS.has(verb.lower)) return null;
  if (isHypothetical(tokens, v) || isNegatedVerb(tokens, v)) return null;
  // `"…," Pullman told reporters`: the words after the verb are the quote's setting, not speech;
  // not so a verb joined to another ("noted the "differences" between them and said the …").
  const joined = JOINERS.has(tokens[v - 1]?.lower ?? "");
  if (!joined && tokens.slice(Math.max(0, v - 5), v).some((t) => t.kind === "quote")) return null;
  const start = reportStart(tokens, v);
  if (!start) return null;
  const { from, that } = start;
  if (!reporting && !(that && closeThat(tokens, v) && !passive(tokens, v))) return null;
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
    (isAdjunctParticiple(first.lower) || participleAlone(tokens, from) || opensAdjunct(first.lower));
  // ("warned of rising obesity levels": what follows names the topic, not the words.)
  if (first?.lower === "of") return null;
  if (
    !adjunct &&
    first &&
    !first.capitalised &&
    CLAUSE_BREAKS.has(first.lower) &&
    !PERSON_PRONOUNS.has(first.lower) &&
    !opensSubject(tokens, from)
  )
    return null;
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
      : rest.length === 0 && comma >= 4 && tokens[0]!.kind === "word" && saidBefore(tokens, comma)
        ? { start: tokens[0]!.start, end: tokens[comma]!.start }
        : null;
}

/**
 * For a verb that reports only before "that" ("asserted", "wrote"): whether its first "that" opens a
 * clause said. It stands within reach of the verb, past a place, a day or an audience ("wrote in an
 * email to Politico that"), not right after "of" or "about" ("boasted of his appeal to the groups
 * that …"), and opens a clause: a subject that a determiner, a pronoun or a capital starts ("that
 * the letter", "that it", "that Taylor"), or other words with a verb before the next mark ("that
 * unnamed leaders agree"), where "that same day," names a day and "that comprise" a relative clause.
 */
function closeThat(tokens: readonly Token[], v: number): boolean {
  const at = tokens.findIndex((t, k) => k > v && t.lower === "that");
  const after = tokens[v + 1]?.lower;
  if (at < 0 || at - v > ADDRESSEE_REACH || after === "of" || after === "about") return false;
  const next = tokens[at + 1];
  if (next?.text === "," || next?.kind === "quote") return true;
  if (next?.kind !== "word" || isSureVerb(next)) return false;
  if (next.capitalised || DETERMINERS.has(next.lower) || POSSESSIVE_DETERMINERS.has(next.lower)) return true;
  if (PERSON_PRONOUNS.has(next.lower) || next.lower === "this") return true;
  for (let k = at + 2; k < tokens.length && tokens[k]!.kind === "word"; k++) {
    // ("wrote songs that summer and sent …": a verb right after "and" joins the writer's verbs.)
    if (COORDINATORS.has(tokens[k]!.lower) && isSureVerb(tokens[k + 1] ?? tokens[k]!)) return false;
    if (isClauseVerb(tokens[k]!)) return true;
  }
  return false;
}
const COORDINATORS = new Set(["and", "but", "or"]);

/**
 * Whether the word at `from`, one that could end a clause, here opens the subject of a clause said:
 * a possessive ("said its profits rose", "said her approach is …"), or "there", "this", "these" or "those" before a verb
 * or a possessive ("said there was evidence", "claims this is the clearest sign", "say this year's
 * festival will …"), not before a noun ("said this week").
 */
function opensSubject(tokens: readonly Token[], from: number): boolean {
  const word = tokens[from]!.lower;
  const next = tokens[from + 1];
  if (word === "its") return true;
  // ("said her approach is …": a verb follows in the clause; not "warned her that …" nor "told her
  // the boy …", whom it tells, nor "claimed her first title, edging …", an object.)
  if (word === "her") return verbAhead(tokens, from + 1);
  // ("say this year's festival will …": a possessive after it opens a noun phrase.)
  return SUBJECT_WORDS.has(word) && next !== undefined && (isSureVerb(next) || /['’]s$/.test(next.text));
}
const SUBJECT_WORDS = new Set(["there", "this", "these", "those"]);

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
  for (let k = from + 1; k < tokens.length && k <= from + OBJECT_WORDS; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote" || CLAUSE_MARKS.has(t.text)) return false;
    if (isSureVerb(t) || (!t.capitalised && IRREGULAR_PASTS.has(t.lower))) return true;
  }
  return false;
}
const CLAUSE_MARKS = new Set([",", ";", ":", "."]);
/** "it's revealed in the review that …", "was charged that …": the verb in the passive, whose subject said nothing. */
function passive(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  return before !== undefined && (PASSIVE_BE.has(before.lower) || /^it['’]s$/i.test(before.text));
}
const PASSIVE_BE = new Set(["is", "was", "were", "are", "be", "been", "being"]);

/** A verb form read generously (`isVerbForm`), but not a name's ("Alwaleed") nor a possessive's ("his"). */
const isClauseVerb = (t: Token) => !t.capitalised && !POSSESSIVE_DETERMINERS.has(t.lower) && isVerbForm(t);

/**
 * Whether the clause before the comma at `comma` is what the verb after it reports: it has a verb
 * of its own, and the verb's clause is no aside ("claiming that, as Mr Letwin said, if …").
 */
const saidBefore = (tokens: readonly Token[], comma: number) =>
  tokens[comma + 1]?.lower !== "as" && hasClauseVerb(tokens, 0, comma);

/**
 * Whether a verb stands among the words from `from` up to `to`, so that they make a clause that can
 * be what was said: "GDP rose by 1.7%" does, "In the early 1990s" and "CENTR, the Council of …" do not.
 */
const hasClauseVerb = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .some(
      (t) =>
        (isClauseVerb(t) && !/\d/.test(t.text)) ||
        (!t.capitalised && IRREGULAR_PASTS.has(t.lower)) ||
        PRONOUN_WITH_VERB.test(t.text),
    );
/** "He's", "they're", "I've": a pronoun with its verb. */
const PRONOUN_WITH_VERB = /^(?:he|she|it|they|we|you|i|there|that)['’](?:s|re|ve|ll|d|m)$/i;

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
 * Where the words reported after the verb at `v` end: the sentence's end, or the comma closing the
 * clause that opens the sentence and holds the verb ("As Mr Brown announced the Budget date, Ernst &
 * Young urged him …": the main clause after the comma is the writer's).
 */
export function reportedClauseEnd(tokens: readonly Token[], v: number, from: number): number {
  const next = nextSaying(tokens, from);
  if (next >= 0) return tokens[next]!.start;
  if (OPENING_SUBORDINATORS.has(tokens[0]!.lower) && !tokens.slice(0, v).some((t) => t.text === ",")) {
    // (Not the comma inside a number: "the 5,000m crown".)
    const comma = tokens.findIndex(
      (t, i) => i > from + 1 && t.text === "," && tokens[i + 1]?.start !== t.end,
    );
    if (comma > 0) return tokens[comma]!.start;
  }
  const last = tokens[tokens.length - 1]!;
  return last.text === "." ? last.start : last.end;
}
/**
 * Where a second verb of saying joined to the first by "and" or "but" starts ("said the plan was
 * dead, and added that …"), as the index of the "and" or of the comma before it, or -1: what
 * follows is the second verb's report, not the first's.
 */
function nextSaying(tokens: readonly Token[], from: number): number {
  for (let k = from + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return -1;
    if (t.capitalised || !(REPORTING_VERBS.has(t.lower) || THAT_REPORTING_VERBS.has(t.lower))) continue;
    const joiner = k - 1;
    if (!JOINERS.has(tokens[joiner]!.lower)) continue;
    return tokens[joiner - 1]?.text === "," ? joiner - 1 : joiner;
  }
  return -1;
}
const JOINERS = new Set(["and", "but"]);
/** Words that open a sentence with a clause of its own before the main one ("As …, …"). */
const OPENING_SUBORDINATORS = new Set([...SUBORDINATORS, "as", "until", "unless"]);

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
const HYPOTHETICAL = new Set(["would", "could", "might", "may", "should"]);

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
/** Words at most in an object read so: a longer run may hold an irregular verb ("… went back on"). */
const OBJECT_WORDS = 8;
const isVerbForm = (t: Token) =>
  t.kind === "word" &&
  (CLAUSE_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower) || /(?:ed|[^su]s|n['’]t)$/.test(t.lower));
/** A word that is surely a clause's verb, read strictly: an auxiliary, a modal, a common verb or a past. */
const isSureVerb = (t: Token) =>
  t.kind === "word" &&
  !t.capitalised &&
  (CLAUSE_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower) || isPastVerb(t.lower));

/**
 * Where the words reported by the verb at `v` start, and whether a "that" opens them: past "that",
 * a colon, a comma or a day ("said on Monday that …"); after a verb of telling, past whom it tells
 * ("told a few thousand teachers on the lawn that …", "told the BBC he …"). Null where the telling
 * only introduces a quote or names an outlet ("told the BBC's Today programme: "…"", "told reporters.").
 */
function reportStart(tokens: readonly Token[], v: number): { from: number; that: boolean } | null {
  let from = v + 1;
  if (TELLING.has(tokens[v]!.lower)) {
    const told = tokens.findIndex(
      (t, k) => k > v && (t.kind !== "word" || t.lower === "that" || PERSON_PRONOUNS.has(t.lower)),
    );
    const mark = tokens[told]?.text;
    // ("told the BBC's Today programme." names an outlet; past any other mark, whom it tells is unknown.)
    // ("told his radio audience, "What has happened …"": a comma before a quote introduces it, as a colon does.)
    const introduces = mark === ":" || (mark === "," && tokens[told + 1]?.kind === "quote");
    if (told < 0 || introduces || (mark === "." && told - v <= ADDRESSEE_REACH)) return null;
    // "tells so many lies that voters cannot keep up": after "so" or "such" the "that" opens what
    // the telling led to, and what was told (lies, a story) is no one's words.
    const result =
      mark === "that" && tokens.slice(v + 1, told).some((t) => t.lower === "so" || t.lower === "such");
    if (result) return null;
    if (tokens[told]!.kind === "word") from = told;
  }
  // A dash right after the verb opens an aside before "that" ("announced — without Mexico's sign-off
  // — that …"), or ends the verb's clause ("the quality Google promised – it's revealed … that").
  if (DASHES.has(tokens[from]?.text ?? "")) {
    const close = tokens.findIndex((t, k) => k > from && DASHES.has(t.text));
    if (close < 0 || tokens[close + 1]?.lower !== "that") return null;
    from = close + 1;
  }
  const that = thatWithin(tokens, from);
  // "stressed her support of the 2011 raid that killed …": a "that" with a verb right after it, after
  // the verb's object, opens that noun's relative clause, not what was said.
  if (that > 0 && from === v + 1 && relativeThat(tokens, from, from + that)) return null;
  if (that >= 0) from += that + 1;
  for (let skip = settingLength(tokens, from); skip > 0; skip = settingLength(tokens, from)) from += skip;
  return { from, that: that >= 0 };
}

/**
 * How many words at `from` set the scene of the saying rather than start what was said: a mark, a
 * day ("said on Monday he …", "said Friday afternoon"), a week or month ("said last week it …"), or
 * the channel ("said in a statement they …"). Zero when none does.
 */
function settingLength(tokens: readonly Token[], from: number): number {
  const t = tokens[from];
  if (!t) return 0;
  const next = tokens[from + 1];
  if (t.text === ":" || t.text === "," || DAY.test(t.text)) return 1;
  if (DAY.test(tokens[from - 1]!.text) && TIMES_OF_DAY.has(t.lower)) return 1;
  if (t.lower === "on" && next && DAY.test(next.text)) return 2;
  // (Not "this year's event", a possessive that opens what was said.)
  if (
    PERIOD_OPENERS.has(t.lower) &&
    next &&
    PERIODS.has(next.lower) &&
    next.text.length === next.lower.length
  )
    return 2;
  return channelLength(tokens, from);
}
const PERIOD_OPENERS = new Set(["this", "last", "next"]);
const PERIODS = new Set(["week", "weekend", "month", "year"]);
/**
 * The offset from `from` of a "that" within reach that opens what is reported, or -1. Not past an
 * auxiliary, a common past or another verb of saying: there the clause said has begun ("said the
 * plan was dead and that …", "said it was clear that …", "said the ruling set a precedent that …",
 * "said the plan was dead, and added that …").
 */
function thatWithin(tokens: readonly Token[], from: number): number {
  // (After the comma that closes an aside, the sentence's own verb comes first: "The net result, the
  // authors say, is that …".)
  const aside = tokens[from]?.text === ",";
  for (let k = from; k < from + ADDRESSEE_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.lower === "that") return k - from;
    if (t.capitalised) continue;
    if (REPORTING_VERBS.has(t.lower)) return -1;
    if (!aside && (CLAUSE_VERBS.has(t.lower) || IRREGULAR_PASTS.has(t.lower))) return -1;
  }
  return -1;
}

/**
 * "added his seventh for the Islanders, and …", "announced the 30-date jaunt while closing out …": after
 * a verb that also names a deed, an object opened by a determiner, a possessive or a number with no
 * sure verb before the clause's first break is what was done, not said ("added his team would win" is said).
 */
function namesDeed(tokens: readonly Token[], v: number, from: number): boolean {
  const opener = tokens[from];
  if (!DEED_VERBS.has(tokens[v]!.lower) || !opener) return false;
  const counted = /^\d/.test(opener.text) || NUMBER_WORDS.has(opener.lower);
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
const DASHES = new Set(["–", "—", "―"]);
/** "said Friday afternoon": the part of the day after its name. */
const TIMES_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);
const RELATIVES = new Set(["which", "who", "whose"]);
const DEED_BREAKS = new Set(["while", "when", "after", "before", "as", "because", "until"]);

/**
 * Whether the "that" at `that` opens a relative clause of the noun phrase from `from`: the phrase
 * holds no verb of its own (read generously, as `namesOnly` does) and a verb follows the "that".
 */
function relativeThat(tokens: readonly Token[], from: number, that: number): boolean {
  // (After the "that" only a sure verb: "that immigrants be vaccinated" opens a clause of its own.)
  const next = tokens[that + 1];
  const opener = tokens[from]!.lower;
  return (
    next !== undefined &&
    isSureVerb(next) &&
    (DETERMINERS.has(opener) || POSSESSIVE_DETERMINERS.has(opener)) &&
    tokens.slice(from, that).every((t) => t.kind === "word" && !isVerbForm(t))
  );
}
/**
 * Words at most before a "that" that opens what is reported ("told reporters at the White House
 * that"), and in an audience that ends its sentence ("told the BBC's Today programme.").
 */
const ADDRESSEE_REACH = 8;

/**
 * What an inverted verb of saying at `v` reports, as character offsets: the clause before the comma
 * that opens the attribution ("Profits rose 5%, said the company."), or, where that comma only
 * follows an opening word ("Then, say analysts, there is …"), the clause after the attribution's
 * closing comma. Null when neither holds words enough.
 */
function invertedReport(tokens: readonly Token[], v: number): { start: number; end: number } | null {
  // (A quote before the verb is the quote's own attribution: what follows is not speech.)
  if (tokens[0]!.kind !== "word") return null;
  if (v - 1 >= 4) return { start: tokens[0]!.start, end: tokens[v - 1]!.start };
  const close = tokens.findIndex((t, k) => k > v && k <= v + INVERTED_SPEAKER_REACH && t.text === ",");
  if (close < 0 || tokens.length - close <= 3) return null;
  return { start: tokens[close + 1]!.start, end: reportedClauseEnd(tokens, v, close + 1) };
}
/** Words at most in an inverted attribution's speaker ("say analysts at the bank,"). */
const INVERTED_SPEAKER_REACH = 8;

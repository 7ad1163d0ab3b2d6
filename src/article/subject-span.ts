/**
 * Spans around a verb of saying, read from tokens alone: where a sentence's subject stands before its
 * verb ("The agency declined", "Federal labor organizations have", "In late June, the American Bar
 * Association …"), for a quote or report the subject's clause holds, and whether the verb after it
 * only reports the last speaker's words; and where the words a verb reports start and end ("told
 * the BBC he …", "Profits rose 5%, said the company.", not after a modal or before a bare object).
 */
import {
  canHeadSpeaker,
  DESCRIPTION_OPENERS,
  isTimeWord,
  joinWords,
  type SentenceContext,
  SUBORDINATORS,
} from "./clauses.ts";
import { ROLE_REACH, TELLING } from "./cues.ts";
import {
  AUXILIARIES,
  CLAUSE_BREAKS,
  COMMON_VERBS,
  DAY,
  DETERMINERS,
  LEADING_JUNK,
  LINKING,
  PERSON_PRONOUNS,
  PLURAL_GROUP,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  TITLE_HEADS,
  VERB_FILLERS,
} from "./lexicon.ts";
import type { Entity } from "./registry.ts";
import type { Token } from "./text.ts";

/**
 * Where a sentence's main subject begins, before `limit`: after a leading conjunction ("But") and an
 * opening phrase closed by a comma ("In late June, the American Bar Association …", "Filling in for
 * Sanders, West …"). -1 when the sentence opens no subject there.
 */
export function subjectStart(sentence: SentenceContext, limit: number): number {
  const { tokens } = sentence;
  let i = skipLeading(tokens, 0, limit);
  const first = tokens[i];
  if (first?.kind !== "word") return -1;
  const named = sentence.mentions.some((m) => m.start === i);
  if (!named && (opensPhrase(first) || opensTimePhrase(tokens, i))) {
    const comma = tokens.findIndex((t, k) => k > i && k < limit && t.text === ",");
    if (comma < 0) return -1;
    i = skipLeading(tokens, comma + 1, limit);
  }
  return i < limit && tokens[i]!.kind === "word" ? i : -1;
}

function skipLeading(tokens: readonly Token[], from: number, limit: number): number {
  let i = from;
  // "Instead, the statement …": a leading adverb and its comma.
  while (
    i < limit &&
    (LEADING_JUNK.has(tokens[i]!.text) ||
      ["and", "but"].includes(tokens[i]!.text) ||
      (tokens[i]!.text === "," && i > from))
  )
    i++;
  return i;
}

/** "Last month, a bipartisan group … warned": a time before the comma, not the subject. */
function opensTimePhrase(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return !DETERMINERS.has(tokens[i]!.lower) && next?.kind === "word" && !next.capitalised && isTimeWord(next);
}

/** A word that opens an adverbial phrase, not a subject: "In", "While", "Speaking", "Led", "Earlier". */
function opensPhrase(t: Token): boolean {
  if (SENTENCE_OPENERS.has(t.lower) && !DESCRIPTION_OPENERS.has(t.lower)) return true;
  return SUBORDINATORS.has(t.lower) || /(?:ing|ed|ly)$/.test(t.lower);
}

/**
 * Where a subject description that starts at `start` ends ("The agency declined", "Federal labor
 * organizations have", "A reporter for Agence France-Presse called"): the word before its verb, when
 * that word can stand for a speaker. -1 when no verb is found before `limit` or the head cannot
 * speak ("That record prompted", "a target … needed").
 */
export function subjectEnd(tokens: readonly Token[], start: number, limit: number): number {
  let end = start;
  // The noun a "for"/"of"/"at" phrase qualifies: it, not the phrase's last word, must be able to speak.
  let head = -1;
  while (end + 1 < limit && end - start < 8) {
    const t = tokens[end + 1]!;
    if (t.kind !== "word" || isVerbLike(t)) break;
    // "a spokeswoman for the Dutch economy ministry": a speaker noun takes its "for"/"of"/"at" phrase.
    // ("Attorneys for Clinton": a capital only because the word opens the sentence.)
    const noun = tokens[end]!;
    const lowered = !noun.capitalised || (end === 0 && /^\p{Lu}\p{Ll}+$/u.test(noun.text));
    const linked = LINKING.has(t.lower) && canHeadSpeaker(noun) && lowered;
    if (!t.capitalised && CLAUSE_BREAKS.has(t.lower) && !DETERMINERS.has(t.lower) && !linked) {
      // "The Sanders campaign projects that …": a verb the lists do not know, before "that".
      return t.lower === "that" && isPresentVerb(tokens, end, start) ? speakerHead(tokens, end - 1) : -1;
    }
    if (linked && head < 0) head = end;
    end++;
  }
  const verb = tokens[end + 1];
  if (verb?.kind !== "word" || verb.capitalised || !isVerbLike(verb)) return -1;
  // The sentence's first word can speak by its capital alone ("Results of a consultation …"): there
  // the phrase's last word must.
  return speakerHead(tokens, head > 0 ? head : end) >= 0 ? end : -1;
}

const speakerHead = (tokens: readonly Token[], end: number) =>
  canHeadSpeaker(tokens[end]!) || PLURAL_GROUP.test(tokens[end]!.lower) ? end : -1;

/**
 * Whether `speaker` is named right after the verb at `v` ("said the company", "said analyst Tom Reed"),
 * after a role as long as an inverted attribution's (`invertedSpeaker`).
 */
export function namedAfter(sentence: SentenceContext, v: number, speaker: Entity): boolean {
  const reach = v + ROLE_REACH;
  if (sentence.mentions.some((m) => m.entity === speaker && m.start > v && m.start <= reach)) return true;
  const after = joinWords(sentence.tokens.slice(v + 1, v + 1 + speaker.nameWords.length + 2));
  return after.toLowerCase().includes(speaker.name.toLowerCase());
}

/**
 * Where the words reported after the verb at `v` end: the sentence's end, or the comma closing the
 * clause that opens the sentence and holds the verb ("As Mr Brown announced the Budget date, Ernst &
 * Young urged him …": the main clause after the comma is the writer's).
 */
export function reportedClauseEnd(tokens: readonly Token[], v: number, from: number): number {
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
/** Words that open a sentence with a clause of its own before the main one ("As …, …"). */
const OPENING_SUBORDINATORS = new Set([...SUBORDINATORS, "as", "until", "unless"]);

/**
 * "the decision would suggest to China that …": what someone might say (a modal before the verb) is
 * not what they said.
 */
export function isHypothetical(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  return before !== undefined && !before.capitalised && HYPOTHETICAL.has(before.lower);
}
const HYPOTHETICAL = new Set(["would", "could", "might", "may", "should"]);

/**
 * "Rank announced a study into a possible demerger", "announced the Budget date": what follows the
 * verb from `from` is its object, a noun phrase with no verb of its own, not something said. Read
 * generously: any auxiliary, common verb or word in "-ed" or "-s" counts as a clause's verb.
 */
export function namesOnly(tokens: readonly Token[], from: number): boolean {
  if (!DETERMINERS.has(tokens[from]?.lower ?? "")) return false;
  const rest = tokens.slice(from + 1).filter((t) => t.text !== ".");
  return rest.length <= OBJECT_WORDS && rest.every((t) => t.kind !== "quote" && !isVerbForm(t));
}
/** Words at most in an object read so: a longer run may hold an irregular verb ("… went back on"). */
const OBJECT_WORDS = 8;
const isVerbForm = (t: Token) =>
  t.kind === "word" &&
  (AUXILIARIES.has(t.lower) ||
    MODALS.has(t.lower) ||
    COMMON_VERBS.has(t.lower) ||
    /(?:ed|[^s]s)$/.test(t.lower));
const MODALS = new Set(["will", "shall", "may", "might", "can"]);

/**
 * Where the words reported by the verb at `v` start, and whether a "that" opens them: past "that",
 * a colon, a comma or a day ("said on Monday that …"); after a verb of telling, past whom it tells
 * ("told a few thousand teachers on the lawn that …", "told the BBC he …"). Null where the telling
 * only introduces a quote or names an outlet ("told the BBC's Today programme: "…"", "told reporters.").
 */
export function reportStart(tokens: readonly Token[], v: number): { from: number; that: boolean } | null {
  let from = v + 1;
  if (TELLING.has(tokens[v]!.lower)) {
    const told = tokens.findIndex(
      (t, k) => k > v && (t.kind !== "word" || t.lower === "that" || PERSON_PRONOUNS.has(t.lower)),
    );
    const mark = tokens[told]?.text;
    // ("told the BBC's Today programme." names an outlet; past any other mark, whom it tells is unknown.)
    if (told < 0 || mark === ":" || (mark === "." && told - v <= ADDRESSEE_REACH)) return null;
    if (tokens[told]!.kind === "word") from = told;
  }
  const that = tokens.slice(from, from + ADDRESSEE_REACH).findIndex((t) => t.lower === "that");
  if (that >= 0) from += that + 1;
  while (
    tokens[from] &&
    (tokens[from]!.text === ":" || tokens[from]!.text === "," || DAY.test(tokens[from]!.text))
  )
    from++;
  return { from, that: that >= 0 };
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
export function invertedReport(tokens: readonly Token[], v: number): { start: number; end: number } | null {
  // (A quote before the verb is the quote's own attribution: what follows is not speech.)
  if (tokens[0]!.kind !== "word") return null;
  if (v - 1 >= 4) return { start: tokens[0]!.start, end: tokens[v - 1]!.start };
  const close = tokens.findIndex((t, k) => k > v && k <= v + INVERTED_SPEAKER_REACH && t.text === ",");
  if (close < 0 || tokens.length - close <= 3) return null;
  return { start: tokens[close + 1]!.start, end: reportedClauseEnd(tokens, v, close + 1) };
}
/** Words at most in an inverted attribution's speaker ("say analysts at the bank,"). */
const INVERTED_SPEAKER_REACH = 8;

/**
 * Where the object of a causative verb starts before the "to" at `to` ("led 12 viewers to
 * complain", "prompted critics to warn"), or -1: the one moved to speak is the verb's subject.
 */
export function causedSpeakerStart(tokens: readonly Token[], to: number, floor: number): number {
  for (let k = to - 2; k >= Math.max(floor, to - 1 - CAUSED_REACH); k--) {
    if (CAUSATIVES.has(tokens[k]!.lower)) return k + 1;
    if (tokens[k]!.kind !== "word" && !/^\d/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}
/** Words at most in the object between a causative verb and its "to" ("led 12 angry viewers to"). */
const CAUSED_REACH = 5;
const CAUSATIVES = new Set(
  "led prompted caused forced spurred drove moved leads prompts causes forces".split(" "),
);

/** A lower-case word in -s right after a speaker's head ("campaign projects"): a verb in the present. */
function isPresentVerb(tokens: readonly Token[], at: number, start: number): boolean {
  const t = tokens[at]!;
  return at > start && !t.capitalised && /[^s]s$/.test(t.lower) && canHeadSpeaker(tokens[at - 1]!);
}

/** A word that ends a subject when reading rightwards: a verb, an auxiliary or an adverb. */
function isVerbLike(t: Token): boolean {
  if (t.capitalised) return false;
  return (
    SPEECH_VERBS.has(t.lower) ||
    VERB_FILLERS.has(t.lower) ||
    COMMON_VERBS.has(t.lower) ||
    AUXILIARIES.has(t.lower) ||
    (/(?:ed|ly)$/.test(t.lower) && !TITLE_HEADS.has(t.lower))
  );
}

/**
 * "The government and its partners would "need to be creative"", "a target … needed "creative"
 * ideas": a modal or backshifted verb after the subject reports what the last speaker said.
 */
export function reportsBackshifted(tokens: readonly Token[], after: number): boolean {
  const verb = tokens[after + 1];
  return verb !== undefined && BACKSHIFTED.has(verb.lower);
}
const BACKSHIFTED = new Set("would could should might must needed".split(" "));

/** "was announced", "were widely reported": a verb of saying in the passive. */
export function isPassive(tokens: readonly Token[], v: number, floor: number): boolean {
  const verb = tokens[v]!.lower;
  // "was quoted as saying": the one quoted speaks; "was asked": the one asked answers.
  // ("researchers were told", "it was said": participles not in "-ed" too.)
  if (!(verb.endsWith("ed") || IRREGULAR_PARTICIPLES.has(verb)) || verb === "quoted" || ADDRESSED.has(verb))
    return false;
  // "Mr Kapor is reported as saying", "is reported to have said": the subject speaks after all.
  const next = tokens[v + 1]?.lower;
  if (next === "to" || (next === "as" && tokens[v + 2]?.lower.endsWith("ing"))) return false;
  let k = v - 1;
  if (k > floor && (tokens[k]!.lower.endsWith("ly") || tokens[k]!.lower === "also")) k--;
  return k >= floor && BE_FORMS.has(tokens[k]!.lower);
}
const BE_FORMS = new Set(["was", "were", "is", "are", "been", "being", "be"]);
const IRREGULAR_PARTICIPLES = new Set(["told", "said", "written"]);
/** Verbs of saying whose object is the one spoken to. */
const ADDRESSED = new Set(
  "asked questioned pressed warned urged advised informed interviewed challenged reminded assured".split(" "),
);

/**
 * "has also said", "said Thursday": words between a verb of saying and its subject. Not a closure in
 * `ofVerb`: tsx names each named closure as it is made, which was a share of parsing.
 */
const isFiller = (t: Token) => (VERB_FILLERS.has(t.lower) && !t.capitalised) || DAY.test(t.text);

/** The last token before the verb at `v` that is no filler ("has also said", "can be heard asking"). */
export function beforeFillers(tokens: readonly Token[], v: number, floor: number): number {
  let i = v - 1;
  // `would only say: "…"`: "only" right before a verb that introduces a quote is a filler too.
  const only = tokens[v + 1]?.text === ":" && tokens[v - 1]?.text === "only";
  while (i >= floor && (isFiller(tokens[i]!) || (only && i === v - 1))) i--;
  // "a reporter can be heard asking": a participle after a verb of perceiving has its subject.
  if (tokens[v]!.lower.endsWith("ing") && PERCEIVED.has(tokens[i]?.lower ?? "")) {
    i--;
    while (i >= floor && (isFiller(tokens[i]!) || AUXILIARIES.has(tokens[i]!.lower))) i--;
  }
  return i;
}

/** "heard asking", "caught saying", "seen telling": someone perceived as they speak. */
const PERCEIVED = new Set(["heard", "overheard", "seen", "caught", "recorded", "filmed"]);

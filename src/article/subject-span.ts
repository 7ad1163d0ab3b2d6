/**
 * Spans around a verb of saying, read from tokens alone: where a sentence's subject stands before its
 * verb ("The agency declined", "Federal labor organizations have", "In late June, the American Bar
 * Association …"), for a quote or report the subject's clause holds, and whether the verb after it
 * only reports the last speaker's words, and where the speaker described after a verb ends ("said one
 * Republican involved in the planning"). Where the words a verb reports start and end is
 * reported-speech.ts.
 */
import {
  canHeadSpeaker,
  DESCRIPTION_OPENERS,
  demonstrativeAfterOf,
  isCalendarWord,
  isTimeWord,
  joinsCapitals,
  type SentenceContext,
  SUBORDINATORS,
} from "./clauses.ts";
import { bodyAfterVerb } from "./cues.ts";
import {
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_BREAKS,
  COMMON_VERBS,
  DAY,
  DETERMINERS,
  LEADING_JUNK,
  LINKING,
  PLURAL_GROUP,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  TITLE_HEADS,
  VERB_FILLERS,
} from "./lexicon.ts";
import { joinsRoles } from "./name-roles.ts";
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
    // "The topic of one of my presentations was …", "The mood at the meeting": the phrase qualifies
    // a noun that cannot speak, whoever its own last word names ("a group of", "one of" count).
    if (head < 0 && !t.capitalised && LINKING.has(t.lower) && !linked && lowered && !speaksThrough(noun))
      return -1;
    // "The singer and guitarist told …", "the president and chief executive said": one person's roles.
    if (t.lower === "and" && joinsRoles(tokens, end + 1)) {
      end++;
      continue;
    }
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

/**
 * A word before "of"/"for"/"at" through which the phrase may still name a speaker: a noun that counts
 * or gathers those it names ("a group of", "dozens of"), or the number of a document's part ("Section
 * 5 of the order").
 */
function speaksThrough(noun: Token): boolean {
  if (/^\d/.test(noun.text)) return true;
  return PLURAL_GROUP.test(noun.lower) || DETERMINERS.has(noun.lower) || GATHERING_NOUNS.has(noun.lower);
}
const GATHERING_NOUNS = new Set(
  `group number couple handful lot lots dozen dozens score scores hundreds thousands millions
  majority minority few some many most all none one two three four five several half part rest
  each both any either neither pair trio duo bunch body panel team family coalition chorus host
  series crowd slew string wave delegation`.split(/\s+/),
);

const speakerHead = (tokens: readonly Token[], end: number) =>
  canHeadSpeaker(tokens[end]!) || PLURAL_GROUP.test(tokens[end]!.lower) ? end : -1;

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
/**
 * Words at most in the object between a causative verb and its "to" ("led 12 angry viewers to",
 * "leading Clinton economic advisers like Gene Sperling to").
 */
const CAUSED_REACH = 7;
const CAUSATIVES = new Set(
  `led prompted caused forced spurred drove moved leads prompts causes forces leading prompting causing
  forcing spurring`.split(/\s+/),
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
  while (i >= floor) {
    if (isFiller(tokens[i]!) || (only && i === v - 1)) i--;
    else {
      const aside = fillerAside(tokens, i, floor);
      if (aside < 0) break;
      i = aside - 1;
    }
  }
  // "a reporter can be heard asking": a participle after a verb of perceiving has its subject.
  if (tokens[v]!.lower.endsWith("ing") && PERCEIVED.has(tokens[i]?.lower ?? "")) {
    i--;
    while (i >= floor && (isFiller(tokens[i]!) || AUXILIARIES.has(tokens[i]!.lower))) i--;
  }
  return i;
}

/**
 * "has, however, revealed": where the aside of fillers between commas that closes at `i` opens (its
 * first comma), read leftwards; -1 if no such aside closes there.
 */
function fillerAside(tokens: readonly Token[], i: number, floor: number): number {
  if (tokens[i]!.text !== ",") return -1;
  let k = i - 1;
  while (k >= floor && isFiller(tokens[k]!)) k--;
  return k < i - 1 && k >= floor && tokens[k]!.text === "," ? k : -1;
}

/** "heard asking", "caught saying", "seen telling": someone perceived as they speak. */
const PERCEIVED = new Set(["heard", "overheard", "seen", "caught", "recorded", "filmed"]);

/**
 * How many words a description from `start` to `end` holds, less a slash and the capitals after it,
 * which continue a name ("a New York Times/CBS News poll" holds five).
 */
function spokenLength(tokens: readonly Token[], start: number, end: number): number {
  let length = end - start + 1;
  for (let k = start + 1; k <= end; k++) {
    if (tokens[k]!.text !== "/") continue;
    length--;
    for (let j = k + 1; j <= end && tokens[j]!.capitalised; j++) length--;
  }
  return length;
}

/**
 * Where the description of a speaker after the verb at `v` ends ("said one Republican involved in the
 * planning", "according to a Suffolk University/Boston Globe Poll released Sunday"): at its last
 * word that can speak, six words at most (a name joined by a slash counts as one); -1 if none.
 */
export function describedEnd(tokens: readonly Token[], v: number): number {
  let end = v + 1;
  while (
    end + 1 < tokens.length &&
    ((tokens[end + 1]!.kind === "word" &&
      (!CLAUSE_BREAKS.has(tokens[end + 1]!.lower) || demonstrativeAfterOf(tokens, end + 1))) ||
      joinsCapitals(tokens, end + 1))
  ) {
    end++;
  }
  // (A day or a month says when, unless a name holds it: "The Mail on Sunday".)
  const heads = (k: number) =>
    (canHeadSpeaker(tokens[k]!) && !(isCalendarWord(tokens[k]) && !joinsCapitals(tokens, k - 1))) ||
    bodyAfterVerb(tokens, v, k);
  const last = end;
  while (end > v + 1 && !heads(end)) end--;
  // "an Associated Press survey of Democratic superdelegates": backed off to the adjective after "of",
  // the noun before it heads.
  if (end < last && LINKING.has(tokens[end - 1]?.lower ?? "") && end - 2 > v && heads(end - 2)) end -= 2;
  return heads(end) && spokenLength(tokens, v + 1, end) <= 6 ? end : -1;
}

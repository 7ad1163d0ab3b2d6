/**
 * Where the words a verb of saying reports begin: past "that", a day, a channel or whom it tells
 * ("said on Monday that …", "told the BBC he …", "said in a statement they …"), and whether a
 * "that" that opens them belongs to the verb at all ("wrote songs that summer", "the raid that killed").
 */

import { RELATIVES } from "./asides.ts";
import { channelLength } from "./channels.ts";
import { TELLING } from "./cues.ts";
import {
  BE_FORMS,
  CLAUSE_VERBS,
  DAY,
  DETERMINERS,
  IRREGULAR_PASTS,
  PERSON_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
} from "./lexicon.ts";
import type { Token } from "./text.ts";
import { hasClauseVerb, isSureVerb, isVerbForm, isVerbWord, quoteHoldsVerbForm } from "./verb-reading.ts";

/**
 * For a verb that reports only before "that" ("asserted", "wrote"): whether its first "that" opens a
 * clause said. It stands within reach of the verb, past a place, a day or an audience ("wrote in an
 * email to Politico that"), not right after "of" or "about" ("boasted of his appeal to the groups
 * that …"), and opens a clause: a subject that a determiner, a pronoun or a capital starts ("that
 * the letter", "that it", "that Taylor"), or other words with a verb before the next mark ("that
 * unnamed leaders agree"), where "that same day," names a day and "that comprise" a relative clause.
 */
export function closeThat(tokens: readonly Token[], v: number): boolean {
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
    if (isVerbWord(tokens[k]!)) return true;
  }
  return false;
}
const COORDINATORS = new Set(["and", "but", "or"]);

/** "it's revealed in the review that …", "was charged that …": the verb in the passive, whose subject said nothing. */
export function passive(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  return before !== undefined && (BE_FORMS.has(before.lower) || /^it['’]s$/i.test(before.text));
}

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
  // "It's an investment, they say, that would be recouped …", "a provision, Corker said, that is
  // meant to …": past an aside's closing comma, a relative goes on with the noun before the aside,
  // and what follows it is no clause said.
  if (that < 0 && tokens[from - 1]?.text === "," && isRelative(tokens[from]?.lower ?? "")) return null;
  return { from, that: that >= 0 };
}

/**
 * How many words at `from` set the scene of the saying rather than start what was said: a mark, a
 * day ("said on Monday he …", "said Friday afternoon"), a week or month ("said last week it …"), or
 * the channel ("said in a statement they …"). Zero when none does.
 */
export function settingLength(tokens: readonly Token[], from: number): number {
  const t = tokens[from];
  if (!t) return 0;
  const next = tokens[from + 1];
  // (Not a day that is the subject said: "said that Saturday had been a massive demonstration".)
  if (t.text === ":" || t.text === "," || (DAY.test(t.text) && !(next && isSureVerb(next)))) return 1;
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
    // (A "that" before an auxiliary is a subject, the clause's own or a relative's, not what opens
    // the words: "said that was the only contact", "the drama that has surrounded …". Past an aside,
    // only a "that" after the sentence's own verb or another aside opens them: "… is that …", "…,
    // however, that …", not "categories that …".)
    if (t.lower === "that") {
      if (CLAUSE_VERBS.has(tokens[k + 1]?.lower ?? "")) return -1;
      return !aside || thatAfterAside(tokens, from, k) ? k - from : -1;
    }
    if (t.capitalised) continue;
    if (REPORTING_VERBS.has(t.lower) || REPORTING_PARTICIPLES.has(t.lower)) return -1;
    if (!aside && (CLAUSE_VERBS.has(t.lower) || IRREGULAR_PASTS.has(t.lower))) return -1;
    // ("said she considered how that would play", "reported it obtained emails that …": a subject's own
    // verb, not "said in a statement released Monday that …".)
    if (!aside && /ed$/.test(t.lower) && PERSON_PRONOUNS.has(tokens[k - 1]?.lower ?? "")) return -1;
  }
  return -1;
}

const isRelative = (word: string): boolean => word === "that" || RELATIVES.has(word);
const DASHES = new Set(["–", "—", "―"]);
/**
 * Whether the "that" at `k`, past the comma at `from` that closes an aside, opens what was said: it
 * follows the sentence's own verb ("The net result, the authors say, is that …"), another aside
 * ("said, however, that …") or a participle right after the comma ("…, Mr Panke said, implying that …").
 */
function thatAfterAside(tokens: readonly Token[], from: number, k: number): boolean {
  const before = tokens[k - 1]!;
  if (THAT_AFTER_ASIDE.has(before.lower)) return true;
  return k === from + 2 && /\p{Ll}ing$/u.test(before.lower);
}
const THAT_AFTER_ASIDE = new Set(["is", "was", "are", "were", ","]);
/** "said Friday afternoon": the part of the day after its name. */
const TIMES_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);

/**
 * Whether the "that" at `that` opens a relative clause of the noun phrase from `from`: the phrase
 * holds no verb of its own (read generously: `isVerbForm`) and a verb follows the "that".
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
 * Whether the few words from `from` to the sentence's end hold no verb, their own or a quote's: a
 * "that" then is what was discussed ("hadn't discussed that with Clinton"), not what opens a clause.
 */
export function shortWithoutVerb(tokens: readonly Token[], from: number): boolean {
  const rest = tokens.slice(from).filter((t) => t.kind !== "punct");
  if (rest.length > SHORT_CLAUSE) return false;
  // (A quote's verb read generously: "that the settlement "sends a strong shockwave"".)
  const quoted = (t: Token) => t.kind === "quote" && quoteHoldsVerbForm(t);
  return !hasClauseVerb(tokens, from, tokens.length) && !rest.some(quoted);
}
/** Words at most in what a "that" may open with no verb read in it. */
const SHORT_CLAUSE = 4;

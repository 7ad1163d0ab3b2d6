/**
 * Where reported speech ends: at the sentence's end, at another verb of saying joined by "and" or
 * "but" ("said the plan was dead, and added that …", "…, but Theresa May said …"), at the dash that
 * closes an aside, at the comma that closes an opening clause, or before an attribution that closes
 * the sentence ("It said incentives were gimmicks, MPs said."). `report-start.ts` reads where it begins.
 */
import { JOINERS } from "./asides.ts";
import { SUBORDINATORS } from "./clauses.ts";
import { TELLING } from "./cues.ts";
import {
  ASIDE_DASHES,
  DETERMINERS,
  PERSON_PRONOUNS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
  THAT_REPORTING_VERBS,
} from "./lexicon.ts";
import { settingLength } from "./report-start.ts";
import type { Token } from "./text.ts";
import { hasClauseVerb } from "./verb-reading.ts";

/**
 * Where the words reported after the verb at `v` end: the sentence's end, or the comma closing the
 * clause that opens the sentence and holds the verb ("As Mr Brown announced the Budget date, Ernst &
 * Young urged him …": the main clause after the comma is the writer's).
 */
export function reportedClauseEnd(tokens: readonly Token[], v: number, from: number): number {
  const next = nextSaying(tokens, from);
  if (next >= 0) return tokens[next]!.start;
  // "Trump - who previously said he would "bomb …" oil fields - said at a rally …": a verb inside an
  // aside a dash opens reports up to the dash that closes it.
  const dashes = tokens.slice(0, v).filter((t) => ASIDE_DASHES.has(t.text)).length;
  const closingDash =
    dashes % 2 === 1 ? tokens.findIndex((t, k) => k > from && ASIDE_DASHES.has(t.text)) : -1;
  if (closingDash > 0) return tokens[closingDash]!.start;
  if (OPENING_SUBORDINATORS.has(tokens[0]!.lower) && !tokens.slice(0, v).some((t) => t.text === ",")) {
    // (Not the comma inside a number: "the 5,000m crown".)
    const comma = tokens.findIndex(
      (t, i) => i > from + 1 && t.text === "," && tokens[i + 1]?.start !== t.end,
    );
    if (comma > 0) return tokens[comma]!.start;
  }
  // ("It said incentives were gimmicks, MPs said.": not the attribution that closes the sentence.)
  const closing = tokens.findLastIndex((t, k) => k > from + 1 && t.text === ",");
  if (closing > 0 && closesWithAttribution(tokens, closing)) return tokens[closing]!.start;
  const last = tokens[tokens.length - 1]!;
  return last.text === "." ? last.start : last.end;
}
/**
 * Where a second verb of saying joined to the first by "and" or "but" starts ("said the plan was
 * dead, and added that …"), or another subject's ("…, but Theresa May said …"), as the index of the
 * "and" or of the mark before it, or -1: what follows is the second verb's report, not the first's.
 */
function nextSaying(tokens: readonly Token[], from: number): number {
  for (let k = from + 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return -1;
    if (t.capitalised) continue;
    // ("said the talks had gone well, but Theresa May said they had failed": another subject's report;
    // not names joined as the report's own subject: "said Lord Woolf and Lord Falconer agreed".)
    if (JOINERS.has(t.lower) && saysAfterSubject(tokens, k + 1) && !namesOnlyBetween(tokens, from, k)) {
      const mark = tokens[k - 1]!.text;
      return mark === "," || ASIDE_DASHES.has(mark) ? k - 1 : k;
    }
    // ("said the plan was dead, adding that …")
    if (tokens[k - 1]!.text === "," && REPORTING_PARTICIPLES.has(t.lower)) return k - 1;
    if (!(REPORTING_VERBS.has(t.lower) || THAT_REPORTING_VERBS.has(t.lower))) continue;
    const joiner = k - 1;
    if (!JOINERS.has(tokens[joiner]!.lower)) continue;
    return tokens[joiner - 1]?.text === "," ? joiner - 1 : joiner;
  }
  return -1;
}
/**
 * Whether a subject of its own, named or a pronoun, and a verb that reports start at `at`: "Theresa
 * May said", "he told"; not a verb joined to the first's subject ("and added").
 */
function saysAfterSubject(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (first?.kind !== "word" || !(first.capitalised || PERSON_PRONOUNS.has(first.lower))) return false;
  for (let k = at + 1; k < tokens.length && k <= at + SUBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (!t.capitalised) return PLAIN_SAYING.has(t.lower);
  }
  return false;
}
/**
 * Verbs that only say ("said", "told", "added"): not those that may tell of a deed or a pact as
 * well ("Congress and President Obama agreed late last year to …", "he and Rubio promised").
 */
const PLAIN_SAYING = new Set(
  "say says said tell tells told add adds added note notes noted argue argues argued insist insists insisted warn warns warned stress stresses stressed explain explains explained".split(
    " ",
  ),
);
/** How many words a name may run to before its verb. */
const SUBJECT_REACH = 4;
/** Whether the words from `from` to `to` are all in capitals: a name, not a clause. */
const namesOnlyBetween = (tokens: readonly Token[], from: number, to: number) =>
  tokens.slice(from, to).every((w) => w.kind !== "word" || w.capitalised);

/**
 * Whether the words after the comma at `comma` are an attribution that closes the sentence: a
 * speaker then a verb that attributes and at most a day ("…, Mr Thomas said on Monday."), or the
 * verb then a speaker with no verb of its own ("…, said Mr Clarke."); not "…, he said "the win
 * was most important"", nor "…, claimed he was …", nor "…, with no cast or theatre announced".
 */
function closesWithAttribution(tokens: readonly Token[], comma: number): boolean {
  const end = tokens.length - (tokens.at(-1)?.text === "." ? 1 : 0);
  const tail = tokens.slice(comma + 1, end);
  if (tail.length === 0 || tail.length > INVERTED_SPEAKER_REACH || tail.some((t) => t.kind !== "word"))
    return false;
  const verb = tail.findIndex((t, i) => ATTRIBUTING.has(t.lower) && attributing(tokens, comma + 1 + i));
  if (verb === 0) return !hasClauseVerb(tokens, comma + 2, end);
  if (verb < 0) return false;
  let after = comma + 2 + verb;
  for (let skip = settingLength(tokens, after); skip > 0; skip = settingLength(tokens, after)) after += skip;
  const opener = tail[0]!;
  const subject = opener.capitalised || PERSON_PRONOUNS.has(opener.lower) || DETERMINERS.has(opener.lower);
  return after >= end && subject;
}

/** Words that open a sentence with a clause of its own before the main one ("As …, …"). */
const OPENING_SUBORDINATORS = new Set([...SUBORDINATORS, "as", "until", "unless"]);

/** Whether the verb at `k` attributes words: not passive ("is said to be"), not an adjective ("the added advantage"), not a deed ("wrote a song"). */
export function attributing(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? "";
  const after = tokens[k + 1]?.lower ?? "";
  const deed = !TELLING.has(tokens[k]!.lower) && (DETERMINERS.has(after) || after === "another");
  return !PASSIVE_OR_ATTRIBUTIVE.has(before) && !deed;
}
const PASSIVE_OR_ATTRIBUTIVE = new Set([
  "is",
  "was",
  "were",
  "are",
  "be",
  "been",
  "being",
  "to",
  "the",
  "an",
  "a",
]);

/** Verbs that attribute words to someone in a clause, forms that are never nouns ("said", not "claims"). */
export const ATTRIBUTING = new Set(
  "said says told tells added wrote writes claimed insisted argued warned explained announced".split(" "),
);

/** Words at most in an inverted attribution's speaker ("say analysts at the bank,"). */
export const INVERTED_SPEAKER_REACH = 8;

/**
 * Whether a word is a verb of saying where it stands ("said", "told", phrasal "shot back"), not the
 * noun it may also be ("the latest claims", "record labels charging more").
 */
import {
  AUXILIARIES,
  CLAUSE_BREAKS,
  CLAUSE_VERBS,
  COMMON_VERBS,
  DETERMINERS,
  isIngParticiple,
  NOUN_LIKE_BASES,
  NOUN_LIKE_VERBS,
  PERSON_PRONOUNS,
  PLURAL_GROUP,
  POSSESSIVE_DETERMINERS,
  SPEECH_VERBS,
  TITLE_HEADS,
} from "./lexicon.ts";
import type { Token } from "./text.ts";

/** A speech verb at `i`: "said", "told", and phrasal "shot back" / "hit back". */
export function isSpeechVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // "Said Dorothy Poynter, who grew up with Ali, "…"": a capital only where the sentence starts.
  if (t?.kind !== "word" || (t.capitalised && i > 0)) return false;
  // Every token of every sentence is asked: most are no verb of saying, and the words around are not read.
  if (!MAY_SAY.has(t.lower)) return false;
  // "could shake up states' political leanings": a possessive is a noun's; "States won many of the
  // battles": a verb opening the sentence is inverted, its speaker after it ("Says Smith", "Said the aide").
  if (t.possessive || (i === 0 && !opensInvertedSpeaker(tokens[1]))) return false;
  const before = tokens[i - 1];
  if (NOUN_LIKE_VERBS.has(t.lower) && readsAsNoun(tokens, i)) return false;
  if (isSayingIdiom(tokens, i)) return false;
  // "Trump's repeated calls", "the stated aim", "a speaking gig", "a new charging case": a participle
  // after a determiner, or a determiner and an adjective, is an adjective.
  if (/(?:ed|ing)$/.test(t.lower) && before && (before.possessive || DETERMINERS.has(before.lower)))
    return false;
  if (t.lower.endsWith("ing") && before && isAdjectiveAfterDeterminer(tokens, i - 1)) return false;
  // `"…," Trump went on, as if he did not hear her.`: a person who "went on" at the end of a clause
  // continues speaking (not "as the day goes on").
  const goesOn =
    GO_ON.has(t.lower) &&
    tokens[i + 1]?.lower === "on" &&
    tokens[i + 2]?.kind === "punct" &&
    (before?.capitalised === true || before?.lower === "he" || before?.lower === "she");
  return (
    goesOn ||
    SPEECH_VERBS.has(t.lower) ||
    (BACK_VERBS.has(t.lower) && tokens[i + 1]?.lower === "back") ||
    baseBeforeColon(tokens, i)
  );
}

const opensInvertedSpeaker = (t: Token | undefined) =>
  t !== undefined &&
  (t.kind !== "word" ||
    t.capitalised ||
    DETERMINERS.has(t.lower) ||
    POSSESSIVE_DETERMINERS.has(t.lower) ||
    PERSON_PRONOUNS.has(t.lower));

/**
 * "let's say they …", "needless to say", "it is fair to say", "so to speak": the writer's turn of
 * phrase, nobody speaking.
 */
function isSayingIdiom(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1]?.lower.replace(/['’]s$/, "");
  const b = tokens[i - 2]?.lower;
  if (tokens[i]!.lower === "speak") return a === "to" && b === "so";
  if (tokens[i]!.lower !== "say") return false;
  return (
    (a === "let" && tokens[i - 1]!.possessive) ||
    (a === "us" && b === "let") ||
    (a === "to" && SAY_IDIOMS.has(b ?? ""))
  );
}
/** Words before "to say" that make it a turn of phrase: "needless", "suffice it", "fair", "safe". */
const SAY_IDIOMS = new Set(["needless", "suffice", "it", "fair", "safe", "hard", "difficult", "impossible"]);

/** Whether a form that is also a plural noun ("reports", "claims", "calls") is the noun where it stands. */
function readsAsNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    // "his claims", "the reports"; "released two reports", "after several calls"; "amid claims the
    // poll could be marred", "despite warnings": a preposition's object.
    (before !== undefined &&
      (before.possessive ||
        DETERMINERS.has(before.lower) ||
        (!before.capitalised && NOUN_TAKERS.has(before.lower)))) ||
    counted(tokens, i) ||
    // "promises of improved access", "claims of fraud": a verb of saying takes no "of"; "states have
    // widely different patterns", "reports were": an "-s" form before a verb is its subject.
    next?.lower === "of" ||
    (/s$/.test(tokens[i]!.lower) &&
      next !== undefined &&
      !next.capitalised &&
      CLAUSE_VERBS.has(next.lower)) ||
    // ("Rust Belt states that have suffered", "reports that were denied": a relative "that" and its
    // auxiliary after an "-s" form make it a noun.)
    (/s$/.test(tokens[i]!.lower) && next?.lower === "that" && CLAUSE_VERBS.has(tokens[i + 2]?.lower ?? "")) ||
    // "record labels charging more", "reports suggesting": a participle after it; or after its comma
    // ("Republican states, including Oklahoma", "Deep South states, following four hurricanes").
    (next !== undefined && !next.capitalised && isIngParticiple(next.lower)) ||
    (next?.text === "," && /s$/.test(tokens[i]!.lower) && listsAfter(tokens[i + 2])) ||
    // "the latest claims", "his repeated warnings": a determiner and an adjective before it.
    (before !== undefined && isAdjectiveAfterDeterminer(tokens, i - 1)) ||
    // "Pence took questions", "she answered calls", "McFadden makes claims": the object of a verb.
    (before?.kind === "word" && !before.capitalised && takesObject(before.lower)) ||
    // "prime ministers questions", "lawmakers calls": an "-s" verb would not follow a plural subject.
    (before?.kind === "word" &&
      !before.capitalised &&
      PLURAL_GROUP.test(before.lower) &&
      /s$/.test(tokens[i]!.lower))
  );
}

/** Prepositions whose object a verb of saying's "-s" form or noun would be ("amid claims", "over reports"). */
const NOUN_TAKERS = new Set([
  "amid",
  "despite",
  "over",
  "after",
  "following",
  "about",
  "of",
  "with",
  "without",
]);

/** "including", "such as", "like", "following": words that go on a plural noun after its comma. */
const listsAfter = (t: Token | undefined) =>
  t !== undefined && !t.capitalised && (NOUN_FOLLOWERS.has(t.lower) || isIngParticiple(t.lower));
const NOUN_FOLLOWERS = new Set(["such", "like", "mostly", "mainly", "many", "most", "some", "all"]);

/**
 * `a spokesman could only quip: "…"`: a base form that is also a noun is the verb after a modal or
 * "to" when a colon and a quote follow it ("his quip: "…"" stays a noun), or "that" ("leading
 * advisers to counter that …").
 */
function baseBeforeColon(tokens: readonly Token[], i: number): boolean {
  if (!NOUN_LIKE_BASES.has(tokens[i]!.lower)) return false;
  const next = tokens[i + 1];
  const clause = next?.lower === "that" && tokens[i - 1]?.lower === "to";
  if (!clause && (next?.text !== ":" || tokens[i + 2]?.kind !== "quote")) return false;
  let k = i - 1;
  while (ADVERBS_BEFORE_VERB.has(tokens[k]?.lower ?? "")) k--;
  return BEFORE_BASE.has(tokens[k]?.lower ?? "");
}
const ADVERBS_BEFORE_VERB = new Set(["only", "just", "simply", "also", "then", "later"]);
const BEFORE_BASE = new Set("could would will should might may must can cannot to did didn't".split(" "));
/**
 * "haven't said much about …", "did not say whether …", "cannot explain why …": what someone did not
 * say is not their words, reported or quoted ("has never said "I am sorry""). Read back over the
 * verb's auxiliaries to the nearest mark.
 */
export function isNegatedVerb(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 3 && tokens[k]!.kind === "word"; k--)
    if (isNegation(tokens[k]!.text.toLowerCase())) return true;
  return false;
}
/** "not", "never", "cannot", "doesn't": a word that negates the verb after it. */
const isNegation = (word: string) => NEGATIONS.has(word) || /n['’]t$/.test(word);
const NEGATIONS = new Set(["not", "never", "cannot"]);

/** A verb whose object a noun after it is: a past ("took") or a common verb ("makes"), not "doesn't" or "can". */
const takesObject = (word: string) =>
  isPastVerb(word) || (COMMON_VERBS.has(word) && !AUXILIARIES.has(word) && !isNegation(word));

/** "answered", "took": a verb in the past (not a role ending in "-ed" such as "head").*/
export const isPastVerb = (word: string) =>
  (word.endsWith("ed") && !TITLE_HEADS.has(word)) || IRREGULAR_PAST.has(word);
const GO_ON = new Set(["went", "goes"]);
const BACK_VERBS = new Set(["shot", "hit", "fired", "snapped", "struck", "came"]);
/** The words `isSpeechVerb` can be true of. */
const MAY_SAY = new Set([...SPEECH_VERBS, ...GO_ON, ...BACK_VERBS, ...NOUN_LIKE_BASES]);

/**
 * "released two reports", "two highly critical reports", "after several calls": a number or a
 * quantifier before the word, a lower-case modifier or two between, makes it a noun.
 */
function counted(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (QUANTIFIERS.has(t.lower) || /^\d/.test(t.text)) return true;
    if (t.capitalised || CLAUSE_BREAKS.has(t.lower)) return false;
  }
  return false;
}
const QUANTIFIERS = new Set(
  `two three four five six seven eight nine ten dozens hundreds several many few multiple numerous
  both these those other various conflicting repeated`
    .trim()
    .split(/\s+/),
);

/**
 * Irregular pasts whose object a noun after them is ("took questions"). Kept narrower than the
 * lexicon's `IRREGULAR_PASTS` (which asks only whether a clause has a verb): with that list, "won"
 * and "has won" made speakers "the most" and "a number of smaller caucus" on PolNeAR train.
 */
const IRREGULAR_PAST = new Set(
  "sent took gave made put held began ran set wrote sought brought got had heard faced".split(" "),
);

/** An adjective between a determiner or possessive and a noun: "the latest", "his repeated". */
function isAdjectiveAfterDeterminer(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]!;
  const opener = tokens[at - 1];
  if (word.capitalised || !opener || !(opener.possessive || DETERMINERS.has(opener.lower))) return false;
  return (
    NOUN_ADJECTIVES.has(word.lower) ||
    (word.lower.length > 4 && /(?:est|ed)$/.test(word.lower) && !TITLE_HEADS.has(word.lower))
  );
}
const NOUN_ADJECTIVES = new Set(
  "new recent earlier previous false wild similar same such other fresh initial first last further small big".split(
    " ",
  ),
);

/**
 * "… a result of record labels charging more and says": a participle after a common noun modifies
 * it and heads no clause of its own ("Clinton telling one agent …" does: the name is its subject).
 */
export function modifiesNoun(tokens: readonly Token[], v: number): boolean {
  const before = tokens[v - 1];
  return (
    tokens[v]!.lower.endsWith("ing") &&
    before?.kind === "word" &&
    !before.capitalised &&
    !AUXILIARIES.has(before.lower)
  );
}

/** "adding", "urging", "referencing": a participle of a verb of saying or of pointing to something. */
export const isAdjunctParticiple = (word: string) =>
  word.endsWith("ing") && (SPEECH_VERBS.has(word) || POINTING_PARTICIPLES.has(word));
const POINTING_PARTICIPLES = new Set(
  "referencing referring citing pointing naming describing recalling praising blaming calling".split(" "),
);

/**
 * Words → search terms: folding, stopwords and a light stemmer, applied identically to articles
 * and questions so that "deportations" meets "deportation" and "canceled" meets "cancel".
 */

import { isDictionaryWord } from "../article/dictionary.ts";
import { isAlphanumeric, isLetter } from "../article/text.ts";
import { INFLECTIONS } from "./inflection-table.ts";

const STOPWORDS = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
  during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
  here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its
  itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours
  ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that
  that's the their theirs them themselves then there there's these they they'd they'll they're they've
  this those through to too under until up very was wasn't we we'd we'll we're we've were weren't what
  what's when when's where where's which while who who's whom why why's with won't would wouldn't you
  you'd you'll you're you've your yours yourself yourselves also just will shall may might must said say
  says saying tell told think thought mr mrs ms dr wat wot whta abot abt article story anymore basically anyway`.split(
    /\s+/,
  ),
);

/** Lower-case, strip accents, fold curly quotes: the form every comparison uses. */
export function fold(text: string): string {
  // Indexing folds every passage, and ICU's normalisation was most of that: text holding only
  // characters it leaves alone skips it, the same string either way (tests/qa/terms.test.ts).
  const decomposed = FOLD_INVARIANT.test(text)
    ? text
    : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return decomposed.replace(/[‘’`]/g, "'").toLowerCase();
}

/**
 * Text that NFKD leaves as it is, with no combining accent: ASCII, and the punctuation news copy
 * is full of (curly quotes, dashes, the pound sign). Not the no-break space or "…", which it rewrites.
 * No letter outside ASCII either: antecedents.ts reads text it matches as ASCII words.
 */
export const FOLD_INVARIANT = /^[\0-\x7f‘’“”–—£]*$/;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** An acronym written with full stops ("J.F.K.", "F.B.I."): one word, as "JFK" is typed. */
const DOTTED = /\b(?:\p{L}\.){2,}/gu;

/** The words of a text, folded, possessives dropped; dotted acronyms joined. */
export function words(text: string): string[] {
  const folded = fold(text);
  const joined = mayHoldDotted(folded) ? folded.replace(DOTTED, (a) => a.replaceAll(".", "")) : folded;
  // Astral letters are one code point of two code units: left to the regular expression.
  if (SURROGATE.test(joined)) return (joined.match(WORD) ?? []).map((w) => w.replace(/'s?$/, ""));
  return scannedWords(joined);
}

/**
 * Whether `text` may hold a `DOTTED` acronym: two full stops one letter apart (two code units for an
 * astral letter). Most sentences end in a full stop and hold no acronym: the expression is not run.
 */
function mayHoldDotted(text: string): boolean {
  for (let at = text.indexOf("."); at >= 0; at = text.indexOf(".", at + 1)) {
    if (text.charCodeAt(at + 2) === 46 || text.charCodeAt(at + 3) === 46) return true;
  }
  return false;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * `WORD`'s matches with their possessive dropped, scanned by hand: indexing tokenises every passage,
 * and the Unicode regular expression was most of that time. Text without astral characters only.
 */
function scannedWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isAlphanumeric(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAlphanumeric(text, i)) i++;
    // WORD's optional "'" and letters ("don't", "kelly's"); a trailing "'" alone is not taken.
    if (text.charCodeAt(i) === 39 && i + 1 < n && isLetter(text, i + 1)) {
      i += 2;
      while (i < n && isLetter(text, i)) i++;
    }
    // An "'s" can only end a word through that apostrophe: the possessive dropped as `'s?$` would.
    const end = i - start >= 2 && text.charCodeAt(i - 1) === 115 && text.charCodeAt(i - 2) === 39 ? i - 2 : i;
    out.push(text.slice(start, end));
  }
  return out;
}

/**
 * Irregular inflections → their lemma: WordNet's exception lists ("overridden" / "override",
 * "children" / "child"; built by `scripts/build-inflections.ts`), and by hand the forms that are
 * also words of their own, where news copy mostly means the inflection ("fell", "found", "left").
 * The lemma is then stemmed like any word, so "written", "writes" and "write" meet.
 */
const IRREGULAR = new Map<string, string>(
  `${INFLECTIONS} fell:fall won:win lost:lose left:leave given:give thought:think saw:see rose:rise
  led:lead sent:send chosen:choose drove:drive found:find felt:feel spoke:speak shot:shoot swore:swear
  drew:draw ate:eat lay:lie lent:lend people:person men:man`
    .split(/\s+/)
    .map((pair) => pair.split(":") as [string, string]),
);

/** A light suffix stripper: enough to join inflections, never a dictionary. */
export function stem(word: string): string {
  return suffixStripped(IRREGULAR.get(word) ?? word);
}

function suffixStripped(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  // "taxes", "boxes", "fixes": the "e" is the plural's ("tax"); the final "e" dropped below is a
  // longer stem's own ("prize", "house"), and four letters ("taxe") are too few for that rule.
  else if (w.endsWith("xes")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "investigation" is the act of "investigate": stemmed as the verb is ("investigat"), so the two
  // meet, and "negotiations" meets "negotiating". Only where the "-ate" verb is a word: "information"
  // keeps "inform", "presentation" "present".
  const verb = w.endsWith("ation") ? `${w.slice(0, -3)}e` : "";
  if (verb.length - 3 >= 4 && isDictionaryWord(verb)) return verb.slice(0, -1);
  let stripped = false;
  for (const suffix of ["ations", "ation", "ingly", "ing", "edly", "ed", "ly", "ment", "ness", "ure"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      stripped = true;
      break;
    }
  }
  if (!stripped) {
    const verb = shortVerbOf(w);
    if (verb !== w) return verb;
  }
  // "banned", "hitting": the consonant doubled before the suffix. "Scott" and "Scot" meet (a name
  // misspelt by one letter has no other way to); a three-letter word keeps its own ("odd", "adds").
  if ((stripped || w.length > 3) && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|ff|zz)$/.test(w))
    w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * The verb of a short "-ed" or "-ing" form, which the suffix rule leaves whole to spare "string" and
 * "need": "asked", "trying", "paying", "added", "fixed" are "ask", "try", "pay", "add", "fix" when
 * those are words (`isDictionaryWord`). After one vowel and one consonant an "-ing" form's verb lost
 * an "e" ("hop" would double its "p"): "hiking", "taking", "voting" are "hike", "take", "vote". Such
 * an "-ed" form is left whole: it is as often an adjective of its own ("based in", "noted", "dated").
 */
function shortVerbOf(word: string): string {
  const suffix = word.endsWith("ing") ? 3 : word.endsWith("ed") ? 2 : 0;
  const rest = word.slice(0, word.length - suffix);
  if (suffix === 0 || rest.length !== 3) return word;
  const silent = SILENT_E_DROPPED.test(rest);
  if (silent && suffix === 2) return word;
  const verb = silent ? `${rest}e` : rest;
  return isDictionaryWord(verb) ? verb : word;
}
/** One consonant after one vowel: a short verb that doubles it ("hopped") or had an "e" ("hoped"). */
const SILENT_E_DROPPED = /^[^aeiou][aeiou][b-df-hj-np-tvz]$/;

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Search terms of a text: stems of its non-stopwords, in order, repeats kept. */
export function terms(text: string): string[] {
  return termsOfWords(words(text));
}

/** `terms` of a text whose `words` are already at hand (indexing needs both). */
export function termsOfWords(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of list) if (!STOPWORDS.has(w)) out.push(stemOften(w));
  return out;
}

/** The search term a word of `words` is matched by, or null for a stopword. */
export function termOf(word: string): string | null {
  return STOPWORDS.has(word) ? null : stemOften(word);
}

/**
 * Stems remembered: an archive's words repeat thousands of times, and stemming is most of indexing's
 * time. Bounded, so a long-running bot fed endless new words does not grow without limit.
 */
const STEMS = new Map<string, string>();
const MAX_STEMS = 200_000;

function stemOften(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    stemmed = stem(word);
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

/** Edit distance with transpositions ("lweis" → "lewis" is one edit), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
    }
    if (Math.min(...row) > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

const NEGATED = /^(?:un|in|im|il|ir|dis|non|mis)$/;

/**
 * Whether a typed word may stand for a word of the archive it is close to: typing rarely gets the
 * first letter wrong, so another first letter is another word ("lumping" is not "pumping", "busing"
 * not "using"), unless the typed word is that word negated ("inconvenient" / "convenient").
 */
export function sameStart(typed: string, word: string): boolean {
  return typed[0] === word[0] || NEGATED.test(typed.slice(0, typed.length - word.length));
}

/** 1 for the same word, falling with each edit relative to the longer word. */
export function wordSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

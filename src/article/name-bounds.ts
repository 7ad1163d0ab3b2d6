/**
 * Where the description before a name ends in a run of capitalised words ("Billionaire Donald
 * Trump", "Progressives Are Celebrating Hillary Clinton", "Maricopa County Recorder Zsofia
 * Kowalczyk"). A first name on the parser's list marks the name's start; copy from anywhere also
 * names people whose first name no list holds, so without one the words the article writes in
 * lower case or as roles mark where the description ends.
 */
import { isEnglishWord, singularOf } from "./dictionary.ts";
import { isFirstName } from "./first-names.ts";
import {
  DEMONYMS,
  isCompoundRole,
  isLowerCompound,
  isRole,
  isRoleNotName,
  isSentenceAdverb,
  NAME_PARTICLES,
  NOBLE,
  ORG_HEADS,
  TITLE_HEADS,
} from "./lexicon.ts";
import type { Token } from "./text.ts";

/** The first known first name in [from, end) that has a surname after it and no first name before it. */
function knownFirstNameAt(tokens: readonly Token[], from: number, end: number): number {
  for (let i = from; i < end - 1; i++) {
    const t = tokens[i]!;
    if (!isFirstName(t.lower)) continue;
    if (i === from) return i;
    const before = tokens[i - 1]!.lower;
    return NAME_PARTICLES.has(before) || NOBLE.has(before) ? -1 : i;
  }
  return -1;
}

/**
 * Does a description ending in this word, past the run's first, title the person? A title word
 * does; other words ("World" of "World Economic Forum", "Indoor" of "Birmingham Indoor Grand Prix",
 * "Hong Kong-based") are no evidence that the rest names anyone, which the name must then show
 * itself (a verb of saying, its surname used alone).
 */
const titles = (word: Token) => TITLE_HEADS.has(word.lower) || isCompoundRole(word.lower);

/** Where a description before a name ends, and whether it titles the person or only leads up to the name. */
export interface Description {
  /** Its last word, or -1 when the name starts at the first word looked at. */
  end: number;
  /** "Russian", "Deputy Mayor": a title; "Progressives Are Celebrating", "Maricopa County Recorder" (no
   * title word): words that only lead up to the name. */
  titles: boolean;
}

const NONE: Description = { end: -1, titles: true };

/**
 * A role, a word the article writes in lower case ("are", "on", "the"), a lower-case compound or an
 * opening adverb describes; a particle ("de", "van") belongs to the name. (Module-level, as are the
 * other helpers of hot functions below: tsx names every named closure as it is made, with
 * `Object.defineProperty`, which cost several percent of parsing.)
 */
function describes(t: Token, common: ReadonlySet<string>): boolean {
  return (
    !NAME_PARTICLES.has(t.lower) &&
    (isRoleNotName(t.lower) ||
      common.has(t.lower) ||
      isLowerCompound(t.text) ||
      isSentenceAdverb(t.lower) ||
      DEMONYMS.has(t.text))
  );
}

/** "Oscar-nominated", "London-born", "Bafta-winning": a name made the first half of a participle. */
function isDescribingCompound(word: string): boolean {
  return /^\p{Lu}\p{Ll}*-\p{Ll}+(?:ed|ing|born)$/u.test(word);
}

/** A word of the language in the plural, not a name ("Celebrities"; not "Williams"). */
function isPluralNoun(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(t.text) || isFirstName(t.lower)) return false;
  return isEnglishWord(singularOf(t.lower));
}

/**
 * The description before the name in the run's words [from, end). `common`: the words the article
 * also writes in lower case; `titled`: a title word or courtesy stands before `from`.
 */
export function descriptionEnd(
  tokens: readonly Token[],
  from: number,
  end: number,
  common: ReadonlySet<string>,
  titled: boolean,
): Description {
  const first = knownFirstNameAt(tokens, from, end);
  if (first >= from) {
    const before = tokens.slice(from, first);
    // "Celebrities Amy Schumer", "Comedians Tina Fey": a plural noun alone before the first name.
    const plural = before.length === 1 && isPluralNoun(before[0]!);
    // "Miss Universe Alicia Machado", "Miss America Vanessa Williams": after a title, a word of the
    // language before the first name names what the title is of.
    const titleOf = titled && before.length === 1 && isEnglishWord(before[0]!.lower);
    // "Browns DL Sheldon Richardson", "Steelers QB Mason Rudolph": a role abbreviated right before
    // the first name, after whose it is (not "CB Richard Ellis", a firm).
    const abbreviated = before.length > 1 && /^\p{Lu}{2,4}$/u.test(before.at(-1)!.text);
    // "Model Sophie Anderton", "Using Ted Cruz's words": at the sentence's start, where any word has a
    // capital, a word of the language (no first name) alone before a first name and a surname
    // describes the person or opens the sentence ("Blue Peter Book" inside one is a title's).
    const worded =
      from === 0 &&
      before.length === 1 &&
      end - first >= 2 &&
      isEnglishWord(before[0]!.lower) &&
      !isFirstName(before[0]!.lower);
    const described =
      first > from &&
      (plural ||
        titleOf ||
        abbreviated ||
        worded ||
        before.some((t) => describes(t, common)) ||
        before.every((t) => t.lower.includes("-")));
    // (A plural is the group the person is one of, not their title.)
    // (Nor is a word that only opens the sentence, "Using", unless it is a role: "Texan", "Comic".)
    const title = !plural && (!worded || before.some((t) => describes(t, common) || isRole(t.lower)));
    return described ? { end: first - 1, titles: title } : NONE;
  }
  // After a title the words are the title's ("Director of Public Prosecutions") or the name's ("Rep.
  // Sander M. Levin", where "Sander" only looks like an agent noun).
  if (titled) return NONE;
  // "The Oscar-nominated Owen", "the Texas-based Smith": a compound participle describes the surname
  // after it (Korean given names, "Ki-moon", end otherwise).
  if (end - from === 2 && isDescribingCompound(tokens[from]!.text)) return { end: from, titles: true };
  // No first name the list knows: "Attacks On Wojciech Hakimi", "County Recorder Zsofia Kowalczyk".
  // The name is what follows the last describing word, and at least a first name and a surname:
  // a two-word run stays whole, since a first name may also be a word ("Rush Limbaugh"); more than
  // three words are a headline's clause ("Why Clinton Offers Needed Change"), not a name, and words
  // that describe after it say the run names no one ("No Child Left Behind").
  for (let k = end - 3; k >= from; k--) {
    if (!describes(tokens[k]!, common)) continue;
    const name = tokens.slice(k + 1, end);
    if (name.length > 3 || name.slice(0, -1).some((t) => describes(t, common))) return NONE;
    // "Resident DeShawn Pruitt", "Fly-half Jonny Wilkinson", "Russian Marat Safin": an agent noun or
    // a lower-case compound opening the run titles the person.
    const opening = k === from && (isRole(tokens[k]!.lower) || isLowerCompound(tokens[k]!.text));
    return { end: k, titles: opening || titles(tokens[k]!) };
  }
  return NONE;
}

/** The last word of a body's name that runs into a first name and a surname ("Lib Dems David Laws"), or -1. */
export function bodyBeforeFirstName(tokens: readonly Token[], start: number, end: number): number {
  for (let k = end - 3; k >= start; k--) {
    const word = tokens[k]!.lower;
    if (ORG_HEADS.has(word) && !isFirstName(word) && (k === start || isFirstName(tokens[k + 1]!.lower)))
      return k;
  }
  return -1;
}

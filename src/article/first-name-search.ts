/**
 * The first names a text writes before a surname ("Barack" before "Obama", "(Frank)" before
 * "Vogel"), anywhere in it, even inside quotes: how a person known only by surname when the article
 * is read gets the full name (`Registry.completeNames`). Listed first names, and those no list holds
 * that the text never writes as a word (`isUnlistedFirstName`).
 */
import { slot } from "../maps.ts";
import { isEnglishWord } from "./dictionary.ts";
import { guessedGender, UNISEX_NAMES } from "./first-names.ts";
import { COURTESY, isRole, NOBLE, NOT_NAMES } from "./lexicon.ts";
import { isLetter, isLowerCase, isUpperCase, lowerCaseWords } from "./text.ts";

/** Surnames searched for one by one before the whole text is read for all of them at once. */
const SEARCHED_SURNAMES = 8;

/**
 * The first names a text puts before a surname ("Barack" before "Obama") that `accept` takes, given
 * where each starts, as `firstNamesBySurname` finds them: the text is searched for the few surnames
 * asked about (running the expression over a whole article was a few percent of parsing), and read
 * whole past a few of them (a long text would make the searches quadratic) or where astral
 * characters are.
 */
export function firstNamesIn(
  text: string,
  accept: (first: string, index: number) => boolean,
): (surname: string) => ReadonlySet<string> {
  const astral = /[\uD800-\uDFFF]/.test(text);
  let all: Map<string, Set<string>> | null = null;
  const searched = new Map<string, ReadonlySet<string>>();
  return (surname) => {
    let found = searched.get(surname);
    if (found) return found;
    if (!astral && !all && searched.size < SEARCHED_SURNAMES) found = firstNamesBefore(text, surname, accept);
    else {
      all ??= firstNamesBySurname(text, accept);
      found = all.get(surname) ?? new Set<string>();
    }
    searched.set(surname, found);
    return found;
  };
}

/** `firstNamesBySurname(text, accept).get(surname)`, by searching for the surname (text without astral characters). */
function firstNamesBefore(
  text: string,
  surname: string,
  accept: (first: string, index: number) => boolean,
): ReadonlySet<string> {
  const found = new Set<string>();
  const spaced = ` ${surname}`;
  for (let at = text.indexOf(spaced); at >= 0; at = text.indexOf(spaced, at + 1)) {
    if (capitalisedAt(text, at + 1) !== surname) continue;
    const plain = firstNameEndingAt(text, at);
    const first = plain ?? bracketedFirstName(text, at);
    // (A bracketed name starts one further back, past its closing bracket.)
    if (first !== null && accept(first, at - first.length - (plain ? 0 : 1))) found.add(first);
  }
  return found;
}

/** The first names `accept` takes that a text puts before each capitalised word ("Barack" before "Obama"). */
function firstNamesBySurname(
  text: string,
  accept: (first: string, index: number) => boolean,
): Map<string, Set<string>> {
  const firstNames = new Map<string, Set<string>>();
  for (const { 0: match, 1: word, 2: surname, index } of text.matchAll(FIRST_AND_SURNAME)) {
    // A bracket after the word: checked as the search for one surname checks it.
    const first = match.length > word!.length ? bracketedFirstName(text, index + match.length) : word!;
    if (first !== null && accept(first, index))
      slot(firstNames, surname!, () => new Set<string>()).add(first);
  }
  return firstNames;
}

/** `FIRST_AND_SURNAME`'s second word if it starts at `from`: a capital, then letters, apostrophes and hyphens up to the last letter. */
function capitalisedAt(text: string, from: number): string | null {
  if (!isUpperCase(text, from)) return null;
  let last = -1;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(text, i)) last = i;
    else if (c !== 39 && c !== 0x2019 && c !== 45) break;
  }
  return last > from ? text.slice(from, last + 1) : null;
}

/**
 * "Coach (Frank) Vogel came in": a first name the writer puts in brackets before a surname, in the
 * words of someone who called the person by surname alone. `end` is where the brackets close.
 */
function bracketedFirstName(text: string, end: number): string | null {
  const close = text[end - 1];
  if (close !== ")" && close !== "]") return null;
  const first = firstNameEndingAt(text, end - 1);
  // (Only a listed first name: "the Association for Payment Clearing Services (Apacs) Apacs chose".)
  if (!first || guessedGender(first) === null) return null;
  const open = text[end - 2 - first.length];
  return (close === ")" && open === "(") || (close === "]" && open === "[") ? first : null;
}

/** `FIRST_AND_SURNAME`'s first word if it ends at `end`: a capital and one or more lower-case letters. */
function firstNameEndingAt(text: string, end: number): string | null {
  let start = end - 1;
  while (start >= 0 && isLowerCase(text, start)) start--;
  return start < end - 1 && start >= 0 && isUpperCase(text, start) ? text.slice(start, end) : null;
}

/**
 * Whether a first name found at `index` of `text` is one no list holds ("Xiaoming" before "Nwosu"):
 * a capitalised word the text never writes in lower case (so no "The", "When" or "Senator") that is
 * no title, role, courtesy, word that never names (`NOT_NAMES`: dates, determiners, nationalities),
 * English word or first name of a listed gender, and that opens the name.
 */
export function isUnlistedFirstName(text: string): (first: string, index: number) => boolean {
  let lower: Set<string> | null = null;
  return (first, index) => {
    const word = first.toLowerCase();
    if (guessedGender(first) !== null || UNISEX_NAMES.has(word)) return false;
    // "December Microsoft", "My Jeeves", "Scottish Labour": words that are never a first name.
    if (NOT_NAMES.has(first) || isRole(word) || COURTESY.has(word) || NOBLE.has(word)) return false;
    // "Ask Jeeves", "the National Mall": a word of the language before a name is no name of its own.
    if (isEnglishWord(word) || !opensName(text, index)) return false;
    // Gathered only for a word that got this far: most articles have none.
    lower ??= new Set(lowerCaseWords(text));
    return !lower.has(word);
  };
}

/**
 * Whether a name can start at `index`: no capitalised word right before it ("Kathleen Hall Jamieson",
 * "Tsunami Warning System": the word is inside a longer name), unless that word is a title or a
 * courtesy ("Sen. Yerlan Zhang", "President Inacio Lula").
 */
function opensName(text: string, index: number): boolean {
  const before = /(\p{Lu}[\p{L}.]*) $/u.exec(text.slice(Math.max(0, index - 24), index))?.[1];
  if (!before) return true;
  const word = before.replace(/\.$/, "").toLowerCase();
  return before.endsWith(".") || COURTESY.has(word) || isRole(word);
}

const FIRST_AND_SURNAME = /(\p{Lu}\p{Ll}+)(?:(?<=[([]\p{Lu}\p{Ll}+)[)\]])?(?= (\p{Lu}[\p{L}'’-]*\p{L}))/gu;

/**
 * The shapes of words that make a name: whether a run of capitalised words can name a person,
 * whether one word can be a surname, and how a title's words are joined. Pure functions over
 * tokens and the word lists; `people.ts` decides which runs name someone.
 */

import { isEnglishWord, isNameLikeWord, singularOf } from "./dictionary.ts";
import { isFirstName, UNISEX_NAMES } from "./first-names.ts";
import {
  AGED,
  COURTESY,
  DAY,
  DEMONYMS,
  isAbbreviatedWord,
  isCapitals,
  isContraction,
  isNameSuffix,
  isOpeningAdverb,
  JOINED_PARTICLE_KEY,
  NAME_PARTICLES,
  NOBLE,
  NOT_NAME_OPENERS,
  NOT_NAMES,
  NUMBER_WORDS,
  ORG_HEADS,
  PREPOSITIONS,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  TITLE_HEADS,
  VERB_FILLERS,
} from "./lexicon.ts";
import { COUNTRIES, PLACE_HEADS } from "./places.ts";
import { type Token, withoutPossessive } from "./text.ts";

/** Articles, conjunctions and auxiliaries, which no name holds (prepositions may, "Al From", and "A" is an initial, "Charles A Blixt"). */
export const GRAMMAR_WORDS = new Set("the an and or but is are was were be been has have had".split(" "));

/**
 * Can these words (a run without its title) be a person's name, not a place, group or organisation?
 * `titled`: a title stands before them; `before`: the token before them.
 */
export function looksLikeName(words: readonly Token[], titled: boolean, before?: Token): boolean {
  return (
    words.length > 0 &&
    opensLikeName(words, titled, before) &&
    !namesBodyOrPlace(words, titled, before) &&
    wordsOfName(words, titled)
  );
}

/** Whether the run opens as a name does and holds none of the grammar a headline's clause does. */
function opensLikeName(words: readonly Token[], titled: boolean, before?: Token): boolean {
  // "of California" in "Democrat of California": a name starts with a capital or a particle ("de Blasio").
  if (!words[0]!.capitalised && !NAME_PARTICLES.has(words[0]!.lower)) return false;
  // "Americans", "Europeans": the plural of a word that is no name is none either.
  const opener = withoutPossessive(words[0]!.text);
  const notName = NOT_NAMES.has(opener) || (opener.endsWith("s") && NOT_NAMES.has(opener.slice(0, -1)));
  if (notName && !opensAsFirstName(words, titled, before)) return false;
  // "Donald Trump Is Now", "Meet The Fockers": a run of Title Case holding an article, conjunction or
  // auxiliary is a headline's clause or a work's title (one ending so is cut in `people.ts` first).
  // So does one holding a preposition in capitals ("Clinton Hid Past Health Problems From Public"),
  // but for a surname after one name ("Al From"); a name's "of" stays in a title, read before this.
  const surnamed = words.length === 2;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (GRAMMAR_WORDS.has(w.lower) || (i > 0 && !surnamed && HEADLINE_PREPOSITIONS.has(w.text))) return false;
  }
  return true;
}

/** Whether the run names an organisation, a place or a group (or opens on a sentence adverb). */
function namesBodyOrPlace(words: readonly Token[], titled: boolean, before?: Token): boolean {
  // Organisations and places end in their kind ("Homeland Security Department"); "Bill" may start a name.
  // After a first name, a kind that is also a surname is one ("Captain John Hall", "Margaret Court
  // said"), unless an article or a preposition makes the run a place ("at the Albert Hall").
  const placed = before !== undefined && (GRAMMAR_WORDS.has(before.lower) || PREPOSITIONS.has(before.lower));
  const surname =
    words.length === 2 &&
    isFirstName(words[0]!.lower) &&
    SURNAME_HEADS.has(words[1]!.lower) &&
    (titled || !placed);
  // ("Sir Bill Morris": after a noble's title the word is a first name.)
  const orgHead = (w: Token, i: number) =>
    i > 0 && ORG_HEADS.has(w.lower) && !(NOBLE.has(words[i - 1]!.lower) && isFirstName(w.lower));
  if (!surname && words.some(orgHead)) return true;
  // ("Clinton's husband, Bill,": a first name set beside a relative is one.)
  if (words.length === 1 && ORG_HEADS.has(words[0]!.lower) && !(titled && isFirstName(words[0]!.lower)))
    return true;
  // "Recently announced changes …": an adverb opening the sentence ("President Amberly" is a name).
  if (words.length === 1 && !titled && before === undefined && isOpeningAdverb(words[0]!.lower)) return true;
  // "Stade de France", "Air India", "Radio Wales": a country's name ends a body's, a show's or a place's.
  if (
    words.length > 1 &&
    !titled &&
    COUNTRIES.has(withoutPossessive(words[words.length - 1]!.text)) &&
    !isFirstName(words[0]!.lower)
  )
    return true;
  // "Nevada Democratic caucuses", "Radical Islamic terrorism", "Southeast Asian nations": a name
  // ends in no adjective of the language, nor a people, unless a first name opens it ("Bill English").
  if (words.length > 1 && !titled && !isFirstName(words[0]!.lower) && endsInAdjective(words.at(-1)!))
    return true;
  return false;
}

/** Whether each word can be part of a name: no role but a surname, no digit, capitals only as initials. */
function wordsOfName(words: readonly Token[], titled: boolean): boolean {
  // "Howard Dean", "Larry King": after a first name, a title word is a surname (and before a
  // generational suffix or a numeral: "Martin Luther King Jr.", "Edward III").
  const suffixed = words.length >= 2 && isNameSuffix(words[words.length - 1]!.text);
  const last = suffixed ? words.length - 2 : words.length - 1;
  const surnameAt = words.length >= 2 && isFirstName(words[0]!.lower) ? last : -1;
  // "Chief Police Officers": plural roles are a group, not a name ("Bob Deans" is one).
  const pluralRole = (w: Token, i: number) =>
    !(i === surnameAt && words.length === 2) &&
    w.lower.endsWith("s") &&
    TITLE_HEADS.has(w.lower.slice(0, -1));
  if (words.some(pluralRole)) return false;
  return words.every(
    (w, i) =>
      (!TITLE_HEADS.has(w.lower) || i === surnameAt) &&
      !/\d/.test(w.text) &&
      (!isCapitals(w.text) ||
        initialsAt(words, i, surnameAt, titled) ||
        (suffixed && i === words.length - 1)),
  );
}

/** "Democratic", "Islamic", "Asian": an adjective in "-ic" the dictionary knows, or a people. */
function endsInAdjective(word: Token): boolean {
  const text = withoutPossessive(word.text);
  return DEMONYMS.has(text) || (text.endsWith("ic") && isEnglishWord(text.toLowerCase()));
}

/** Prepositions as a Title Case headline capitalises them, which no name holds. */
const HEADLINE_PREPOSITIONS = new Set([
  "For",
  "From",
  "By",
  "With",
  "Against",
  "Into",
  "About",
  "Over",
  "After",
]);

/** "London's King Cross station", "Kennedy airport": a name before a kind of place in lower case is the place's. */
export function namesPlace(tokens: readonly Token[], end: number): boolean {
  const after = tokens[end];
  return after?.kind === "word" && !after.capitalised && PLACE_HEADS.has(after.lower);
}

/**
 * "Ernst & Young", "Marks & Spencer": capitals joined by an ampersand name a firm (or a double act),
 * not the person one part would read as alone; "Mr & Mrs Smith" are people.
 */
export function joinedByAmpersand(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 2];
  if (tokens[start - 1]?.text === "&" && before?.capitalised && !COURTESY.has(before.lower)) return true;
  return tokens[end]?.text === "&" && tokens[end + 1]?.capitalised === true;
}

/**
 * One-word names (in lower case) the article uses the way only a firm's are used: "shares in
 * Sophos", "Yukos shareholders", "Gazprom's shares", "Qwest Inc". People have spokesmen, aides and
 * even profits, so those say nothing.
 */
export function namesOfFirms(sentences: readonly (readonly Token[])[]): Set<string> {
  const firms = new Set<string>();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.capitalised || tokens[i - 1]?.capitalised) continue;
      const next = tokens[i + 1];
      // (A name of one word: "shares in Royal Mail" name no "Royal".)
      if (next?.capitalised && !FIRM_SUFFIXES.has(next.text)) continue;
      const after = next !== undefined && (FIRM_SUFFIXES.has(next.text) || FIRM_NOUNS.has(next.lower));
      const before = tokens[i - 1]?.lower === "in" && FIRM_HOLDINGS.has(tokens[i - 2]?.lower ?? "");
      if (after || before) firms.add(withoutPossessive(t.text).toLowerCase());
    }
  }
  return firms;
}
const FIRM_NOUNS = new Set(["shares", "shareholders", "stock", "subsidiary"]);
const FIRM_SUFFIXES = new Set([
  "Inc",
  "Inc.",
  "Corp",
  "Corp.",
  "plc",
  "Plc",
  "PLC",
  "Ltd",
  "Ltd.",
  "AG",
  "GmbH",
  "LLC",
]);
/** "shares in Sophos", "a stake in Yukos". */
const FIRM_HOLDINGS = new Set(["shares", "stake", "stakes", "shareholders", "shareholding"]);

/** Kinds of place or body that are common surnames too: Hall, Court, Castle, Lane, Bay, Post, Banks. */
const SURNAME_HEADS = new Set(["hall", "court", "castle", "lane", "bay", "post", "banks", "press"]);

/**
 * "George H.W. Bush", "Chairman G.K. Butterfield": initials before the surname, after a first name
 * or a title ("U.S. Senate" opens no name). Not a closure in `looksLikeName`: tsx names each named
 * closure as it is made, which was a share of parsing.
 */
function initialsAt(words: readonly Token[], i: number, surnameAt: number, titled: boolean): boolean {
  if (i >= words.length - 1 || !/^(?:\p{Lu}\.){2,3}$/u.test(words[i]!.text)) return false;
  if (i === 1) return surnameAt >= 0;
  // "J.K. Rowling", "J.D. Vance": initials alone before a surname, but not a place's ("U.S. Steel").
  return i === 0 && (titled || (words.length === 2 && !PLACE_INITIALS.has(words[0]!.text)));
}
const PLACE_INITIALS = new Set([
  "U.S.",
  "U.K.",
  "U.N.",
  "E.U.",
  "D.C.",
  "L.A.",
  "N.Y.",
  "N.J.",
  "S.C.",
  "N.C.",
]);

/** "Kunin", "O'Malley": one word that can be a surname, not "Politico" or "Iowa" read as a person. */
export function looksLikeSurname(word: Token, common: ReadonlySet<string>): boolean {
  const bare = withoutPossessive(word.text);
  if (common.has(word.lower) || ORG_HEADS.has(word.lower) || NOT_NAMES.has(bare) || isContraction(bare))
    return false;
  return /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u.test(bare);
}

/** Is a shorter tail of this name ("Clair", "St. Clair", "van der Linden") used on its own? */
export function surnameReused(name: readonly string[], surnames: ReadonlySet<string>): boolean {
  for (let k = 1; k < name.length; k++) {
    const tail = name.slice(k).join(" ").toLowerCase();
    // "Sisi said" for "Abdel Fattah el-Sisi": the joined particle drops when the surname stands alone.
    if (surnames.has(tail) || surnames.has(tail.replace(JOINED_PARTICLE_KEY, ""))) return true;
  }
  return false;
}

/**
 * A person's title from the words before their name and the role after it: the words before, unless
 * they are only an abbreviated office ("Rep. Jim Clyburn (D-S.C.), the assistant leader of the
 * Democratic caucus": "Rep., assistant leader of the Democratic caucus").
 */
export function titleOf(before: readonly string[], after: readonly string[]): string | null {
  if (before.length === 0) return joinTitle(after);
  if (after.length === 0 || !isAbbreviatedTitle(before)) return joinTitle(singularRole(before));
  return joinTitle([`${before[0]},`, ...after]);
}

/**
 * "founding members Tom Johnston, Pat Simmons and …", "former presidents Jimmy Carter and …": one
 * person's title is the role in the singular; not a name's own word ("Queens Park Rangers"), nor a
 * counted role ("two partners"), which is no one's title whatever its number.
 */
function singularRole(words: readonly string[]): readonly string[] {
  const last = words.at(-1)!;
  const one = last.replace(/(?<=[^su])s$/, "");
  const counted = words.some(
    (w) => /^\d/.test(w) || w.toLowerCase() === "both" || NUMBER_WORDS.has(w.toLowerCase()),
  );
  return one !== last && !counted && TITLE_HEADS.has(one) ? [...words.slice(0, -1), one] : words;
}

/** "Rep.", "Sen.", "Gov.": one abbreviated word. */
export const isAbbreviatedTitle = (words: readonly string[]) =>
  words.length === 1 && isAbbreviatedWord(words[0]!);

export function joinTitle(words: readonly string[]): string | null {
  const text = words
    .join(" ")
    .replace(/\s+([,.])/g, "$1")
    .trim();
  return text || null;
}

/**
 * "62-year-old Adaeze Kowalczyk also railed", "… to 18-year-old Aiden McGeady.": a name after an age
 * is a person's, where a verb or the clause's end follows it; "a 24-year-old Los Angeles man" is not.
 */
export function agedName(tokens: readonly Token[], start: number, end: number): boolean {
  if (!AGED.test(tokens[start - 1]?.text ?? "")) return false;
  const next = tokens[end];
  if (next?.kind !== "word") return true;
  const { lower } = next;
  return (
    !next.capitalised &&
    (lower === "who" || lower.endsWith("ed") || VERB_FILLERS.has(lower) || SPEECH_VERBS.has(lower))
  );
}

/**
 * "Nate Silver, the polling guru who founded …", "Ada Ngozi, a nurse who …": a name described as
 * someone who does something is a person's (the "who" right after the description's words).
 */
export function describedAsWho(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.text !== "," || !["the", "a", "an"].includes(tokens[end + 1]?.lower ?? "")) return false;
  for (let k = end + 2; k < tokens.length && k <= end + 7; k++) {
    const t = tokens[k]!;
    // ("Fergus Crane, a story about a boy who …": the "who" is the boy's.)
    if (t.kind !== "word" || PREPOSITIONS.has(t.lower)) return false;
    if (t.lower === "who") return k > end + 2;
  }
  return false;
}

/**
 * Whether a word that opens no name but is also a first name opens this one: after a title ("Capt.
 * Christian Pardo"), before a surname no dictionary holds ("Christian Lacroix"; not "Christian Aid"),
 * and for a month's short form before any surname ("Jan Berry"; not "on 5 Jan Tesco").
 */
function opensAsFirstName(words: readonly Token[], titled: boolean, before: Token | undefined): boolean {
  const month = MONTH_FIRST_NAMES.has(words[0]!.lower);
  if (words.length < 2 || !isFirstName(words[0]!.lower) || (month && /^\d/.test(before?.text ?? "")))
    return false;
  return titled || month || (words.length === 2 && !isEnglishWord(words[1]!.lower));
}

const MONTH_FIRST_NAMES = new Set(["jan", "jun"]);

/** A name and a colon before a quote (`Bush: "The mission is …"`): the quote's speaker labelled. */
export const labelsQuote = (tokens: readonly Token[], end: number) =>
  tokens[end]?.text === ":" && tokens[end + 1]?.kind === "quote";

/**
 * "Pollsters agree - Bongani Petrenko: “One of the biggest lessons …”", "by DNAinfo's Eddie Small:
 * “…”": a two-word name labelling a quote is a person's when a list knows its first name or no
 * dictionary holds either word; a paper's ("Daily Mail:", "Evening Standard:") is not.
 */
export function labelsQuoteAsName(tokens: readonly Token[], words: readonly Token[], end: number): boolean {
  if (words.length !== 2 || !labelsQuote(tokens, end)) return false;
  return isFirstName(words[0]!.lower) || words.every((t) => isNameLikeWord(t.lower));
}

/**
 * "of Elizabeth, Colorado, slammed": a place after a place or a preposition, not a speaker; nor the
 * last of the words a preposition joins ("the Department of Trade and Industry said", "the MP for
 * Sittingbourne and Sheppey said").
 */
export function afterCommaOrPreposition(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before?.lower === "and") return joinedAfterPreposition(tokens, i - 1);
  if (before?.text === ",") return i - 2 > 0 && tokens[i - 2]?.capitalised === true;
  return before !== undefined && PREPOSITIONS.has(before.lower);
}

/** Is the "and" at `and` preceded by capitalised words that a preposition governs ("of Trade and")? */
function joinedAfterPreposition(tokens: readonly Token[], and: number): boolean {
  let k = and - 1;
  while (k >= 0 && (tokens[k]!.capitalised || tokens[k]!.text === ",")) k--;
  return k < and - 1 && PREPOSITIONS.has(tokens[k]?.lower ?? "");
}

/** Capitalised words that open no name: "And Sen. Smith", "Team Sky". */
export const opensNoName = (t: Token) => SENTENCE_OPENERS.has(t.lower) || NOT_NAME_OPENERS.has(t.lower);

/**
 * "on Thursday Mr Blair", "In March Sen. John Smith": a day or month before a first name, or in a
 * run with a title, is when, no part of the name or title ("Saturday Night Live" stays whole).
 */
export function datesName(tokens: readonly Token[], i: number, end: number): boolean {
  if (!(DAY.test(tokens[i]!.text) || MONTHS.test(tokens[i]!.text))) return false;
  if (isFirstName(tokens[i + 1]?.lower ?? "")) return true;
  // "Wednesday Prime Minister Yulia Tymoshenko", "Tuesday Sir Alan Budd": a title later in the run.
  const titled = (t: Token) => TITLE_HEADS.has(t.lower) || COURTESY.has(t.lower) || NOBLE.has(t.lower);
  return tokens.slice(i + 1, end).some(titled);
}
/** Months that are no first names (April, May, June and August are). */
const MONTHS = /^(?:January|February|March|July|September|October|November|December)$/;

/** A country or a news outlet named in one word, never a person's name ("Jordan" is both: left as written). */
export function namesBody(word: string): boolean {
  const name = withoutPossessive(word);
  const lower = name.toLowerCase();
  return (COUNTRIES.has(name) || NEWS_OUTLETS.has(name)) && !isFirstName(lower) && !UNISEX_NAMES.has(lower);
}
/** An outlet named as a source ("Reuters reported", "told Al Jazeera"), a body whatever its words look like. */
export const namesOutlet = (name: string): boolean => NEWS_OUTLETS.has(withoutPossessive(name));
/**
 * Outlets copy names as a source without a word saying what they are ("News", "Times"), none of
 * them a person: one word, or an Arabic article and a word ("Al Jazeera", which reads as a first name
 * and a surname).
 */
const NEWS_OUTLETS = new Set([
  "Reuters",
  "Politico",
  "Axios",
  "Breitbart",
  "BuzzFeed",
  "Newsweek",
  "Mediaite",
  "Al Jazeera",
  "Al Arabiya",
  "Al-Monitor",
]);

/**
 * "Critics say", "Reports said": a plural noun the article capitalises only where it opens a sentence
 * (`opening`: this word does; `capitalisedInside`: the article writes it so elsewhere) is that noun, a
 * group or a source, not a surname that speaks ("Sanders said" is one where the article also writes
 * "Bernie Sanders").
 */
export function pluralOnlyOpening(
  word: Token,
  opening: boolean,
  capitalisedInside: (lower: string) => boolean,
): boolean {
  const { lower } = word;
  return (
    opening &&
    lower.endsWith("s") &&
    isEnglishWord(lower) &&
    isEnglishWord(singularOf(lower)) &&
    !capitalisedInside(lower)
  );
}

/**
 * Whether the article capitalises a word (given in lower case) somewhere other than a sentence's
 * start: read from all its sentences on the first question, which few articles ask.
 */
export function capitalisedInsideOf(sentences: readonly (readonly Token[])[]): (lower: string) => boolean {
  let inside: Set<string> | null = null;
  return (lower) => {
    if (!inside) {
      inside = new Set();
      for (const tokens of sentences) {
        let opening = true;
        for (const t of tokens) {
          if (t.kind === "word" && t.capitalised && !opening) inside.add(t.lower);
          if (t.kind !== "punct") opening = false;
        }
      }
    }
    return inside.has(lower);
  };
}

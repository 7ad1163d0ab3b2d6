/**
 * Which person a run of capitals names: someone named before ("Mr Clarke" for Charles Clarke), a
 * new person, or an organisation named like one; null when the run names no one.
 */

import { isDictionaryWord } from "./dictionary.ts";
import { guessedGender, isFirstName } from "./first-names.ts";
import {
  BODY_NOUNS,
  DETERMINERS,
  isSentenceAdverb,
  isTitleSmallWord,
  NOBLE,
  POSSESSIVE_DETERMINERS,
  SENTENCE_OPENERS,
  TITLE_HEADS,
} from "./lexicon.ts";
import { kinBefore, qualifiesRoleBefore, roleAfter, roleBefore, roleStated } from "./name-roles.ts";
import {
  afterCommaOrPreposition,
  agedName,
  describedAsWho,
  isAbbreviatedTitle,
  labelsQuoteAsName,
  looksLikeSurname,
  namesBody,
  namesOutlet,
  pluralOnlyOpening,
  surnameReused,
  titleOf,
} from "./name-shapes.ts";
import type { PronounReferents } from "./pronoun-evidence.ts";
import { type Entity, pickNamesake, type Registry, statedGender } from "./registry.ts";
import { familyNameFirst } from "./short-names.ts";
import { type CapitalRun, speaksHere } from "./speaking.ts";
import { type Token, withoutPossessive } from "./text.ts";

/** The name part of a run and what stands before it in the run. */
export interface NameParts {
  nameStart: number;
  courtesy: string | null;
  noble: string | null;
  title: string[];
}

/** What the whole article tells about its words, read before any sentence is attributed. */
export interface ArticleEvidence {
  /** Surnames used alone or with Mr/Ms anywhere: evidence that a name is a person's. */
  surnames: ReadonlySet<string>;
  /** Words the article also writes in lower case ("see", "does", "billionaire"): not names. */
  common: ReadonlySet<string>;
  /** Whether the article capitalises a word (given in lower case) somewhere other than a sentence's start. */
  capitalisedInside: (lower: string) => boolean;
  /**
   * Two-word names a "he" or "she" points back to ("adaeze ranginui"), or listed with people: a
   * person's, whether a list of first names knows them or not.
   */
  namedByContext: ReadonlySet<string>;
  /** What the copy's pronouns state of a name: a gender, or an organisation ("Siemens said it …"). */
  referents: PronounReferents;
  /** One-word names the article uses as a firm's ("shares in Sophos", "Yukos shareholders"). */
  firms: ReadonlySet<string>;
  /** Each sentence's capitalised runs with their titles split off, read once for both passes. */
  runs: WeakMap<readonly Token[], readonly NamedRun[]>;
}

export interface NamedRun {
  run: CapitalRun;
  parts: NameParts;
}

/** Is the word at `i` the sentence's first, after punctuation only ("(See Sexton's …")? */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (tokens[k]!.kind !== "punct") return false;
  return true;
}

const KNIGHTLY = new Set(["sir", "dame"]);

/** The people already registered whom these name words may mean ("Sir John", "Lena", "Okonkwo"). */
function namesakes(registry: Registry, parts: NameParts, nameWords: readonly string[]): Entity[] {
  if (parts.noble && nameWords.length === 1) {
    const known = registry.matchNobleFirstName(parts.noble, nameWords[0]!);
    if (known) return [known];
  }
  const matches = registry.matchName(nameWords, parts.noble ?? undefined);
  if (matches.length > 0 || nameWords.length !== 1) return matches;
  // "Sir John" for John Bourn, named first without it: a knight's or dame's honour goes with the first name.
  if (parts.noble && !KNIGHTLY.has(parts.noble.toLowerCase())) return matches;
  if (parts.courtesy) {
    const family = familyNameFirst(registry, nameWords[0]!);
    return family ? [family] : matches;
  }
  const byFirstName = registry.matchFirstName(nameWords[0]!);
  return byFirstName ? [byFirstName] : matches;
}

/**
 * "In 1998, Clinton allowed her staff to think …", "Clinton said she …": the gender a subject or
 * possessive pronoun just after a surname gives it, which tells Hillary from Bill Clinton. Not an
 * object's ("recalled Grayson giving her the same line"). Null where a mark comes first or none is near.
 */
function pronounGenderAfter(tokens: readonly Token[], end: number): "m" | "f" | null {
  for (let k = end; k < end + PRONOUN_REACH && tokens[k]?.kind === "word"; k++) {
    const word = tokens[k]!.lower;
    if (word === "he" || word === "his") return "m";
    if (word === "she") return "f";
    const next = tokens[k + 1];
    // "her staff" is theirs; "giving her the same line" is someone else.
    if (word === "her" && next?.kind === "word" && !next.capitalised && !DETERMINERS.has(next.lower))
      return "f";
  }
  return null;
}
const PRONOUN_REACH = 3;

/**
 * The entity a run of capitals (`words`, its title split off into `parts`) names: the person named
 * before whom it fits, else a new person or organisation where the evidence says it names one.
 */
export function resolveRun(
  tokens: readonly Token[],
  run: CapitalRun,
  parts: NameParts,
  words: readonly Token[],
  registry: Registry,
  { surnames, common, capitalisedInside, namedByContext, referents, firms }: ArticleEvidence,
): Entity | null {
  const bare = words.map((w) => withoutPossessive(w.text));
  // "Gen Z", "Gen Xers": a letter, or a letter's people, is a generation, never a surname.
  if (bare.length === 1 && /^\p{Lu}(?:ers?|s)?$/u.test(bare[0]!)) return null;
  // "Lost In Translation", "Stars In Their Eyes": a small word in capitals inside the run makes it a
  // title in Title Case, no one's name (not an initial, "Mary A Smith", nor the Arabic article of
  // "Reem As Saba'ee").
  if (bare.slice(1).some(isTitleWordInside)) return null;
  const nameWords = parts.noble ? bare.slice(1) : bare;
  const matches = namesakes(registry, parts, nameWords);
  const before = parts.title.length > 0 ? parts.title : roleBefore(tokens, parts.nameStart);
  // (The title runs up to the name, or to the comma before it: "Their president, Gustavo …".)
  const titleEnd = tokens[parts.nameStart - 1]?.text === "," ? parts.nameStart - 1 : parts.nameStart;
  const title = sentenceCased(before, titleEnd === before.length, common);
  const after = roleAfter(tokens, run.end);
  const bareSurname = nameWords.length === 1 && !parts.courtesy;
  const gender =
    statedGender(parts.courtesy, parts.noble, []) ??
    (bareSurname ? pronounGenderAfter(tokens, run.end) : null);
  const match = pickNamesake(matches, gender, bareSurname);
  if (match) return completeNamesake(match, tokens, run, parts, title, after);
  const titled = title.length > 0 || after.length > 0 || parts.courtesy !== null || parts.noble !== null;
  const evidence =
    titled ||
    namesPerson(tokens, run, words, bare, surnames) ||
    namedByContext.has(bare.join(" ").toLowerCase());
  // "President Obama", "Sen. Cruz": a title names a person even by surname alone.
  const titleWord = parts.title.at(-1)?.toLowerCase() ?? "";
  // ("Dean Baker" is a first name and a surname; "the General Election … the election", no surname.)
  const surname = bare.length === 1 && !common.has(bare[0]!.toLowerCase());
  const titledSurname = surname && TITLE_HEADS.has(titleWord) && !isFirstName(titleWord);
  const speakingSurname = speaksBySurname(tokens, run, words[0]!, common, capitalisedInside);
  // "Her daughter, Mary, also spoke": a first name beside a relative's role names that relative.
  const lone = bare.length === 1 && !parts.courtesy && isFirstName(bare[0]!.toLowerCase());
  const kin = lone ? kinBefore(tokens, parts.nameStart) : null;
  if (!evidence && !speakingSurname && !kin) return null;
  if (bare.length < 2 && !parts.courtesy && !parts.noble && !titledSurname && !speakingSurname && !kin)
    return null;
  const name = bare.length < 2 && parts.courtesy ? `${parts.courtesy} ${bare.join(" ")}` : bare.join(" ");
  const guessed = guessedGender(nameWords.length > 1 ? nameWords[0] : undefined);
  // A first name no list knows: the gender "X said she …" states, if the title states none.
  const said = guessed === null ? referents(nameWords) : null;
  const entity = registry.addPerson(
    name,
    nameWords,
    kin && title.length === 0 ? kin : titleOf(title, after),
    statedGender(parts.courtesy, parts.noble, [...title, ...after, ...(kin ? [kin] : [])]) ??
      (said === "organisation" ? null : said),
    guessed,
  );
  if (entity && entity.stated === null && namesOrganisation(name, bare, title, titled, said, firms))
    entity.kind = "organisation";
  return entity;
}

/** Whether a name read as a person's, with nothing stating a gender, is an organisation's. */
function namesOrganisation(
  name: string,
  bare: readonly string[],
  title: readonly string[],
  titled: boolean,
  said: ReturnType<ArticleEvidence["referents"]>,
  firms: ReadonlySet<string>,
): boolean {
  // "Microsoft said it would …": a single word that speaks of itself as "it" names an organisation;
  // so does a country ("France said", a government or a team) or a news outlet ("Reuters reported").
  // ("Qatar-based Al Jazeera": an outlet's name is one whatever describes it.)
  if (namesOutlet(name)) return true;
  const body =
    said === "organisation" ||
    (bare.length === 1 && (namesBody(bare[0]!) || firms.has(bare[0]!.toLowerCase())));
  if (body && bare.length === 1 && !titled) return true;
  // "housebuilder George Wimpey", "mortgage lender Bradford & Bingley": a firm named like a person.
  return title.length > 0 && namesFirm(title.at(-1)!.toLowerCase());
}

/**
 * "Jones said", "said Kunin": a surname alone that speaks is a person's, where the article writes
 * it nowhere in lower case and it names no organisation or place.
 */
function speaksBySurname(
  tokens: readonly Token[],
  run: CapitalRun,
  word: Token,
  common: ArticleEvidence["common"],
  capitalisedInside: ArticleEvidence["capitalisedInside"],
): boolean {
  return (
    run.end - run.start === 1 &&
    speaksHere(tokens, run) &&
    !afterCommaOrPreposition(tokens, run.start) &&
    looksLikeSurname(word, common) &&
    !pluralOnlyOpening(word, opensSentence(tokens, run.start), capitalisedInside) &&
    // `Originally dubbed "…"`: a sentence's opening adverb.
    !(run.start === 0 && isSentenceAdverb(word.lower))
  );
}

/**
 * A person named again: what this mention states that the first did not, a title or a gender
 * ("Mrs Okonkwo" later on states what "Lena Okonkwo" did not).
 */
function completeNamesake(
  match: Entity,
  tokens: readonly Token[],
  run: CapitalRun,
  parts: NameParts,
  title: readonly string[],
  after: readonly string[],
): Entity {
  // "Rep." from before is completed by a role written after the name later ("…, the assistant leader").
  // "Hege is the CEO of DH": a person named before opens a sentence that says what she is.
  // ("If Trump is the nominee": a clause's subject, not the sentence's.)
  const opens = run.start === 0 && !SENTENCE_OPENERS.has(tokens[0]!.lower);
  const stated = after.length === 0 && opens && match.kind === "person";
  if (match.title === null) match.title = titleOf(title, stated ? roleStated(tokens, run.end) : after);
  else if (after.length > 0 && isAbbreviatedTitle([match.title])) match.title = titleOf([match.title], after);
  match.stated ??= statedGender(parts.courtesy, parts.noble, [...title, ...after]);
  if (match.stated) match.gender = match.stated;
  return match;
}

/** A role only a firm holds: a body's noun, but not "broadcaster" or "manufacturer", which people are too. */
const namesFirm = (word: string) => BODY_NOUNS.has(word) && !PEOPLE_TOO.has(word);
const PEOPLE_TOO = new Set(["broadcaster", "manufacturer", "manufacturers"]);

/**
 * Does a run of two or more words without a title name a person: a known first name, a verb of
 * saying, or a surname the article uses alone, unless the run qualifies a noun ("outside Wisconsin
 * Trump rally": the word before the surname is no first name; an owner's possessive, "Michele
 * Bachmann's campaign", qualifies nothing)?
 */
function namesPerson(
  tokens: readonly Token[],
  run: CapitalRun,
  words: readonly Token[],
  bare: readonly string[],
  surnames: ReadonlySet<string>,
): boolean {
  if (bare.length < 2) return false;
  if (isFirstName(bare[0]!.toLowerCase()) || speaksHere(tokens, run) || agedName(tokens, run.start, run.end))
    return true;
  if (describedAsWho(tokens, run.end) || labelsQuoteAsName(tokens, words, run.end)) return true;
  const qualifies =
    !words.at(-1)!.possessive &&
    (QUALIFIED_NOUNS.has(tokens[run.end]?.text ?? "") || qualifiesRoleBefore(tokens, run.end));
  return !qualifies && surnameReused(bare, surnames);
}

/** Nouns a name before them qualifies, never verbs: "Trump rally", "Clinton campaign". */
const QUALIFIED_NOUNS = new Set(
  "rally rallies campaign campaigns supporters administration presidency era".split(" "),
);

/**
 * "Director Oliver Stone's epic", "New Southampton manager Harry Redknapp": a role that opens the
 * sentence is written with a capital only there; its first word is the article's lower-case word,
 * unless a capital follows it ("Prime Minister Tony Blair", "World Bank spokesman").
 */
function sentenceCased(
  title: readonly string[],
  opensSentence: boolean,
  common: ArticleEvidence["common"],
): readonly string[] {
  const first = title[0];
  if (first === undefined || !opensSentence) return title;
  const lower = first.toLowerCase();
  // (Not a name's first word: "Federal Reserve chairman", "World Bank spokesman".)
  const word =
    POSSESSIVE_DETERMINERS.has(lower) ||
    (common.has(lower) && isDictionaryWord(lower) && !NOBLE.has(lower) && !RANKS.has(lower));
  // ("Economy and Labour Minister", "Secretary of State": a title in capitals.)
  if (!word || title.slice(1).some((w) => /^[\p{Lu}\p{N}]/u.test(w))) return title;
  return [lower, ...title.slice(1)];
}
/** Titles of rank written with a capital wherever they stand before a name ("Prince Harry"). */
const RANKS = new Set([
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "emperor",
  "empress",
  "sheikh",
  "speaker",
]);

/** A title's small word in capitals ("In", "Of"), as no name holds it. */
const isTitleWordInside = (word: string) =>
  word.length > 1 && word !== "As" && /^\p{Lu}/u.test(word) && isTitleSmallWord(word.toLowerCase());

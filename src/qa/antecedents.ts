/**
 * Whom a sentence names by pronoun. News copy names a person once and goes on with "He" or "She"
 * ("… according to Scott. He arrived in Congress in 1993, …"): such a sentence is about the person
 * named just before it, and a question that names them ("What year did Scott first get elected?")
 * must find it. Conservative: only a sentence opening with a subject pronoun (not a quote, whose "he"
 * is the speaker's), only when the nearest sentence before it (same or previous paragraph) that
 * names anyone names one person, whom the article calls by that pronoun's gender elsewhere (an
 * honorific, a gendered title: a stated gender, so a company the parser took for a person is not
 * "he"); two people there, and the pronoun is left unresolved.
 */
import type { Facts, Person } from "../article/facts.ts";
import { kinOf } from "./synonyms.ts";
import { FOLD_INVARIANT, stem } from "./terms.ts";

/** A subject pronoun opening a sentence. */
const OPENING_PRONOUN = /^(He|She)\b/;
/** Sentences looked back through for the name, when those between name no one. */
const LOOK_BACK = 2;
/** Names looked for in the whole text before its lower-case words are gathered instead. */
const MAX_SEARCHES = 8;

/**
 * Per sentence index, the names (as the copy wrote them) it speaks of without writing them: the
 * person its opening pronoun continues, and the place or body a definite description stands for.
 */
export function continuedNames(facts: Facts): Map<number, string> {
  const continued = pronounNames(facts);
  const written = writtenInLowerCase(facts);
  const isName = (word: string) => !written(word.toLowerCase());
  // Read only for the sentences a description looks back from: most have none to look for.
  const filed: (FiledNames | undefined)[] = [];
  const filedAt = (i: number) => {
    filed[i] ??= filedNames(facts.sentences[i]!.text, isName);
    return filed[i];
  };
  facts.sentences.forEach((_, i) => {
    const described = describedName(facts, i, filedAt);
    if (described) continued.set(i, [continued.get(i), described].filter(Boolean).join(" "));
  });
  return continued;
}

/**
 * Whether the article writes a lower-case word (`lowerCaseWords`), remembered per word. Most names
 * are never written in lower case at all: the whole set is made only when a search of the text
 * cannot tell, or once a few searches have been made (a long text would make them quadratic).
 */
function writtenInLowerCase(facts: Facts): (lower: string) => boolean {
  const known = new Map<string, boolean>();
  let common: Set<string> | null = null;
  let plain: boolean | undefined;
  const written = (lower: string): boolean => {
    if (!common && known.size < MAX_SEARCHES) {
      if (!facts.sentences.some((s) => mayWrite(s.text, lower))) return false;
      // Where every letter is ASCII, an occurrence between non-word characters is a match of
      // `lowerCaseWords`: the search is the answer, and the set (a fifth of preparing) is not made.
      // `FOLD_INVARIANT` text has no letters but ASCII ones (its others are punctuation: see `fold`).
      plain ??= facts.sentences.every((s) => FOLD_INVARIANT.test(s.text));
      if (plain && /^[a-z]+$/.test(lower)) return true;
    }
    common ??= lowerCaseWords(facts);
    return common.has(lower);
  };
  return (lower) => {
    let found = known.get(lower);
    if (found === undefined) {
      found = written(lower);
      known.set(lower, found);
    }
    return found;
  };
}

/**
 * Whether `text` may hold `lower` as a word of `lowerCaseWords`: for a word of ASCII letters, an
 * occurrence with no ASCII letter, digit or "_" on either side (`\b`); any occurrence for another.
 */
function mayWrite(text: string, lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return text.includes(lower);
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at + lower.length))) return true;
  }
  return false;
}

/** `\w` of a regular expression: an ASCII letter, digit or "_" (NaN, off either end, is none). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The article's words written in lower case, in any sentence. */
function lowerCaseWords(facts: Facts): Set<string> {
  const common = new Set<string>();
  for (const sentence of facts.sentences)
    for (const [word] of sentence.text.matchAll(/\b\p{Ll}+\b/gu)) common.add(word);
  return common;
}

/** Per sentence index, the name of the person its opening pronoun continues. */
function pronounNames(facts: Facts): Map<number, string> {
  const names = nameForms(facts.people);
  const continued = new Map<number, string>();
  facts.sentences.forEach((sentence, i) => {
    const pronoun = OPENING_PRONOUN.exec(sentence.text)?.[1];
    if (!pronoun) return;
    const name = personBefore(facts, i, pronoun, names, continued);
    if (name) continued.set(i, name);
  });
  return continued;
}

/**
 * The one person the nearest sentence before sentence `i` that names anyone names, or the one the
 * same pronoun there continued ("He … He …").
 */
function personBefore(
  facts: Facts,
  i: number,
  pronoun: string,
  names: readonly NameForm[],
  continued: ReadonlyMap<number, string>,
): string | undefined {
  const paragraph = facts.sentences[i]!.paragraph;
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const before = facts.sentences[j]!;
    if (paragraph - before.paragraph > 1) return undefined;
    const mentioned = mentions(before.text, names);
    if (mentioned.length > 0) return onePerson(mentioned, pronoun === "He" ? "m" : "f");
    if (continued.has(j))
      return OPENING_PRONOUN.exec(before.text)?.[1] === pronoun ? continued.get(j) : undefined;
  }
  return undefined;
}

interface NameForm {
  text: string;
  /** The last word: mentions sharing it are taken for one person ("Bobby Scott", "Scott"). */
  surname: string;
  gender: Person["gender"];
}

/** Every written form of every named person: full name, aliases, and the last word of each. */
function nameForms(people: readonly Person[]): NameForm[] {
  const forms: NameForm[] = [];
  for (const p of people) {
    if (p.kind !== "person") continue;
    for (const name of [p.name, ...p.aliases]) {
      const parts = name.split(/\s+/).filter(Boolean);
      const surname = parts.at(-1);
      if (!surname || !/^\p{Lu}/u.test(name) || !/^\p{Lu}\p{L}/u.test(surname)) continue;
      forms.push({ text: name, surname, gender: p.gender });
      if (parts.length > 1) forms.push({ text: surname, surname, gender: p.gender });
    }
  }
  return forms;
}

function mentions(text: string, forms: readonly NameForm[]): NameForm[] {
  return forms.filter((f) => hasWholeWord(text, f.text));
}

/**
 * Whether `text` holds `word` not inside a longer word. A plain search, not a regular expression:
 * archives hold hundreds of thousands of distinct names, and compiling an expression for each cost
 * more than the rest of preparing an article.
 */
function hasWholeWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHAR.test(text[at - 1] ?? " ") && !WORD_CHAR.test(text[at + word.length] ?? " ")) return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The longest mention, when all mentions are of one person, stated to be of the pronoun's gender:
 * a surname two people share ("Clinton") is no one when one of them is of the other gender.
 */
function onePerson(mentioned: readonly NameForm[], gender: "f" | "m"): string | undefined {
  const surnames = new Set(mentioned.map((m) => m.surname));
  if (surnames.size !== 1 || mentioned.some((m) => m.gender !== null && m.gender !== gender))
    return undefined;
  if (!mentioned.some((m) => m.gender === gender)) return undefined;
  return mentioned.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
}

/** "the nation", "the island": a definite description by a lowercase noun. */
const DEFINITE = /\bthe\s+(\p{Ll}+)\b/gu;
/**
 * A one-word name: a capitalised word not opening its sentence, nor part of a longer name ("United
 * States", "Monetary Fund", "John Podesta"), whose words WordNet files under their own senses.
 */
export const NAME_WORD = /(?<=(?:^|\s)[^\s\p{Lu}]\S*\s+)\p{Lu}\p{Ll}+\b(?!\s+\p{Lu})/gu;

/**
 * `NAME_WORD`'s matches, in order. Every sentence is read for them, and the expression (a Unicode
 * look-behind) was most of that: text whose letters are all ASCII (`FOLD_INVARIANT`) is scanned by
 * hand, the same words (tests/qa/antecedents.test.ts).
 */
export function nameWords(text: string): string[] {
  if (!FOLD_INVARIANT.test(text)) return [...text.matchAll(NAME_WORD)].map(([word]) => word);
  const words: string[] = [];
  for (let at = 1; at < text.length; at++) {
    if (!isCapital(text.charCodeAt(at)) || !isSpace(text.charCodeAt(at - 1))) continue;
    const end = lowerCaseRunEnd(text, at + 1);
    if (
      end > at + 1 &&
      !isWordCode(text.charCodeAt(end)) &&
      !capitalAfterSpace(text, end) &&
      afterPlainWord(text, at)
    )
      words.push(text.slice(at, end));
  }
  return words;
}

/** Where the run of lower-case ASCII letters from `at` ends. */
function lowerCaseRunEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isLower(text.charCodeAt(end))) end++;
  return end;
}

/** `(?=\s+\p{Lu})` at `at`: spaces, then a capital. */
function capitalAfterSpace(text: string, at: number): boolean {
  let end = at;
  while (end < text.length && isSpace(text.charCodeAt(end))) end++;
  return end > at && isCapital(text.charCodeAt(end));
}

/**
 * `(?<=(?:^|\s)[^\s\p{Lu}]\S*\s+)` before `at`, which follows a space: the spaces go back to a word
 * (whatever runs between spaces) that does not open with a capital.
 */
function afterPlainWord(text: string, at: number): boolean {
  let end = at - 1;
  while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
  if (end < 0) return false;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return !isCapital(text.charCodeAt(start));
}

/** `\s` among the characters of `FOLD_INVARIANT` text: ASCII white space. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isCapital = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * The name a definite description in a sentence stands for ("… against Burma … investment in the
 * nation of 53 million people"): a name written in one of the two sentences before (same or previous
 * paragraph) that WordNet files under a sense named by the description's noun ("Burma" is an
 * "Asian nation"), when that sentence holds no other such name and the sentence itself none.
 */
function describedName(facts: Facts, i: number, filed: (i: number) => FiledNames): string | undefined {
  const sentence = facts.sentences[i]!;
  // DEFINITE needs a "the": most sentences without one are passed over without running it.
  if (!sentence.text.includes("the")) return undefined;
  // Nor is it run when no sentence looked back at files a name: most have none.
  if (!namesBefore(facts, i, filed)) return undefined;
  const heads = new Set([...sentence.text.matchAll(DEFINITE)].map((m) => stem(m[1]!)));
  if (heads.size === 0) return undefined;
  for (const head of heads) {
    if (namesOfKind(filed(i), head).length > 0) continue;
    for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
      if (sentence.paragraph - facts.sentences[j]!.paragraph > 1) break;
      const named = namesOfKind(filed(j), head);
      if (named.length === 1) return named[0];
      if (named.length > 1) break;
    }
  }
  return undefined;
}

/** Whether a sentence `describedName` looks back at from sentence `i` files any name. */
function namesBefore(facts: Facts, i: number, filed: (i: number) => FiledNames): boolean {
  const { paragraph } = facts.sentences[i]!;
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    if (paragraph - facts.sentences[j]!.paragraph > 1) return false;
    if (filed(j).size > 0) return true;
  }
  return false;
}

/** A sentence's one-word names (`NAME_WORD`), each with the head nouns of the kinds WordNet files it under. */
type FiledNames = Map<string, ReadonlySet<string>>;

/**
 * The names of a text that WordNet files under a qualified kind ("Asian nation", "American state"):
 * the way it files a place, not a common noun's broader sense. A name is a capitalised word the
 * article never writes in lower case ("Court" is not, beside "the court"). Read once per sentence,
 * as each is looked back at from the sentences after it.
 */
function filedNames(text: string, isName: (word: string) => boolean): FiledNames {
  const filed: FiledNames = new Map();
  for (const word of nameWords(text)) {
    if (filed.has(word)) continue;
    const heads = kindHeads(word);
    if (heads && isName(word)) filed.set(word, heads);
  }
  return filed;
}

/**
 * The head nouns of the qualified kinds WordNet files a capitalised word under, or null; remembered,
 * as names repeat across an archive (bounded, as the stems are).
 */
function kindHeads(word: string): ReadonlySet<string> | null {
  let heads = KIND_HEADS.get(word);
  if (heads === undefined) {
    const kinds = kinOf(stem(word.toLowerCase())).filter((kind) => kind.includes(" "));
    heads = kinds.length > 0 ? new Set(kinds.map((kind) => kind.split(" ").at(-1)!)) : null;
    if (KIND_HEADS.size >= MAX_KIND_HEADS) KIND_HEADS.clear();
    KIND_HEADS.set(word, heads);
  }
  return heads;
}
const KIND_HEADS = new Map<string, ReadonlySet<string> | null>();
const MAX_KIND_HEADS = 100_000;

/** The distinct names of a sentence filed under a kind named by `head`. */
function namesOfKind(filed: FiledNames, head: string): string[] {
  return [...filed].filter(([, heads]) => heads.has(head)).map(([word]) => word);
}

/**
 * The people of one article, one entity per identity: every mention of a person resolves to the
 * same entity, which keeps the fullest name the article gives ("Mrs. Clinton" becomes "Hillary
 * Clinton" once named so), the title and the gender the text states. `people.ts` reads the names
 * in each sentence; this registry decides who they are.
 */
import { slot } from "../maps.ts";
import { isEnglishWord } from "./dictionary.ts";
import type { Person, PersonKind } from "./facts.ts";
import { FEMALE_NAMES, hyphenedNames, MALE_NAMES, UNISEX_NAMES } from "./first-names.ts";
import {
  AGED,
  COURTESY,
  GENDERED_ROLES,
  isNameSuffix,
  isRole,
  JOINED_PARTICLE_KEY,
  LINKING,
  NOBLE,
  NOT_NAMES,
  PEOPLES,
} from "./lexicon.ts";
import { isLetter, isLowerCase, isUpperCase, lowerCaseWords } from "./text.ts";

export type Gender = "m" | "f" | null;

export interface Entity {
  id: string;
  name: string;
  kind: PersonKind;
  title: string | null;
  /** For resolving pronouns: what the text states, else a guess from a common first name. */
  gender: Gender;
  /** What the article's own words state (honorific, gendered title, resolved pronoun): the recorded fact. */
  stated: Gender;
  /** The words of the name without a noble prefix, for surname matching. */
  nameWords: string[];
  aliases: Set<string>;
  /** Position of the latest mention, for recency. */
  lastSeen: number;
  /** How often the article has named them so far: a bare surname shared by two people is the more named one's. */
  named: number;
  /** The age the article states beside the name ("Ortiz, 34,"): whom "the 34-year-old" means. */
  age?: number;
}

/** A mention of a person in a sentence's tokens: tokens [start, end). */
export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  possessive: boolean;
}

/** Heads of descriptions that stand for one unnamed person. */
const UNNAMED_PEOPLE = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "official",
  "aide",
  "adviser",
  "advisor",
  "source",
  "insider",
  "lawyer",
  "mp",
  "msp",
  "minister",
  "witness",
]);

/**
 * At most this many people and speaking groups per article. Real articles name a few dozen; the cap
 * only bites on hostile or machine-made text, where it keeps the look-ups below bounded.
 */
export const MAX_ENTITIES = 1000;

/**
 * The noun a description is of: its last word ("a Department for Work and Pensions spokeswoman"), or
 * the word before a "for"/"of"/"at" phrase that qualifies it ("a spokeswoman for the Red Cross").
 */
function descriptionHead(text: string): string {
  const words = text.toLowerCase().split(" ");
  const last = words[words.length - 1]!;
  if (UNNAMED_PEOPLE.has(last) || GENDERED_ROLES.has(last)) return last;
  const linked = words.findIndex((w, i) => i > 0 && LINKING.has(w));
  return linked > 0 ? words[linked - 1]! : last;
}

/** "the Brazilian", "the 29-year-old", "the 55-year-old Frenchman": one person of a people or an age. */
function namesOnePerson(text: string): boolean {
  const [determiner, ...rest] = text.split(" ");
  if (!/^(?:the|a|an)$/i.test(determiner!) || rest.length === 0 || rest.length > 2) return false;
  const last = rest.at(-1)!;
  if (rest.length === 2 && !AGED.test(rest[0]!)) return false;
  return PEOPLES.has(last) || AGED.test(last);
}

const descriptorKey = (text: string) => text.toLowerCase().replace(/^(?:the|a|an)\s+/, "");
/** A name word as compared: copy mixes curly and straight apostrophes in one name ("O’Neill", "O'Neill"). */
const nameKey = (word: string) => {
  const lower = word.toLowerCase();
  // Most names have no curly apostrophe or hyphen: the expressions are not run for those.
  const straight = lower.includes("’") || lower.includes("‘") ? lower.replace(/[‘’]/g, "'") : lower;
  // "al-Falih" is "Falih" when the surname stands alone: the particle joined to it drops.
  return straight.includes("-") ? straight.replace(JOINED_PARTICLE_KEY, "") : straight;
};
/** A name's words without a generational suffix ("James P. Kennedy Jr." is Kennedy by surname). */
const withoutSuffix = (words: readonly string[]) =>
  words.length > 2 && isNameSuffix(words[words.length - 1]!) ? words.slice(0, -1) : words;

const lastWord = (words: readonly string[]) => {
  const bare = withoutSuffix(words);
  return nameKey(bare[bare.length - 1] ?? "");
};

/** The article's registry of speakers and named people. */
export class Registry {
  readonly entities: Entity[] = [];
  private clock = 0;
  // Indexes, so that a look-up does not scan every entity (text naming thousands of people stays linear).
  private readonly personList: Entity[] = [];
  private readonly byName = new Map<string, Entity>();
  private readonly byLastWord = new Map<string, Entity[]>();
  private readonly byFirstTwo = new Map<string, Entity[]>();
  private readonly descriptors = new Map<string, Entity>();
  /** Entities found, once the article is read, to be another of the same name (`mergeNamesakes`). */
  private readonly merged = new Set<Entity>();

  /** Advances the recency clock; call once per sentence. */
  tick(): number {
    return ++this.clock;
  }

  get now(): number {
    return this.clock;
  }

  get full(): boolean {
    return this.entities.length >= MAX_ENTITIES;
  }

  persons(): Entity[] {
    return [...this.personList];
  }

  /** People whose name ends with these words ("Kelly", "Pena Nieto"), most recently seen first. */
  matchName(words: readonly string[], noble?: string): Entity[] {
    const key = words.map(nameKey);
    // Every match ends with the same word as `words`, so only those people are candidates.
    return (this.byLastWord.get(lastWord(words)) ?? [])
      .filter((p) => {
        const name = withoutSuffix(p.nameWords).map(nameKey);
        if (noble) return nameKey(p.name) === [noble, ...key].join(" ") || name.join(" ") === key.join(" ");
        return key.length <= name.length && key.every((w, i) => w === name[name.length - key.length + i]);
      })
      .sort((a, b) => b.lastSeen - a.lastSeen);
  }

  /** Whoever goes by exactly this name, if anyone does yet. */
  withName(name: string): Entity | undefined {
    return this.byName.get(name);
  }

  /** The person a bare surname names ("Pence", "Clinton"): of several, the one named most. */
  bySurname(surname: string): Entity | undefined {
    return pickNamesake(this.matchName([surname]), null, true);
  }

  /** "Lena" for Lena Okonkwo, when she is the only person of that first name. */
  matchFirstName(first: string): Entity | undefined {
    const key = nameKey(first);
    // A loop over the people, not a filtered copy: asked of every name of one word.
    let found: Entity | undefined;
    for (const p of this.personList) {
      if (p.nameWords.length < 2 || nameKey(p.nameWords[0]!) !== key) continue;
      if (found) return undefined;
      found = p;
    }
    return found;
  }

  /** A first name after a noble title: "Sir John" for "Sir John Bourn". */
  matchNobleFirstName(noble: string, first: string): Entity | undefined {
    const prefix = nameKey(`${noble} ${first}`);
    return this.byFirstTwo.get(prefix)?.find((p) => nameKey(p.name).startsWith(`${prefix} `));
  }

  /** The person of that name, new or known; null when the registry is full. */
  addPerson(
    name: string,
    nameWords: string[],
    title: string | null,
    stated: Gender,
    guessed: Gender,
  ): Entity | null {
    const existing = this.byName.get(name);
    if (existing) return existing;
    const courteous = this.courtesyOnly(nameWords, stated ?? guessed);
    if (courteous) return this.rename(courteous, name, nameWords);
    if (this.full) return null;
    const entity = this.add({ name, kind: "person", title, gender: stated ?? guessed, stated, nameWords });
    this.personList.push(entity);
    this.byName.set(name, entity);
    slot(this.byLastWord, lastWord(nameWords), () => []).push(entity);
    this.indexFirstTwo(entity);
    return entity;
  }

  /**
   * "Mrs. Clinton", named so before the article gives her full name: the one person a full name of
   * the same surname and gender ("Hillary Clinton", not "Bill Clinton") names.
   */
  private courtesyOnly(nameWords: readonly string[], gender: Gender): Entity | undefined {
    if (nameWords.length < 2) return undefined;
    const known = (this.byLastWord.get(lastWord(nameWords)) ?? []).filter(
      (p) =>
        p.nameWords.length === 1 &&
        p.kind === "person" &&
        // "Mrs. Clinton" by gender; "President Obama" or "Kunin", named by surname alone, unless genders differ.
        (p.name !== p.nameWords[0]
          ? gender !== null && p.gender === gender
          : p.gender === null || gender === null || p.gender === gender),
    );
    return known.length === 1 ? known[0] : undefined;
  }

  /**
   * People still known only as "Mr. Obama" when the article is read: their full name where the text
   * gives it anywhere, even inside a quote ("Barack Obama Election Day"), with a first name of their
   * gender and no rival of that gender.
   */
  completeNames(text: string): void {
    const firstNames = firstNamesIn(text, (first) => guessedGender(first) !== null);
    let unlisted: ((surname: string) => ReadonlySet<string>) | null = null;
    for (const entity of this.entities) {
      const surname = soleSurname(entity, this.isNamed(entity));
      if (!surname) continue;
      let fits = [...firstNames(surname)].filter(
        (f) => entity.gender === null || guessedGender(f) === entity.gender,
      );
      // An organisation named by a word of the language ("Labour", "Police") keeps its name.
      if (fits.length === 0 && (entity.kind === "person" || !isEnglishWord(surname.toLowerCase()))) {
        unlisted ??= firstNamesIn(text, isUnlistedFirstName(text));
        fits = [...unlisted(surname)];
      }
      if (fits.length !== 1) continue;
      this.rename(entity, `${fits[0]} ${surname}`, [fits[0]!, surname]);
      entity.kind = "person";
    }
  }

  /**
   * Entities of one name are one: "Szabo", registered by surname and completed to "Xiaoming Szabo"
   * once the article is read, is the "Xiaoming Szabo" named since; "Microsoft" first met as the
   * subject of a verb is the "Microsoft" quoted later. Each takes the id of the one the name stands
   * for, so their quotes are that one's; genders the text states differently keep them apart.
   */
  mergeNamesakes(): void {
    const byName = new Map<string, Entity[]>();
    for (const entity of this.entities) slot(byName, entity.name, () => []).push(entity);
    for (const [name, same] of byName) {
      if (same.length < 2) continue;
      const kept = this.byName.get(name) ?? same[0]!;
      for (const other of same) {
        if (other === kept || (other.stated && kept.stated && other.stated !== kept.stated)) continue;
        for (const alias of other.aliases) kept.aliases.add(alias);
        kept.stated ??= other.stated;
        kept.title ??= other.title;
        other.id = kept.id;
        this.merged.add(other);
      }
    }
  }

  /** Gives a person the fullest name the article uses; the earlier form stays an alias. */
  private rename(entity: Entity, name: string, nameWords: string[]): Entity {
    entity.aliases.add(entity.name);
    entity.name = name;
    entity.nameWords = nameWords;
    this.byName.set(name, entity);
    this.indexFirstTwo(entity);
    return entity;
  }

  private indexFirstTwo(entity: Entity): void {
    const firstTwo = nameKey(entity.name).split(" ").slice(0, 2).join(" ");
    slot(this.byFirstTwo, firstTwo, () => []).push(entity);
  }

  /**
   * A speaker known only by description: "a Tory spokesman", "Pena Nieto's office", "Labour".
   * Null when the registry is full.
   */
  addDescriptor(description: string): Entity | null {
    // "Weinsten's earlier letter …": a possessive names the owner, who is the source, never "Weinsten's".
    const text = description.replace(/(?<=\p{L})['’]s?$/u, "");
    const key = descriptorKey(text);
    const existing = this.descriptors.get(key);
    if (existing) return existing;
    if (this.full) return null;
    // "a Home Office spokesman" is a person without a name: "he said" may point back to them; so is
    // "a spokeswoman for the Red Cross", whose head stands before its "for" phrase.
    const head = descriptionHead(text);
    const stated = GENDERED_ROLES.get(head) ?? null;
    const person = UNNAMED_PEOPLE.has(head) || namesOnePerson(text);
    const entity = this.add({
      name: text,
      kind: person ? "person" : "organisation",
      title: null,
      gender: stated,
      stated,
      nameWords: text.split(" "),
    });
    this.descriptors.set(key, entity);
    return entity;
  }

  private add(fields: Omit<Entity, "id" | "aliases" | "lastSeen" | "named">): Entity {
    // Field by field: V8 (Node 20) took ~9 µs to copy `fields` with a spread, 30 times as long.
    const entity: Entity = {
      name: fields.name,
      kind: fields.kind,
      title: fields.title,
      gender: fields.gender,
      stated: fields.stated,
      nameWords: fields.nameWords,
      id: `p${this.entities.length + 1}`,
      aliases: new Set(),
      lastSeen: this.clock,
      named: 0,
    };
    this.entities.push(entity);
    return entity;
  }

  /** Named people, as opposed to descriptions ("a Downing Street spokesman") and organisations. */
  isNamed(entity: Entity): boolean {
    return this.byName.get(entity.name) === entity;
  }

  toPeople(spoke: ReadonlySet<string>): Person[] {
    return this.entities
      .filter((e) => !this.merged.has(e) && (this.isNamed(e) || spoke.has(e.id)))
      .map((e) => ({
        id: e.id,
        name: e.name,
        aliases: [...e.aliases].filter((a) => a !== e.name),
        title: e.title,
        kind: e.kind,
        gender: e.kind === "person" ? e.stated : null,
      }));
  }
}

/** The gender the words around a name state: "Mrs", "Sir", "spokeswoman". */
export function statedGender(
  courtesy: string | null,
  noble: string | null,
  title: readonly string[],
): Gender {
  const fromCourtesy = courtesy ? COURTESY.get(courtesy.toLowerCase()) : null;
  if (fromCourtesy) return fromCourtesy;
  if (noble) return NOBLE.get(noble.toLowerCase()) ?? null;
  for (const word of title) {
    const g = GENDERED_ROLES.get(word.toLowerCase());
    if (g) return g;
  }
  return courtesyInTitle(title);
}

/**
 * "Miss Universe", "Former Miss Universe", "Mr Justice": a courtesy that opens the title's closing
 * capitalised words, at the start or after "former", is the person's own ("Mr Mann's former deputy",
 * "adviser to Mr. Obama", "lawyer for Mr Begg" name someone else).
 */
function courtesyInTitle(title: readonly string[]): Gender {
  for (let i = title.length - 1; i >= 0; i--) {
    const word = title[i]!;
    const gender = COURTESY.get(word.toLowerCase());
    const before = title[i - 1]?.toLowerCase();
    if (gender) return i < title.length - 1 && (!before || TITLE_OPENERS.has(before)) ? gender : null;
    if (!/^\p{Lu}[\p{L}-]*$/u.test(word)) return null;
  }
  return null;
}
const TITLE_OPENERS = new Set(["former", "reigning", "current", "then", "one-time", "onetime"]);

/** A guess from a common first name: good enough to pick which person "she" means, never recorded. */
export function guessedGender(first: string | undefined): Gender {
  const name = first?.toLowerCase() ?? "";
  // A hyphened first name is of its first name's gender: "Jean-Marie", "Anne-Marie", "Mary-Kate".
  const parts = name.includes("-") ? hyphenedNames(name) : null;
  if (parts) return guessedGender(parts[0]);
  if (UNISEX_NAMES.has(name)) return null;
  return FEMALE_NAMES.has(name) ? "f" : MALE_NAMES.has(name) ? "m" : null;
}

/**
 * Which of several people a name fits ("Clinton" with Hillary and Bill Clinton named): a courtesy
 * title's gender decides first ("Mrs. Clinton"); a bare surname is the more named person's, as news
 * copy calls the others by their first or full name; else the most recently named.
 */
export function pickNamesake(
  matches: readonly Entity[],
  gender: Gender,
  bareSurname: boolean,
): Entity | undefined {
  if (matches.length < 2) return matches[0];
  const fitting = gender ? matches.filter((p) => p.gender === gender) : [];
  // ("Mr. Cruz" after "Rafael Cruz", the senator's father, was named: the senator, named far more.)
  if (fitting.length > 0) return [...fitting].sort((a, b) => b.named - a.named)[0];
  if (!bareSurname) return matches[0];
  const full = matches.filter((p) => p.nameWords.length > 1);
  return [...(full.length > 0 ? full : matches)].sort((a, b) => b.named - a.named)[0];
}

/**
 * The surname a person is known by alone: "Mr. Obama" or "President Obama" named so, or "Scott", a speaker the article
 * gave only a surname before ("Scott (D-Va.) was also launching …"). Null for anyone else.
 */
function soleSurname(entity: Entity, named: boolean): string | null {
  const [word, ...more] = entity.nameWords;
  if (!word || more.length > 0) return null;
  if (named) return entity.kind === "person" && (entity.name === word || entity.gender) ? word : null;
  return /^\p{Lu}\p{Ll}+$/u.test(word) && entity.name === word ? word : null;
}

/** Surnames searched for one by one before the whole text is read for all of them at once. */
const SEARCHED_SURNAMES = 8;

/**
 * The first names a text puts before a surname ("Barack" before "Obama") that `accept` takes, given
 * where each starts, as `firstNamesBySurname` finds them: the text is searched for the few surnames
 * asked about (running the expression over a whole article was a few percent of parsing), and read
 * whole past a few of them (a long text would make the searches quadratic) or where astral
 * characters are.
 */
function firstNamesIn(
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
    const first = firstNameEndingAt(text, at) ?? bracketedFirstName(text, at);
    if (first !== null && accept(first, at - first.length)) found.add(first);
  }
  return found;
}

/** The first names `accept` takes that a text puts before each capitalised word ("Barack" before "Obama"). */
function firstNamesBySurname(
  text: string,
  accept: (first: string, index: number) => boolean,
): Map<string, Set<string>> {
  const firstNames = new Map<string, Set<string>>();
  for (const { 0: match, 1: first, 2: surname, index } of text.matchAll(FIRST_AND_SURNAME)) {
    const bracketed = match.length > first!.length;
    if (bracketed && guessedGender(first!) === null) continue;
    if (accept(first!, index)) slot(firstNames, surname!, () => new Set<string>()).add(first!);
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
function isUnlistedFirstName(text: string): (first: string, index: number) => boolean {
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

/**
 * The people of one article, one entity per identity: every mention of a person resolves to the
 * same entity, which keeps the fullest name the article gives ("Mrs. Clinton" becomes "Hillary
 * Clinton" once named so), the title and the gender the text states. `people.ts` reads the names
 * in each sentence; this registry decides who they are.
 */
import { slot } from "../maps.ts";
import { isEnglishWord } from "./dictionary.ts";
import type { Person, PersonKind } from "./facts.ts";
import { firstNamesIn, isUnlistedFirstName } from "./first-name-search.ts";
import { type Gender, guessedGender } from "./first-names.ts";
import {
  AGED,
  COURTESY,
  GENDERED_ROLES,
  isNameSuffix,
  JOINED_PARTICLE_KEY,
  LINKING,
  NOBLE,
  PEOPLES,
  SPEAKER_NOUNS,
  TITLE_HEADS,
} from "./lexicon.ts";

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

/**
 * "Analysts said …": a plural noun for people, one word in capitals only because it opens the
 * sentence, is named as copy writes it elsewhere ("analysts"); a party's members ("Democrats") keep theirs.
 */
function commonCased(text: string): string {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(text)) return text;
  const lower = text.toLowerCase();
  const group = SPEAKER_NOUNS.has(lower) || TITLE_HEADS.has(lower.slice(0, -1));
  return group && !PARTY_MEMBERS.has(lower) ? lower : text;
}
const PARTY_MEMBERS = new Set(["democrats", "republicans", "tories", "dems"]);

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
      name: commonCased(text),
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

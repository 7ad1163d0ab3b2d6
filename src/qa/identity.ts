/**
 * One identity per person across the archive. Each article names its people on its own terms
 * ("Hillary Clinton", "Mrs Clinton", "Hillary Rodham Clinton", "Clinton"); an identity gathers the
 * people of every article who are the same person, with the titles they held and when.
 *
 * The rules, from how news copy names people:
 * - full names are compared without honorifics, suffixes, middle names or initials, and with the
 *   common short forms of first names ("Bill" Clinton is "William" Clinton);
 * - a surname alone ("Obama", "Mr Obama") joins the one full name with that surname when that name
 *   holds nearly all the mentions, and is not stated to be of the other gender ("Mrs Pearce" is no
 *   Stuart Pearce); otherwise it stays apart rather than guess;
 * - a generational suffix ("Jr.", "III") tells a son from his father only where some article names
 *   both: copy writes "Joseph R. Biden Jr." for the Joe Biden of other copy;
 * - a name that is only a role ("the spokesman") is its own identity in its own article;
 * - organisations are one identity per name.
 *
 * Pure: it takes each article's people and quote counts and returns data.
 */
import type { Person } from "../article/facts.ts";
import { generationOf, ownNameWords } from "./names.ts";
import { words } from "./terms.ts";
import type { ArticleRef } from "./types.ts";

/** What identities are made from: one article's people and how often each is quoted. */
export interface ArticlePeople {
  article: ArticleRef;
  people: readonly Person[];
  /** Quotes per person id. */
  quoted: ReadonlyMap<string, number>;
}

/** A person (or organisation) as the archive knows them. */
export interface Identity {
  /** Stable while the archive's names are: the folded full name ("hillary clinton"). */
  key: string;
  /** The fullest name used for them. */
  name: string;
  kind: Person["kind"];
  /** Every name and alias the articles use. */
  names: string[];
  /** Each title they are given, with the first and last article date it was used. */
  titles: { title: string; first: string | null; last: string | null }[];
  /** The people, in their articles, who are this identity. */
  mentions: { article: string; personId: string }[];
  /** Attributed quotes across the archive. */
  quotes: number;
}

/** A surname alone joins a full name only when that name has this share of the surname's people. */
const SURNAME_DOMINANCE = 0.8;

const SHORT_FORMS: Record<string, string> = Object.fromEntries(
  `bill:william will:william billy:william bob:robert bobby:robert rob:robert jim:james jimmy:james
  mike:michael mick:michael tony:anthony tom:thomas tommy:thomas dick:richard rick:richard
  dan:daniel danny:daniel dave:david joe:joseph chris:christopher steve:stephen nick:nicholas
  ed:edward ted:edward ken:kenneth ron:ronald don:donald andy:andrew alex:alexander ben:benjamin
  sam:samuel matt:matthew pat:patrick jeff:jeffrey greg:gregory larry:lawrence jerry:gerald
  charlie:charles chuck:charles liz:elizabeth beth:elizabeth kate:katherine kathy:katherine
  jenny:jennifer jen:jennifer sue:susan meg:margaret peggy:margaret becky:rebecca`
    .split(/\s+/)
    .map((pair) => pair.split(":") as [string, string]),
);

/** The parts of a person's name that identify them: first and last, folded; null for a role. */
export function nameKey(name: string): { first: string | null; last: string } | null {
  // A role written out ("the spokesman") is not a name: names are capitalised in copy.
  if (!/^\p{Lu}/u.test(name) || /^(?:the|a|an)\s/i.test(name)) return null;
  const parts = ownNameWords(name);
  if (parts.length === 0) return null;
  const last = parts[parts.length - 1]!;
  if (parts.length === 1) return { first: null, last };
  const first = parts[0]!.length === 1 && parts.length > 2 ? parts[1]! : parts[0]!;
  return { first: SHORT_FORMS[first] ?? first, last };
}

/** Gathers the people of every article into identities, most quoted first. */
export function identify(articles: Iterable<ArticlePeople>): Identity[] {
  const entries = [...articles];
  const fathersAndSons = namesOfFatherAndSon(entries);
  const byKey = new Map<string, Identity>();
  const surnameOnly: { entry: ArticlePeople; person: Person; last: string }[] = [];
  const stated = new StatedGenders();
  const add = (key: string, entry: ArticlePeople, person: Person) => {
    let identity = byKey.get(key);
    if (!identity) {
      identity = {
        key,
        name: person.name,
        kind: person.kind,
        names: [],
        titles: [],
        mentions: [],
        quotes: 0,
      };
      byKey.set(key, identity);
    }
    mention(identity, entry, person);
    stated.note(identity, person.gender);
  };
  for (const entry of entries) {
    for (const person of entry.people) {
      if (person.kind === "organisation") {
        add(`org:${words(person.name).join(" ")}`, entry, person);
        continue;
      }
      const key = nameKey(person.name);
      if (!key) add(`role:${entry.article.id}:${person.id}`, entry, person);
      else if (key.first === null) surnameOnly.push({ entry, person, last: key.last });
      else {
        const full = `${key.first} ${key.last}`;
        const son = fathersAndSons.has(full) ? generationOf(person.name) : null;
        add(son ? `${son}:${full}` : full, entry, person);
      }
    }
  }
  const bySurname = new Map<string, Identity[]>();
  for (const identity of byKey.values()) {
    if (identity.kind !== "person" || identity.key.startsWith("role:")) continue;
    const last = identity.key.split(" ").at(-1)!;
    bySurname.set(last, [...(bySurname.get(last) ?? []), identity]);
  }
  for (const { entry, person, last } of surnameOnly) {
    const owner = surnameOwner(bySurname.get(last) ?? [], person.gender, stated);
    if (owner) mention(owner, entry, person);
    else add(last, entry, person);
  }
  return [...byKey.values()].sort((a, b) => b.quotes - a.quotes || a.key.localeCompare(b.key));
}

/**
 * The full names some article gives two people, one with a generational suffix and one without
 * ("Donald Trump" and "Donald Trump Jr."): father and son, told apart in every article. A suffix
 * alone tells no one apart: "Joseph R. Biden Jr." is the Joe Biden of other copy.
 */
function namesOfFatherAndSon(entries: readonly ArticlePeople[]): Set<string> {
  const found = new Set<string>();
  for (const { people } of entries) {
    const plain = new Set<string>();
    const suffixed = new Set<string>();
    for (const person of people) {
      const key = person.kind === "person" ? nameKey(person.name) : null;
      if (key?.first) (generationOf(person.name) ? suffixed : plain).add(`${key.first} ${key.last}`);
    }
    for (const full of suffixed) if (plain.has(full)) found.add(full);
  }
  return found;
}

/** The genders the articles state of each identity's people (`Person.gender`: never guessed). */
class StatedGenders {
  private readonly counts = new Map<Identity, { f: number; m: number }>();

  note(identity: Identity, gender: Person["gender"]): void {
    if (!gender) return;
    const count = this.counts.get(identity) ?? { f: 0, m: 0 };
    count[gender]++;
    this.counts.set(identity, count);
  }

  /** Whether the articles state `gender` of the identity more often than the other. */
  says(identity: Identity, gender: "f" | "m"): boolean {
    const count = this.counts.get(identity);
    return count !== undefined && count[gender] > count[otherGender(gender)];
  }
}

const otherGender = (gender: "f" | "m"): "f" | "m" => (gender === "f" ? "m" : "f");

/**
 * Whose a surname alone is: the identity holding nearly all the surname's mentions, unless the
 * articles state its gender and the surname's person is stated the other ("Mrs Pearce" is not Stuart
 * Pearce, nor "Mr. Clinton" Hillary Clinton, however many of the Clintons' mentions are hers); then
 * the one of theirs holding nearly all those stated to be of that gender, if any.
 */
function surnameOwner(
  candidates: readonly Identity[],
  gender: Person["gender"],
  stated: StatedGenders,
): Identity | null {
  const owner = dominant(candidates);
  if (!owner || !gender || !stated.says(owner, otherGender(gender))) return owner;
  return dominant(candidates.filter((c) => stated.says(c, gender)));
}

/** The identity holding nearly all the mentions of a surname, if there is one. */
function dominant(candidates: readonly Identity[]): Identity | null {
  if (candidates.length === 0) return null;
  const total = candidates.reduce((sum, c) => sum + c.mentions.length, 0);
  const top = candidates.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
  return top.mentions.length >= total * SURNAME_DOMINANCE ? top : null;
}

function mention(identity: Identity, entry: ArticlePeople, person: Person): void {
  identity.mentions.push({ article: entry.article.id, personId: person.id });
  identity.quotes += entry.quoted.get(person.id) ?? 0;
  for (const name of [person.name, ...person.aliases])
    if (!identity.names.includes(name)) identity.names.push(name);
  // The fullest form names them: "Hillary Rodham Clinton" over "Clinton".
  if (words(person.name).length > words(identity.name).length) identity.name = person.name;
  if (person.title) noteTitle(identity, person.title, entry.article.published);
}

function noteTitle(identity: Identity, title: string, published: string | null): void {
  const folded = words(title).join(" ");
  const known = identity.titles.find((t) => words(t.title).join(" ") === folded);
  if (!known) {
    identity.titles.push({ title, first: published, last: published });
    return;
  }
  if (published && (!known.first || published < known.first)) known.first = published;
  if (published && (!known.last || published > known.last)) known.last = published;
}

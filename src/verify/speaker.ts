/**
 * Is the person a claim names the person an article quotes? "Kelly", "John Kelly", "Mr Kelly" and
 * "Secretary Kelly" all name John Kelly; "John Kellly" does too (one slip in a long word), "Mary
 * Kelly" does not.
 * Pure.
 */
import type { Person } from "../article/facts.ts";
import { NOT_NAME_WORDS, typedNameWords } from "../qa/names.ts";
import { editDistance, words } from "../qa/terms.ts";

/**
 * A person's name as a byline would give it: "Rep. Elijah Cummings of Maryland" is Elijah Cummings,
 * "former South Carolina Gov. Jim Hodges" is Jim Hodges. A name that opens with a title is a
 * person's, whatever kind the parser gave it; other organisations ("Bank of England") stay whole,
 * and so do names the parser took as they are ("Mr. King").
 */
export function fullName(person: Person): string {
  const parts = person.name.split(/\s+/);
  const titled = (w: string) => NOT_NAME_WORDS.has(words(w)[0] ?? "") && !/^(mr|mrs|ms|dr)\.?$/i.test(w);
  if (person.kind !== "person" && !titled(parts[0] ?? "")) return person.name;
  const bare = person.name
    .replace(/\s+of\s+\p{Lu}.*$|,.*$/su, "")
    .trim()
    .split(/\s+/);
  // The name starts after the last title word that leaves at least two words.
  let start = 0;
  for (let k = 0; k < bare.length - 2; k++) if (titled(bare[k]!)) start = k + 1;
  return bare.slice(start).join(" ") || person.name;
}

function same(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1;
}

/**
 * Every name word typed matches a word of the person's name or aliases, and one of them the
 * surname (or an alias standing alone): a first name alone names nobody. Or the words typed are
 * all in the person's title ("the Homeland Security Secretary").
 */
export function speakerMatches(person: Person, typed: string): boolean {
  return speakerMatcher(typed)(person);
}

/** `speakerMatches` for many people: the typed name read once. */
export function speakerMatcher(typed: string): (person: Person) => boolean {
  const want = typedNameWords(typed);
  const titled = words(typed).filter((w) => w !== "the");
  return (person) => namedBy(person, want) || titledBy(person, titled);
}

/** What a person's names and title are matched by, worked out once per person. */
interface Names {
  have: string[];
  full: string[];
  singles: string[];
  title: string[];
}

const NAMES = new WeakMap<Person, Names>();

function namesOf(person: Person): Names {
  let names = NAMES.get(person);
  if (!names) {
    names = {
      have: [person.name, ...person.aliases].flatMap((n) => words(n)),
      full: typedNameWords(fullName(person)),
      singles: person.aliases
        .map((a) => typedNameWords(a))
        .filter((a) => a.length === 1)
        .flat(),
      title: words(person.title ?? ""),
    };
    NAMES.set(person, names);
  }
  return names;
}

function titledBy(person: Person, typed: string[]): boolean {
  const { title } = namesOf(person);
  return typed.length > 0 && typed.every((w) => title.some((t) => same(w, t)));
}

function namedBy(person: Person, want: string[]): boolean {
  if (want.length === 0) return false;
  const { have, full, singles } = namesOf(person);
  const surname = full[full.length - 1];
  // An article that names someone only as "Mr Kelly" cannot contradict "John Kelly".
  const known = full.length > 1 ? want : want.slice(-1);
  if (!known.every((w) => have.some((h) => same(w, h)))) return false;
  return want.some((w) => (surname !== undefined && same(w, surname)) || singles.some((s) => same(w, s)));
}

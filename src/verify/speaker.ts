/**
 * Is the person a claim names the person an article quotes? "Kelly", "John Kelly", "Mr Kelly" and
 * "Secretary Kelly" all name John Kelly; "Jon Kelly" does too (one slip), "Mary Kelly" does not.
 * Pure.
 */
import type { Person } from "../article/facts.ts";
import { editDistance, words } from "../qa/terms.ts";

/** Words that come before a name without being part of it. */
const HONORIFICS = new Set(
  `mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend fr father president vice
  senator sen rep representative congressman congresswoman gov governor gen general col colonel
  minister prime secretary chancellor mayor judge justice chief commissioner ambassador pope the
  former deputy acting leader speaker house mp qc kc jr sr`.split(/\s+/),
);

/** The words of a typed name that must match: honorifics and titles left out, and "of Maryland". */
export function nameWords(typed: string): string[] {
  return words(typed.replace(/\s+of\s.*$|,.*$/s, "")).filter((w) => !HONORIFICS.has(w));
}

/**
 * A person's name as a byline would give it: "Rep. Elijah Cummings of Maryland" is Elijah Cummings,
 * "House Speaker Paul Ryan" is Paul Ryan. Names the parser took as they are ("Mr. King") stay so.
 */
export function fullName(person: Person): string {
  if (person.kind !== "person") return person.name;
  let name = person.name.replace(/\s+of\s+\p{Lu}.*$|,.*$/su, "").trim();
  for (;;) {
    const [first, ...rest] = name.split(/\s+/);
    if (rest.length < 2 || !HONORIFICS.has(words(first!)[0] ?? "") || /^(mr|mrs|ms|dr)\.?$/i.test(first!))
      break;
    name = rest.join(" ");
  }
  return name || person.name;
}

function same(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 5 && b.length >= 5 && editDistance(a, b, 1) <= 1;
}

/**
 * Every name word typed matches a word of the person's name or aliases, and one of them the
 * surname (or an alias standing alone): a first name alone names nobody. With only a title typed
 * ("the president"), the title must hold every word.
 */
export function speakerMatches(person: Person, typed: string): boolean {
  const want = nameWords(typed);
  if (want.length === 0) {
    const titled = words(typed).filter((w) => w !== "the");
    const title = words(person.title ?? "");
    return titled.length > 0 && titled.every((w) => title.some((t) => same(w, t)));
  }
  const have = [person.name, ...person.aliases].flatMap((n) => words(n));
  const full = nameWords(person.name);
  const surname = full[full.length - 1];
  // An article that names someone only as "Mr Kelly" cannot contradict "John Kelly".
  const known = full.length > 1 ? want : want.slice(-1);
  if (!known.every((w) => have.some((h) => same(w, h)))) return false;
  const singles = person.aliases
    .map((a) => nameWords(a))
    .filter((a) => a.length === 1)
    .flat();
  return want.some((w) => (surname !== undefined && same(w, surname)) || singles.some((s) => same(w, s)));
}

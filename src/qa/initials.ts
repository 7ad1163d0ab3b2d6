/**
 * Bodies written by their initials or in full ("the FBI" / "the Federal Bureau of Investigation"):
 * how a question's words, a title and a body's name are read both ways. What a question asks an
 * article to hold (`asked-names.ts`) and who it asks about (`asked-people.ts`) read them alike.
 */
import type { Person } from "../article/facts.ts";
import { isStopword, words } from "./terms.ts";

/** A name written in capitals: "US", "U.S.", "FBI" (two to six letters). */
export const ACRONYM = /(?<![\p{L}\p{N}.])(?:(?:\p{Lu}\.){2,6}|\p{Lu}{2,6}(?![\p{L}\p{N}]))/gu;
/** Capitalised words in a row, the small words of a name between them ("Bureau of Investigation"). */
export const NAME_RUN = /\p{Lu}\p{Ll}+(?:\s+(?:(?:of|and|for|the)\s+)*\p{Lu}\p{Ll}+)+/gu;

/**
 * A run's initials (folded), its small words left out: "Federal Bureau of Investigation" is "fbi";
 * a sentence's capitalised first word ("The United States") is no part of the name.
 */
export function initialsOfRun(run: string): string | null {
  const initials = initialsOfWords(run).join("");
  return initials.length >= 2 && initials.length <= 6 ? initials : null;
}

/** The initials of every run of two to six words within a run: a name may stand inside a longer one. */
export function initialsWithin(run: string): string[] {
  const initials = initialsOfWords(run);
  const found: string[] = [];
  for (let from = 0; from < initials.length; from++)
    for (let to = from + 2; to <= Math.min(initials.length, from + 6); to++)
      found.push(initials.slice(from, to).join(""));
  return found;
}

function initialsOfWords(run: string): string[] {
  return run
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}/u.test(w) && !isStopword(w.toLowerCase()))
    .map((w) => w[0]!.toLowerCase());
}

/** Words an acronym leaves out: "the Federal Bureau of Investigation" is the FBI. */
const INITIAL_SKIPS = new Set(words("the a an of for and on in to"));

/** The initials of a name of two to six words, however cased ("drug enforcement administration" → "dea"), or null. */
export function initialsOf(name: string): string | null {
  const kept = words(name).filter((w) => !INITIAL_SKIPS.has(w));
  return kept.length >= 2 && kept.length <= 6 ? kept.map((w) => w[0]).join("") : null;
}

/** The words of `asked` an acronym would keep: "the DEA" is "dea". */
export const withoutSkips = (asked: readonly string[]): string[] =>
  asked.filter((w) => !INITIAL_SKIPS.has(w));

/** Whether a body's whole name is these initials ("the DEA"). */
export function isInitials(person: Person, initials: string): boolean {
  return person.kind === "organisation" && withoutSkips(words(person.name)).join("") === initials;
}

/**
 * Whether a body asked by `asked` (its words) is `person` by initials, one way or the other: "the Drug
 * Enforcement Administration" is "the DEA", "the CBP" is "Customs and Border Protection".
 */
export function namedByInitials(asked: readonly string[], person: Person): boolean {
  const kept = withoutSkips(asked);
  const initials = initialsOf(kept.join(" "));
  if (initials !== null) return isInitials(person, initials);
  return kept.length === 1 && person.kind === "organisation" && initialsOf(person.name) === kept[0];
}

/**
 * The initials a title uses and what they stand for there, both ways: an acronym's letters ("AK" in
 * "AK chief"), or a run of capitalised words and its initials ("National Rifle Association" in
 * "spokesman for the National Rifle Association"), as [initials, words of the full name].
 */
export function titleInitials(title: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const acronym of title.match(ACRONYM) ?? []) out.push([acronym.replace(/\./g, "").toLowerCase(), []]);
  for (const run of title.match(NAME_RUN) ?? []) {
    const initials = initialsOfRun(run);
    if (initials) out.push([initials, words(run)]);
  }
  return out;
}

/**
 * The asked words with a run whose initials are `short` written as `short`, or, when `long` is known,
 * with the word `short` written as `long`; null when neither stands in them.
 */
export function respell(asked: readonly string[], short: string, long: readonly string[]): string | null {
  if (long.length > 0) {
    const at = asked.indexOf(short);
    return at < 0 ? null : [...asked.slice(0, at), ...long, ...asked.slice(at + 1)].join(" ");
  }
  // (The run qualifies the role, never ends the description: "the Utah senator" is no "US" anything.)
  for (let from = 0; from < asked.length; from++) {
    for (let to = from + 2; to <= Math.min(asked.length - 1, from + 6); to++) {
      if (initialsOf(asked.slice(from, to).join(" ")) === short)
        return [...asked.slice(0, from), short, ...asked.slice(to)].join(" ");
    }
  }
  return null;
}

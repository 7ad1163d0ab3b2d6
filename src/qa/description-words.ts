/**
 * Words of a description that tell one person from another beside a title: an age ("the 21-year-old
 * skater"), and the country an article is set in, whose office-holders copy names without it
 * ("Ukraine's president" for "the new President, Viktor Yushchenko"). Used by `described.ts`.
 */
import type { Facts } from "../article/facts.ts";
import { DEMONYMS } from "../article/lexicon.ts";
import { COUNTRIES } from "../article/places.ts";

/**
 * An age as one word ("age21"), the same whether asked ("the 21-year-old skater") or written
 * ("Fifteen-year-old Donald Young"): an age tells one person from another as a name does.
 */
export function markAges(text: string): string {
  return text.replace(AGE_DESCRIBED, (whole, n: string) => {
    const age = /^\d+$/.test(n) ? n : AGE_WORDS.get(n.toLowerCase());
    return age ? ` age${age} ` : whole;
  });
}
const AGE_DESCRIBED = /\b(\d{1,3}|[a-z]+)-year-old\b/gi;
/** "Nesa Guzman, 21, …": the age set right after a name, as one word, if any. */
export function appositeAge(afterName: string): string | null {
  const aged = AGE_APPOSED.exec(afterName);
  return aged ? `age${aged[1]}` : null;
}
const AGE_APPOSED = /^,\s*(\d{1,3}),/;
export const AGE_WORD = /^age\d+$/;
/** How many words an age counts for in a description. */
export const AGE_WEIGHT = 2;
const AGE_WORDS = new Map(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty`
    .split(/\s+/)
    .map((word, k) => [word, String(k + 1)]),
);

/**
 * The country an article is set in: the one it names most, twice at least. Copy set in one country
 * calls its office-holders "the new President, Viktor Yushchenko" without the country's name, so
 * "Ukraine's president" is a titled person of an article set in Ukraine, unless the words beside
 * them name another country or its people ("Russian President Vladimir Putin"); for less than one
 * the copy writes beside the country ("Mexican President Enrique Pena Nieto" over "President Trump").
 */
export function homeCountry(facts: Facts): string | null {
  const cached = HOMES.get(facts);
  if (cached !== undefined) return cached;
  const counts = new Map<string, number>();
  for (const sentence of facts.sentences)
    for (const [word] of sentence.text.matchAll(CAPITALISED))
      if (COUNTRIES.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const [best, next] = [...counts].sort((a, b) => b[1] - a[1]);
  const home = best && best[1] >= 2 && best[1] > (next?.[1] ?? 0) ? best[0].toLowerCase() : null;
  HOMES.set(facts, home);
  return home;
}
const HOMES = new WeakMap<Facts, string | null>();
const CAPITALISED = /\p{Lu}\p{Ll}+/gu;
/** How much the article's own country counts for a description's country the copy never writes beside the name. */
export const HOME_MATCH = 0.5;
const COUNTRY_WORDS = new Set([...COUNTRIES, ...DEMONYMS].map((w) => w.toLowerCase()));

/**
 * Whether the words beside a person name a country, or its people, other than `home` ("Mexican" is
 * Mexico's: a people's name begins as its country's does).
 */
export function namesOtherCountry(nearWords: ReadonlySet<string>, home: string): boolean {
  for (const word of nearWords)
    if (COUNTRY_WORDS.has(word) && !word.startsWith(home.slice(0, SAME_COUNTRY_PREFIX))) return true;
  return false;
}
const SAME_COUNTRY_PREFIX = 3;

/**
 * One identity per speaker across the archive, so that "John Kelly" in one article and "Mr Kelly" in
 * another are counted once. Within an article the parser has already joined "Kelly", "Mr Kelly" and
 * "Secretary Kelly" to one person; across articles a full name is the key, and a lone surname joins
 * the one full name in the archive that ends with it (two Kellys and it stays apart).
 * Unnamed sources ("a spokesman") are never the same source in two articles.
 */
import type { Person } from "../article/facts.ts";
import { slot } from "../maps.ts";
import { nameKey as personKey } from "../qa/identity.ts";
import { words } from "../qa/terms.ts";

export type SourceKind = "named" | "unnamed" | "organisation";

/** Descriptions of people the article does not name, which the parser files as groups. */
const UNNAMED_GROUPS = new Set(
  `officials sources aides advisers advisors critics supporters campaigners residents experts analysts
  observers witnesses spokespeople spokesmen spokeswomen lawyers insiders people ministers members
  workers staff colleagues friends relatives neighbours neighbors protesters activists`.split(/\s+/),
);

/** Names are capitalised; a description ends in a common noun ("a Home Office spokesman"). */
function isDescription(name: string): boolean {
  const last = name.split(" ").pop() ?? "";
  return /^\p{Ll}/u.test(last);
}

export function sourceKind(person: Person): SourceKind {
  const last = person.name.split(" ").pop()?.toLowerCase() ?? "";
  if (person.kind === "person") return isDescription(person.name) ? "unnamed" : "named";
  // "Officials said" opens a sentence capitalised; "Harbour officials" does not.
  return UNNAMED_GROUPS.has(last) ? "unnamed" : "organisation";
}

/**
 * A named person by the same key the archive uses ("Mr Kelly" → "kelly", "Bill Clinton" → "william
 * clinton"); an organisation by its folded name ("the Home Office" → "home office").
 */
function nameKey(person: Person): string {
  const key = sourceKind(person) === "named" ? personKey(person.name) : null;
  if (key) return key.first ? `${key.first} ${key.last}` : key.last;
  const folded = words(person.name);
  return (folded[0] === "the" && folded.length > 1 ? folded.slice(1) : folded).join(" ");
}

/** A speaker as it appears in one article. */
export interface Appearance {
  articleId: string;
  person: Person;
}

/**
 * Gives each appearance the key of its identity. Named people are keyed by first and last name, lone
 * surnames joined to the only full name ending in them; organisations by folded name; unnamed
 * sources by article and description.
 */
export function identityKeys(appearances: readonly Appearance[]): string[] {
  // People recur across articles: fold each name once.
  const keys = new Map<string, string>();
  const keyOf = (person: Person) => slot(keys, `${person.kind} ${person.name}`, () => nameKey(person));
  const kinds = appearances.map((a) => sourceKind(a.person));
  const bySurname = new Map<string, Set<string>>();
  appearances.forEach((a, i) => {
    if (kinds[i] !== "named") return;
    const key = keyOf(a.person);
    if (!key.includes(" ")) return;
    const surname = key.slice(key.lastIndexOf(" ") + 1);
    slot(bySurname, surname, () => new Set<string>()).add(key);
  });
  return appearances.map((a, i) => {
    const kind = kinds[i];
    if (kind === "unnamed") return `unnamed:${a.articleId}:${a.person.id}`;
    const key = keyOf(a.person);
    if (kind === "organisation") return `organisation:${key}`;
    const full = key.includes(" ") ? undefined : bySurname.get(key);
    return `named:${full?.size === 1 ? [...full][0] : key}`;
  });
}

/**
 * One identity per speaker across the archive, so that "John Kelly" in one article and "Mr Kelly" in
 * another are counted once. Within an article the parser has already joined "Kelly", "Mr Kelly" and
 * "Secretary Kelly" to one person; across articles a full name is the key, and a lone surname joins
 * the one full name in the archive that ends with it (two Kellys and it stays apart).
 * Unnamed sources ("a spokesman") are never the same source in two articles.
 */
import type { Person } from "../article/facts.ts";
import { COURTESY } from "../article/lexicon.ts";
import { slot } from "../maps.ts";

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

/** Lower case, accents and punctuation gone: "Peña Nieto" and "Pena Nieto" are one name. */
function fold(text: string): string {
  // Most names are plain ASCII letters and spaces: no need for the Unicode work below.
  if (/^[A-Za-z ]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Mr Kelly" → "kelly"; "the Home Office" → "home office". */
function nameKey(person: Person): string {
  const words = fold(person.name).split(" ");
  const first = words[0] ?? "";
  const drop = COURTESY.has(first) || COURTESY.has(`${first}.`) || first === "the";
  return (drop && words.length > 1 ? words.slice(1) : words).join(" ");
}

/** A speaker as it appears in one article. */
export interface Appearance {
  articleId: string;
  person: Person;
}

/**
 * Gives each appearance the key of its identity. Named people are keyed by folded full name, lone
 * surnames joined to the only full name ending in them; organisations by folded name; unnamed
 * sources by article and description.
 */
export function identityKeys(appearances: readonly Appearance[]): string[] {
  // People recur across articles: fold each name once.
  const keys = new Map<string, string>();
  const keyOf = (person: Person) => slot(keys, person.name, () => nameKey(person));
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

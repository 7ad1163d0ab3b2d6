/**
 * Names a personal pronoun points back to: evidence that two capitalised words name a person when no
 * list holds the first name and no verb of saying follows them ("Adaeze Ranginui wants to bring back
 * the 1990s. She has touted her husband's record …"). Places and organisations take "it", "its" and
 * "they"; people take "he", "she", "his", "her". Only a sentence's opening subject is read so: a
 * pronoun after an object ("won the Australian Open. She …") means the subject. The same pronouns
 * state the gender of a name no list of first names knows, or that it is an organisation's
 * (`referentsByPronouns`).
 */
import { slot } from "../maps.ts";
import {
  AUXILIARIES,
  DETERMINERS,
  GENDERED_ROLES,
  PREPOSITIONS,
  SPEECH_PAST,
  SPEECH_VERBS,
} from "./lexicon.ts";
import { type Token, withoutPossessive } from "./text.ts";

const PERSONAL = new Set(["he", "she", "his", "her", "him", "himself", "herself"]);
const IMPERSONAL = new Set(["it", "its", "they", "their", "them"]);

/** A name that opens its sentence as the subject: its words, its sentence and where it ends there. */
export interface NameAt {
  sentence: number;
  end: number;
  words: readonly Token[];
}

/**
 * The two-word names (lower case, "adaeze ranginui") that the next pronoun after them is personal,
 * before any other capitalised word could name someone else: in their sentence or the next for a
 * name opening its sentence; in their own sentence for one opening a clause with an auxiliary after
 * it ("and since then Haruto Petrenko has seen his standing tumble"). `common`: words the article
 * writes in lower case, which a name of this kind may not hold.
 */
export function namesTakingPronouns(
  sentences: readonly (readonly Token[])[],
  names: readonly WrittenName[],
  common: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  for (const { sentence, end, words, opens } of names) {
    if (words.length !== 2 || words.some((w) => !w.capitalised || common.has(w.lower))) continue;
    const tokens = sentences[sentence]!;
    if (!opens && !opensClause(tokens, end - words.length, end)) continue;
    const rest = tokens.slice(pastHome(tokens, end));
    if (pronounNext(rest, opens ? (sentences[sentence + 1] ?? []) : []) !== null)
      found.add(nameKey(words.map((w) => w.lower)));
  }
  return found;
}

/** Past "of Oakland" after a name: where someone is from names no one else a pronoun could mean. */
function pastHome(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.lower !== "of") return end;
  let k = end + 1;
  while (tokens[k]?.kind === "word" && tokens[k]!.capitalised) k++;
  return k > end + 1 ? k : end;
}

/**
 * A name mid-sentence as the subject of its clause ("and since then Haruto Petrenko has seen his
 * standing tumble"): an auxiliary after it, and no article, preposition, possessive or number
 * before it, nor an article and an adjective ("the 1965 Fender Stratocaster was used by the
 * musician … in his studio", "at Old Trafford is still up in the air as he …", "the left-leaning
 * Brookings Institution had this to say about his …").
 */
function opensClause(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  if (before && (/^\d/.test(before.text) || (before.kind === "word" && modifiesNoun(before)))) return false;
  const adjective = before?.kind === "word" && !before.capitalised;
  if (adjective && DETERMINERS.has(tokens[start - 2]?.lower ?? "")) return false;
  return AUXILIARIES.has(tokens[end]?.lower ?? "");
}

const modifiesNoun = (t: Token) => t.possessive || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower);

/** The first pronoun in `rest`, then in `next`, if personal and no capitalised word stands before it. */
function pronounNext(rest: readonly Token[], next: readonly Token[]): string | null {
  let place = false;
  for (const [k, t] of [...rest.map((t, i) => [i + 1, t] as const), ...next.map((t, i) => [i, t] as const)]) {
    if (t.kind !== "word") {
      place = false;
      continue;
    }
    if (PERSONAL.has(t.lower)) return t.lower;
    // "has worked at St Thomas' hospital": capitals after a preposition of place are where, not who.
    if (t.capitalised && k > 0 && place) continue;
    place = !t.capitalised && PLACE_PREPOSITIONS.has(t.lower);
    // Another capitalised word (past a sentence's first) may name the one the pronoun means.
    if (IMPERSONAL.has(t.lower) || (t.capitalised && k > 0)) return null;
  }
  return null;
}
const PLACE_PREPOSITIONS = new Set(["at", "in", "near", "outside", "inside", "across", "throughout"]);

/** The pronoun that opens what someone said, and the gender it states. */
const SUBJECT_GENDER = new Map<string, "m" | "f">([
  ["he", "m"],
  ["she", "f"],
]);

/** A name as a sentence writes it: its words (title left out), where it ends, whether it opens the sentence. */
export interface WrittenName extends NameAt {
  opens: boolean;
}

/** What a pronoun that means a name tells of it: a man's, a woman's, or an organisation's ("it"). */
export type Referent = "m" | "f" | "organisation";

/** "X said it …": the one pronoun of a thing that speaks, an organisation. */
const SAID_SUBJECT = new Map<string, Referent>([...SUBJECT_GENDER, ["it", "organisation"]]);

/** What the copy's pronouns state of a name (`referentsByPronouns`), by its words in lower case. */
export type PronounReferents = (nameWords: readonly string[]) => Referent | null;

/**
 * What the copy's pronouns state of its names, read over the whole article before anyone is
 * attributed, so that a name no list of first names knows has its gender from its own story, not
 * from the first pronoun read near it: the pronoun that opens what a name said, right after the verb
 * ("Banerjee said she was spurred", "Okonkwo says that he …"; "Siemens said it …", an organisation),
 * and the first personal pronoun after a name opening its sentence, in that sentence and before any
 * other capitalised word, when it is "he" or "she". A name gets one only when all its pronouns
 * agree; a surname alone speaks for a full name only where no other full name ends in it ("Trump
 * says he" is not of Ivanka Trump's).
 */
export function referentsByPronouns(
  sentences: readonly (readonly Token[])[],
  names: readonly WrittenName[],
): PronounReferents {
  const votes = new Map<string, Referent | null>();
  const fullNames = new Map<string, Set<string>>();
  for (const name of names) {
    const key = nameKey(name.words.map((w) => w.lower));
    if (name.words.length > 1) slot(fullNames, key.split(" ").at(-1)!, () => new Set()).add(key);
    const gender = pronounGender(sentences, name);
    if (gender) votes.set(key, votes.has(key) && votes.get(key) !== gender ? null : gender);
  }
  return (nameWords) => {
    const key = nameKey(nameWords.map((w) => w.toLowerCase()));
    const surname = key.split(" ").at(-1)!;
    const own = votes.get(key);
    if (own !== undefined) return own;
    const namesakes = fullNames.get(surname);
    return namesakes && namesakes.size === 1 && namesakes.has(key) ? (votes.get(surname) ?? null) : null;
  };
}

/** The gender one written name's pronoun states: "X said she …", or "X … he …" in a sentence X opens. */
function pronounGender(sentences: readonly (readonly Token[])[], name: WrittenName): Referent | null {
  const { sentence, end, words, opens } = name;
  const tokens = sentences[sentence]!;
  if (words.length === 0 || words.at(-1)!.possessive) return null;
  const verb = tokens[end];
  if (
    verb?.kind === "word" &&
    !verb.capitalised &&
    (SPEECH_PAST.has(verb.lower) || SPEECH_VERBS.has(verb.lower))
  ) {
    const next = tokens[end + 1]?.lower === "that" ? tokens[end + 2] : tokens[end + 1];
    const said = next?.kind === "word" ? SAID_SUBJECT.get(next.lower) : undefined;
    if (said) return said;
  }
  if (!opens) return null;
  const stated = copulaGender(tokens, end);
  if (stated) return stated;
  // Only a subject pronoun, and in the same sentence: "him" or "her" after the name is as often
  // someone else ("Janie Hendrix, the guitarist's stepsister, said … a road named after him"), and
  // so is a "she" in the next ("Sanders is not the first … when a man tells a woman that she …").
  const pronoun = pronounNext(tokens.slice(end), []);
  return pronoun ? (SUBJECT_GENDER.get(pronoun) ?? null) : null;
}

/**
 * The gender a name's own predicate states: "Omar is one of the first two Muslim women elected",
 * "Ortiz was a mother of three", "Okafor is the son of …". Only right after "is" or "was", past an
 * article ("one of the", "among the") and at most three modifiers, so that the noun is the
 * predicate's own head, not a word of a later phrase ("is a lawyer for the woman's family").
 */
function copulaGender(tokens: readonly Token[], end: number): "m" | "f" | null {
  if (!COPULAS.has(tokens[end]?.lower ?? "")) return null;
  let k = end + 1;
  if (tokens[k]?.lower === "one" || tokens[k]?.lower === "among") k += tokens[k + 1]?.lower === "of" ? 2 : 1;
  if (DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
  for (const last = k + 3; k <= last; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || t.possessive) return null;
    const gender = PREDICATE_GENDER.get(t.lower);
    if (gender) return gender;
    if (NOT_MODIFIERS.has(t.lower)) return null;
  }
  return null;
}
const COPULAS = new Set(["is", "was"]);
/** Nouns that say a person's sex as a predicate: kin, "woman", "man", and the gendered roles. */
const PREDICATE_GENDER = new Map<string, "m" | "f">([
  ...GENDERED_ROLES,
  ...(["woman", "women", "girl", "grandmother", "actress", "businesswoman"] as const).map(
    (w) => [w, "f"] as const,
  ),
  ...(["man", "men", "boy", "grandfather", "businessman"] as const).map((w) => [w, "m"] as const),
]);
/** Words that end an article's modifiers: a preposition or a clause's start, past which a noun is another's. */
const NOT_MODIFIERS = new Set([...PREPOSITIONS, "who", "whose", "that", "which", "and", "or", "but", "not"]);

/** A name's words as one key, possessives dropped: "aigerim banerjee". */
function nameKey(words: readonly string[]): string {
  return words.map(withoutPossessive).join(" ");
}

/** Words that open a description of someone unnamed: "my mother", "his wife", "the woman". */
const DESCRIBES = new Set(["the", "a", "an", "my", "his", "her", "their", "our", "your"]);
/** Words for a person that state the gender, beyond the roles and kin that come before a name. */
const GENDERED_PEOPLE = new Map<string, "m" | "f">([
  ...GENDERED_ROLES,
  ["woman", "f"],
  ["girl", "f"],
  ["man", "m"],
  ["boy", "m"],
]);

/**
 * Whether the sentence opens on a description of someone unnamed, of gender `want`, as its subject
 * ("My mother has softened with age, but even now she still says …"), before the pronoun at `at`.
 * Not a possessive ("His father's death drives him, he said") nor a name's role ("His wife Jane").
 */
export function opensOnUnnamed(
  tokens: readonly Token[],
  spans: readonly { start: number; end: number }[],
  at: number,
  want: "m" | "f",
): boolean {
  const head = tokens[1];
  if (at < 3 || !head || head.possessive || !DESCRIBES.has(tokens[0]!.lower)) return false;
  return GENDERED_PEOPLE.get(head.lower) === want && !spans.some((s) => s.start <= 2 && s.end > 1);
}

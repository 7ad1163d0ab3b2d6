/**
 * Which person named before a short form of a name means, where the form alone would not be read as
 * a name: a surname after a courtesy title ("Mr French" for Philip French), a family name written
 * first ("Mr Li" for Li Keqiang).
 */
import { isFirstName } from "./first-names.ts";
import { isPinyinName } from "./lexicon.ts";
import type { Entity, Registry } from "./registry.ts";
import { withoutPossessive } from "./text.ts";

/** The people named in full before whose surname `word` is ("French" for Philip French). */
export function fullNamesEndingIn(registry: Registry, word: string): Entity[] {
  return registry
    .matchName([withoutPossessive(word)])
    .filter((p) => p.kind === "person" && p.nameWords.length > 1);
}

/**
 * "Mr Li" for Li Keqiang, "Mr Moon" for Moon Jae-in, "Ms Zhang" for Zhang Min: a courtesy title
 * before the family name, which Chinese and Korean names put first (a given name in pinyin syllables
 * or joined by a hyphen after it, or a family name in pinyin that is no listed first name).
 */
export function familyNameFirst(registry: Registry, word: string): Entity | undefined {
  const person = registry.matchFirstName(word);
  const given = person?.nameWords.length === 2 ? person.nameWords[1]! : "";
  const family = word.toLowerCase();
  const pinyinFamily = isPinyinName(family) && !isFirstName(family);
  return given &&
    (pinyinFamily || isPinyinName(given.toLowerCase()) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(given))
    ? person
    : undefined;
}

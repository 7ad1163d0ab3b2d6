/**
 * Names asked as they sound: "Sadiq Kahn" for Sadiq Khan, "Luther Pait" for Luther Stan Pate IV. A
 * name misspelt by ear can be too far in letters for a close spelling ("Pait" / "Pate") yet sound
 * the same; the Double Metaphone codes (the `double-metaphone` package) tell which name words sound
 * alike.
 */
import { doubleMetaphone } from "double-metaphone";
import type { Person } from "../article/facts.ts";
import { bearerWords } from "./names.ts";
import { words } from "./terms.ts";

/**
 * `text` with each word that is no word of the people's names, but sounds like one, spelt as that
 * name word is; null when no word was respelt.
 */
export function respeltBySound(text: string, people: readonly Person[]): string | null {
  const known = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap(bearerWords)));
  // Each name word's code, worked out once for all the asked words.
  const sounds = [...known]
    .filter((w) => w.length >= 3)
    .map((w) => ({ word: w, sound: doubleMetaphone(w)[0] }));
  let respelt = false;
  const out = words(text).map((word) => {
    if (word.length < 3 || known.has(word)) return word;
    const sound = doubleMetaphone(word)[0];
    const alike = sounds.find((k) => k.word[0] === word[0] && k.sound === sound);
    if (!alike) return word;
    respelt = true;
    return alike.word;
  });
  return respelt ? out.join(" ") : null;
}

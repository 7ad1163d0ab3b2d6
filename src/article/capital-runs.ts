/**
 * Runs of capitalised words that may hold a person's name, and where one name's run ends before
 * another's: a title and a name join ("US Homeland Security Secretary John Kelly"), as do particles
 * ("Oscar de la Hoya") and a generational suffix ("Martin Luther King III"); a verb of saying in a
 * Title Case headline, or a first name after a full name, parts two names.
 */
import { isFirstName } from "./first-names.ts";
import {
  COURTESY,
  isAcronym,
  isNameSuffix,
  isSpeechVerbForm,
  JOINED_PARTICLES,
  NAME_PARTICLES,
  TITLE_HEADS,
} from "./lexicon.ts";
import type { CapitalRun } from "./speaking.ts";
import { isWord, type Token } from "./text.ts";

function joinable(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!isWord(t)) return false;
  // "Chris Christie Calls Hillary Clinton": in a Title Case headline, a verb of saying parts two names.
  if (i > 0 && t.capitalised && isSpeechVerbForm(t.lower)) return false;
  const next = tokens[i + 1];
  // Acronyms join only as part of a title ("US Homeland Security Secretary"), numerals only as a
  // generational suffix ("Martin Luther King III").
  if (t.capitalised && (!isAcronym(t.text) || next?.capitalised)) return true;
  if (i > 0 && isNameSuffix(t.text) && tokens[i - 1]!.capitalised) return true;
  const prev = tokens[i - 1];
  if (!prev || prev.possessive || !(prev.capitalised || NAME_PARTICLES.has(prev.lower))) return false;
  // "Khalid al-Falih", "Abdel Fattah el-Sisi": an Arabic article joined to the surname.
  if (JOINED_PARTICLE.test(t.text)) return true;
  // "Oscar de la Hoya", "Pieter van der Linden": particles may chain before the surname.
  if (NAME_PARTICLES.has(t.lower)) {
    return Boolean(
      next?.capitalised || (NAME_PARTICLES.has(next?.lower ?? "") && tokens[i + 2]?.capitalised),
    );
  }
  // "Secretary of State"
  return (t.lower === "of" || t.lower === "for") && TITLE_HEADS.has(prev.lower) && Boolean(next?.capitalised);
}

const JOINED_PARTICLE = new RegExp(`^(?:${JOINED_PARTICLES})-\\p{Lu}`, "u");

export function capitalRuns(tokens: readonly Token[]): CapitalRun[] {
  const runs: CapitalRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]?.capitalised || !joinable(tokens, i)) {
      i++;
      continue;
    }
    const start = i;
    let end = -1;
    while (i < tokens.length && joinable(tokens, i) && !(i > start && tokens[i - 1]!.possessive)) {
      end = firstNameEnd(tokens, start, i);
      if (end >= 0) break;
      i++;
    }
    runs.push({ start, end: end >= 0 ? end : i });
  }
  return runs;
}

/**
 * "Carly Fiorina Endorses Ted Cruz" (a Title Case headline): a first name with a surname after it,
 * in a run that already holds a first name and surname, starts a second name; the words between
 * ("Endorses") belong to neither. Where the first name ends, else -1.
 */
function firstNameEnd(tokens: readonly Token[], start: number, i: number): number {
  if (i - start < 2 || !isFirstName(tokens[i]!.lower) || !tokens[i + 1]?.capitalised) return -1;
  // "Judge Daniel Porter Jordan III": a first name before a generational suffix is the surname.
  if (isNameSuffix(tokens[i + 1]!.text) && !tokens[i + 2]?.capitalised) return -1;
  const before = tokens[i - 1]!.lower;
  if (isFirstName(before) || TITLE_HEADS.has(before) || COURTESY.has(before)) return -1;
  for (let k = start; k < i - 1; k++) {
    if (isFirstName(tokens[k]!.lower) && isSurnameNotInitial(tokens[k + 1]!)) return k + 2;
  }
  return -1;
}

/** A surname, not an initial ("Joseph R. Murray II", "Christina N Luis Olidem" are one name). */
const isSurnameNotInitial = (t: Token) => !isFirstName(t.lower) && !/^\p{Lu}\.?$/u.test(t.text);

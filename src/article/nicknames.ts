/**
 * A nickname in quotation marks inside a name: Juan "Chico" Manriquez, Dwayne "The Rock" Johnson.
 * The marks set off part of the name, not words someone said, so they open no quote, and the
 * nickname is left out of the name's words (the person is "Juan Manriquez").
 */
import { isNameLikeWord } from "./dictionary.ts";
import { isFirstName } from "./first-names.ts";

/** The marks, one to three capitalised words, the marks again, then the surname. */
const NICKNAME = /^["“]\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}["”] \p{Lu}\p{Ll}/u;
/** The first name right before the nickname ("Felt "Invisible" As", a headline's words, is none: see `nicknameEnd`). */
const FIRST_NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) $/u;

/** The surname after the nickname: its first word. */
const SURNAME = /^\p{Lu}[\p{L}'’-]*/u;

/**
 * Where the nickname whose opening mark is at `i` ends (past its closing mark), or -1. The name
 * around it has a first name a list knows, or two words of three letters or more that no dictionary
 * holds (Sipho "Chico" Tuilagi), which a headline's words are not (He 'Won' By).
 */
export function nicknameEnd(text: string, i: number): number {
  const nickname = NICKNAME.exec(text.slice(i, i + 60));
  if (!nickname) return -1;
  const first = FIRST_NAME_BEFORE.exec(text.slice(Math.max(0, i - 30), i))?.[1]?.toLowerCase();
  if (!first) return -1;
  // The match runs two characters past the closing mark: the space and the surname's capital.
  const end = i + nickname[0].length - 3;
  if (isFirstName(first)) return end;
  const surname = SURNAME.exec(text.slice(end + 1, end + 40))?.[0].toLowerCase() ?? "";
  return isNameLikeWord(first) && isNameLikeWord(surname) ? end : -1;
}

const MARKS = /["“]/g;

/** The first nickname in `text[from, to)` as [start, end), or null. */
export function nextNickname(text: string, from: number, to: number): [number, number] | null {
  MARKS.lastIndex = from;
  for (let m = MARKS.exec(text); m && m.index < to; m = MARKS.exec(text)) {
    const end = nicknameEnd(text, m.index);
    if (end > 0 && end <= to) return [m.index, end];
  }
  return null;
}

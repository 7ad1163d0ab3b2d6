/**
 * Names a personal pronoun points back to: evidence that two capitalised words name a person when no
 * list holds the first name and no verb of saying follows them ("Adaeze Ranginui wants to bring back
 * the 1990s. She has touted her husband's record …"). Places and organisations take "it", "its" and
 * "they"; people take "he", "she", "his", "her". Only a sentence's opening subject is read so: a
 * pronoun after an object ("won the Australian Open. She …") means the subject.
 */
import type { Token } from "./text.ts";

const PERSONAL = new Set(["he", "she", "his", "her", "him", "himself", "herself"]);
const IMPERSONAL = new Set(["it", "its", "they", "their", "them"]);

/** A name that opens its sentence as the subject: its words, its sentence and where it ends there. */
export interface NameAt {
  sentence: number;
  end: number;
  words: readonly Token[];
}

/**
 * The two-word names (lower case, "adaeze ranginui") that the next pronoun after them, in their
 * sentence or the next, is personal, before any other capitalised word could name someone else.
 * `common`: words the article writes in lower case, which a name of this kind may not hold.
 */
export function namesTakingPronouns(
  sentences: readonly (readonly Token[])[],
  names: readonly NameAt[],
  common: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  for (const { sentence, end, words } of names) {
    if (words.length !== 2 || words.some((w) => !w.capitalised || common.has(w.lower))) continue;
    if (personalNext(sentences[sentence]!.slice(end), sentences[sentence + 1] ?? []))
      found.add(words.map((w) => w.lower.replace(/['’]s?$/, "")).join(" "));
  }
  return found;
}

/** Is the first pronoun in `rest`, then in `next`, personal, with no capitalised word before it? */
function personalNext(rest: readonly Token[], next: readonly Token[]): boolean {
  for (const [k, t] of [...rest.map((t, i) => [i + 1, t] as const), ...next.map((t, i) => [i, t] as const)]) {
    if (t.kind !== "word") continue;
    if (PERSONAL.has(t.lower)) return true;
    // Another capitalised word (past a sentence's first) may name the one the pronoun means.
    if (IMPERSONAL.has(t.lower) || (t.capitalised && k > 0)) return false;
  }
  return false;
}

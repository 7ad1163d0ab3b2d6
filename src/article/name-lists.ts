/**
 * Names listed together: "Celebrities Kalani Szabo, Kagiso Kowalczyk, Amy Schumer and Elizabeth
 * Banks went on Twitter". A list of three or more names, two in five of them at least with a first
 * name a list knows, is a list of people, so its other two-word names are people's too.
 */
import { isFirstName } from "./lexicon.ts";
import type { Token } from "./text.ts";

/** A capitalised run of a sentence: where it starts and ends, and its name's words. */
export interface ListedRun {
  start: number;
  end: number;
  words: readonly Token[];
}

/**
 * The two-word names (lower case, "kagiso kowalczyk") listed, with commas and "and", among names
 * whose first names a list knows. `common`: words the article writes in lower case, never a name's.
 */
export function namesListedWithPeople(
  sentences: readonly (readonly Token[])[],
  runsOf: (tokens: readonly Token[]) => readonly ListedRun[],
  common: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  for (const tokens of sentences) {
    for (const list of listsOf(tokens, runsOf(tokens))) {
      // Two in five of its names at least with a first name a list knows: not "Vera Drake, Calendar
      // Girls and Enduring Love" (films), though Vera is a first name.
      const known = list.filter((r) => r.words.length === 2 && isFirstName(r.words[0]!.lower)).length;
      if (list.length < 3 || known * 5 < list.length * 2) continue;
      for (const { words } of list) {
        if (words.length === 2 && words.every((w) => w.capitalised && !common.has(w.lower)))
          found.add(words.map((w) => w.lower).join(" "));
      }
    }
  }
  return found;
}

/** Runs joined by a comma, "and" or ", and": the lists of a sentence, each in order. */
function listsOf(tokens: readonly Token[], runs: readonly ListedRun[]): ListedRun[][] {
  const lists: ListedRun[][] = [];
  let list: ListedRun[] = [];
  runs.forEach((run, i) => {
    const before = runs[i - 1];
    const joined = before !== undefined && joins(tokens.slice(before.end, run.start));
    if (!joined) {
      if (list.length > 1) lists.push(list);
      list = [];
    }
    list.push(run);
  });
  if (list.length > 1) lists.push(list);
  return lists;
}

const joins = (between: readonly Token[]) => between.map((t) => t.lower).join(" ") in JOINERS;
const JOINERS: Record<string, true> = { ",": true, and: true, ", and": true };

/**
 * Names listed together: "Celebrities Kalani Szabo, Kagiso Kowalczyk, Amy Schumer and Elizabeth
 * Banks went on Twitter". A list of three or more names, two in five of them at least with a first
 * name a list knows, is a list of people, so its other two-word names are people's too.
 */
import { isFirstName } from "./first-names.ts";
import type { Token } from "./text.ts";

/** A capitalised run of a sentence (where it starts and ends) and where the name in it starts. */
export interface ListedRun {
  run: { start: number; end: number };
  parts: { nameStart: number };
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
    const runs = runsOf(tokens);
    // Most sentences hold no list of three names: the runs are read only where one may be.
    if (runs.length < 3) continue;
    for (const list of listsOf(tokens, runs)) {
      const twoWords = list.filter((r) => r.run.end - r.parts.nameStart === 2);
      // Two in five of its names at least with a first name a list knows: not "Vera Drake, Calendar
      // Girls and Enduring Love" (films), though Vera is a first name.
      const known = twoWords.filter((r) => isFirstName(tokens[r.parts.nameStart]!.lower)).length;
      if (list.length < 3 || known * 5 < list.length * 2) continue;
      for (const r of twoWords) {
        const words = [tokens[r.parts.nameStart]!, tokens[r.parts.nameStart + 1]!];
        if (words.every((w) => w.capitalised && !common.has(w.lower)))
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
    if (!before || !joined(tokens, before.run.end, run.run.start)) {
      if (list.length > 1) lists.push(list);
      list = [];
    }
    list.push(run);
  });
  if (list.length > 1) lists.push(list);
  return lists;
}

/** Whether only ",", "and" or ", and" stand between two runs. */
function joined(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from === 1) return tokens[from]!.text === "," || tokens[from]!.lower === "and";
  return to - from === 2 && tokens[from]!.text === "," && tokens[from + 1]!.lower === "and";
}

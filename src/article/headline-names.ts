/**
 * Names in a Title Case headline. Such a headline capitalises every word, so capitals do not show
 * where a name ends: "Hillary Clinton Wins Delaware's Primary", "Protesters Targeting Hillary At
 * Tonight's Debate", "… Told Hillary Private Email Server Was a Bad Idea" each read as one long
 * name. News copy names the headline's people again in its body, where capitals do show it; so in
 * a Title Case sentence a run of capitals that holds names the body writes is cut into those names,
 * and its other words name no one.
 */
import { isNameLikeWord } from "./dictionary.ts";
import { isFirstName } from "./first-names.ts";
import { isNameSuffix, isTitleCase, isTitleSmallWord } from "./lexicon.ts";
import type { CapitalRun } from "./speaking.ts";
import type { Token } from "./text.ts";

/** Fewer words than this are no headline: "Democratic National Committee." is a name's sentence. */
const MIN_HEADLINE_WORDS = 4;
/**
 * A Title Case sentence with this many commas or semicolons is a list of names (a team, a panel),
 * as is one with a bracket ("J Crane (Sale Harriers), S Jones (Trafford AC).").
 */
const LIST_BREAKS = 2;
/** The longest name looked for, in words. */
const MAX_NAME_WORDS = 6;

/**
 * Whether a sentence is a Title Case headline, the words it quotes included ("According to Paul
 * Sperry, "Judicial Watch revealed …"" is none); not a list of names, which is Title Case too. One
 * pass that stops at the first word in lower case: every sentence of every article is asked.
 */
export function isTitleCaseHeadline(tokens: readonly Token[]): boolean {
  let words = 0;
  let breaks = 0;
  for (const t of tokens) {
    if (t.kind === "word") {
      if (t.capitalised || (words > 0 && isTitleSmallWord(t.text))) words++;
      else if (!DIGIT.test(t.text)) return false;
    } else if (t.kind === "quote") {
      if (!isTitleCase(t.text)) return false;
      words += t.text.match(LETTERS)?.length ?? 0;
    } else if (t.text === "(" || ((t.text === "," || t.text === ";") && ++breaks >= LIST_BREAKS))
      return false;
  }
  return words >= MIN_HEADLINE_WORDS;
}

const DIGIT = /^\d/;
const LETTERS = /\p{L}+/gu;

/**
 * The names the body writes, each as its lower-case words joined by spaces, with and without its
 * title, and a person's surname alone ("Obama Visits Kenya" over a body's "Barack Obama").
 */
export function bodyNames(
  sentences: readonly (readonly Token[])[],
  runsOf: (tokens: readonly Token[]) => readonly { run: CapitalRun; parts: { nameStart: number } }[],
): Set<string> {
  const known = new Set<string>();
  for (const tokens of sentences)
    for (const { run, parts } of runsOf(tokens)) {
      const { nameStart } = parts;
      known.add(key(tokens, run.start, run.end));
      known.add(key(tokens, nameStart, run.end));
      if (run.end - nameStart > 1 && isFirstName(tokens[nameStart]!.lower))
        known.add(tokens[run.end - 1]!.lower);
    }
  return known;
}

/**
 * A Title Case headline's runs cut into the names the body writes, longest first, each with the
 * first names and initials before it and a generational suffix after it. A run holding none of them
 * is left whole: the headline may be all the article says of someone.
 */
export function cutToBodyNames(
  tokens: readonly Token[],
  runs: readonly CapitalRun[],
  known: ReadonlySet<string>,
  common: ReadonlySet<string>,
): CapitalRun[] {
  const cut: CapitalRun[] = [];
  for (const run of runs) {
    const names: CapitalRun[] = [];
    for (let start = run.start; start < run.end; ) {
      let end = Math.min(run.end, start + MAX_NAME_WORDS);
      while (end > start && !known.has(key(tokens, start, end))) end--;
      if (end > start) {
        const from = namedInFull(tokens, Math.max(run.start, names.at(-1)?.end ?? 0), { start, end }, common);
        while (end < run.end && isNameSuffix(tokens[end]!.text)) end++;
        names.push({ start: from, end });
      }
      start = Math.max(end, start + 1);
    }
    cut.push(...(names.length ? names : [run]));
  }
  return cut;
}

/**
 * Where a name found at `start` begins, with the first names and initials before it in the run
 * ("Chris" before "Christie", "Jeffrey M." before "Jones"): the body may give the surname alone. A
 * surname alone also takes a word before it that no list or dictionary knows, nor the article
 * in lower case ("Celebrating Wojciech Hakimi's Speech" over a body's "Hakimi").
 */
function namedInFull(
  tokens: readonly Token[],
  from: number,
  { start, end }: CapitalRun,
  common: ReadonlySet<string>,
): number {
  let k = start;
  const alone = end - start === 1;
  while (k > from && partOfName(tokens[k - 1]!, alone && !common.has(tokens[k - 1]!.lower))) k--;
  return k;
}

function partOfName(t: Token, strange: boolean): boolean {
  return (
    isFirstName(t.lower) ||
    INITIAL.test(t.text) ||
    (strange && /^\p{L}+$/u.test(t.text) && isNameLikeWord(t.lower))
  );
}

const INITIAL = /^\p{Lu}\.?$/u;

function key(tokens: readonly Token[], start: number, end: number): string {
  let text = tokens[start]!.lower;
  for (let k = start + 1; k < end; k++) text += ` ${tokens[k]!.lower}`;
  return text;
}

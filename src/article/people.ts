/**
 * Names in a sentence: runs of capitals split into title and name ("House Speaker Paul Ryan"),
 * the evidence that a run names a person, and the mentions they make; `registry.ts` decides which
 * person each name stands for, so surnames and "Mr Clarke" resolve to one full name.
 */

import { capitalRuns } from "./capital-runs.ts";
import { guessedGender, isFirstName } from "./first-names.ts";
import { bodyNames, cutToBodyNames, isTitleCaseHeadline } from "./headline-names.ts";
import {
  AGED,
  COURTESY,
  DAY,
  isCompoundRole,
  isLowerCompound,
  isNameSuffix,
  isRole,
  isRoleNotName,
  isSentenceAdverb,
  NOBLE,
  SPEECH_PAST,
  SPEECH_VERBS,
  TITLE_HEADS,
} from "./lexicon.ts";
import { bodyBeforeFirstName, descriptionEnd } from "./name-bounds.ts";
import { namesListedWithPeople } from "./name-lists.ts";
import { kinBefore, officeBefore, roleBefore } from "./name-roles.ts";
import {
  capitalisedInsideOf,
  datesName,
  GRAMMAR_WORDS,
  joinedByAmpersand,
  labelsQuote,
  looksLikeName,
  namesOfFirms,
  namesPlace,
  opensNoName,
} from "./name-shapes.ts";
import { namesTakingPronouns, referentsByPronouns } from "./pronoun-evidence.ts";
import type { Entity, Mention, Registry } from "./registry.ts";
import {
  type ArticleEvidence,
  type NamedRun,
  type NameParts,
  opensSentence,
  resolveRun,
} from "./run-person.ts";
import { fullNamesEndingIn } from "./short-names.ts";
import { type CapitalRun, speaksHere } from "./speaking.ts";
import { isWord, lowerCaseWords, type Token, withoutPossessive } from "./text.ts";

function splitTitle(tokens: readonly Token[], run: CapitalRun, common: ReadonlySet<string>): NameParts {
  let start = run.start;
  while (start < run.end - 1 && (opensNoName(tokens[start]!) || datesName(tokens, start, run.end))) start++;
  // "See Sexton …", "Does Rubio …": a sentence's first word that the article also writes in lower
  // case opens the sentence, unless a title follows that it belongs to ("Health Minister …"); so
  // does a verb of saying in the past before its subject ("Continued Stone: …"; not "Ask Jeeves").
  const opener = tokens[start]!.lower;
  const titledRun = tokens.slice(start + 1, run.end - 1).some((t) => TITLE_HEADS.has(t.lower));
  if (
    start === run.start &&
    opensSentence(tokens, run.start) &&
    start < run.end - 1 &&
    (common.has(opener) || isSentenceAdverb(opener) || SPEECH_PAST.has(opener)) &&
    !isFirstName(opener) &&
    !NOBLE.has(opener) &&
    !TITLE_HEADS.has(opener) &&
    !titledRun
  )
    start++;
  let head = -1;
  // A title stands before a name, so a run's last word is the name's ("Howard Dean", "Larry King"),
  // and so is the word before a generational suffix or a numeral ("Martin Luther King Jr.", "King Edward III").
  const surnameAt = run.end - (run.end - start >= 2 && isNameSuffix(tokens[run.end - 1]!.text) ? 2 : 1);
  for (let i = start; i < surnameAt; i++) {
    const lower = tokens[i]!.lower;
    if (TITLE_HEADS.has(lower) || COURTESY.has(lower) || isCompoundRole(lower)) head = i;
  }
  // "Billionaire Donald Trump", "Progressives Are Celebrating Hillary Clinton" (a Title Case headline):
  // capitalised words before a name describe the person, or only lead up to the name.
  const described = descriptionEnd(tokens, Math.max(start, head + 1), surnameAt + 1, common, head >= 0);
  if (described.titles) head = Math.max(head, described.end);
  else start = described.end + 1;
  // "Resident DeShawn Pruitt", "Fly-half Jonny Wilkinson": an agent noun or a compound in lower case
  // after its hyphen opening a three-word run is a role, not a first name ("Jean-Marie" is one); a
  // first name that only ends like an agent noun is the name's ("Peter Van Kirk", "Heather Lloyd Webber").
  const opening = tokens[start]!;
  if (
    head < 0 &&
    surnameAt + 1 - start >= 3 &&
    (isRoleNotName(opening.lower) || isLowerCompound(opening.text))
  )
    head = start;
  // "(the) House Newt Gingrich" of "Speaker of the House Newt Gingrich", "the Lib Dems David Laws": a
  // body's name before a first name belongs to the title.
  if (head < 0) head = bodyBeforeFirstName(tokens, start, run.end);
  // "Secretary of State Rex Tillerson": the name is the last two words after "of"/"for".
  const linked = tokens.slice(start, run.end).findIndex((t) => t.lower === "of" || t.lower === "for");
  if (linked >= 0 && start + linked > head - 1 && run.end - (start + linked) >= 4) head = run.end - 3;
  head = Math.max(head, beforeNickname(tokens, start, run.end));
  const courtesyToken = head >= 0 && COURTESY.has(tokens[head]!.lower) ? tokens[head]!.text : null;
  const titleEnd = courtesyToken && !TITLE_HEADS.has(tokens[head]!.lower) ? head : head + 1;
  const title = tokens.slice(start, Math.max(start, titleEnd)).map((t) => t.text);
  if (title.length > 0 && start === run.start) title.unshift(...officeBefore(tokens, run.start, common));
  let nameStart = head >= 0 ? head + 1 : start;
  const nobleWord = tokens[nameStart]?.lower;
  const noble = nobleWord && NOBLE.has(nobleWord) && nameStart + 1 < run.end ? tokens[nameStart]!.text : null;
  if (courtesyToken && !TITLE_HEADS.has(tokens[head]!.lower)) nameStart = head + 1;
  return { nameStart, courtesy: courtesyToken, noble, title };
}

function beforeNickname(tokens: readonly Token[], start: number, end: number): number {
  for (let k = start + 2; k < end; k++) if (tokens[k]!.nicknamed) return k - 2;
  return -1;
}

export function articleEvidence(sentences: readonly Token[][]): ArticleEvidence {
  const common = new Set<string>();
  for (const tokens of sentences) {
    for (const t of tokens) {
      if (t.kind === "word" && !t.capitalised) common.add(t.lower);
      // Quoted words count too: "see" in a quote makes "(See Sexton's timeline …)" no name.
      if (t.kind === "quote") for (const word of lowerCaseWords(t.text)) common.add(word);
    }
  }
  const runs = namedRuns(sentences, common);
  const names = sentences.flatMap((tokens, sentence) =>
    (runs.get(tokens) ?? []).map(({ run, parts }) => ({
      sentence,
      end: run.end,
      words: tokens.slice(parts.nameStart, run.end),
      // The sentence's subject, opening it: a pronoun after it most often means it.
      opens: opensSentence(tokens, run.start),
    })),
  );
  const namedByContext = namesTakingPronouns(sentences, names, common);
  const runsOf = (tokens: readonly Token[]) => runs.get(tokens) ?? [];
  for (const name of namesListedWithPeople(sentences, runsOf, common)) namedByContext.add(name);
  const referents = referentsByPronouns(sentences, names);
  const surnames = reusedSurnames(sentences, runs);
  const capitalisedInside = capitalisedInsideOf(sentences);
  return {
    surnames,
    common,
    capitalisedInside,
    namedByContext,
    referents,
    firms: namesOfFirms(sentences),
    runs,
  };
}

/**
 * Each sentence's capitalised runs with their titles split off; a Title Case headline's are cut to
 * the names the body writes (see `headline-names.ts`).
 */
function namedRuns(
  sentences: readonly Token[][],
  common: ReadonlySet<string>,
): WeakMap<readonly Token[], readonly NamedRun[]> {
  const runs = new WeakMap<readonly Token[], readonly NamedRun[]>();
  const named = (tokens: readonly Token[], found: readonly CapitalRun[]) =>
    found.map((run) => ({ run, parts: splitTitle(tokens, run, common) }));
  const headlines = new Set(sentences.filter(isTitleCaseHeadline));
  const body = sentences.filter((tokens) => !headlines.has(tokens));
  for (const tokens of body) runs.set(tokens, named(tokens, capitalRuns(tokens)));
  if (headlines.size === 0) return runs;
  const known = bodyNames(body, (tokens) => runs.get(tokens)!);
  for (const tokens of headlines)
    runs.set(tokens, named(tokens, cutToBodyNames(tokens, capitalRuns(tokens), known, common)));
  return runs;
}

function reusedSurnames(
  sentences: readonly Token[][],
  runs: WeakMap<readonly Token[], readonly NamedRun[]>,
): Set<string> {
  const seen = new Set<string>();
  for (const tokens of sentences) {
    for (const { run, parts } of runs.get(tokens) ?? []) {
      const words = tokens.slice(parts.nameStart, run.end);
      // A sentence's first word is any word, unless a verb of saying follows it ("Gionfriddo said") or
      // it labels a quote (`Bush: "The mission is …"`).
      const named =
        parts.courtesy ||
        run.start > 0 ||
        words.length > 1 ||
        labelsQuote(tokens, run.end) ||
        speaksHere(tokens, run);
      if (words.length <= 3 && named) {
        seen.add(words.map((w) => w.lower).join(" "));
      }
    }
  }
  return seen;
}

/** Finds the people named in one sentence, registering new ones, and returns their mentions. */
export function findMentions(
  tokens: readonly Token[],
  registry: Registry,
  evidence: ArticleEvidence,
): Mention[] {
  const mentions: Mention[] = [];
  const named =
    evidence.runs.get(tokens) ??
    capitalRuns(tokens).map((run) => ({ run, parts: splitTitle(tokens, run, evidence.common) }));
  for (const { run: whole, parts } of named) {
    const run = withoutGrammarTail(tokens, whole, parts.nameStart);
    const surnamed = titleWordAsSurname(tokens, run, registry);
    const start = surnamed ? run.start : parts.nameStart;
    const words = tokens.slice(start, run.end);
    if (namesPlace(tokens, run.end) || joinedByAmpersand(tokens, run.start, run.end)) continue;
    if (titledByCapitalThe(tokens, start, parts)) continue;
    const role = roleBefore(tokens, parts.nameStart);
    const titled = parts.title.length > 0 || role.length > 0;
    // "Mr French", "Ms King" for Philip French and Oona King, named before: a word no list takes for a name.
    const courteous =
      parts.courtesy !== null && words.length === 1 && fullNamesEndingIn(registry, words[0]!.text).length > 0;
    const kin = words.length === 1 && kinBefore(tokens, start) !== null;
    if (!surnamed && !courteous && !looksLikeName(words, titled || kin, tokens[start - 1])) continue;
    // "MSNBC's Morning Joe Monday": a weekday after a name is when, not a surname, unless a role
    // says the words name a person ("England sevens coach Mike Friday").
    const roled = role.length > 0 || parts.title.some((w) => isRole(w.toLowerCase()));
    if (!surnamed && !roled && words.length > 1 && DAY.test(words[words.length - 1]!.text)) continue;
    const entity =
      surnamed ??
      resolveRun(tokens, run, parts, words, registry, evidence) ??
      titleAsFirstName(tokens, run, parts, registry);
    if (!entity) continue;
    entity.lastSeen = registry.now;
    entity.named++;
    entity.age ??= statedAge(tokens, parts.nameStart, run.end);
    const surface = tokens
      .slice(parts.courtesy && !surnamed ? start - 1 : start, run.end)
      .map((t) => withoutPossessive(t.text))
      .join(" ");
    entity.aliases.add(surface);
    mentions.push({
      entity,
      start,
      end: run.end,
      possessive: tokens[run.end - 1]!.possessive,
    });
  }
  return mentions;
}

/**
 * "analyst Vadim Mitroshin The dispute …" (a full stop lost), "Obama The ‘Most Valuable Player’" (a
 * Title Case headline): an article or auxiliary ending a run is no part of the name.
 */
function withoutGrammarTail(tokens: readonly Token[], run: CapitalRun, nameStart: number): CapitalRun {
  let end = run.end;
  while (end - nameStart > 1 && GRAMMAR_WORDS.has(tokens[end - 1]!.lower)) end--;
  return end === run.end ? run : { start: run.start, end };
}

/**
 * "Dean, a former party chairman, poked at …" once the article has named Howard Dean: a title word
 * alone ("Dean", "King", "Judge") that is the surname of the one person the article has named so, and
 * stands as a noun of its own (a comma, a full stop or a verb of saying follows it; not a word it
 * qualifies, "their Republican counterparts", nor a name, which it would title).
 */
function titleWordAsSurname(tokens: readonly Token[], run: CapitalRun, registry: Registry): Entity | null {
  const word = tokens[run.start]!;
  if (run.end - run.start !== 1 || !TITLE_HEADS.has(word.lower) || word.possessive) return null;
  const next = tokens[run.end];
  if (next && isWord(next) && !SPEECH_VERBS.has(next.lower)) return null;
  const named = fullNamesEndingIn(registry, word.text);
  return named.length === 1 ? named[0]! : null;
}

/**
 * "Dean Baquet said", "Dean Johnson, a salesman, says": a title that is also a first name, alone
 * before a surname the article gives no one else, is the first name of a person named in full ("Dean
 * Amar" after "Vikram Amar, dean of the law school" is his title: resolved before this).
 */
function titleAsFirstName(
  tokens: readonly Token[],
  run: CapitalRun,
  parts: NameParts,
  registry: Registry,
): Entity | null {
  const first = parts.title.length === 1 && run.end - run.start === 2 ? parts.title[0]! : "";
  if (parts.courtesy || !isFirstName(first.toLowerCase())) return null;
  const surname = withoutPossessive(tokens[run.end - 1]!.text);
  return registry.addPerson(`${first} ${surname}`, [first, surname], null, null, guessedGender(first));
}

/** "Leticia Ortiz, 34, …", "26-year-old Jane Smith": the age the words beside a name state. */
function statedAge(tokens: readonly Token[], start: number, end: number): number | undefined {
  const after = tokens[end]?.text === "," ? tokens[end + 1] : undefined;
  if (after && /^\d{1,3}$/.test(after.text) && [",", "."].includes(tokens[end + 2]?.text ?? "."))
    return Number(after.text);
  const before = tokens[start - 1]?.lower ?? "";
  return AGED.test(before) ? Number.parseInt(before, 10) : undefined;
}

/**
 * "In The Dragon Waiting, a woman …": a capital "The" inside a sentence opens the title of a work or
 * a body ("The Hague", "The Washington Post"), never a person's name, which takes no article.
 */
function titledByCapitalThe(tokens: readonly Token[], start: number, parts: NameParts): boolean {
  return start > 1 && tokens[start - 1]!.text === "The" && parts.title.length === 0 && !parts.courtesy;
}

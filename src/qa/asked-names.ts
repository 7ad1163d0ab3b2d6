/**
 * The names and years a question writes, which an article must hold to answer it from the archive:
 * across thousands of articles the rest of a question always finds something ("What is the capital
 * of France?" in a story on split-capital trusts; "Who won the 2018 World Cup?" in one on 2003's).
 */
import type { Facts } from "../article/facts.ts";
import type { ArchiveIndex } from "./index.ts";
import { ACRONYM, initialsOfRun, initialsWithin, NAME_RUN } from "./initials.ts";
import { capitalisedWords } from "./proper-words.ts";
import type { QuestionKind } from "./question.ts";
import { editDistance, stem, terms, words } from "./terms.ts";

export interface AskedNames {
  /** The topic's words written with a capital, for a factual question (folded). */
  names: string[];
  /** The years it names ("2018"), when no period was read from them ("in 2018" is one). */
  years: string[];
  /**
   * Per name word that is, or belongs to, a name copy also writes by its initials, those initials
   * (folded), and how the question wrote it: "the US" is "the United States" in other copy, and
   * "the United Nations" "the UN".
   */
  initials: Record<string, { initials: string; written: "initials" | "in full" }>;
}

/**
 * What a question (`text`, its period taken out) asks an article to hold. Names only for facts:
 * "who said …" restates the quote in the reporter's words ("white Americans" for "white people"),
 * and "what did X say about Y" weighs Y by how near X's words it stands.
 */
export function askedNames(text: string, kind: QuestionKind, topic: readonly string[]): AskedNames {
  const capitalised = capitalisedWords(text);
  const asksFact = kind === "fact" || kind === "who-is";
  const names = asksFact ? topic.filter((w) => capitalised.has(w)) : [];
  return { names, years: text.match(YEAR) ?? [], initials: initialsOf(text, names) };
}

/** The initials each name word may stand for or be written as (see `AskedNames.initials`). */
function initialsOf(text: string, names: readonly string[]): AskedNames["initials"] {
  const asked = new Set(names);
  const found: AskedNames["initials"] = {};
  const rest = text.replace(/^\s*\S+/u, "");
  for (const acronym of rest.match(ACRONYM) ?? []) {
    const [word] = words(acronym);
    if (word && asked.has(word)) found[word] = { initials: word, written: "initials" };
  }
  for (const run of rest.match(NAME_RUN) ?? []) {
    const own = words(run).filter((w) => asked.has(w));
    const initials = initialsOfRun(run);
    for (const w of own) if (initials) found[w] = { initials, written: "in full" };
  }
  return found;
}

const YEAR = /\b(?:19|20)\d\d\b/g;

/** Whether the article holds every name (or a close spelling) and every year, or was published in it. */
export function holdsAskedNames(index: ArchiveIndex, article: string, asked: AskedNames): boolean {
  if (asked.names.length === 0 && asked.years.length === 0) return true;
  const facts = index.facts(article);
  if (!facts) return false;
  const published = index.ref(article)?.published?.slice(0, 4);
  const text = allText(facts);
  const years = asked.years.every((year) => year === published || new RegExp(`\\b${year}\\b`).test(text));
  return (
    years &&
    asked.names.every((name) => writes(index, facts, name) || spelledOtherwise(facts, asked.initials[name]))
  );
}

/**
 * Whether the article writes the other way the name the question wrote by its initials or in full:
 * copy has "the US" where the question asks about "the United States", and back. A name asked in
 * full is looked for only as initials: other words with the same initials ("House Committee" for
 * "Hilary Clinton") are another name.
 */
function spelledOtherwise(facts: Facts, asked: AskedNames["initials"][string] | undefined): boolean {
  if (!asked) return false;
  let written = INITIALS.get(facts);
  if (!written) {
    const text = allText(facts);
    written = {
      initials: new Set((text.match(ACRONYM) ?? []).flatMap((a) => words(a))),
      "in full": new Set((text.match(NAME_RUN) ?? []).flatMap(initialsWithin)),
    };
    INITIALS.set(facts, written);
  }
  return written[asked.written === "initials" ? "in full" : "initials"].has(asked.initials);
}

const INITIALS = new WeakMap<Facts, Record<"initials" | "in full", Set<string>>>();

/**
 * Whether the article writes `name` anywhere, headline included, or a close spelling: a misspelt
 * name ("Hilary") may be another article's spelling, which the archive then does not correct.
 */
function writes(index: ArchiveIndex, facts: Facts, name: string): boolean {
  const written = articleStems(facts);
  if (index.expand(name).some((t) => written.has(t.stem))) return true;
  const asked = stem(name);
  const max = asked.length >= 8 ? 2 : asked.length >= 5 ? 1 : 0;
  if (max === 0) return false;
  for (const w of written) if (editDistance(w, asked, max) <= max) return true;
  return false;
}

/** An article's headline and paragraphs. */
function allText(facts: Facts): string {
  return `${facts.metadata.headline}\n${facts.paragraphs.join("\n")}`;
}

const STEMS = new WeakMap<Facts, Set<string>>();

/** The stems of every word of an article, its headline included. */
function articleStems(facts: Facts): Set<string> {
  let stems = STEMS.get(facts);
  if (!stems) {
    stems = new Set(terms(allText(facts)));
    STEMS.set(facts, stems);
  }
  return stems;
}

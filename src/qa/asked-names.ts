/**
 * The names and years a question writes, which an article must hold to answer it from the archive:
 * across thousands of articles the rest of a question always finds something ("What is the capital
 * of France?" in a story on split-capital trusts; "Who won the 2018 World Cup?" in one on 2003's).
 */
import type { Facts } from "../article/facts.ts";
import type { ArchiveIndex } from "./index.ts";
import { capitalisedWords } from "./proper-words.ts";
import type { QuestionKind } from "./question.ts";
import { editDistance, stem, terms } from "./terms.ts";

export interface AskedNames {
  /** The topic's words written with a capital, for a factual question (folded). */
  names: string[];
  /** The years it names ("2018"), when no period was read from them ("in 2018" is one). */
  years: string[];
}

/**
 * What a question (`text`, its period taken out) asks an article to hold. Names only for facts:
 * "who said …" restates the quote in the reporter's words ("white Americans" for "white people"),
 * and "what did X say about Y" weighs Y by how near X's words it stands.
 */
export function askedNames(text: string, kind: QuestionKind, topic: readonly string[]): AskedNames {
  const capitalised = capitalisedWords(text);
  const asksFact = kind === "fact" || kind === "who-is";
  return {
    names: asksFact ? topic.filter((w) => capitalised.has(w)) : [],
    years: text.match(YEAR) ?? [],
  };
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
  return years && asked.names.every((name) => writes(index, facts, name));
}

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

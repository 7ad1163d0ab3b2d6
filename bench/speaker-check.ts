/**
 * Speakers no reader would accept, judged from the article alone (issue 9): a pronoun, a fragment of
 * a sentence, a title glued to the name, or a bare surname where the article gives the full name.
 * Independent of how the parser works, so the eval and the tests can hold the parser to it.
 */
import type { Facts } from "../src/article/facts.ts";
import { FEMALE_NAMES, MALE_NAMES } from "../src/article/first-names.ts";
import { SPEECH_VERBS, TITLE_HEADS } from "../src/article/lexicon.ts";

export type BadKind = "pronoun" | "fragment" | "title glued" | "bare surname";

export interface BadSpeaker {
  kind: BadKind;
  speaker: string;
  quote: string;
}

const PRONOUNS = new Set("he she it they we i you him her them us me his hers its their our".split(" "));
/** How a description of an unnamed source may begin: "a spokesman", "two officials", "his lawyer". */
const OPENERS = new Set(
  "the a an one two three four five six several some many most other another his her their its our this that these those both each every few no any all".split(
    " ",
  ),
);
/** Sentence adverbs and conjunctions: a speaker that starts with one is a piece of a sentence. */
const SENTENCE_WORDS = new Set(
  "later earlier instead however meanwhile but and so yet then now still also indeed asked speaking when while after before since if as in on at for from with by to of about".split(
    " ",
  ),
);
const PARTICLES = new Set("de la le van von der den da del di du bin al el st. st".split(" "));
const COURTESY = /^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?$/i;

const isFirstName = (word: string) => FEMALE_NAMES.has(word) || MALE_NAMES.has(word);

/** The article's words in order, and those it writes in lower case. */
interface Body {
  words: string[];
  lowerCase: Set<string>;
}

export function readBody(text: string): Body {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  return { words, lowerCase: new Set(words.filter((w) => /^\p{Ll}/u.test(w))) };
}

/** Why this speaker name is unacceptable in this article, or null when it is fine. */
export function judgeSpeaker(name: string, kind: "person" | "organisation", body: Body): BadKind | null {
  const words = name.split(/\s+/).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s?$/, ""));
  if (words.length === 0) return "fragment";
  if (words.length === 1 && PRONOUNS.has(lower[0]!)) return "pronoun";
  if (SENTENCE_WORDS.has(lower[0]!)) return "fragment";
  if (/^\p{Ll}/u.test(words[0]!) && !OPENERS.has(lower[0]!) && !/s$/.test(lower[lower.length - 1]!))
    return "fragment";
  // A verb of saying inside a name: a piece of a headline or sentence ("Christie Calls Hillary Clinton").
  if (lower.slice(1).some((w) => SPEECH_VERBS.has(w) || /^(?:calls|says|tells|slams|blasts)$/.test(w)))
    return "fragment";
  if (kind !== "person" || !/^\p{Lu}/u.test(words[0]!)) return null;
  // "House Speaker Paul Ryan", "Ohio Gov. John Kasich": the title belongs in `title`.
  const first = lower.findIndex((w) => isFirstName(w));
  // ("Dean Baker": a title that is also a first name, before the surname alone, is the first name.)
  const firstName = (w: string, i: number) => i === 0 && words.length === 2 && isFirstName(w);
  const titleWord = lower
    .slice(0, -1)
    .some((w, i) => TITLE_HEADS.has(w) && !COURTESY.test(w) && !firstName(w, i));
  // Before a first name, a word the article also writes in lower case ("Billionaire Donald Trump").
  const described =
    first > 0 &&
    first < words.length - 1 &&
    lower.slice(0, first).some((w) => !PARTICLES.has(w) && body.lowerCase.has(w));
  if (titleWord || described) return "title glued";
  const surname = words.filter((w) => !COURTESY.test(w));
  if (surname.length === 1) {
    // The article gives a full name ending in this surname: "Donald Trump" for "Trump".
    const bare = surname[0]!.replace(/['’]s?$/, "");
    const named = body.words.some(
      (w, i) => w.replace(/['’]s?$/, "") === bare && isFirstName(body.words[i - 1]?.toLowerCase() ?? ""),
    );
    if (named) return "bare surname";
  }
  return null;
}

/** Every attributed quote in these facts whose speaker is unacceptable. */
export function badSpeakers(facts: Facts): BadSpeaker[] {
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const body = readBody(facts.paragraphs.join("\n"));
  const verdicts = new Map<string, BadKind | null>();
  const bad: BadSpeaker[] = [];
  for (const quote of facts.quotes) {
    const person = quote.speakerId ? people.get(quote.speakerId) : undefined;
    if (!person) continue;
    if (!verdicts.has(person.id)) verdicts.set(person.id, judgeSpeaker(person.name, person.kind, body));
    const kind = verdicts.get(person.id);
    if (kind) bad.push({ kind, speaker: person.name, quote: quote.text });
  }
  return bad;
}

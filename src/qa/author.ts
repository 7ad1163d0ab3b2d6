/**
 * Who writes an article in the first person (a column, an op-ed, a post): the person its byline, a
 * self-introduction ("my name is Pamela Wilson") or its closing biography ("Joel B. Pollak is Senior
 * Editor-at-Large at Breitbart News.") names, in copy whose own narration says "I". That narration
 * is the author's own words, so "what did Pollak say about …" is answered from it.
 */
import type { Facts, Person } from "../article/facts.ts";
import { speakerOf } from "./described.ts";
import type { ArchiveIndex, Passage, PersonHit } from "./index.ts";

/** First-person words of the narration, outside quotation marks, at least this often … */
const FIRST_PERSON_WORDS = 3;
/** … in at least this many sentences: one "I" may be a quote whose marks were lost. */
const FIRST_PERSON_SENTENCES = 2;

const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|[Mm]yself)(?![\p{L}'’])/gu;
const QUOTED = /["“][^"“”]*["”]/g;
const SELF_INTRODUCTION = /\b(?:my name is|I['’]m|I am)\s+$/i;

const AUTHORS = new WeakMap<Facts, Person | null>();

/** The person who writes the article in the first person, if it names them. */
export function articleAuthor(facts: Facts): Person | null {
  let author = AUTHORS.get(facts);
  if (author === undefined) {
    author = writesInFirstPerson(facts) ? namedAuthor(facts) : null;
    AUTHORS.set(facts, author);
  }
  return author;
}

function writesInFirstPerson(facts: Facts): boolean {
  let count = 0;
  let sentences = 0;
  for (const { text } of facts.sentences) {
    const found = text.replace(QUOTED, " ").match(FIRST_PERSON)?.length ?? 0;
    count += found;
    if (found > 0) sentences++;
  }
  return count >= FIRST_PERSON_WORDS && sentences >= FIRST_PERSON_SENTENCES;
}

function namedAuthor(facts: Facts): Person | null {
  const people = facts.people.filter((p) => p.kind === "person");
  const { byline } = facts.metadata;
  const bylined = byline ? people.find((p) => byline.includes(p.name)) : undefined;
  return bylined ?? people.find((p) => introduces(facts, p) || closesWithBiography(facts, p)) ?? null;
}

/** "If we haven't met yet, my name is Pamela Wilson", "I'm Joel Pollak". */
function introduces(facts: Facts, person: Person): boolean {
  return facts.sentences.some(({ text }) => {
    const at = text.indexOf(person.name);
    return at > 0 && SELF_INTRODUCTION.test(text.slice(0, at));
  });
}

/**
 * A last paragraph that opens with the name and says what they are: "Joel B. Pollak is …". (Only
 * the last: a short report's second paragraph may open "Richard Dunne is ready to …".)
 */
function closesWithBiography(facts: Facts, person: Person): boolean {
  const last = facts.paragraphs.at(-1) ?? "";
  return last.replace(/^[\s*_—–-]+/, "").startsWith(`${person.name} is `);
}

/** An article's author and its narration: its sentences, but for those that quote someone else. */
export interface Narration {
  author: Person;
  narrated: (p: Passage) => boolean;
}

/** The narration of an article written in the first person by someone it names (`articleAuthor`). */
export function narrationOf(index: ArchiveIndex, facts: Facts): Narration | undefined {
  const author = articleAuthor(facts);
  if (!author) return undefined;
  const others = index.passagesOf(
    facts.id,
    (p) => p.kind !== "sentence" && p.speakerId !== null && speakerOf(facts, p.speakerId)?.id !== author.id,
  );
  const quoting = new Set(others.map((p) => p.sentence));
  return { author, narrated: (p) => p.kind === "sentence" && !quoting.has(p.sentence) };
}

/** The narration of an article that one of the people asked about wrote; nothing when none did. */
export function narrationBy(
  index: ArchiveIndex,
  facts: Facts,
  asked: readonly PersonHit[],
): (p: Passage) => boolean {
  const narration = narrationOf(index, facts);
  const wrote = narration && asked.some((p) => p.article === facts.id && p.person.id === narration.author.id);
  return wrote ? narration.narrated : () => false;
}

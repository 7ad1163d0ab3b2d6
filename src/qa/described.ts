/**
 * Who a description names in one article ("the Massachusetts senator", "the interim DNC chair",
 * "the head of the United Federation of Teachers"): the quoted person whose title, or the words
 * written next to their name, hold the description's words. Copy abbreviates and questions do not
 * ("Sen." / "senator", "D-Mass." / "Massachusetts", "Democratic National Committee" / "DNC"), so a
 * word also matches a word it begins or that begins it, and the initials of a run of capitalised
 * words; WordNet synonyms ("head" / "chief") count for less, and kin ("committee" / "panel") less again.
 */
import type { Facts, Person } from "../article/facts.ts";
import { NOT_ROLES, ROLE_ENDING, SPEECH_VERBS, TITLE_HEADS } from "../article/lexicon.ts";
import { kinOf, synonymsOf } from "./synonyms.ts";
import { fold, isStopword, stem, words } from "./terms.ts";

/** Words before and after a mention of the person that may describe them: "Sen. Elizabeth Warren
 * (D-Mass.)", "Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus". */
const BEFORE = 4;
const AFTER = 8;
const SYNONYM = 0.7;
/** A word's kin ("panel" for "committee") counts for less than a synonym. */
const KIN = 0.3;
/** Words of a description that say nothing about who is meant. */
const NOISE = new Set(["top", "head", "former", "current", "then", "new"]);

export interface Described {
  person: Person;
  score: number;
}

/** The quoted people of an article a description fits, best first, scored in [0, 1]. */
export function describedPeople(facts: Facts, description: string): Described[] {
  const asked = words(description).filter((w) => !isStopword(w) && w.length > 1);
  if (asked.length === 0) return [];
  const quoted = new Set([...facts.quotes, ...facts.reported].map((q) => q.speakerId));
  const out: Described[] = [];
  for (const person of facts.people) {
    if (!quoted.has(person.id)) continue;
    const near = nearWords(facts, person);
    let total = 0;
    let found = 0;
    for (const word of asked) {
      const weight = NOISE.has(word) ? 0.3 : 1;
      total += weight;
      found += weight * matchOf(word, near);
    }
    if (found > 0) out.push({ person, score: found / total });
  }
  return out.sort((a, b) => b.score - a.score);
}

interface Near {
  words: Set<string>;
  stems: Set<string>;
  initials: Set<string>;
}

function matchOf(word: string, near: Near): number {
  let best = 0;
  const forms: [string, number][] = [
    [word, 1],
    ...synonymsOf(stem(word)).map((s): [string, number] => [s, SYNONYM]),
    ...kinOf(stem(word)).map((s): [string, number] => [s, KIN]),
  ];
  for (const [form, weight] of forms) {
    if (form.includes(" ")) continue;
    if (near.words.has(form) || near.stems.has(stem(form)) || near.initials.has(form)) return weight;
    // "Sen." / "senator", "D-Mass." / "Massachusetts": one begins the other (abbreviations are of
    // the word or its synonyms; kin, being many, are met whole).
    if (weight <= KIN || weight * 0.9 <= best) continue;
    for (const w of near.words) {
      const [short, long] = w.length < form.length ? [w, form] : [form, w];
      if (short.length >= 3 && long.startsWith(short)) best = Math.max(best, weight * 0.9);
    }
  }
  return best;
}

/** The person's title and the words around each mention of their name, with acronyms of capitalised runs. */
function nearWords(facts: Facts, person: Person): Near {
  const names = [person.name, ...person.aliases].filter((n) => n.length > 2);
  const near: Near = { words: new Set(), stems: new Set(), initials: new Set() };
  const take = (text: string) => {
    for (const w of words(text)) {
      near.words.add(w);
      near.stems.add(stem(w));
    }
    for (const run of text.match(/(?:\b\p{Lu}[\p{L}.]*(?:\s+(?:of|for|on|the|and)\b)*\s*)+/gu) ?? []) {
      const caps = run.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      if (caps.length >= 2) near.initials.add(fold(caps.map((w) => w[0]).join("")));
    }
  };
  take(person.title ?? "");
  for (const description of descriptionsOf(facts).get(person.id) ?? []) take(description);
  for (const sentence of facts.sentences) {
    for (const name of names) {
      let at = sentence.text.indexOf(name);
      while (at >= 0) {
        const before = describedBefore(sentence.text.slice(0, at));
        take(`${before} ${describedAfter(sentence.text.slice(at + name.length))}`);
        at = sentence.text.indexOf(name, at + name.length);
      }
    }
  }
  return near;
}

/** The words just before a name, back to a comma: "Vermont Sen." in "doing it, Vermont Sen. Bernie Sanders". */
function describedBefore(text: string): string {
  return text
    .slice(text.lastIndexOf(",") + 1)
    .split(/\s+/)
    .slice(-BEFORE)
    .join(" ");
}

/**
 * The words just after a name: an apposition ("(D-S.C.), the assistant leader of …") up to the comma
 * that ends it, but not a clause that goes on about something else ("could make money doing it, …").
 */
function describedAfter(text: string): string {
  const clauses = text.split(",");
  const first = clauses[0]!.trim().split(/\s+/).filter(Boolean);
  const kept = first.length <= 1 ? `${clauses[0]},${clauses[1] ?? ""}` : clauses[0]!;
  return kept
    .split(/\s+/)
    .slice(0, AFTER + 1)
    .join(" ");
}

/**
 * Descriptions copy uses for a quoted person instead of the name, by person id: the subject of an
 * attribution ("“We need change,” the New York businessman said": the quote's speaker), and a
 * description that opens a sentence ("The Republican presidential nominee has …": the one the
 * paragraph quotes, else the quoted person named in the sentences just before).
 */
function descriptionsOf(facts: Facts): Map<string, string[]> {
  let found = DESCRIPTIONS.get(facts);
  if (found) return found;
  found = new Map();
  const add = (id: string, text: string) => found!.set(id, [...(found!.get(id) ?? []), text]);
  const speakersOf = (where: (s: number) => boolean) =>
    new Set(
      [...facts.quotes, ...facts.reported]
        .filter((q) => q.speakerId && where(q.sentence))
        .map((q) => q.speakerId!),
    );
  const quoted = speakersOf(() => true);
  facts.sentences.forEach((sentence, i) => {
    const speakers = speakersOf((s) => s === i);
    const attribution = speakers.size === 1 ? attributionSubject(sentence.text) : null;
    if (attribution) add([...speakers][0]!, attribution);
    const opening = openingDescription(sentence.text);
    if (!opening) return;
    const paragraph = speakersOf((s) => facts.sentences[s]!.paragraph === sentence.paragraph && s >= i);
    const antecedent = paragraph.size === 1 ? [...paragraph][0] : namedBefore(facts, i, quoted);
    if (antecedent) add(antecedent, opening);
  });
  DESCRIPTIONS.set(facts, found);
  return found;
}

const DESCRIPTIONS = new WeakMap<Facts, Map<string, string[]>>();
const QUOTED = /["“][^"“”]*["”]?/g;
const DETERMINER = /^(?:the|a|an)$/i;

/** "“…,” the New York businessman said" / "said the mayor": the words naming who speaks, if a description. */
function attributionSubject(text: string): string | null {
  for (const clause of text.replace(QUOTED, ",").split(/[,;:()—–]/)) {
    const tokens = clause.trim().split(/\s+/);
    const verb = tokens.findIndex((t) => SPEECH_VERBS.has(t.toLowerCase()));
    if (verb < 0) continue;
    const subject = verb > 0 ? tokens.slice(0, verb) : tokens.slice(1);
    if (subject.length >= 2 && subject.length <= 7 && DETERMINER.test(subject[0]!) && isRole(subject))
      return subject.join(" ");
  }
  return null;
}

/**
 * "The head of Sony Pictures Television and …" → "head of Sony Pictures Television": a role opening
 * a sentence, or its main part after a kicker ("EVEN OZ'S BOSS THINKS SO — The head of …").
 */
function openingDescription(sentence: string): string | null {
  for (const text of [sentence, ...sentence.split(/ [—–:] /).slice(1)]) {
    const tokens = text.trim().split(/\s+/);
    if (!/^the$/i.test(tokens[0] ?? "")) continue;
    const kept: string[] = [];
    for (const token of tokens.slice(1, 8)) {
      const word = token.replace(/[,.;:]$/, "");
      const joins = /^(?:of|for|on)$/.test(word) && kept.length > 0;
      if (!joins && (isStopword(word.toLowerCase()) || /['’]s$/.test(word))) break;
      kept.push(word);
      if (word !== token) break;
    }
    if (kept.length > 0 && isRole(kept)) return kept.join(" ");
  }
  return null;
}

/** Whether a phrase holds a role noun ("businessman", "nominee", "head"). */
function isRole(phrase: readonly string[]): boolean {
  return phrase.some(isRoleNoun);
}

/** Whether a word is a role noun: a listed title or an agent noun ("businessman", "nominee"). */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_HEADS.has(w) || (ROLE_ENDING.test(w) && !NOT_ROLES.has(w) && w.length > 4);
}

/** The quoted person named last in the two sentences before sentence `index`. */
function namedBefore(facts: Facts, index: number, quoted: ReadonlySet<string>): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const text = facts.sentences[i]!.text;
    let best: { at: number; id: string } | undefined;
    for (const person of facts.people) {
      if (!quoted.has(person.id)) continue;
      for (const name of [person.name, ...person.aliases].filter((n) => n.length > 2)) {
        const at = text.lastIndexOf(name);
        if (at >= 0 && (!best || at > best.at)) best = { at, id: person.id };
      }
    }
    if (best) return best.id;
  }
  return undefined;
}

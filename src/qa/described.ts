/**
 * Who a description names in one article ("the Massachusetts senator", "the interim DNC chair",
 * "the head of the United Federation of Teachers"): the quoted person whose title, or the words
 * written next to their name, hold the description's words. Copy abbreviates and questions do not
 * ("Sen." / "senator", "D-Mass." / "Massachusetts", "Democratic National Committee" / "DNC"), so a
 * word also matches a word it begins or that begins it, and the initials of a run of capitalised
 * words; WordNet synonyms ("head" / "chief") count for less.
 */
import type { Facts, Person } from "../article/facts.ts";
import { synonymsOf } from "./synonyms.ts";
import { fold, isStopword, stem, words } from "./terms.ts";

/** Words before and after a mention of the person that may describe them: "Sen. Elizabeth Warren
 * (D-Mass.)", "Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus". */
const BEFORE = 4;
const AFTER = 8;
const SYNONYM = 0.7;
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
  ];
  for (const [form, weight] of forms) {
    if (form.includes(" ")) continue;
    if (near.words.has(form) || near.stems.has(stem(form)) || near.initials.has(form)) return weight;
    // "Sen." / "senator", "D-Mass." / "Massachusetts": one begins the other.
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

/** Who is quoted in an article, and what each said: data for the lists of quotes and speakers. */
import type { Facts } from "../article/facts.ts";
import { filterBy } from "./match.ts";

/** An article's attributed quotes, in order, each with its speaker; `speaker` keeps one (typos and all). */
export function quotesBy(facts: Facts, speaker?: string) {
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const quoted = facts.quotes.flatMap((q) => {
    const person = q.speakerId ? people.get(q.speakerId) : undefined;
    return person ? [{ quote: q, person }] : [];
  });
  return speaker ? filterBy(quoted, speaker, ({ person }) => [person.name]) : quoted;
}

/** Full names of everyone quoted in the article, in order of first quote. */
export function speakersIn(facts: Facts): string[] {
  const ids = [...new Set(facts.quotes.flatMap((q) => (q.speakerId ? [q.speakerId] : [])))];
  return ids.map((id) => facts.people.find((p) => p.id === id)!.name);
}

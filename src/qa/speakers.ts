/** Who is quoted in an article, and what each said: data for the lists of quotes and speakers. */
import type { Facts, Person } from "../article/facts.ts";
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

/** The people an article quotes, most quoted first: the hint a decline gives. */
export function quotedPeople(facts: Facts): string[] {
  const counts = new Map<string, number>();
  for (const q of facts.quotes) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  const names = new Map(facts.people.map((p) => [p.id, p.name]));
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => names.get(id))
    .filter((n): n is string => Boolean(n));
}

/** "John Kelly (US Homeland Security Secretary), Luis Videgaray (…)": who the article quotes, most first. */
export function quotedList(facts: Facts): string {
  const titles = new Map(facts.people.map((p) => [p.name, p.title]));
  return quotedPeople(facts)
    .map((name) => (titles.get(name) ? `${name} (${titles.get(name)})` : name))
    .join(", ");
}

/**
 * Who someone is, as the article introduces them: name, title, and the description set after the
 * name where the title does not already hold it ("Lt Col Alexander Vindman, a Ukraine specialist on
 * the National Security Council (NSC), …"); with the paragraph that first names them.
 */
export function introduction(facts: Facts, person: Person): { text: string; paragraph: number | null } {
  const first = facts.sentences.find((s) => s.text.includes(person.name));
  const after = first ? first.text.slice(first.text.indexOf(person.name) + person.name.length) : "";
  const apposed = /^,\s+((?:a|an|the)\s[^,;()]+?)\s*(?:[,;(]|\.$)/.exec(after)?.[1];
  const title = (person.title ?? "").toLowerCase();
  // (Compared without its article: "Sen., chief Democratic negotiator on the bill" holds "a chief …".)
  const bare = apposed?.toLowerCase().replace(/^(?:a|an|the)\s+/, "");
  const more = apposed && bare && !title.includes(bare) ? apposed : null;
  // ("Gary Thayer, an economist at AG Edwards & Sons": the description that holds the title in full.)
  const fuller = more !== null && title !== "" && more.toLowerCase().includes(title);
  return {
    text: [person.name, fuller ? null : person.title, more].filter(Boolean).join(", "),
    paragraph: first ? first.paragraph : null,
  };
}

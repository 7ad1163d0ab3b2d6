import type { Facts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";

/** Parses a body (a headline line is added) and lists quotes as [text, speaker full name, kind]. */
export function quotesOf(body: string): [string, string | null, string][] {
  const facts = parse(body);
  return facts.quotes.map((q) => [q.text, speakerName(facts, q.speakerId), q.kind]);
}

/** The speakers of a body's quotes, in order (full names; null for a quote no one is given). */
export function speakersOf(body: string): (string | null)[] {
  return quotesOf(body).map(([, speaker]) => speaker);
}

/** The reported speech of a body as [words, speaker's full name]. */
export function reportsOf(body: string): [string, string | null][] {
  const facts = parse(body);
  return facts.reported.map((r) => [r.text, speakerName(facts, r.speakerId)]);
}

export function parse(body: string): Facts {
  return parseArticle(`Test headline\n\n${body}`, "test");
}

export function speakerName(facts: Facts, id: string | null): string | null {
  return id === null ? null : (facts.people.find((p) => p.id === id)?.name ?? null);
}

export function person(facts: Facts, name: string) {
  return facts.people.find((p) => p.name === name);
}

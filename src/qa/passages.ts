/**
 * Passages: the units the index ranks and answers with (a quote, a reported clause, a sentence),
 * each matched by its own words and the words around it.
 */
import type { Facts } from "../article/facts.ts";
import { continuedNames } from "./antecedents.ts";

export type PassageKind = "quote" | "reported" | "sentence";

export const PASSAGE_KINDS: readonly PassageKind[] = ["quote", "reported", "sentence"];

export interface Passage {
  id: number;
  article: string;
  kind: PassageKind;
  /** The answer text: the quote, the reported clause or the sentence, verbatim. */
  text: string;
  speakerId: string | null;
  paragraph: number;
  sentence: number;
  /** Number of terms indexed for it (its matching context, not only `text`). */
  length: number;
}

/** Quotes before reported speech before sentences. */
export function kindRank(p: Passage): number {
  return p.kind === "quote" ? 0 : p.kind === "reported" ? 1 : 2;
}

export interface PassageDraft extends Omit<Passage, "id" | "article" | "length"> {
  context: string;
}

/**
 * The passages of an article. A quote is matched by its own words and the words around it up to
 * the neighbouring quotes, so "who blamed the media?" finds "misreporting".
 */
export function draftPassages(facts: Facts): PassageDraft[] {
  const drafts: PassageDraft[] = [];
  const bySentence = new Map<number, typeof facts.quotes>();
  for (const q of facts.quotes) bySentence.set(q.sentence, [...(bySentence.get(q.sentence) ?? []), q]);
  // "He arrived in Congress in 1993" is matched as naming the person the pronoun continues.
  const continued = continuedNames(facts);
  facts.sentences.forEach((sentence, index) => {
    const quotes = (bySentence.get(index) ?? []).filter((q) => q.speakerId);
    let from = 0;
    const positions = quotes.map((q) => {
      const at = sentence.text.indexOf(q.text, from);
      from = at >= 0 ? at + q.text.length : from;
      return at;
    });
    quotes.forEach((q, k) => {
      const start = k > 0 && positions[k - 1]! >= 0 ? positions[k - 1]! + quotes[k - 1]!.text.length : 0;
      const next = positions[k + 1];
      const end = next !== undefined && next >= 0 ? next : sentence.text.length;
      const own =
        positions[k]! >= 0
          ? sentence.text.slice(start, Math.max(end, positions[k]! + q.text.length))
          : q.text;
      // A sentence that opens with the quote was usually set up by the one before it
      // ("Asked about the offer, Lena shook her head. "Why now?" she asked.").
      const previous = facts.sentences[index - 1];
      const opens = k === 0 && positions[0]! >= 0 && positions[0]! <= 1;
      const context =
        opens && previous && sentence.paragraph - previous.paragraph <= 1 ? `${previous.text} ${own}` : own;
      drafts.push({
        kind: "quote",
        text: q.text,
        speakerId: q.speakerId,
        paragraph: q.paragraph,
        sentence: index,
        context,
      });
    });
    drafts.push({
      kind: "sentence",
      text: sentence.text,
      speakerId: null,
      paragraph: sentence.paragraph,
      sentence: index,
      context: continued.has(index) ? `${sentence.text} ${continued.get(index)}` : sentence.text,
    });
  });
  for (const r of facts.reported) {
    const sentence = facts.sentences[r.sentence];
    drafts.push({
      kind: "reported",
      text: r.text,
      speakerId: r.speakerId,
      paragraph: r.paragraph,
      sentence: r.sentence,
      context: sentence?.text ?? r.text,
    });
  }
  return drafts;
}

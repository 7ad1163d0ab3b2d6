/**
 * A measure a question asks of its topic ("what did Arling say about the price of the Nevo?"), and
 * whether a passage speaks of it: by a value of the kind it takes ("$249"), or by its word.
 */
import type { Facts } from "../article/facts.ts";
import { type AnswerType, measureAsked, typeFit } from "./answer-type.ts";
import type { Passage } from "./index.ts";
import { relevance, type TopicTerm } from "./relevance.ts";
import { words } from "./terms.ts";

/** A measure asked of the topic, as the topic's term and the kind of value it takes. */
export interface Measure {
  term: TopicTerm;
  type: AnswerType;
}

/** A measure's word counts as named when it stands in the passage or its sentence, not only around. */
const MEASURE_NAMED = 0.5;

/** The measure the question asks of its topic, as one of the topic's terms (`wanted`). */
export function measureOf(question: string, wanted: readonly TopicTerm[]): Measure | undefined {
  const measure = measureAsked(words(question).join(" "));
  const term = measure && wanted.find((t) => t.word === measure.word);
  return term ? { term, type: measure.type } : undefined;
}

/** Whether a passage's sentence gives a value of the kind a measure takes ("$249" for a price). */
export function givesValue(facts: Facts, passage: Passage, type: AnswerType): boolean {
  const sentence = facts.sentences[passage.sentence]?.text ?? passage.text;
  return typeFit(sentence, type, new Set()) > 0;
}

/**
 * Words about the Nevo that neither give its price nor name it (the word or a synonym, in the
 * passage or its sentence) say nothing of its price.
 */
export function namesMeasure(facts: Facts, passage: Passage, measure: Measure): boolean {
  return (
    givesValue(facts, passage, measure.type) ||
    relevance(facts, passage, [measure.term]).score > MEASURE_NAMED
  );
}

/**
 * A measure a question asks of its topic ("what did Arling say about the price of the Nevo?"), and
 * whether a passage speaks of it: by a value of the kind it takes ("$249"), or by its word.
 */
import type { Facts } from "../article/facts.ts";
import { type AnswerType, typeFit } from "./answer-type.ts";
import type { Passage } from "./index.ts";
import { relevance, type TopicTerm } from "./relevance.ts";
import { words } from "./terms.ts";

/** Measures a question may ask of its topic, and the kind of value that gives each. */
const MEASURES: Readonly<Record<string, AnswerType>> = {
  price: "money",
  prices: "money",
  cost: "money",
  costs: "money",
  value: "money",
  size: "number",
  number: "number",
  amount: "number",
};
const MEASURE_WORDS = Object.keys(MEASURES).join("|");
/** "the price of the Nevo", or the measure as what is asked about: "about the price BBC will charge". */
const MEASURE_ASKED = new RegExp(
  `\\b(${MEASURE_WORDS}) of\\b|\\babout (?:the|its|their|his|her) (${MEASURE_WORDS})\\b`,
);

/**
 * "What did Arling say about the price of the Nevo?": the measure asked of the topic, if the question
 * asks one (its word and the kind of value that gives it). Words about the Nevo that neither name
 * its price nor give one do not answer it.
 */
export function measureAsked(folded: string): { word: string; type: AnswerType } | undefined {
  const m = MEASURE_ASKED.exec(folded);
  const word = m?.[1] ?? m?.[2];
  return word ? { word, type: MEASURES[word]! } : undefined;
}

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

/** Whether a passage names the measure (the word or a synonym, in the passage or its sentence). */
export function namesMeasure(facts: Facts, passage: Passage, measure: Measure): boolean {
  return relevance(facts, passage, [measure.term]).score > MEASURE_NAMED;
}

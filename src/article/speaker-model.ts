/**
 * The learned choice of speaker for a quote whose own sentence says nothing about who speaks (no
 * verb of saying, no attribution, no continuation): the people in view each get a score, a dot
 * product of their features with weights learned from PolNeAR's training articles
 * (`scripts/train-speaker-model.ts`), and the best one speaks. Cues that attribute a quote
 * explicitly stay rules in `quotes.ts`; this decides only what they leave open.
 */
import { z } from "zod";
import { quoteKind, type SentenceContext } from "./clauses.ts";
import { isTitleCase, PREPOSITIONS, quoteWords } from "./lexicon.ts";
import type { Entity, Registry } from "./registry.ts";
import shipped from "./speaker-model.json" with { type: "json" };

/** The features of one candidate, in the order of the weights. */
export const FEATURES = [
  // The "nobody" candidate, alone and with what makes a quote more likely a title or a document's words.
  "none",
  "none_partial",
  "none_quote_only",
  "none_person_in_sentence",
  "none_first_person",
  "none_short",
  "none_after_determiner",
  "none_title_case",
  "none_ends_sentence",
  // What the hand-written fallback would pick: the last speaker, the nearest name, the prior subject.
  "rule_pick",
  "last_speaker_near",
  "last_speaker_far",
  "prior_subject",
  "last_subject",
  "last_quote_speaker",
  "subject_before_quote",
  "named_before_quote",
  "possessive_before_quote",
  "object_before_quote",
  "named_after_quote",
  "quote_only_and_prior_subject",
  "quote_only_and_last_speaker",
  "partial_and_subject_before",
  "partial_and_possessive_before",
  "first_person_and_person",
  "ends_sentence_and_last_speaker",
  "quotes_so_far",
  "times_named",
  "recency",
] as const;

export type FeatureName = (typeof FEATURES)[number];

export interface Candidate {
  /** Null for "nobody in view said it". */
  entity: Entity | null;
  features: Float64Array;
}

export interface SpeakerModel {
  features: readonly FeatureName[];
  weights: Float64Array;
}

const ModelFile = z.object({
  model: z.literal("speaker-fallback-logit"),
  trainedOn: z.string(),
  /** One weight per feature, in the order of `FEATURES`. */
  weights: z.record(z.string(), z.number().finite()),
});
export type SpeakerModelFile = z.infer<typeof ModelFile>;

/** Validates a weights file: the features must be this code's, in order, each with a finite weight. */
export function parseSpeakerModel(json: unknown): SpeakerModel {
  const file = ModelFile.safeParse(json);
  if (!file.success) throw new Error(`speaker model: ${z.prettifyError(file.error)}`);
  const features = Object.keys(file.data.weights);
  if (features.length !== FEATURES.length || features.some((f, i) => f !== FEATURES[i]))
    throw new Error(`speaker model: features [${features.join(", ")}] are not [${FEATURES.join(", ")}]`);
  return { features: FEATURES, weights: Float64Array.from(Object.values(file.data.weights)) };
}

let loaded: SpeakerModel | undefined;

/**
 * The shipped weights, validated on first use (not on import, so that the training script still runs
 * when a feature was added and the file is stale).
 */
export function shippedModel(): SpeakerModel {
  loaded ??= parseSpeakerModel(shipped);
  return loaded;
}

/** What the attributor knows when a quote's sentence names no speaker for it. */
export interface Situation {
  sentence: SentenceContext;
  /** The quote's token. */
  q: number;
  registry: Registry;
  rulePick: Entity | null;
  lastSpeaker: { entity: Entity; paragraph: number } | null;
  lastSubject: { entity: Entity; paragraph: number } | null;
  priorSubject: { entity: Entity; paragraph: number; sentence: number } | null;
  lastQuote: { entity: Entity | null; paragraph: number } | null;
  /** How many quotes each speaker has so far. */
  quotesBy: ReadonlyMap<Entity, number>;
}

const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|we|We|our|Our|us)\b/;
/** Words before a quoted term that name it rather than report it: "the "sex tape" reference". */
const NAMING_WORDS = new Set("the a an so-called his her its their this that called dubbed".split(" "));
const index = new Map(FEATURES.map((f, i) => [f, i]));

function set(features: Float64Array, name: FeatureName, value: number | boolean): void {
  features[index.get(name)!] = Number(value);
}

/** What the quote itself says about whether anyone is quoted. */
interface QuoteTraits {
  quoteOnly: boolean;
  partial: boolean;
  firstPerson: boolean;
  /** Ends in its own punctuation: someone's sentence rather than a term. */
  endsSentence: boolean;
  /** "Orange is the New Black", "Little Marco": a title, a name or a slogan. */
  titleCase: boolean;
}

/**
 * The people in view (named in the sentence, last speaker, recent subjects), with features; first
 * "nobody" too, where the rule names no one or the quote is in Title Case.
 */
export function candidatesFor(s: Situation): Candidate[] {
  const { tokens, mentions } = s.sentence;
  const quote = tokens[s.q]!;
  const traits: QuoteTraits = {
    quoteOnly: tokens.every((t) => t.kind === "quote" || t.kind === "punct"),
    partial: quoteKind(tokens, s.q) === "partial",
    firstPerson: FIRST_PERSON.test(quote.text),
    endsSentence: /[.?!,]\s*["”“]?$/.test(quote.text),
    titleCase: isTitleCase(quote.text),
  };
  const pool = new Set<Entity>(mentions.map((m) => m.entity));
  const recent = [s.rulePick, s.lastSpeaker?.entity, s.lastSubject?.entity, s.priorSubject?.entity];
  for (const e of [...recent, s.lastQuote?.entity]) if (e) pool.add(e);
  const people = [...pool].map((e) => ({ entity: e, features: personFeatures(s, traits, e) }));
  // Where the hand-written rule names someone (the last speaker, the prior subject, a name in the
  // sentence), the model only chooses who: on BBC copy those are mostly right ("The number … was
  // "rising slowly"" after a report is quoted), and a scare quote looks the same in other copy. A
  // quote in Title Case is the exception: a title, a nickname or a slogan, nobody's words (on
  // PolNeAR's training articles, 88 of the 92 the rule gave someone are scare quotes, and it was
  // right on none).
  const nobody = !s.rulePick || traits.titleCase;
  return nobody ? [{ entity: null, features: nobodyFeatures(s, traits) }, ...people] : people;
}

/**
 * "Nobody": short, title-case or named quotes ("the "sex tape" reference", "so-called "rebels"") are
 * often terms, titles and slogans.
 */
function nobodyFeatures(s: Situation, traits: QuoteTraits): Float64Array {
  const { tokens, mentions } = s.sentence;
  const words = quoteWords(tokens[s.q]!.text);
  const before = tokens[s.q - 1];
  const f = new Float64Array(FEATURES.length);
  set(f, "none", 1);
  set(f, "none_partial", traits.partial);
  set(f, "none_quote_only", traits.quoteOnly);
  set(
    f,
    "none_person_in_sentence",
    mentions.some((m) => m.entity.kind === "person"),
  );
  set(f, "none_first_person", traits.firstPerson);
  set(f, "none_short", words.length <= 3);
  set(f, "none_after_determiner", NAMING_WORDS.has(before?.lower ?? "") || !!before?.possessive);
  set(f, "none_title_case", traits.titleCase);
  set(f, "none_ends_sentence", traits.endsSentence);
  return f;
}

/** One person or body in view: where the text last had them, and how they stand to the quote. */
function personFeatures(s: Situation, traits: QuoteTraits, e: Entity): Float64Array {
  const { sentence, q } = s;
  const { tokens, mentions } = sentence;
  const afterPreposition = (m: { start: number }) => PREPOSITIONS.has(tokens[m.start - 1]?.lower ?? "");
  const before = mentions.filter((m) => m.end <= q);
  const subject = before.find((m) => !m.possessive && !afterPreposition(m));
  const own = before.filter((m) => m.entity === e);
  const near = (seen: { entity: Entity | null; paragraph: number } | null) =>
    seen?.entity === e && sentence.paragraph - seen.paragraph <= 1;
  const prior = s.priorSubject?.entity === e && s.priorSubject.sentence === sentence.index - 1;
  const f = new Float64Array(FEATURES.length);
  set(f, "rule_pick", s.rulePick === e);
  set(f, "last_speaker_near", near(s.lastSpeaker));
  set(f, "last_speaker_far", s.lastSpeaker?.entity === e && !near(s.lastSpeaker));
  set(f, "prior_subject", prior);
  set(f, "last_subject", near(s.lastSubject));
  set(f, "last_quote_speaker", near(s.lastQuote));
  set(f, "subject_before_quote", subject?.entity === e);
  set(
    f,
    "named_before_quote",
    own.some((m) => !m.possessive),
  );
  set(f, "possessive_before_quote", own.length > 0 && own.every((m) => m.possessive));
  set(f, "object_before_quote", own.some(afterPreposition));
  set(
    f,
    "named_after_quote",
    mentions.some((m) => m.start > q && m.entity === e),
  );
  set(f, "quote_only_and_prior_subject", traits.quoteOnly && prior);
  set(f, "quote_only_and_last_speaker", traits.quoteOnly && near(s.lastSpeaker));
  set(f, "partial_and_subject_before", traits.partial && subject?.entity === e);
  set(f, "partial_and_possessive_before", traits.partial && own.length > 0 && own.every((m) => m.possessive));
  set(f, "first_person_and_person", traits.firstPerson && e.kind === "person");
  set(f, "ends_sentence_and_last_speaker", traits.endsSentence && near(s.lastSpeaker));
  set(f, "quotes_so_far", Math.log1p(s.quotesBy.get(e) ?? 0));
  set(f, "times_named", Math.log1p(e.named));
  set(f, "recency", 1 / (1 + s.registry.now - e.lastSeen));
  return f;
}

function scoreOf(model: SpeakerModel, features: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < features.length; i++) sum += model.weights[i]! * features[i]!;
  return sum;
}

/**
 * Chooses among the candidates for a quote no words attribute; the default is the shipped model.
 * Training passes one that records the candidates. `quote` is the quote's index in the article.
 */
export type SpeakerChooser = (candidates: readonly Candidate[], quote: number) => Entity | null;

export const learnedChooser: SpeakerChooser = (candidates) =>
  bestCandidate(shippedModel(), candidates).entity;

/** The candidate with the highest score; on a tie the earlier one ("nobody" comes first). */
export function bestCandidate(model: SpeakerModel, candidates: readonly Candidate[]): Candidate {
  let best = candidates[0]!;
  let top = scoreOf(model, best.features);
  for (const c of candidates.slice(1)) {
    const score = scoreOf(model, c.features);
    if (score > top) [best, top] = [c, score];
  }
  return best;
}

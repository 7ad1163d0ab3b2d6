/**
 * Raw article text → facts: the whole parsing pipeline, pure.
 */

import type { SentenceContext } from "./clauses.ts";
import { type ArticleParts, type CleanArticle, cleanArticle, cleanParts, datelineOf } from "./clean.ts";
import { FACTS_VERSION, type Facts, type Quote, type ReportedSpeech, type Sentence } from "./facts.ts";
import { articleEvidence, findMentions } from "./people.ts";
import { findQuoteSpans, maskQuotes } from "./quote-spans.ts";
import { Attributor } from "./quotes.ts";
import { Registry } from "./registry.ts";
import { asDoubleQuoted } from "./single-quotes.ts";
import { learnedChooser, type SpeakerChooser } from "./speaker-model.ts";
import { type QuoteSpan, splitSentences, type Token, tokenize } from "./text.ts";

/**
 * Parses one article's raw text into its facts. Never throws on odd text: it recovers. `choose`
 * replaces the learned speaker model (for training it).
 */
export function parseArticle(raw: string, id: string, choose: SpeakerChooser = learnedChooser): Facts {
  return factsOf(cleanArticle(raw), id, choose);
}

/** Parses an article that arrives in parts (a web page, a feed item, a wire document) into its facts. */
export function parseArticleParts(parts: ArticleParts, id: string): Facts {
  return factsOf(cleanParts(parts), id);
}

/**
 * The article's sentences, numbered in order, each tokenized with its quotation marks known (so a
 * full stop inside a quote does not end the sentence), overlong ones read in pieces. Loops, not
 * nested `flatMap`s: V8 runs those generically, and they were a few percent of parsing.
 */
function sentenceContexts(
  paragraphs: readonly string[],
  shown: readonly string[],
): { contexts: SentenceContext[]; sentences: Sentence[] } {
  const spansOf = groupByParagraph(findQuoteSpans(paragraphs), paragraphs.length);
  const sentences: Sentence[] = [];
  const contexts: SentenceContext[] = [];
  paragraphs.forEach((text, p) => {
    const spans = spansOf[p]!;
    for (const s of splitSentences(maskQuotes(text, spans), p + 1)) {
      for (const c of chunks(tokenize(text, spans, s.start, s.end), s.start, s.end)) {
        sentences.push({ paragraph: p + 1, text: shownSentence(text, shown[p]!, c.start, c.end) });
        contexts.push({
          index: contexts.length,
          paragraph: p + 1,
          text: text.slice(c.start, c.end),
          tokens: c.tokens,
          mentions: [],
        });
      }
    }
  });
  return { contexts, sentences };
}

/**
 * A sentence as written, from its place in the paragraph as read: a mark read as a space (the outer
 * one of two apostrophes) goes with the sentence it touches.
 */
function shownSentence(read: string, shown: string, start: number, end: number): string {
  let from = start;
  let to = end;
  while (from > 0 && read[from - 1] !== shown[from - 1]) from--;
  while (to < shown.length && read[to] !== shown[to]) to++;
  return shown.slice(from, to);
}

function factsOf(
  { metadata, paragraphs }: CleanArticle,
  id: string,
  choose: SpeakerChooser = learnedChooser,
): Facts {
  // Copy quoting with single marks is read as if it quoted with double ones; the words shown are as written.
  const { contexts, sentences } = sentenceContexts(asDoubleQuoted(paragraphs), paragraphs);
  const registry = new Registry();
  const evidence = articleEvidence(contexts.map((c) => c.tokens));
  const attributor = new Attributor(registry, choose);
  for (const context of contexts) {
    registry.tick();
    context.mentions = findMentions(context.tokens, registry, evidence);
    attributor.read(context);
  }
  registry.completeNames(paragraphs.join("\n"));
  registry.mergeNamesakes();

  const quotes: Quote[] = attributor.quotes.map(({ span, speaker, kind, sentence }) => ({
    text: paragraphs[span.paragraph - 1]!.slice(span.start, span.end),
    speakerId: speaker?.id ?? null,
    kind: speaker ? kind : "scare",
    paragraph: span.paragraph,
    sentence,
  }));
  const reported: ReportedSpeech[] = attributor.reports.map((r) => {
    const paragraph = contexts[r.sentence]!.paragraph;
    // ("VIENNA — The house … will be turned into a police station, the minister said": not the dateline.)
    const dateline = paragraph === 1 && r.start === 0 ? (datelineOf(paragraphs[0]!)?.[0].length ?? 0) : 0;
    return {
      speakerId: r.speaker.id,
      text: paragraphs[paragraph - 1]!.slice(r.start + dateline, r.end).trim(),
      paragraph,
      sentence: r.sentence,
    };
  });
  const spoke = new Set<string>();
  for (const q of [...quotes, ...reported]) if (q.speakerId) spoke.add(q.speakerId);
  return {
    version: FACTS_VERSION,
    id,
    metadata,
    paragraphs,
    sentences,
    people: registry.toPeople(spoke),
    quotes,
    reported,
  };
}

/**
 * Real sentences have a few dozen tokens. A "sentence" of thousands (runaway quotation marks, text
 * without full stops) is read in pieces, so that attribution, which looks back and forth within a
 * sentence, stays linear in the length of the article.
 */
export const MAX_SENTENCE_TOKENS = 150;

function chunks(
  tokens: Token[],
  start: number,
  end: number,
): { tokens: Token[]; start: number; end: number }[] {
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [{ tokens, start, end }];
  const out: { tokens: Token[]; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i += MAX_SENTENCE_TOKENS) {
    const part = tokens.slice(i, i + MAX_SENTENCE_TOKENS);
    const last = i + MAX_SENTENCE_TOKENS >= tokens.length;
    out.push({
      tokens: part,
      start: i === 0 ? start : part[0]!.start,
      end: last ? end : part[part.length - 1]!.end,
    });
  }
  return out;
}

function groupByParagraph(spans: readonly QuoteSpan[], count: number): QuoteSpan[][] {
  // A loop, not `Array.from` with a function: that was most of this.
  const groups: QuoteSpan[][] = [];
  for (let p = 0; p < count; p++) groups.push([]);
  for (const span of spans) groups[span.paragraph - 1]!.push(span);
  return groups;
}

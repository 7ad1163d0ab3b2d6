/**
 * A quote answered whole: with the rest of the statement it is part of, or, when it is words quoted
 * inside a sentence, with the sentence that quotes them.
 */
import type { Facts } from "../article/facts.ts";
import { spokenAround } from "../verify/statements.ts";
import type { ArchiveIndex } from "./index.ts";
import type { Answer } from "./types.ts";

/** Words quoted inside sentences, across more sentences than this, are answered as quoted. */
const MAX_PARTIAL_SENTENCES = 2;
/** The sentences of quotes, at most, that follow a report of them in its answer. */
const MAX_FOLLOWING = 3;

/**
 * A quote answered with the rest of its statement in its paragraph ("The problem can be solved …
 * But what you need is political will"): the whole of what was said, whichever part the question
 * matched. Other answers are as they are.
 */
export function withWholeStatement(index: ArchiveIndex, answer: Answer): Answer {
  if (answer.kind === "reported" && answer.answered && answer.article)
    return withFrame(index.facts(answer.article.id), answer);
  if (answer.kind !== "quote" || !answer.answered || !answer.article) return answer;
  const facts = index.facts(answer.article.id);
  const k = facts?.quotes.findIndex((q) => q.paragraph === answer.paragraph && q.text === answer.text) ?? -1;
  if (k < 0) return answer;
  const statement = spokenAround(facts!, k);
  // "free riders" alone says little, nor "professed his love for the Philippines" whose subject the
  // sentence names: words quoted inside a sentence stand in it ("Obama called the Saudis “free
  // riders” who rely on U.S. military might"), as the speaker's reported words, unless it holds
  // someone else's words too.
  const parts = facts!.quotes.slice(statement.first, statement.last + 1);
  const from = parts[0]!.sentence;
  const to = parts.at(-1)!.sentence;
  const partial = parts.every((q) => q.kind === "partial");
  if (partial && to - from < MAX_PARTIAL_SENTENCES && onlyTheirs(facts!, from, to, parts[0]!.speakerId)) {
    const text = facts!.sentences
      .slice(from, to + 1)
      .map((s) => s.text)
      .join(" ");
    return { ...answer, kind: "reported", text };
  }
  return { ...answer, text: statement.text };
}

/**
 * Reported speech answered with the sentence that reports it ("Cameron has said Trump deserves
 * respect …"): who said it and how, not a clause without its subject. Not a sentence that also
 * holds someone else's words.
 */
function withFrame(facts: Facts | undefined, answer: Answer): Answer {
  const r = facts?.reported.find((x) => x.paragraph === answer.paragraph && x.text === answer.text);
  if (!r || !onlyTheirs(facts!, r.sentence, r.sentence, r.speakerId)) return answer;
  const to = quotedNext(facts!, r.sentence, r.speakerId);
  const text = facts!.sentences
    .slice(r.sentence, to + 1)
    .map((s) => s.text)
    .join(" ");
  return { ...answer, text };
}

/**
 * The last sentence of the speaker's own words that follow a report of them at once (“Earnest said
 * Obama wasn't targeting just Trump.” then “"It's not uncommon to …," he said.”): copy sums up what
 * someone said, then quotes it; the answer gives both. `sentence` itself when no quote follows.
 */
function quotedNext(facts: Facts, sentence: number, speaker: string): number {
  const k = facts.quotes.findIndex((q) => q.sentence === sentence + 1);
  const next = facts.quotes[k];
  if (next?.kind !== "direct" || next.speakerId !== speaker) return sentence;
  const last = facts.quotes[spokenAround(facts, k).last]!.sentence;
  const near = facts.sentences[last]!.paragraph - facts.sentences[sentence]!.paragraph <= 1;
  return near && last - sentence <= MAX_FOLLOWING && onlyTheirs(facts, sentence + 1, last, speaker)
    ? last
    : sentence;
}

/** Whether no one but `speaker` is quoted or reported in sentences `from` to `to`. */
function onlyTheirs(facts: Facts, from: number, to: number, speaker: string | null): boolean {
  const within = (item: { sentence: number }) => item.sentence >= from && item.sentence <= to;
  const theirs = (id: string | null) => id === null || id === speaker;
  return (
    facts.quotes.every((q) => !within(q) || theirs(q.speakerId)) &&
    facts.reported.every((r) => !within(r) || theirs(r.speakerId))
  );
}

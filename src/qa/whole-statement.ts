/**
 * A quote answered whole: with the rest of the statement it is part of, or, when it is only a few
 * words quoted, in the sentence that quotes them.
 */
import { spokenAround } from "../verify/statements.ts";
import type { ArchiveIndex } from "./index.ts";
import { isPhraseText } from "./passage-value.ts";
import type { Answer } from "./types.ts";

/** Phrases quoted across more sentences than this are answered as quoted. */
const MAX_PHRASE_SENTENCES = 2;

/**
 * A quote answered with the rest of its statement in its paragraph ("The problem can be solved …
 * But what you need is political will"): the whole of what was said, whichever part the question
 * matched. Other answers are as they are.
 */
export function withWholeStatement(index: ArchiveIndex, answer: Answer): Answer {
  if (answer.kind !== "quote" || !answer.answered || !answer.article) return answer;
  const facts = index.facts(answer.article.id);
  const k = facts?.quotes.findIndex((q) => q.paragraph === answer.paragraph && q.text === answer.text) ?? -1;
  if (k < 0) return answer;
  const statement = spokenAround(facts!, k);
  // "free riders" alone says little: a few words quoted, or a few such phrases, stand in the
  // sentence that quotes them ("Obama called the Saudis “free riders” who rely on U.S. military
  // might"), as the speaker's reported words.
  const parts = facts!.quotes.slice(statement.first, statement.last + 1);
  const phrases = parts.every((q) => q.kind === "partial" && isPhraseText(q.text));
  const sentences = facts!.sentences.slice(parts[0]!.sentence, parts.at(-1)!.sentence + 1);
  if (phrases && sentences.length <= MAX_PHRASE_SENTENCES)
    return { ...answer, kind: "reported", text: sentences.map((s) => s.text).join(" ") };
  return { ...answer, text: statement.text };
}

/**
 * Who a pronoun or a role cannot mean, or must, within its own sentence: a name a fronted phrase
 * governs ("According to Smith, he …"), one first named after the pronoun, and the one person a
 * sentence names besides its subject ("Mr. Trump took on Hillary Clinton after the Democratic
 * front-runner had said …"). Read by `Salience` as it resolves pronouns and roles.
 */
import { opensAdjunct, type SentenceContext } from "./clauses.ts";
import { PREPOSITIONS, TITLE_HEADS, VERB_FILLERS } from "./lexicon.ts";
import { isPersonRole } from "./name-roles.ts";
import type { Entity, Mention } from "./registry.ts";
import { isSubjectMention } from "./sentence-subject.ts";
import { isSpeechVerb } from "./speech-verbs.ts";
import type { Token } from "./text.ts";
import { isPlainVerb } from "./verb-reading.ts";

/**
 * The people first named in this sentence after the token at `at`, other than as a clause's
 * subject ("He called it his "masochism strategy", and now Tony Blair has …" means Blair).
 */
export function introducedAfter(sentence: SentenceContext, at: number): Entity[] {
  const { mentions, tokens } = sentence;
  return mentions
    .filter((m) => m.start > at && !mentions.some((b) => b.entity === m.entity && b.start < at))
    .filter((m) => !(tokens[m.end] !== undefined && isPlainVerb(tokens[m.end]!)))
    .map((m) => m.entity)
    .filter((e) => e.named <= mentions.filter((m) => m.entity === e).length);
}

/**
 * "Of Hepburn, she said", "Asked about Jones, she said", "According to Smith, he …": a name that a
 * preposition governs in the phrase fronted before a subject pronoun is not who the pronoun means
 * (but "As for Trump, he said" names the topic the pronoun takes up).
 */
export function frontedObjects(
  sentence: SentenceContext,
  before: readonly Mention[],
  at: number,
): Set<Entity> {
  const { tokens } = sentence;
  if (tokens[at - 1]?.text !== ",") return new Set();
  // "The image portrayed Mr Howard as a hypnotist, he argued": what a pronoun's verb reports is
  // said by someone else than those it names past its opening subject ("Ms. Nwanguma was shocked,
  // she said" is hers, as news copy writes it).
  if (endsAttribution(tokens, at) && !CLAUSE_OPENERS.has(tokens[0]!.lower)) {
    const subject = before.find((m) => !m.possessive && standsAsSubject(tokens, m.start));
    return new Set(before.filter((m) => m !== subject).map((m) => m.entity));
  }
  const governed = before.filter((m) => {
    const preposition = tokens[m.start - 1]?.lower ?? "";
    return (
      (PREPOSITIONS.has(preposition) || FRONTED_PREPOSITIONS.has(preposition)) &&
      !(tokens[m.start - 2]?.lower === "as" && /^(?:for|to)$/.test(preposition))
    );
  });
  return new Set(governed.map((m) => m.entity));
}
/**
 * The one person named before `at` in the sentence other than its subject, when it names a subject
 * ("Samuel L Jackson and Ben Stiller have signed up for Ricky Gervais' sitcom, the comedian has told":
 * the subjects joined by "and" are both left out).
 */
export function otherThanSubject(sentence: SentenceContext, at: number): Entity | null {
  const { tokens } = sentence;
  const named = sentence.mentions.filter((m) => m.end <= at && m.entity.kind === "person");
  const subject = named.find((m) => !m.possessive && isSubjectMention(tokens, m));
  if (!subject) return null;
  const joined = (m: Mention) =>
    !m.possessive && tokens[m.start - 1]?.lower === "and" && m.start > subject.end;
  const others = new Set(named.filter((m) => m.entity !== subject.entity && !joined(m)).map((m) => m.entity));
  return others.size === 1 ? [...others][0]! : null;
}

/** Prepositions of time a fronted phrase opens with: "After Mr. Vander Plaats's introduction, he said". */
const FRONTED_PREPOSITIONS = new Set(["after", "before", "during", "following", "amid", "despite"]);

/**
 * Whether the pronoun at `at` and a verb of saying end the sentence, what it says before them
 * ("…, he said on Monday."; not "After Smith left, he said that …").
 */
function endsAttribution(tokens: readonly Token[], at: number): boolean {
  const v = VERB_FILLERS.has(tokens[at + 1]?.lower ?? "") ? at + 2 : at + 1;
  if (!isSpeechVerb(tokens, v)) return false;
  // ("…, he said, because he prizes …": a clause of its own after the verb's comma ends the attribution.)
  const adjunct = tokens.findIndex(
    (t, k) => k > v && t.text === "," && opensAdjunct(tokens[k + 1]?.lower ?? ""),
  );
  const rest = tokens.slice(v + 1, adjunct < 0 ? undefined : adjunct);
  return (
    rest.length <= ATTRIBUTION_TAIL &&
    rest.every((t) => t.kind !== "quote" && t.lower !== "that" && t.text !== ":")
  );
}
/** Words at most after a closing attribution's verb: a time, a place, to whom ("…, he told the BBC on Monday"). */
const ATTRIBUTION_TAIL = 8;
/**
 * Whether the name at `start` may be its clause's subject: at the start, after a mark ("Then a
 * student in Manhattan, Ms. Olivieri found …"), a conjunction or a role ("spokesman Fraser Kemp"),
 * not after a verb or a preposition ("portrayed Mr Howard").
 */
function standsAsSubject(tokens: readonly Token[], start: number): boolean {
  // (Past a courtesy or a capitalised title: "portrayed Mr Howard".)
  let k = start - 1;
  while (k > 0 && tokens[k]!.kind === "word" && tokens[k]!.capitalised) k--;
  const before = tokens[k];
  if (before?.kind !== "word" || before.capitalised) return true;
  return SUBJECT_CONNECTIVES.has(before.lower) || TITLE_HEADS.has(before.lower) || isPersonRole(before.lower);
}
const SUBJECT_CONNECTIVES = new Set(["and", "but", "so", "then", "yet", "also", "now"]);
/** First words of a sentence that open a phrase or clause before its subject ("As for Trump, he said …"). */
const CLAUSE_OPENERS = new Set(
  "as after when while if although though because since before once until unless asked of for on in at about with".split(
    " ",
  ),
);

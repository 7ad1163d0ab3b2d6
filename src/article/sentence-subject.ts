/**
 * Who a sentence is about: its subject (the first person named who is no preposition's object,
 * possessive or modifier of a noun) and the person named nearest before a quote. Read over one
 * sentence's tokens and mentions; `clauses.ts` reads the words around the quote itself.
 */
import { inSubordinateClause, MODIFIED_NOUNS, OBJECT_MARKERS, type SentenceContext } from "./clauses.ts";
import { BE_FORMS, DETERMINERS, PEOPLES, PREPOSITIONS, SPEAKER_NOUNS, TITLE_HEADS } from "./lexicon.ts";
import { isPersonRole } from "./name-roles.ts";
import type { Entity, Mention } from "./registry.ts";
import type { Token } from "./text.ts";

/** The first person named in a sentence who is not the object of a preposition ("hired by Lena"). */
export function sentenceSubject(sentence: SentenceContext): Entity | null {
  const { tokens } = sentence;
  const subjects = sentence.mentions.filter((m) => m.entity.kind === "person" && isSubjectMention(tokens, m));
  // "While his rivals called for war on the Islamic State, Trump …": the main clause's subject, if
  // the sentence names one, rather than a "while" clause's.
  const main = subjects.find((m) => !inSubordinateClause(tokens, m.start));
  return (main ?? subjects[0])?.entity ?? frontedTopic(sentence);
}

/**
 * "For Major, a retiree …, making calls is an opportunity": a person the sentence opens on after
 * "for" or "to" and a comma is whom it is about when no one else is its subject.
 */
function frontedTopic({ tokens, mentions }: SentenceContext): Entity | null {
  const first = mentions[0];
  if (first?.entity.kind !== "person" || first.start !== 1 || first.possessive) return null;
  return TOPIC_FRAMES.has(tokens[0]!.lower) && tokens[first.end]?.text === "," ? first.entity : null;
}
const TOPIC_FRAMES = new Set(["for", "to"]);

/** Can this mention be a clause's subject: not a possessive, a preposition's object or a modifier? */
export function isSubjectMention(tokens: readonly Token[], m: Mention): boolean {
  return !m.possessive && !afterPreposition(tokens, m.start) && !isModifier(tokens, m);
}

/**
 * Whether a name is a preposition's object ("hired by Lena"), also across the words that describe
 * it: "the murder of Father Jacques Hamel", "a spokesman for Mayor Frank G. Jackson". Not across
 * them after "as", which opens a clause as often ("as Cardinal Cormac Murphy O'Connor backed"), nor
 * after "by", whose agent is who the sentence is about as often as its subject ("supported by Sen.
 * Dianne Feinstein, who said …").
 */
function afterPreposition(tokens: readonly Token[], start: number): boolean {
  if (OBJECT_MARKERS.has(tokens[start - 1]?.lower ?? "")) return true;
  for (let k = start - 1; k >= 0 && k >= start - DESCRIBED_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (k < start - 1 && (DESCRIBED_OBJECT_MARKERS.has(t.lower) || isPassiveAgent(tokens, k))) return true;
    const describes =
      (t.capitalised && PEOPLES.has(t.text)) || DESCRIBING.has(t.lower) || TITLE_HEADS.has(t.lower);
    if (!describes) return false;
  }
  return false;
}
/**
 * "by" after a verb in the passive ("the wildcard entry was dispatched by fellow American Robby
 * Ginepri"): its agent is not who the sentence is about, its subject is, even one not named.
 */
function isPassiveAgent(tokens: readonly Token[], by: number): boolean {
  const participle = tokens[by - 1]?.lower ?? "";
  return (
    tokens[by]!.lower === "by" && /(?:ed|en)$/.test(participle) && BE_FORMS.has(tokens[by - 2]?.lower ?? "")
  );
}
/** How many describing words may stand between a preposition and the name it governs. */
const DESCRIBED_REACH = 4;
const DESCRIBED_OBJECT_MARKERS = new Set([...PREPOSITIONS].filter((p) => p !== "by"));
/** Words that describe a person before the name: "of fellow American", "for the former minister". */
const DESCRIBING = new Set([
  ...DETERMINERS,
  "fellow",
  "former",
  "veteran",
  "late",
  "then",
  "ex",
  "top",
  "senior",
]);

/** "the Clinton campaign", "Trump supporters": a name used as a modifier of the noun after it. */
function isModifier(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.end];
  if (next?.kind !== "word" || next.capitalised) return false;
  return (
    DETERMINERS.has(tokens[m.start - 1]?.lower ?? "") ||
    MODIFIED_NOUNS.has(next.lower) ||
    SPEAKER_NOUNS.has(next.lower) ||
    TITLE_HEADS.has(next.lower) ||
    isPersonRole(next.lower)
  );
}

/** Words a subject noun phrase is made of: "the Scottish Executive", "Tories and Lib Dems". */
export function isSubjectWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== "word") return false;
  if (t.capitalised || t.possessive || DETERMINERS.has(t.lower)) return true;
  if (SPEAKER_NOUNS.has(t.lower) || TITLE_HEADS.has(t.lower)) return true;
  return t.lower === "and" && Boolean(tokens[i + 1]?.capitalised);
}

export function nearestMention(sentence: SentenceContext, q: number): Entity | null {
  const { tokens, mentions } = sentence;
  const before = mentions.filter((m) => m.end <= q && m.entity.kind === "person");
  // The sentence's subject ("Beck, who has described Trump as "…"", "Moore thanked him for "…"")
  // rather than the object nearest the quote; not the subject of a clause that opens with "while".
  const subject = before.find(
    (m) =>
      !m.possessive &&
      !PREPOSITIONS.has(tokens[m.start - 1]?.lower ?? "") &&
      !inSubordinateClause(tokens, m.start),
  );
  return (subject ?? before[before.length - 1])?.entity ?? null;
}

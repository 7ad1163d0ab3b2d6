/**
 * Descriptions as speakers: "a Home Office spokesman", "the prime minister", "said the firm". A
 * description may name a person, refer back to someone written about before ("the 36-year-old"), or
 * stand for itself as a descriptor.
 */
import {
  ampersandNameStart,
  descriptionText,
  isPersonRole,
  isSpeakerDescription,
  joinWords,
  opensSentence,
  type SentenceContext,
  titledMention,
} from "./clauses.ts";
import { isBodyNoun, isOpeningAdverb } from "./cues.ts";
import { AGED, LEADING_JUNK, LINKING, PEOPLES, PREPOSITIONS, TITLE_HEADS } from "./lexicon.ts";
import { isStandingRole } from "./name-roles.ts";
import type { Entity, Registry } from "./registry.ts";
import type { Salience } from "./salience.ts";

export class Descriptions {
  constructor(
    private readonly registry: Registry,
    private readonly salience: Salience,
  ) {}

  /**
   * Turns a description into a speaker: a person it names, a role it refers back to (unless
   * `refersBack` is false), or itself.
   */
  speaker(
    sentence: SentenceContext,
    start: number,
    end: number,
    afterVerb = false,
    refersBack = true,
  ): Entity | null {
    const { tokens } = sentence;
    // "But a spokesman", "When terrorists", "As Politico": words that open the sentence, not the speaker.
    while (start <= end && (LEADING_JUNK.has(tokens[start]!.text) || opensSentence(tokens[start]!))) start++;
    // `Originally dubbed "…"`: the sentence's opening adverb.
    if (start === 0 && start === end && isOpeningAdverb(tokens[0]!.lower)) return null;
    if (start > end) return null;
    // A name the description ends with is the speaker, unless it is a preposition's object ("a
    // spokesman for Bernie Sanders").
    const named = sentence.mentions.find(
      (m) =>
        m.start >= start &&
        m.end === end + 1 &&
        !m.possessive &&
        !tokens.slice(start, m.start).some((t) => !t.capitalised && PREPOSITIONS.has(t.lower)),
    );
    if (named) return named.entity;
    // "Sen. Tom Udall of New Mexico", "former Vermont governor Howard Dean": the person titled.
    const titled = titledMention(sentence, start, end + 1);
    if (titled?.entity.kind === "person" && (titled.end === end + 1 || tokens[titled.end]?.lower === "of"))
      return titled.entity;
    // "accountancy firm Ernst & Young": a firm's name joined by an ampersand speaks, whatever describes it.
    start = ampersandNameStart(tokens, start, end);
    const words = tokens.slice(start, end + 1);
    if (!isSpeakerDescription(words, afterVerb ? undefined : tokens[start - 1])) return null;
    // "the veteran builder from Queens": the head is the noun before its "from"/"of" phrase.
    const link = words.findIndex((w, k) => k > 0 && !w.capitalised && LINKING.has(w.lower));
    const headAt = link > 1 ? link - 1 : words.length - 1;
    const head = words[headAt]!;
    // "the 36-year-old said": an age stands for the person just written about, as a role does.
    const aged = AGED.test(head.lower);
    // "the Scot", "the 24-year-old Swiss": a nationality stands for the player just written about.
    const demonym = PEOPLES.has(head.text);
    if (
      refersBack &&
      words[0]!.lower === "the" &&
      (!head.capitalised || demonym) &&
      (TITLE_HEADS.has(head.lower) ||
        isStandingRole(words, headAt) ||
        isPersonRole(head.lower) ||
        aged ||
        demonym) &&
      !words.some((w, k) => k > 0 && w.possessive)
    ) {
      const found = this.salience.roleReference(head.lower, sentence, start, demonym);
      // An age is only ever a person's, and one with a full name ("Tootsie" or "Moroccan" is none).
      const person = aged && (found?.kind !== "person" || found.nameWords.length < 2) ? null : found;
      if (person) {
        // (Not a people's name: the one meant may be someone else of that people, not titled so.)
        if (this.registry.isNamed(person) && !aged && !demonym)
          person.title ??= joinWords(words.slice(1, headAt + 1));
        return person;
      }
    }
    // "said the firm": the company named before, if one was.
    const body =
      words.length === 2 && words[0]!.lower === "the" && isBodyNoun(head) && !head.lower.endsWith("s");
    const referent = body ? this.salience.bodyReference(sentence, start) : null;
    if (referent) {
      // Called a firm, it is one: "it said" may point back to it, "he said" may not.
      referent.kind = "organisation";
      return referent;
    }
    return this.document(sentence, start, end);
  }

  /** A noun phrase as the speaker, as written ("a welcome message on the website"). */
  document(sentence: SentenceContext, start: number, end: number): Entity | null {
    const text = joinWords(sentence.tokens.slice(start, end + 1));
    return this.registry.addDescriptor(descriptionText(text, start === 0));
  }
}

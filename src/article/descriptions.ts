/**
 * Descriptions as speakers: "a Home Office spokesman", "the prime minister", "said the firm". A
 * description may name a person, refer back to someone written about before ("the 36-year-old"), or
 * stand for itself as a descriptor.
 */
import {
  ampersandNameStart,
  descriptionText,
  isSpeakerDescription,
  joinWords,
  opensSentence,
  type SentenceContext,
  titledMention,
} from "./clauses.ts";
import { isBodyNoun } from "./cues.ts";
import { guessedGender } from "./first-names.ts";
import {
  AGED,
  CLAUSE_VERBS,
  DETERMINERS,
  isOpeningAdverb,
  LEADING_JUNK,
  LINKING,
  ORG_HEADS,
  PEOPLES,
  PREPOSITIONS,
  TITLE_HEADS,
} from "./lexicon.ts";
import {
  isByOrigin,
  isNameJoint,
  isOwnRole,
  isPersonRole,
  isPosition,
  isStandingRole,
  nameRunStart,
  namesBodyRole,
  namesRole,
} from "./name-roles.ts";
import type { Entity, Registry } from "./registry.ts";
import type { Salience } from "./salience.ts";
import type { Token } from "./text.ts";

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
    const afterRole = this.namedAfterRole(words);
    if (afterRole) return afterRole;
    return (
      (refersBack ? this.referredTo(sentence, words, start) : null) ??
      this.firmReferredTo(sentence, words, start) ??
      this.document(sentence, start, end)
    );
  }

  /**
   * "the prime minister", "the 36-year-old", "the Scot": a role, an age or a people with "the" stands
   * for the one just written about who fits it, and gives a named person the role for a title.
   */
  private referredTo(sentence: SentenceContext, words: readonly Token[], start: number): Entity | null {
    // "the veteran builder from Queens": the head is the noun before its "from"/"of" phrase.
    const link = words.findIndex((w, k) => k > 0 && !w.capitalised && LINKING.has(w.lower));
    const headAt = link > 1 ? link - 1 : words.length - 1;
    const head = words[headAt]!;
    // "the mother-of-nine said": a parent counted by children, British copy's, is the mother or father.
    const parent = /^(mother|father)-of-[a-z]+$/.exec(head.lower)?.[1];
    // "the 36-year-old said": an age stands for the person just written about, as a role does.
    const aged = AGED.test(head.lower);
    // "the Scot", "the 24-year-old Swiss": a nationality stands for the player just written about.
    const demonym = PEOPLES.has(head.text);
    // "said the Sale full-back", "says the Waterford man": as a people does, whom the sentence before was about.
    const byOrigin = isByOrigin(words, headAt);
    const positioned = byOrigin || isPosition(head);
    const refers =
      words[0]!.lower === "the" &&
      // (A role in capitals is one in initials: "the Salford MP", "the DJ".)
      (!head.capitalised || demonym || isOwnRole(head)) &&
      (TITLE_HEADS.has(head.lower) ||
        isStandingRole(words, headAt) ||
        positioned ||
        isPersonRole(head.lower) ||
        aged ||
        demonym ||
        parent !== undefined) &&
      !words.some((w, k) => k > 0 && w.possessive);
    if (!refers) return null;
    const found = this.salience.roleReference(parent ?? head.lower, sentence, start, demonym || positioned);
    // An age is only ever a person's, and one with a full name ("Tootsie" or "Moroccan" is none).
    const person = aged && (found?.kind !== "person" || found.nameWords.length < 2) ? null : found;
    // (Not a people's name: the one meant may be someone else of that people, not titled so.)
    if (person && this.registry.isNamed(person) && !aged && !demonym && !byOrigin)
      person.title ??= joinWords(words.slice(1, headAt + 1));
    return person;
  }

  /** "said the firm": the company named before, if one was; called a firm, it is one. */
  private firmReferredTo(sentence: SentenceContext, words: readonly Token[], start: number): Entity | null {
    const head = words.at(-1)!;
    const body =
      words.length === 2 && words[0]!.lower === "the" && isBodyNoun(head) && !head.lower.endsWith("s");
    const referent = body ? this.salience.bodyReference(sentence, start) : null;
    // ("it said" may then point back to it, "he said" may not.)
    if (referent) referent.kind = "organisation";
    return referent;
  }

  /**
   * "said Arsenal boss Wenger", "research firm Gartner", "market analysts Chart-Track": a name no
   * list knows after its role is who speaks, the role its title; a body's after a firm's noun or a
   * plural, or when it reads as no person's name. Not the object of a preposition ("the officer at
   * US telecoms firm WorldCom" is the officer).
   */
  private namedAfterRole(words: readonly Token[]): Entity | null {
    const run = nameRunStart(words);
    const role = words[run - 1];
    if (run === words.length || !role || role.capitalised || !namesRole(role.lower)) return null;
    const nameWords = words.slice(run);
    if (!nameWords.every((w) => /^\p{Lu}/u.test(w.text) || isNameJoint(w.text))) return null;
    // (Nor a clause run on into a name where a full stop went missing: "… will hurt smaller firms The EC".)
    const before = words.slice(0, run);
    if (before.some((w) => !w.capitalised && (PREPOSITIONS.has(w.lower) || CLAUSE_VERBS.has(w.lower))))
      return null;
    const name = joinWords(nameWords);
    // ("Earlier chief constable Green questioned …": Steve Green, named before.)
    const known =
      this.registry.withName(name) ?? (nameWords.length === 1 ? this.registry.bySurname(name) : undefined);
    if (known) return known;
    const gender = nameWords.length > 1 ? guessedGender(nameWords[0]!.text) : null;
    const entity = this.registry.addPerson(name, name.split(" "), null, null, gender);
    if (!entity) return null;
    entity.title = joinWords(words.slice(DETERMINERS.has(words[0]!.lower) ? 1 : 0, run));
    // ("Yukos' owner Menatep Group", "American Airlines' parent AMR": a body's name by its kind or capitals.)
    const acronym = nameWords.some((w) => /^\p{Lu}{2,}$/u.test(w.text));
    const bodyName = acronym || ORG_HEADS.has(nameWords.at(-1)!.lower);
    if (namesBodyRole(role.lower) || bodyName) entity.kind = "organisation";
    return entity;
  }

  /** A noun phrase as the speaker, as written ("a welcome message on the website"). */
  document(sentence: SentenceContext, start: number, end: number): Entity | null {
    const text = joinWords(sentence.tokens.slice(start, end + 1));
    return this.registry.addDescriptor(descriptionText(text, start === 0));
  }
}

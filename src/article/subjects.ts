/**
 * Who is the subject of a verb of saying: the name or description before it ("Kelly, speaking in
 * Mexico's capital, said"), after it ("said the prime minister", "…, says Carl Anthony, …"), or of the
 * clause it shares ("…, adding"). Descriptions become speakers here: a person they name, a role that
 * refers back to someone, or the description itself ("a Home Office spokesman").
 */
import {
  apposedPerson,
  canHeadSpeaker,
  descriptionStart,
  inSubordinateClause,
  isClauseVerb,
  MESSAGE_NOUNS,
  mentionEndingAt,
  onlyTitleBefore,
  opensDescription,
  postmodifierEnd,
  type SentenceContext,
  titledMention,
} from "./clauses.ts";
import {
  ADJUNCT_OPENERS,
  affiliatedName,
  beforeBracket,
  invertedSpeaker,
  isBodyNoun,
  isThingDone,
  ledBy,
  ofSpeakerNoun,
  REFLEXIVES,
  ROLE_REACH,
  seriesSubject,
  TELLING,
} from "./cues.ts";
import type { Descriptions } from "./descriptions.ts";
import { documentAfter, documentBefore, documentSubject } from "./documents.ts";
import {
  ASIDE_DASHES,
  AUXILIARIES,
  CLAUSE_BREAKS,
  COMMON_VERBS,
  DETERMINERS,
  LEADING_JUNK,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  TITLE_HEADS,
} from "./lexicon.ts";
import { roleAfter } from "./name-roles.ts";
import type { Entity, Registry } from "./registry.ts";
import type { Salience } from "./salience.ts";
import { isSubjectMention, isSubjectWord } from "./sentence-subject.ts";
import { isSpeechVerb, modifiesNoun } from "./speech-verbs.ts";
import {
  beforeFillers,
  causedSpeakerStart,
  describedEnd,
  isPassive,
  subjectEnd,
  subjectStart,
} from "./subject-span.ts";
import type { Token } from "./text.ts";

export class Subjects {
  constructor(
    private readonly registry: Registry,
    private readonly salience: Salience,
    private readonly descriptions: Descriptions,
  ) {}

  /** Does the short phrase after the verb at `v` end its clause ("said Kelly." / "said Kelly, who")? */
  endsClause(tokens: readonly Token[], v: number, adjunct = false): boolean {
    for (let k = v + 1; k < tokens.length && k <= v + 8; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word") return t.kind === "punct";
      if (!t.capitalised && CLAUSE_BREAKS.has(t.lower) && !DETERMINERS.has(t.lower))
        return adjunct && k > v + 1 && (ADJUNCT_OPENERS.has(t.lower) || t.lower === "who");
    }
    return tokens.length <= v + 9;
  }

  /**
   * The subject of the speech verb at `v`: the name or description before it, skipping fillers
   * ("has also said") and a comma-bounded aside ("Kelly, speaking in Mexico's capital, said").
   * `floor` is the first token it may use.
   */
  ofVerb(sentence: SentenceContext, v: number, floor = 0): Entity | null {
    const { tokens } = sentence;
    // "Smith's departure was announced by Alan Johnson": a passive verb's subject is what is said; the
    // one who says it is named after "by", if anywhere.
    if (isPassive(tokens, v, floor))
      return tokens[v + 1]?.lower === "by" ? (titledMention(sentence, v + 2, v + 8)?.entity ?? null) : null;
    let i = beforeFillers(tokens, v, floor);
    i = this.beforePostNominal(sentence, i);
    // "Sen. Elizabeth Warren (D-MA) said": a bracketed aside after the name.
    if (tokens[i]?.text === ")") {
      const open = tokens.findLastIndex((t, k) => k < i && k >= Math.max(floor, i - 8) && t.text === "(");
      if (open > floor) i = open - 1;
    }
    if (i < floor) return v + 1 < tokens.length ? this.afterVerb(sentence, v) : null;
    // "a performance led 12 viewers to complain": the one a causative verb moved to speak speaks.
    const caused = tokens[i]!.lower === "to" ? causedSpeakerStart(tokens, i, floor) : -1;
    if (caused >= 0) return this.nounPhraseEndingAt(sentence, i - 1, caused);
    if (tokens[i]!.text === ",") return this.beforeComma(sentence, v, i, floor);
    if (tokens[i]!.kind !== "word") return null;
    return this.beforeWord(sentence, v, i, floor);
  }

  /**
   * The subject of the verb at `v` when a comma stands at `i` before it (and its fillers): an
   * inverted speaker after the verb, a name set off after an opening role, or the subject across an
   * aside, a series or a participle's main clause.
   */
  private beforeComma(sentence: SentenceContext, v: number, i: number, floor: number): Entity | null {
    const { tokens } = sentence;
    // `"…" for Clinton, said Kunin.` · `The paradox, says Carl Anthony, historian at …, is that`: after a
    // comma, a verb with its subject after it closes or interrupts the sentence; the name before the
    // comma belongs to the other clause.
    // "Axelrod, …, said of Sanders:" names whom the words are about.
    const after = tokens[v + 1];
    const comma = i === v - 1 && !(after && !after.capitalised && PREPOSITIONS.has(after.lower));
    const named = comma ? invertedSpeaker(sentence, v) : null;
    // "The Lord Chancellor, Lord Falconer, agreed the Act, which …": the comma closes the name set
    // off after a role that opens the sentence, and the verb is the name's, not inverted.
    const opening = comma && !named ? this.openingApposedName(sentence, i, floor) : null;
    if (opening) return opening;
    // "Paul Arling, UEI chief, said consumers face real problems": the name that opens the sentence,
    // with its role set off by commas, speaks; "consumers" is the clause's subject.
    const described = comma && !named ? openingNameWithRole(sentence, i, floor) : null;
    if (described) return described;
    const inverted = comma && (named || this.endsClause(tokens, v) || this.speakerEndsSentence(sentence, v));
    if (inverted) {
      const speaker = this.afterVerb(sentence, v) ?? named;
      if (speaker) return speaker;
    }
    // "…, adding that …" shares the main clause's subject.
    if (tokens[v]!.lower.endsWith("ing"))
      return this.earlierSpeaker(sentence, i, floor) ?? this.firstSubject(sentence, i);
    const series = seriesSubject(sentence, i, floor);
    if (series) return series.named ?? this.salience.resolvePronoun(sentence, series.at);
    return affiliatedName(sentence, i - 1, floor) ?? this.subjectAcrossAside(sentence, i, floor);
  }

  /** The subject of the verb at `v` when a word stands at `i` before it (and its fillers). */
  private beforeWord(sentence: SentenceContext, v: number, i: number, floor: number): Entity | null {
    const { tokens } = sentence;
    const t = tokens[i]!;
    // "incurred a wave of boos upon saying", "before adding", and "Blears defended the move saying"
    // (what a verb did is no speaker): the main clause's subject speaks.
    if (
      tokens[v]!.lower.endsWith("ing") &&
      (PARTICIPLE_OPENERS.has(t.lower) || isThingDone(tokens, i, floor))
    )
      return this.earlierSpeaker(sentence, i, floor) ?? this.firstSubject(sentence, i);
    if (PERSON_PRONOUNS.has(t.lower)) return this.salience.resolvePronoun(sentence, i);
    if (t.lower === "as" && tokens[v]!.lower === "saying") {
      const quoted = this.quotedAsSaying(sentence, i, floor);
      if (quoted) return quoted;
    }
    // "Cruz himself said": the name before the reflexive.
    if (REFLEXIVES.has(t.lower) && i - 1 >= floor) return this.nounPhraseEndingAt(sentence, i - 1, floor);
    const apposed = this.apposedName(sentence, i, floor) ?? affiliatedName(sentence, i, floor);
    if (apposed) return apposed;
    // "Kelly, who said", "actor George C Scott who said": the name the relative clause is about.
    // ("The IAAF - which said it was …": a dash sets the clause off as a comma does.)
    if (t.lower === "who" || t.lower === "which") {
      const comma = tokens[i - 1]?.text === "," || ASIDE_DASHES.has(tokens[i - 1]?.text ?? "");
      const named = mentionEndingAt(sentence.mentions, comma ? i - 2 : i - 1, true)?.entity ?? null;
      if (named || comma) return named;
    }
    if ((t.lower === "and" || t.lower === "but") && !tokens[i - 1]?.capitalised) {
      return this.earlierSpeaker(sentence, i, floor) ?? this.firstSubject(sentence, i);
    }
    // A name right before the verb speaks ("the man who Trump said …"); a description may be the end of
    // a relative clause ("advisers who have run the numbers argue"), whose head speaks.
    const direct = this.nounPhraseEndingAt(sentence, i, floor);
    if (direct && this.registry.isNamed(direct)) return direct;
    return this.relativeClauseHead(sentence, i, floor) ?? direct;
  }

  /**
   * "the agency quoted Mr Smith as saying", "Reuters quoted a central bank official as saying": the
   * one a source quotes speaks, not the source. `as`: where "as" stands.
   */
  private quotedAsSaying(sentence: SentenceContext, as: number, floor: number): Entity | null {
    const { tokens } = sentence;
    const named = mentionEndingAt(sentence.mentions, as - 1, false);
    let start = named ? named.start : descriptionStart(tokens, as - 1, floor);
    // ("quoted Mr Smith", "quoted Foreign Minister Sergei Lavrov": a title or courtesy before the name.)
    while (start > floor && start > as - 6 && tokens[start - 1]!.capitalised) start--;
    if (start < 0 || !QUOTING.has(tokens[start - 1]?.lower ?? "")) return null;
    return named?.entity ?? this.nounPhraseEndingAt(sentence, as - 1, floor);
  }

  /** Whether a person's name ends at token `end`. */
  private personEndsAt(sentence: SentenceContext, end: number): boolean {
    return mentionEndingAt(sentence.mentions, end, false)?.entity.kind === "person";
  }

  /** A person named between commas after the role that opens the sentence, the name ending at `comma`. */
  private openingApposedName(sentence: SentenceContext, comma: number, floor: number): Entity | null {
    const { tokens } = sentence;
    const named = mentionEndingAt(sentence.mentions, this.beforePostNominal(sentence, comma - 1), false);
    if (named?.entity.kind !== "person" || named.start - 1 <= floor) return null;
    const role = tokens[named.start - 1]?.text === "," && onlyTitleBefore(tokens, floor, named.start - 1);
    return role ? named.entity : null;
  }

  /** "Jane Cole MP said", "The spokesman, Ann Baird MSP, said": a person's name ends before the letters after it. */
  private beforePostNominal(sentence: SentenceContext, i: number): number {
    const letters = POST_NOMINALS.has(sentence.tokens[i]?.text ?? "");
    return letters && this.personEndsAt(sentence, i - 1) ? i - 1 : i;
  }

  /**
   * "a White House official who spoke anonymously to discuss internal strategy said", "the groups who
   * wrote to her on Thursday say": a relative clause between a subject and its verb of saying is an
   * aside; the noun it describes speaks, not a name inside it.
   */
  private relativeClauseHead(sentence: SentenceContext, end: number, floor: number): Entity | null {
    const { tokens } = sentence;
    // "women who remember": a "who" right before the verb makes it the relative clause's own verb.
    for (let k = end - 1; k > floor && k >= end - RELATIVE_CLAUSE_WORDS; k--) {
      const t = tokens[k]!;
      if (t.kind !== "word") return null;
      if (t.lower !== "who" || t.capitalised) continue;
      // "Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": the name it is set beside.
      const start = descriptionStart(tokens, k - 1, floor);
      const apposed =
        tokens[start - 1]?.text === "," ? mentionEndingAt(sentence.mentions, start - 2, false) : null;
      if (apposed?.entity.kind === "person") return apposed.entity;
      // ("The staff member who reported the call": the clause picks out someone new, not the one
      // the role last stood for.)
      return this.nounPhraseEndingAt(sentence, k - 1, floor, false);
    }
    return null;
  }

  /**
   * `"…," she said, adding, "…"` · "Lazar said he welcomed extradition and added, "…"": a second verb
   * of saying shares the subject of the one before it in the sentence, not whoever is named between.
   */
  private earlierSpeaker(sentence: SentenceContext, before: number, floor: number): Entity | null {
    const { tokens } = sentence;
    for (let v = before - 1; v >= floor; v--) {
      if (isSpeechVerb(tokens, v) && !modifiesNoun(tokens, v)) return this.ofVerb(sentence, v, floor);
    }
    return null;
  }

  /**
   * "Peter Misselbrook, executive partner of Tods Murray said": the name before the role. The role
   * may name a body whose name is a list ("a research analyst at the Council on Energy, Environment
   * and Water think tank told"): a comma before a capitalised word is read across.
   */
  private apposedName(sentence: SentenceContext, end: number, floor: number): Entity | null {
    const { tokens } = sentence;
    // ("…, his wife Hillary Clinton, former president Bill Clinton said": a person titled right
    // before the verb is its subject, not the name before the comma.)
    const own = mentionEndingAt(sentence.mentions, end, false);
    if (own?.entity.kind === "person" && TITLE_HEADS.has(tokens[own.start - 1]?.lower ?? "")) return null;
    let reach = end - 8;
    for (let c = end - 1; c > floor && c >= reach; c--) {
      const t = tokens[c]!;
      if (t.kind === "quote" || isSpeechVerb(tokens, c)) return null;
      if (t.text !== ",") continue;
      const role = tokens.slice(c + 1, end + 1);
      if (!role.some((w) => TITLE_HEADS.has(w.lower) && !w.capitalised)) {
        if (!tokens[c + 1]?.capitalised || !tokens[c - 1]?.capitalised) return null;
        reach = Math.max(end - APPOSED_ROLE_WORDS, reach - 8);
        continue;
      }
      const named = mentionEndingAt(sentence.mentions, c - 1, false);
      return named?.entity.kind === "person" ? named.entity : null;
    }
    return null;
  }

  /**
   * Reads back over comma-bounded asides to the name they describe: "Kelly, speaking in Mexico's
   * capital, said", "Det Insp Joanna Freel, of South Wales Police, who led the inquiry, said",
   * "A forensic examiner hired by Lena, Patricia Mendelsohn, concluded".
   */
  private subjectAcrossAside(sentence: SentenceContext, comma: number, floor: number): Entity | null {
    const { tokens } = sentence;
    const commas = [comma];
    for (let k = comma - 1; k >= floor && k > comma - 30 && !quoteBoundsAside(tokens, k); k--) {
      if (tokens[k]!.text === ",") commas.push(k);
    }
    // "The actor, whose films include Schindler's List, Michael Collins and Star Wars, said": a
    // "whose" or "which" clause right after the subject is the aside, whatever commas it holds; the one
    // it describes speaks. A "who" clause is left to the rules below: it is as often a name's own
    // ("her campaign's leadership, who, on a press call Friday, criticized").
    const relative = commas.length > 2 ? commas.at(-1)! : undefined;
    if (relative !== undefined && RELATIVES.has(tokens[relative + 1]?.lower ?? "")) {
      const described = this.nounPhraseEndingAt(sentence, relative - 1, floor);
      if (described) return described;
    }
    for (let n = commas.length - 1; n >= 0; n--) {
      const segmentStart = n + 1 < commas.length ? commas[n + 1]! + 1 : floor;
      const end = this.beforePostNominal(sentence, beforeBracket(tokens, commas[n]! - 1));
      const named = mentionEndingAt(sentence.mentions, end, false);
      if (named?.entity.kind === "person" && onlyTitleBefore(tokens, segmentStart, named.start))
        return named.entity;
    }
    const open = commas[1];
    if (open === undefined) return this.nounPhraseEndingAt(sentence, comma - 1, floor);
    const before = this.nounPhraseEndingAt(sentence, open - 1, floor);
    if (before?.kind === "person") return before;
    // ("Her lawsuit, filed in the US District Court in San Francisco, said": a preposition's object in
    // the aside is where, not who; "Brown's Britain, by Robert Peston, says": the author is who.)
    const aside = sentence.mentions.find(
      (m) =>
        m.start > open &&
        m.end <= comma &&
        !m.possessive &&
        !ledBy(tokens, open, m.start) &&
        !placedBy(tokens[m.start - 1]),
    );
    return aside?.entity ?? before;
  }

  /** The sentence's main subject, for "X welcomed the report and called for …". */
  private firstSubject(sentence: SentenceContext, before: number): Entity | null {
    const { tokens } = sentence;
    const contrasted = contrastedSubject(sentence, before);
    if (contrasted) return contrasted;
    // "In June, after Clinton suffered a concussion, Axelrod emailed her, telling her …": not the
    // subject of the opening clause.
    const mention = sentence.mentions.find(
      (m) => m.end <= before && isSubjectMention(tokens, m) && !inSubordinateClause(tokens, m.start),
    );
    // "The ad hits Ortiz for … and claims that …": a document opening the sentence is its subject.
    const opening = subjectStart(sentence, before);
    const document =
      opening >= 0 && opening < (mention?.start ?? before)
        ? this.documentSubject(sentence, opening, before)
        : null;
    if (document) return document;
    // "He went on to endorse Ayotte, calling her …": a pronoun before anyone named is the subject.
    const limit = mention?.start ?? before;
    const pronoun = tokens.findIndex((t, i) => i < limit && (t.lower === "he" || t.lower === "she"));
    const resolved = pronoun >= 0 && pronoun < limit ? this.salience.resolvePronoun(sentence, pronoun) : null;
    if (resolved) return resolved;
    if (mention) return mention.entity;
    for (let v = 1; v < before; v++) {
      if (isSpeechVerb(tokens, v)) return this.nounPhraseEndingAt(sentence, v - 1, 0);
    }
    // "Earlier, the Scottish Executive considered …": skip the opening phrase, read the noun phrase.
    const comma = tokens.findIndex((t, k) => k < before && t.text === ",");
    let start = comma >= 0 && comma < 5 ? comma + 1 : 0;
    while (start < before && LEADING_JUNK.has(tokens[start]!.text)) start++;
    // "A spokeswoman for the House Armed Services Committee emailed reporters …, arguing": the whole
    // description before its verb, else the words that can make a subject.
    const described = subjectEnd(tokens, start, before);
    if (described >= 0) return this.descriptions.speaker(sentence, start, described);
    let end = start;
    while (end < before && isSubjectWord(tokens, end)) end++;
    return end > start ? this.descriptions.speaker(sentence, start, end - 1) : null;
  }

  /** `said Mr Blair` · `according to the report` · `said the prime minister`. */
  afterVerb(sentence: SentenceContext, v: number): Entity | null {
    const { tokens } = sentence;
    const next = tokens[v + 1];
    // "… told The Huffington Post": whoever is told is never the one speaking; nor is the name after a
    // participle ("… a reporter can be heard asking Trump"): only a finite verb is inverted ("asked Trump").
    if (next?.kind !== "word" || TELLING.has(tokens[v]!.lower) || /ing$/.test(tokens[v]!.lower)) return null;
    const document = this.documentAfter(sentence, v);
    if (document) return document;
    if (PERSON_PRONOUNS.has(next.lower)) return this.salience.resolvePronoun(sentence, v + 1);
    const mention = titledMention(sentence, v + 1, v + 8);
    if (mention) return mention.entity;
    if (!next.capitalised && CLAUSE_BREAKS.has(next.lower) && !opensDescription(next)) return null;
    const end = describedEnd(tokens, v);
    if (end < 0) return null;
    // "said Rubio's deputy campaign manager, Rich Beeson, who …": the role's name in apposition.
    const apposed = !tokens[end]!.capitalised ? apposedPerson(sentence, end) : null;
    if (apposed) return apposed;
    // "said a source close to the campaign": an unnamed source keeps what says who it is.
    // A capitalised head keeps it only after a determiner ("one Republican involved in …"), not after
    // a name the article never registered ("Cameron Easley for Morning Consult").
    const named = sentence.mentions.some((m) => m.end === end + 1);
    const unnamed = !tokens[end]!.capitalised || DETERMINERS.has(next.lower) || next.lower === "one";
    // "said the company in a statement": what follows a body says how it spoke, not who it is.
    const whole = named || !unnamed || isBodyNoun(tokens[end]!);
    const described = whole ? end : postmodifierEnd(tokens, end, v + 1);
    // "said a spokeswoman for the agency, Jane Doe": the name in apposition after the role's own phrase.
    const apposedAfter = described > end ? apposedPerson(sentence, described) : null;
    return apposedAfter ?? this.descriptions.speaker(sentence, v + 1, described, true);
  }

  /** "according to a complaint filed by …", "per the committee's rules": the document is the source. */
  documentAfter(sentence: SentenceContext, v: number): Entity | null {
    const end = documentAfter(sentence.tokens, v + 1);
    return end < 0 ? null : this.descriptions.document(sentence, v + 1, end);
  }

  /** "The ad, titled "…", concludes that …": a document's noun phrase as the subject of the quote's clause. */
  documentSubject(sentence: SentenceContext, start: number, limit: number): Entity | null {
    const end = documentSubject(sentence.tokens, start, limit);
    return end < 0 ? null : this.descriptions.document(sentence, start, end);
  }

  /**
   * "Profits fell, said analysts at Ovum.", "Sales rose, said research firm Chart-Track.": after a
   * comma, a speaker's phrase that runs to the sentence's end names who speaks, where they work
   * included; unless the sentence opens on a person set off by that comma ("Ivanka Trump, the
   * nominee's daughter, noted the rule in the interview.").
   */
  private speakerEndsSentence(sentence: SentenceContext, v: number): boolean {
    const { tokens } = sentence;
    const opening = sentence.mentions.find((m) => m.start <= 1 && tokens[m.end]?.text === ",");
    return opening?.entity.kind !== "person" && speakerPhraseEnds(tokens, v);
  }

  private nounPhraseEndingAt(
    sentence: SentenceContext,
    end: number,
    floor: number,
    refersBack = true,
  ): Entity | null {
    const document = documentBefore(sentence.tokens, end, floor);
    if (document >= 0) return this.descriptions.document(sentence, document, end);
    const mention = mentionEndingAt(sentence.mentions, end, false);
    if (mention && !ofSpeakerNoun(sentence.tokens, mention.start)) return mention.entity;
    const { tokens } = sentence;
    const start = descriptionStart(tokens, end, floor);
    if (start < 0) return null;
    // "Trump issued a statement calling it …": the statement speaks for whoever issued it.
    if (isClauseVerb(tokens, start - 1) && MESSAGE_NOUNS.has(tokens[end]!.lower))
      return this.ofVerb(sentence, start - 1, floor);
    return this.descriptions.speaker(sentence, start, end, false, refersBack);
  }
}

/** Words at most between a name and its verb across a role that holds a list ("Energy, Environment and Water"). */
const APPOSED_ROLE_WORDS = 24;

const RELATIVES = new Set(["whose", "which"]);

const QUOTING = new Set(["quoted", "quotes", "quoting", "cited", "cites"]);

/** Letters after a person's name that say what they are ("Andrew Tyrie MP said"), not "the Salford MP". */
const POST_NOMINALS = new Set(["MP", "MEP", "MSP", "QC", "KC", "OBE", "MBE", "CBE", "KBE"]);

/** Words a relative clause between a subject and its verb of saying may have. */
const RELATIVE_CLAUSE_WORDS = 14;

/** Words that open a participle phrase of the main clause's subject: "upon saying", "before adding". */
const PARTICIPLE_OPENERS = new Set(["upon", "on", "after", "before", "while", "when", "by", "without"]);

/**
 * "Jindal signed an order, while Mike Huckabee, the former governor, proposed … and said …": after a
 * comma, "while", "but" or "whereas" opens a clause of its own, whose verbs are its subject's, the
 * person named right after it. Null when no such clause stands before `before`.
 */
function contrastedSubject(sentence: SentenceContext, before: number): Entity | null {
  const { tokens } = sentence;
  for (let k = before - 1; k >= 1; k--) {
    if (!CONTRASTS.has(tokens[k]!.lower) || tokens[k - 1]!.text !== ",") continue;
    const named = titledMention(sentence, k + 1, k + 5);
    return named?.entity.kind === "person" && isSubjectMention(tokens, named) ? named.entity : null;
  }
  return null;
}
const CONTRASTS = new Set(["while", "but", "whereas"]);

/**
 * Does the quote at `k` end the reading back over an aside? A title set off by commas inside it does
 * not: "Sam Solovey, a contestant on Trump's show, "The Apprentice," who …, said" (a book, a show, an
 * ad: a few capitalised words, after a comma and closed by one).
 */
function quoteBoundsAside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== "quote") return false;
  const inner = t.text.replace(/^["“”„]\s*|\s*["“”„]$/g, "");
  const words = inner.replace(/,$/, "").split(/\s+/);
  const title = words.length <= 5 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w));
  const commas = tokens[k - 1]?.text === "," && (inner.endsWith(",") || tokens[k + 1]?.text === ",");
  return !(title && commas);
}
const SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by"]);

/** Whether "by" follows the participle at `k`, at most one adverb between ("published jointly by"). */
const byWithin = (tokens: readonly Token[], k: number) =>
  tokens[k + 1]?.lower === "by" || (/ly$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "by");

/**
 * Whether the phrase from the verb at `v` to the sentence's end (or to a participle's "by" phrase
 * that describes it) is short, holds no verb of its own and is headed by a word that can speak
 * ("said analysts at Ovum.", not "said the figures represented an improvement on …", which is what
 * was said).
 */
function speakerPhraseEnds(tokens: readonly Token[], v: number): boolean {
  const last = tokens.length - 1;
  if (tokens[last]?.text !== ".") return false;
  // ("…, said the leaflet published jointly by the CPS and …": a participle's phrase after the head
  // says more of it, as far as the sentence goes.)
  const participle = tokens.findIndex(
    (t, k) => k > v + 2 && /^\p{Ll}+ed$/u.test(t.text) && byWithin(tokens, k),
  );
  const end = participle > 0 ? participle : last;
  if (end - v - 1 > ROLE_REACH || end <= v + 1) return false;
  let head = end - 1;
  for (let k = v + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" && t.text !== "&" && t.text !== "-") return false;
    if (t.capitalised) continue;
    if (
      AUXILIARIES.has(t.lower) ||
      COMMON_VERBS.has(t.lower) ||
      /ed$/.test(t.lower) ||
      isSpeechVerb(tokens, k)
    )
      return false;
    if (PREPOSITIONS.has(t.lower) && head === end - 1) head = k - 1;
  }
  // (The words before "in" or "at" must be able to speak: "noted the rule in the interview" names none.)
  const named = tokens[head]!;
  return documentAfter(tokens, v + 1) >= 0 || canHeadSpeaker(named) || isBodyNoun(named);
}

/**
 * The person named at the start of the sentence (at `floor`, or just after it) when their role, set
 * off by commas, runs to the comma at `comma` before the verb: "Paul Arling, UEI chief, said …",
 * "Smith, the chief executive, said …".
 */
function openingNameWithRole(sentence: SentenceContext, comma: number, floor: number): Entity | null {
  const { tokens } = sentence;
  const named = sentence.mentions.find((m) => m.start >= floor && m.start <= floor + 1 && !m.possessive);
  if (named?.entity.kind !== "person" || tokens[named.end]?.text !== ",") return null;
  const role = roleAfter(tokens, named.end);
  if (role.length === 0) return null;
  // The role's words must be all that stands between the two commas (an article may open them).
  const between = tokens.slice(named.end + 1, comma);
  const words = between.filter((t, k) => !(k === 0 && DETERMINERS.has(t.lower)));
  return words.length === role.length && words.every((t, k) => t.text === role[k]) ? named.entity : null;
}

/** A preposition that places what follows it ("in San Francisco"), not the "by" of an author. */
const placedBy = (t: Token | undefined) => t !== undefined && t.lower !== "by" && PREPOSITIONS.has(t.lower);

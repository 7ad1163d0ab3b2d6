/**
 * The words around a quote, read for who speaks: verbs of saying, descriptions of speakers ("a
 * Tory spokesman", "one Republican involved in the planning"), what opens a clause or a description.
 * Pure functions over one sentence's tokens; `quotes.ts` weighs them, and `sentence-subject.ts`
 * reads who the sentence is about.
 */
import { describedChannelLength } from "./channels.ts";
import type { QuoteKind } from "./facts.ts";
import {
  AGED,
  CLAUSE_BREAKS,
  CLAUSE_VERBS,
  DETERMINERS,
  GENDERED_ROLES,
  isContraction,
  isSpeechVerbForm,
  LINKING,
  NOT_ROLES,
  NOUN_LIKE_VERBS,
  PREPOSITIONS,
  SENTENCE_OPENERS,
  SIGNATURE_DASHES,
  SPEAKER_NOUNS,
  TITLE_HEADS,
} from "./lexicon.ts";
import {
  isOwnRole,
  isPersonRole,
  isTwoWordTitle,
  joinsRoles,
  nameRunStart,
  namesRole,
} from "./name-roles.ts";
import { GRAMMAR_WORDS } from "./name-shapes.ts";
import type { Entity, Mention } from "./registry.ts";
import { isPastVerb, isSpeechVerb } from "./speech-verbs.ts";
import type { Token } from "./text.ts";

/** One sentence, tokenised, with the people named in it. */
export interface SentenceContext {
  index: number;
  paragraph: number;
  text: string;
  tokens: Token[];
  mentions: Mention[];
}

/**
 * "said her husband John Brown": after a verb of saying (never one of telling, whose "her" is its
 * object), "her" is a possessive opening the speaker's description, as "his" is.
 */
export const opensDescription = (t: Token): boolean => DETERMINERS.has(t.lower) || t.lower === "her";

/** Where a description that ends at `end` begins, reading left to a clause break; -1 if none. */
export function descriptionStart(tokens: readonly Token[], end: number, floor = 0): number {
  let start = end;
  while (start - 1 >= floor && end - start < 10) {
    const t = tokens[start - 1]!;
    // "31% of Republicans": a percentage opens a description; "Ernst & Young": an ampersand joins a name.
    const percent = t.text === "%" && tokens[start - 2]?.kind === "word";
    const ampersand = t.text === "&" && tokens[start - 2]?.capitalised && tokens[start]?.capitalised;
    if (t.kind !== "word" && !percent && !ampersand) break;
    // "Earlier this year the Royal College of Physicians", "In a statement the RSPCA": a determiner after
    // a time or a message opens the noun phrase; those words are the sentence's, not the speaker's.
    if (start < end && DETERMINERS.has(tokens[start]!.lower) && opensAfter(t)) break;
    // "a spokeswoman for the Dutch economy ministry": a speaker noun takes its "for"/"of"/"at" phrase.
    const noun = tokens[start - 2];
    const linked = LINKING.has(t.lower) && noun !== undefined && headsPhrase(noun, start - 2);
    // "The Institute for Fiscal Studies", "Tories and Lib Dems", "the World Summit on the Information
    // Society" (but "Labour and the Tories" are two bodies, each its own description).
    const after = tokens[start]?.lower === "the" && t.lower !== "and" ? tokens[start + 1] : tokens[start];
    // "the Vermont senator and Democratic presidential candidate": one person's two roles.
    const joined =
      (["and", "of", "for", "on"].includes(t.lower) &&
        after?.capitalised &&
        tokens[start - 2]?.capitalised) ||
      (t.lower === "and" && (isOwnRole(tokens[start - 2]) || isTwoWordTitle(tokens, start - 2)));
    // "a source close to the talks", "one diplomat familiar with the plans": the noun's own phrase.
    const qualifying = qualifiesSpeaker(tokens, start - 1);
    if (
      !t.capitalised &&
      CLAUSE_BREAKS.has(t.lower) &&
      !joined &&
      !linked &&
      !qualifying &&
      !demonstrativeAfterOf(tokens, start - 1)
    )
      break;
    // ("the report says", not "the public can see … the report says": a modal or an auxiliary is a
    // clause's verb, never a word of the noun's.)
    if (!t.capitalised && CLAUSE_VERBS.has(t.lower)) break;
    if (isSpeechVerb(tokens, start - 1) || isClauseVerb(tokens, start - 1)) break;
    if (qualifying) start -= 2;
    start--;
  }
  const head = tokens[end];
  if (head?.kind !== "word" || (!head.capitalised && CLAUSE_BREAKS.has(head.lower))) return -1;
  if (!head.capitalised && head.lower.endsWith("ly")) return -1;
  return start >= floor + 3 && coordinateAdjectiveBefore(tokens, start) ? start - 3 : start;
}

/**
 * "the bespectacled, 71-year-old diplomat", "a soft-spoken, veteran official": an adjective set off by
 * a comma after a determiner belongs to the description after the comma.
 */
function coordinateAdjectiveBefore(tokens: readonly Token[], start: number): boolean {
  const [article, adjective, comma, first] = tokens.slice(start - 3, start + 1);
  return (
    comma?.text === "," &&
    ARTICLES_BEFORE_ADJECTIVES.has(article?.lower ?? "") &&
    adjective?.kind === "word" &&
    !adjective.capitalised &&
    ADJECTIVE_ENDING.test(adjective.lower) &&
    first?.kind === "word" &&
    !first.capitalised &&
    !DETERMINERS.has(first.lower)
  );
}
const ARTICLES_BEFORE_ADJECTIVES = new Set(["the", "a", "an"]);
const ADJECTIVE_ENDING = /(?:-\p{L}+|ed|ful|ous|ive|ic|ish|less)$/u;

/** Is the token at `at` the preposition of "source close to", "officials familiar with"? */
export function qualifiesSpeaker(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at - 2];
  return (
    QUALIFYING_PREPOSITIONS.has(tokens[at]?.lower ?? "") &&
    QUALIFYING_WORDS.has(tokens[at - 1]?.lower ?? "") &&
    noun !== undefined &&
    headsPhrase(noun, at - 2)
  );
}

/**
 * Can the word at `index` head a speaker's noun phrase that a "for"/"close to" phrase follows ("a
 * spokeswoman for …")? Written in lower case, or with the capital only of a sentence's first word
 * ("Analysts at Goldman Sachs said"; not "Trump at the time").
 */
function headsPhrase(noun: Token, index: number): boolean {
  if (!noun.capitalised) return canHeadSpeaker(noun);
  return index === 0 && canHeadSpeaker({ ...noun, capitalised: false });
}
const QUALIFYING_PREPOSITIONS = new Set(["to", "with", "in", "on"]);
const QUALIFYING_WORDS = new Set(["close", "familiar", "involved", "knowledgeable", "briefed", "closest"]);

/**
 * Where the words that say who an unnamed source is end: "a source close to the campaign", "one
 * Republican involved in the planning", "a spokesman for the Home Office". They run to a comma, the
 * sentence's end or a relative clause ("…, who spoke on condition of anonymity"), at most twelve words
 * from `start`; otherwise the description ends at its head.
 */
export function postmodifierEnd(tokens: readonly Token[], head: number, start: number): number {
  const first = tokens[head + 1];
  if (first?.kind !== "word" || first.capitalised || !POSTMODIFIER_OPENERS.has(first.lower)) return head;
  // ("a CNN/ORC poll in February": when it spoke, not who.)
  if (isCalendarWord(tokens[head + 2])) return head;
  for (let j = head + 1; j < tokens.length && j - start < 12; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") return t.kind === "punct" ? j - 1 : head;
    // ("said the group in a statement": how it was said, not who said it.)
    if (RELATIVES.has(t.lower) || isSpeechVerb(tokens, j) || describedChannelLength(tokens, j) > 0)
      return j - 1;
  }
  return tokens.length - start <= 12 ? tokens.length - 1 : head;
}
const POSTMODIFIER_OPENERS = new Set(
  "for of to at from with in on close familiar involved knowledgeable briefed speaking".split(" "),
);
const RELATIVES = new Set(["who", "which", "that", "whose", "whom"]);

/** Can this word end a description of a speaker: a name, "spokesman", "official", "commenter"? */
export function canHeadSpeaker(t: Token): boolean {
  const { lower } = t;
  if (t.capitalised || SPEAKER_NOUNS.has(lower) || TITLE_HEADS.has(lower) || ROLE_WORDS.has(lower))
    return true;
  // "the Waterford man", "the Sale full-back", "his wife", "the 36-year-old".
  if (PERSON_NOUNS.has(lower) || GENDERED_ROLES.has(lower) || /(?:man|men)$/.test(lower) || AGED.test(lower))
    return true;
  return lower.length >= 6 && /(?:er|or|ist|ian)s?$/.test(lower) && !NOT_ROLES.has(lower);
}
/** Nouns for people that no ending gives away. */
const PERSON_NOUNS = new Set(
  `person people captain coach boss star candidate student nurse pilot judge fan fans victim victims
  athlete forward full-back fly-half scrum-half centre-back user users voter voters friend friends
  resident parent parents patient patients neighbour neighbours neighbor neighbors family relatives
  allies colleagues associates opponents rivals members employee employees`.split(/\s+/),
);

/**
 * A verb in the past before its object ("issued a statement", "sent out a release", "defended his"):
 * where a description read leftwards stops. A "-ed" word before a noun ("a retired general") is not.
 */
export function isClauseVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== "word" || t.capitalised) return false;
  const next = tokens[i + 1];
  // "Mr Bell led McDonald's "…"": a name is an object too, after a name ("the unidentified Parmalat
  // source", "of registered Ohio voters": a participle qualifies the name).
  const subject = tokens[i - 1];
  const named =
    next?.kind === "word" &&
    next.capitalised &&
    subject?.capitalised === true &&
    !DETERMINERS.has(subject.lower);
  if (!(named || OBJECT_OPENERS.has(next?.lower ?? ""))) return false;
  return isPastVerb(t.lower);
}
const OBJECT_OPENERS = new Set("a an the his her its their out up off".split(" "));
/** What a speaker puts out rather than is: "a statement" issued by someone speaks for them. */
export const MESSAGE_NOUNS = new Set(
  "statement statements ad ads release letter email emails tweet tweets video memo message post".split(" "),
);

/**
 * The first person named in tokens [from, to) when only a title stands before the name ("said former
 * Vermont governor Howard Dean", "said the Ohio Gov. John Kasich").
 */
export function titledMention(sentence: SentenceContext, from: number, to: number): Mention | undefined {
  // "said Clinton ally James Carville", "said a senior Cruz adviser": a name that modifies the role
  // after it is not the one titled.
  const mention = sentence.mentions.find(
    (m) => m.start >= from && m.start < to && !m.possessive && !modifiesRole(sentence.tokens, m),
  );
  if (!mention) return undefined;
  // ("friends of Mike Ford", "a lawyer for Mr Smith": a name a preposition takes is whom the words
  // before it serve, not who they title; "Secretary of State John Kerry" is titled.)
  const link = sentence.tokens[mention.start - 1];
  if (mention.start > from && link && !link.capitalised && OBJECT_LINKS.has(link.lower)) return undefined;
  for (let i = from; i < mention.start; i++) {
    const t = sentence.tokens[i]!;
    // "said 9/11 widow Terry Strada": a date or number in the title is written with a slash or dash.
    if (isNumberJoint(sentence.tokens, i)) continue;
    // "said NBC's Dante Chinni": an organisation's possessive may stand in the title.
    if (t.kind !== "word" || (t.possessive && !t.capitalised)) return undefined;
    const opens = i === from && opensDescription(t);
    // ("said Economic and Fiscal Policy Minister Heizo Takenaka": an office's name joined by "and".)
    const office = i + 1 < mention.start && joinsCapitals(sentence.tokens, i);
    const joined = joinsRoles(sentence.tokens, i) || joinsRelation(sentence.tokens, i) || office;
    if (!t.capitalised && CLAUSE_BREAKS.has(t.lower) && !DETERMINERS.has(t.lower) && !opens && !joined)
      return undefined;
  }
  return mention;
}

const OBJECT_LINKS = new Set(["of", "for", "to", "at", "from"]);

/**
 * "the World Travel and Tourism Council", "Bradford & Bingley", "Economic and Fiscal Policy Minister":
 * a word at `k` joining two capitalised words inside one name.
 */
export const joinsCapitals = (tokens: readonly Token[], k: number): boolean =>
  NAME_JOINERS.has(tokens[k]?.text ?? "") &&
  tokens[k - 1]?.capitalised === true &&
  tokens[k + 1]?.capitalised === true;
const NAME_JOINERS = new Set(["and", "&", "for", "on", "/"]);

/**
 * "by his friend and fellow broadcaster Michael Pointon", "longtime ally and adviser Roger Stone": an
 * "and" between a relation or role and another in lower case describes one person twice.
 */
function joinsRelation(tokens: readonly Token[], i: number): boolean {
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  if (tokens[i]!.lower !== "and" || before?.kind !== "word" || after?.kind !== "word" || after.capitalised)
    return false;
  const role = before.lower;
  return (
    (ROLE_WORDS.has(role) || TITLE_HEADS.has(role) || isPersonRole(role)) && !DETERMINERS.has(after.lower)
  );
}

/** "Clinton ally", "Cruz adviser", "Trump confidant": a name followed by the role it qualifies. */
function modifiesRole(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.end];
  if (next?.kind !== "word" || next.capitalised) return false;
  return (
    TITLE_HEADS.has(next.lower) ||
    SPEAKER_NOUNS.has(next.lower) ||
    MODIFIED_NOUNS.has(next.lower) ||
    isPersonRole(next.lower) ||
    ROLE_WORDS.has(next.lower)
  );
}
/** Roles a name qualifies that no ending gives away: "Clinton ally", "Trump confidant". */
const ROLE_WORDS = new Set(
  `ally allies confidant confidante friend loyalist backer backers surrogate veteran colleague
  colleagues classmate classmates neighbor neighbors neighbour neighbours witness witnesses son sons
  cousin cousins`.split(/\s+/),
);

/** Is the token at `i` the "/" or "-" inside a number ("9/11", "2015-16")? */
function isNumberJoint(tokens: readonly Token[], i: number): boolean {
  return /^[/\-–]$/.test(tokens[i]!.text) && isDigits(tokens[i - 1]) && isDigits(tokens[i + 1]);
}
const isDigits = (t: Token | undefined) => t?.kind === "word" && /^\d+$/.test(t.text);

/** First words of a description of someone unnamed: "a spokesman", "one aide", "his lawyer". */
export const DESCRIPTION_OPENERS = new Set(
  "the a an one two three four five several some many most other another his her their its our this that these those both each every few no any all".split(
    " ",
  ),
);
/** "Monday", "February", "today": a day or a month, which names no speaker. */
export const isCalendarWord = (t: Token | undefined) => t?.kind === "word" && CALENDAR.test(t.lower);
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight)$/;
/** A span of time heads no speaker ("over the last couple of weeks said", "over the decades said"). */
const TIME_SPANS = /^(?:week|weekend|month|year|day|hour|decade)s?$/;

/**
 * Can these words stand for a speaker? A speaker is a name, an organisation or a description of
 * one ("a spokesman", "the report", "senior officials"), never a fragment of the sentence ("the
 * past" of "in the past", "in a statement", "recounted", "set up a website").
 */
export function isSpeakerDescription(words: readonly Token[], before: Token | undefined): boolean {
  // "his", "the", "this": a determiner alone names nobody ("many" or "some" may speak).
  if (words.length === 0 || words.every((w) => BARE_DETERMINERS.has(w.lower))) return false;
  // "It’ll feature …", "I’d need …": a pronoun run together with its verb.
  if (words.some((w) => isContraction(w.text))) return false;
  // The object of a preposition is not the one speaking ("in the past", "for the campaign").
  // "as Democrats accused", "with many saying" open clauses with a subject of their own.
  if (before && !before.capitalised && OBJECT_MARKERS.has(before.lower) && !CLAUSE_OPENING.has(before.lower))
    return false;
  const first = words[0]!;
  const head = words[words.length - 1]!;
  // "of terrorists" in "said of terrorists that …": a preposition opens no speaker.
  if (!first.capitalised && PREPOSITIONS.has(first.lower)) return false;
  // "a series of": a description never ends in a preposition.
  if (!head.capitalised && (PREPOSITIONS.has(head.lower) || CLAUSE_BREAKS.has(head.lower))) return false;
  // "Guns Are ‘The Ultimate …’", "Calling Obama The ‘Most Valuable Player’": a Title Case headline's
  // article, auxiliary or preposition before a quote heads no speaker.
  if (head.kind !== "word" || CALENDAR.test(head.lower) || GRAMMAR_HEADS.has(head.lower)) return false;
  // (Not "the employee of nearly four years": the head before "of" speaks.)
  const ofAt = words.findIndex((w, k) => k > 0 && w.lower === "of");
  if (TIME_SPANS.test(head.lower) && !(ofAt > 0 && canHeadSpeaker(words[ofAt - 1]!))) return false;
  // "Tell You He ‘Won’", "Announced Who He ‘Would Love’": a pronoun inside a Title Case run makes it
  // a headline's clause, not a name or a description.
  // ("the WHO" is the health body: a pronoun is written in capitals only as a word of a title.)
  if (words.some((w, i) => i > 0 && CLAUSE_PRONOUNS.has(w.lower) && /^\p{Lu}\p{Ll}*$/u.test(w.text)))
    return false;
  // "Hillary Clinton Speaks ‘Directly …’", "Retired General Reveals ‘…’": a Title Case headline's
  // verb of saying ends the speaker before it ("Reports", "Notes" may be nouns: not those).
  if (words.length > 1 && head.capitalised && saysInHeadline(head.lower)) return false;
  if (!head.capitalised && isAdverbOrVerb(head.lower)) return false;
  if (!head.capitalised && CLAUSE_BREAKS.has(head.lower)) return false;
  if (first.capitalised || first.possessive || DESCRIPTION_OPENERS.has(first.lower)) return true;
  // "said market analyst Datamonitor", "market analysts Chart-Track", "research firm Gartner": a name
  // after its role.
  const role = words[nameRunStart(words) - 1];
  if (
    head.capitalised &&
    role &&
    !role.capitalised &&
    (TITLE_HEADS.has(role.lower) || isPersonRole(role.lower) || namesRole(role.lower)) &&
    !words.some((w) => !w.capitalised && CLAUSE_VERBS.has(w.lower))
  )
    return true;
  // "senior officials", "former aides", "critics", "supporters in Congress": a plural description
  // needs no determiner ("with wireless charging case", "walked back his": singulars in "-s").
  // ("52 percent of voters": the plural may be the preposition's object; "traders in Asia": before
  // a name, its subject.)
  const of = words.findIndex((w, k) => k > 0 && !w.capitalised && PREPOSITIONS.has(w.lower));
  const plural = (w: Token | undefined) => !!w && /s$/.test(w.lower) && !/(?:ss|us)$|^t?his$/.test(w.lower);
  // ("analysts at the bank": a plural that can speak heads the words before its preposition.)
  const ofHead = words[of - 1];
  const headsOf = plural(ofHead) && (head.capitalised || canHeadSpeaker(ofHead!));
  return (plural(head) || headsOf) && !isAdverbOrVerb(first.lower);
}

/** Words after which a determiner opens a new noun phrase: a time ("Last week the LSE") or a message. */
function opensAfter(t: Token): boolean {
  return isTimeWord(t) || MESSAGE_NOUNS.has(t.lower);
}

/** A day, a month or a span of time: "Monday", "month", "tonight", "ago". */
export const isTimeWord = (t: Token) => CALENDAR.test(t.lower) || TIME_WORDS.has(t.lower);
const TIME_WORDS = new Set([
  "week",
  "weekend",
  "month",
  "year",
  "ago",
  "morning",
  "afternoon",
  "evening",
  "night",
]);

/** "one of those advisers", "some of these voters": a demonstrative after "of" goes on a description. */
export function demonstrativeAfterOf(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return (t?.lower === "those" || t?.lower === "these") && tokens[at - 1]?.lower === "of";
}

const CLAUSE_OPENING = new Set(["as", "with"]);
/** A verb of saying in its "-s" form that is no noun too: "Speaks", "Reveals", "Says". */
const saysInHeadline = (word: string) =>
  /[^s]s$/.test(word) && isSpeechVerbForm(word) && !NOUN_LIKE_VERBS.has(word);
/** Pronouns that stand in a clause, never in a name or a description of one. */
const CLAUSE_PRONOUNS = new Set(["i", "he", "she", "we", "you", "they", "who", "whom"]);
const GRAMMAR_HEADS = new Set([...GRAMMAR_WORDS, ...PREPOSITIONS, "a"]);
const BARE_DETERMINERS = new Set(
  "the a an no his her their its our my your this that these those".split(" "),
);
export const opensSentence = (t: Token) =>
  t.capitalised &&
  ((SENTENCE_OPENERS.has(t.lower) && !DESCRIPTION_OPENERS.has(t.lower)) || NOT_SPEAKERS.has(t.lower));
/** Capitalised words that are never a speaker on their own. */
const NOT_SPEAKERS = new Set(["i", "he", "she", "it", "we", "you", "they", "his", "her", "its", "their"]);
const isAdverbOrVerb = (word: string) => /(?:ly|ed)$/.test(word) && !TITLE_HEADS.has(word);

/** Is everything between `from` and a name a title or description ("Det Insp", "Interior Secretary")? */
export function onlyTitleBefore(tokens: readonly Token[], from: number, name: number): boolean {
  for (let i = from; i < name; i++) {
    const t = tokens[i]!;
    // "Of Carson, Levine … said": a sentence's opening preposition is no title.
    if (t.kind !== "word" || PREPOSITIONS.has(t.lower)) return false;
    if (!t.capitalised && !t.possessive && !DETERMINERS.has(t.lower) && !TITLE_HEADS.has(t.lower))
      return false;
  }
  return true;
}

// "As": "described as Kelly" names no speaker either.
export const OBJECT_MARKERS = new Set([...PREPOSITIONS, "as"]);
/** Nouns a name before them modifies: "the Clinton campaign", "Trump supporters". */
export const MODIFIED_NOUNS = new Set(
  "campaign campaigns administration supporters rally rallies camp team voters allies aides staff foundation era presidency victory win loss".split(
    " ",
  ),
);

/**
 * The entity that fits and was seen most recently (of equals, the first added): what a stable sort
 * by recency would put first, in one pass rather than a sort per pronoun.
 */
export function mostRecent(entities: readonly Entity[], fits: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  for (const e of entities) if (fits(e) && (best === null || e.lastSeen > best.lastSeen)) best = e;
  return best;
}

export function mentionEndingAt(
  mentions: readonly Mention[],
  end: number,
  allowPossessive: boolean,
): Mention | undefined {
  return mentions.find((m) => m.end === end + 1 && (allowPossessive || !m.possessive));
}

/** Does a subordinating word ("while", "although") stand between the last comma and `at`? */
export function inSubordinateClause(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && tokens[i]!.text !== ","; i--) {
    // ("refused to answer questions on who Cameron would like to see win": a clause of its own.)
    if (SUBORDINATORS.has(tokens[i]!.lower) || (i > 0 && EMBEDDING.has(tokens[i]!.text))) return true;
  }
  return false;
}
/** Words that open a clause inside another in lower case: a question or a relative clause. */
const EMBEDDING = new Set(["who", "whom", "whether", "which", "what"]);

export const SUBORDINATORS = new Set(
  "while when although though because since if whereas after before once".split(" "),
);
/** A word that opens a clause of its own after a verb of saying's comma: "…, she said, as she left". */
export const opensAdjunct = (word: string) => word === "as" || SUBORDINATORS.has(word);

/** `direct` when the quote is a statement of its own; `partial` when it sits inside a sentence. */
export function quoteKind(tokens: readonly Token[], q: number): QuoteKind {
  const quote = tokens[q]!;
  const inner = quote.text.replace(/^["“”„]\s*/, "");
  if (!/^\p{Lu}/u.test(inner)) return "partial";
  const before = tokens[q - 1];
  if (!before || before.kind === "quote" || before.text === ":") return "direct";
  if (SIGNATURE_DASHES.has(tokens[q + 1]?.text ?? "")) return "direct";
  if (before.text === "," && isSpeechVerb(tokens, q - 2)) return "direct";
  return "partial";
}

/** The words as written: spaced, but a comma kept against the word before it, a slash against both. */
export function joinWords(words: readonly Token[]): string {
  const tight = (k: number) =>
    k === 0 || words[k]!.text === "," || words[k]!.text === "/" || words[k - 1]!.text === "/";
  return words.map((w, k) => (tight(k) ? w.text : ` ${w.text}`)).join("");
}

/**
 * A description as the middle of a sentence would write it: the capital of a determiner or a
 * quantifier that opened the sentence dropped ("The company" → "the company", "One resident" → "one
 * resident", a quantifier alone too: "One wrote:"); a name keeps its own ("Labour", "Five said it …").
 */
export function descriptionText(text: string, opensSentence: boolean): string {
  return opensSentence && SENTENCE_DETERMINER.test(text) ? lowerFirst(text) : text;
}
const SENTENCE_DETERMINER =
  /^(?:(?:The|A|An|Two|Three|Four|Five) |(?:One|Another|Some|Others|Many|Several|Most|Both|Few)(?: |$))/;

export function lowerFirst(text: string): string {
  return text[0]!.toLowerCase() + text.slice(1);
}

/** Where a name joined by an ampersand ending at `end` starts ("Ernst & Young"), or `start` if none does. */
export function ampersandNameStart(tokens: readonly Token[], start: number, end: number): number {
  let k = end;
  let joined = false;
  while (k > start && (tokens[k - 1]!.capitalised || tokens[k - 1]!.text === "&")) {
    if (tokens[k - 1]!.text === "&") joined = true;
    k--;
  }
  return joined && tokens[end]!.capitalised && tokens[k]!.capitalised ? k : start;
}

/** The person a description ending at `end` is set beside: "…, Rich Beeson" right after its comma. */
export function apposedPerson(sentence: SentenceContext, end: number): Entity | null {
  if (sentence.tokens[end + 1]?.text !== ",") return null;
  const apposed = titledMention(sentence, end + 2, end + 6);
  return apposed?.entity.kind === "person" ? apposed.entity : null;
}

/**
 * Word-level cues of attribution that the attributor reads around a quote: verbs that close an
 * attribution, the object of "told", reflexives, nouns for someone's words, transcript labels.
 * Pure functions and word lists over one sentence's tokens; `quotes.ts` weighs them.
 */
import {
  canHeadSpeaker,
  DESCRIPTION_OPENERS,
  descriptionStart,
  isClauseVerb,
  MESSAGE_NOUNS,
  mentionEndingAt,
  qualifiesSpeaker,
  type SentenceContext,
  titledMention,
} from "./clauses.ts";
import {
  AUXILIARIES,
  BODY_NOUNS,
  COURTESY,
  DAY,
  DETERMINERS,
  isTitleCase,
  LEADING_JUNK,
  LINKING,
  PREPOSITIONS,
  SPEECH_VERBS,
} from "./lexicon.ts";
import type { Entity } from "./registry.ts";
import { isPastVerb, isSpeechVerb } from "./speech-verbs.ts";
import type { Token } from "./text.ts";

/**
 * "a reporter for the Daily Ledger", "a spokeswoman for Ada Brightwater": a name that only says whom
 * the speaker noun before it works for.
 */
export function ofSpeakerNoun(tokens: readonly Token[], name: number): boolean {
  let k = name - 1;
  // "The star of Rain Man and Tootsie said": the second of two names the "of" phrase takes.
  if (tokens[k]?.lower === "and") {
    let first = k - 1;
    while (first > 0 && tokens[first]!.capitalised) first--;
    if (first < k - 1) k = first;
  }
  // "a spokeswoman for Ms Ruiz": the courtesy title before the name.
  if (COURTESY.has(tokens[k]?.lower ?? "") && tokens[k]!.capitalised) k--;
  if (DETERMINERS.has(tokens[k]?.lower ?? "")) k--;
  // "a source close to Wendy Sherman", "officials familiar with Ms Ruiz's thinking".
  if (qualifiesSpeaker(tokens, k)) return true;
  const link = tokens[k];
  const noun = tokens[k - 1];
  if (!link || !noun || link.capitalised || !LINKING.has(link.lower)) return false;
  // ("Critics of Sanders say", "But friends of Ford said": capitalised only where the sentence opens.)
  const opening = k - 1 === 0 || (k - 2 === 0 && LEADING_JUNK.has(tokens[0]!.text));
  return (!noun.capitalised || opening) && canHeadSpeaker({ ...noun, capitalised: false });
}

/** Roles that name someone other than the person being written about: "the spokesman", "the lawyer". */
export const SEPARATE_ROLES = new Set(
  `spokesman spokeswoman spokesperson official officials aide aides adviser advisor source lawyer attorney
  reporter reporters interviewer moderator host judge patient victim witness survivor defendant plaintiff
  prosecutor bystander passenger neighbour neighbor resident caller`
    .trim()
    .split(/\s+/),
);

export const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself"]);
export const TELLING = new Set(["tell", "tells", "told", "telling"]);

/** Nouns for someone's words: "Trump's remark about "…"", "his warning that "…"". */
export const WORDS_NOUNS = new Set(
  "remark remarks comment comments words call warning claim claims promise pledge vow description phrase catchphrase message statement tweet speech line quip dictum argument assertion".split(
    " ",
  ),
);

export const POSSESSIVE_PRONOUNS = new Map<string, "m" | "f">([
  ["his", "m"],
  ["her", "f"],
]);

/** A transcript's speaker label in capitals at the start of a quote: `"RAMOS: Secretary Clinton, …`. */
export const TRANSCRIPT_LABEL = /^["“”„]\s*(\p{Lu}[\p{Lu}'’-]+):\s/u;
/** "Rep. Jim Jordan (R-Ohio)": the word before a bracketed aside that ends at `end`. */
export function beforeBracket(tokens: readonly Token[], end: number): number {
  if (tokens[end]?.text !== ")") return end;
  for (let k = end - 1; k >= 0 && k >= end - 8; k--) if (tokens[k]!.text === "(") return k - 1;
  return end;
}

/** Right after a quote, "read" attributes it too: `"…," the editorial read` · `"…," reads a letter`. */
export function attributesQuote(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  return (
    isSpeechVerb(tokens, v) ||
    (t?.kind === "word" && !t.capitalised && (t.lower === "read" || t.lower === "reads"))
  );
}

/**
 * `"France will always be France," an angry Hollande retaliated.` · `"…," Hannity pressed.`: after a
 * quote and its comma, a subject and a verb that ends the sentence attribute the quote, whatever the
 * verb.
 */
export function endsAttribution(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v]!;
  if (t.kind !== "word" || t.capitalised || !/(?:ed|es|s)$/.test(t.lower) || t.lower.endsWith("ss"))
    return false;
  // "… Toomey fumed on Tuesday.": a time after the verb still closes the sentence.
  let k = v + 1;
  if (tokens[k]?.lower === "on" && DAY.test(tokens[k + 1]?.text ?? "")) k += 2;
  else if (DAY.test(tokens[k]?.text ?? "") || TIME_WORDS.has(tokens[k]?.lower ?? "")) k++;
  const next = tokens[k];
  return next === undefined || (next.kind === "punct" && /^[.!?]$/.test(next.text));
}
const TIME_WORDS = new Set(["yesterday", "today", "tonight", "later", "afterward", "afterwards"]);

/**
 * "The US delegation, led by Wendy Sherman, said", "The charity, founded by …": the one an aside names
 * as the agent of what the body is is not the body. Not its author ("The book, by Robert Peston, said",
 * "written by"), whose words it holds.
 */
export function ledBy(tokens: readonly Token[], open: number, name: number): boolean {
  const by = tokens.findIndex((t, k) => k > open && k < name && t.lower === "by");
  const verb = tokens[by - 1]?.lower ?? "";
  return by > open + 1 && verb.endsWith("ed") && !AUTHORED.has(verb);
}
const AUTHORED = new Set(["authored", "penned", "compiled", "edited", "co-authored", "co-written"]);

/**
 * Prepositions that open an adjunct after the speaker of a quote just closed ("…," read a statement
 * from the party · said the company in a statement), where no clause of its own follows the verb.
 */
export const ADJUNCT_OPENERS = new Set([
  "in",
  "on",
  "at",
  "from",
  "during",
  "after",
  "before",
  "with",
  "through",
]);

/**
 * `…, said Junya Tanase of JPMorgan Chase bank in Tokyo, were`: the name after the verb (ending
 * before `after`) is followed only by where the speaker works, up to the comma that closes the
 * interruption. True when "of", "at" or "from" opens a capitalised phrase there and a comma comes
 * before any quote, verb of saying or clause break.
 */
function affiliationCloses(tokens: readonly Token[], after: number): boolean {
  if (!AFFILIATIONS.has(tokens[after]?.lower ?? "")) return false;
  const first = DETERMINERS.has(tokens[after + 1]?.lower ?? "") ? after + 2 : after + 1;
  if (!tokens[first]?.capitalised) return false;
  for (let k = first + 1; k < tokens.length && k <= after + 10; k++) {
    const t = tokens[k]!;
    if (t.text === ",") return true;
    if (t.kind !== "word" || isSpeechVerb(tokens, k)) return false;
  }
  return false;
}
const AFFILIATIONS = new Set(["of", "at", "from"]);

/**
 * The person named after the inverted verb of saying at `v` who speaks: named right after it and
 * followed by where they work (`affiliationCloses`), or named after their role and followed by how
 * or when it was said, or the sentence's end ("…, said The We Company's recently named executive
 * chair Marcelo Claure in an email to staff."). None after a verb of telling (its object is the
 * audience) or a participle ("…, speaking highly of Mr. Trump in remarks").
 */
export function invertedSpeaker(sentence: SentenceContext, v: number): Entity | null {
  const { tokens } = sentence;
  const named = titledMention(sentence, v + 1, v + ROLE_REACH + 1);
  if (named?.entity.kind !== "person") return null;
  if (named.start === v + 1 && affiliationCloses(tokens, named.end)) return named.entity;
  // (A role's words hold no verb: "said having Trump at the top …", "said the president has spoken
  // with Emanuel in …" name no speaker.)
  const verb = tokens[v]!.lower;
  if (TELLING.has(verb) || /ing$/.test(verb) || tokens.slice(v + 1, named.start).some(isRoleBreakingVerb))
    return null;
  const next = tokens[named.end];
  const closes = !next || next.text === "." || (!next.capitalised && ADJUNCT_PREPOSITIONS.has(next.lower));
  return closes ? named.entity : null;
}
/** A word that is a verb in a role's place ("the president also has spoken with Emanuel"). */
const isRoleBreakingVerb = (t: Token) =>
  !t.capitalised && (AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower) || /ing$/.test(t.lower));
/** Words at most of the role before the name in an inverted attribution. */
export const ROLE_REACH = 9;
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "via", "after"]);

/**
 * "Kirsten Pfeifer from the Consumer Electronics Association told": the person named before where they
 * work (a name in capitals after "from", "of" or "at" ending at `end`), not the body.
 */
export function affiliatedName(sentence: SentenceContext, end: number, floor: number): Entity | null {
  const { tokens } = sentence;
  let k = end;
  while (k > floor && tokens[k]!.capitalised) k--;
  if (k === end) return null;
  // "Darran Whiting of Liberty Baptist Church in Marion": the body's place after it.
  if (tokens[k]!.lower === "in" && !tokens[k]!.capitalised && tokens[k - 1]?.capitalised) {
    k--;
    while (k > floor && tokens[k]!.capitalised) k--;
  }
  if (DETERMINERS.has(tokens[k]!.lower)) k--;
  if (!AFFILIATIONS.has(tokens[k]?.lower ?? "")) return null;
  const named = mentionEndingAt(sentence.mentions, k - 1, false);
  return named?.entity.kind === "person" ? named.entity : null;
}

/**
 * `During the call, he asked about …, called Omar a "terrorist"`: a verb after a comma that goes on
 * a series of the clause before it, whose subject (a name, or a pronoun at `at`) opens that clause
 * with a verb in the past after it. Null for an aside ("Kelly, speaking in Mexico's capital, said").
 */
export function seriesSubject(
  sentence: SentenceContext,
  comma: number,
  floor: number,
): { at: number; named: Entity | null } | null {
  const { tokens } = sentence;
  let start = comma - 1;
  while (start > floor && tokens[start - 1]!.text !== ",") start--;
  if (start <= floor || comma - start < 3) return null;
  const named = sentence.mentions.find((m) => m.start === start && !m.possessive);
  if (!named && !SERIES_PRONOUNS.has(tokens[start]!.lower)) return null;
  const verb = tokens[named ? named.end : start + 1];
  if (verb?.kind !== "word" || verb.capitalised || !isPastVerb(verb.lower)) return null;
  return { at: start, named: named?.entity ?? null };
}
const SERIES_PRONOUNS = new Set(["he", "she", "they"]);

/** "company", "firm", "carmaker": a body that speaks as one, written in lower case. */
export const isBodyNoun = (t: Token) => !t.capitalised && BODY_NOUNS.has(t.lower);

/**
 * "said the company", "said the US watchdog": a body speaking as one, named by a determiner and at
 * most two words more. Not the object of a reported clause ("said the bid undervalued the business").
 */
export function bodyAfterVerb(tokens: readonly Token[], v: number, end: number): boolean {
  const head = tokens[end]!;
  if (!isBodyNoun(head) || end - v > 3) return false;
  const opener = tokens[v + 1]!.lower;
  // ("according to some Indian firms", "said two banks": a count of bodies too.)
  const counted = head.lower.endsWith("s") && DESCRIPTION_OPENERS.has(opener);
  return (DETERMINERS.has(opener) || counted) && tokens.slice(v + 2, end).every((t) => !/ed$/.test(t.lower));
}

/**
 * `the author of "Hillbilly Elegy"`, `his new album "Ghosts"`: a quote right after a work's noun or
 * its author's names the work, nobody's words.
 */
export function namesWork(tokens: readonly Token[], q: number): boolean {
  // A title is written in capitals ("Frozen"); `said the film "has received strong interest"` is a clause.
  if (!/^\W*\p{Lu}/u.test(tokens[q]!.text)) return false;
  if (titleInList(tokens, q) || titleAlone(tokens, q)) return true;
  const before = tokens[q - 1];
  if (before?.kind !== "word") return false;
  // "McDonald's "I'm lovin' it" advertising campaign": a name before the work's own.
  if (before.capitalised) return namesWorkAfter(tokens, q);
  if (before.lower === "of") return AUTHORS.has(tokens[q - 2]?.lower ?? "");
  // "his campaign's "…"": what is someone's are their words ("the magazine's "…" campaign" names one).
  return (WORKS.has(before.lower) && !before.possessive) || namesWorkAfter(tokens, q);
}

/**
 * `“Wild Rose”` set as a paragraph of its own: a few words in Title Case with no mark of a sentence
 * of their own are a work's title (a caption, a credit), not someone's words.
 */
function titleAlone(tokens: readonly Token[], q: number): boolean {
  if (tokens.length !== 1) return false;
  const inner = tokens[q]!.text.replace(/^["“”„'‘’\s]+|["“”„'‘’\s]+$/gu, "");
  return inner.split(/\s+/).length <= TITLE_WORDS && !/[.!?,;:…]$/.test(inner) && isTitleCase(inner);
}
/** Words at most in a title set alone. */
const TITLE_WORDS = 6;

/**
 * `Charlie McDowell ("The Discovery," "The One I Love")`, `the band's hits, "Listen To The Music,"
 * "Black Water" and others`: titles in capitals listed one after another name works, where no one
 * in the sentence says them.
 */
function titleInList(tokens: readonly Token[], q: number): boolean {
  const quoted = (k: number) => tokens[k]?.kind === "quote";
  const joined = (k: number) => LIST_JOINS.has(tokens[k]?.lower ?? "");
  // Neighbours first: most quotes stand alone, and reading a quote's words costs more.
  const neighbour = quoted(q + 1)
    ? q + 1
    : quoted(q - 1)
      ? q - 1
      : joined(q + 1) && quoted(q + 2)
        ? q + 2
        : joined(q - 1) && quoted(q - 2)
          ? q - 2
          : -1;
  if (neighbour < 0 || !isTitleCase(tokens[q]!.text) || !isTitleCase(tokens[neighbour]!.text)) return false;
  // "Cruz named "Criminal Minds," "Veep" … as his top shows": titles someone names are their words.
  for (let k = 0; k < q; k++) if (isSpeechVerb(tokens, k) || NAMING.has(tokens[k]!.lower)) return false;
  return true;
}
const LIST_JOINS = new Set(["and", "or"]);
/** Verbs by which someone gives titles as their own choice or source ("named", "according to"). */
const NAMING = new Set(
  "according named names listed lists cited picked chose mentioned recommended".split(" "),
);

/**
 * `was diagnosed with what's called "feather duvet lung"`, `a disease known as "farmer's lung"`, `the
 * so-called "bathroom bill"`, `shedding the "nearly-men" tag`: a term in quotes, nobody's words. Not
 * "X called Y a "liar"" (X's).
 */
export function namesTerm(tokens: readonly Token[], q: number): boolean {
  if (mentionsWords(tokens, q) || labelledTerm(tokens, q) || otherName(tokens, q)) return true;
  const c = tokens[q - 1]?.lower;
  // (`so-called Mexican "rapists"`: a word may stand between.)
  if (tokens[q - 2]?.lower === "so-called" && tokens[q - 1]?.kind === "word") return true;
  if (c !== "called" && c !== "so-called" && c !== "as") return false;
  const b = tokens[q - 2]?.lower;
  if (c === "so-called" || (b === "known" && c === "as")) return true;
  const a = tokens[q - 3]?.lower;
  // ("what's" reads as "what", its ending dropped like a possessive's.)
  return c === "called" && (b === "what" || (a === "what" && (b === "is" || b === "are" || b === "was")));
}

/**
 * `the front trunk, or "frunk,"`: a word or two in quotes after ", or" is another name for the
 * thing just named, nobody's words, unless a verb of saying reports the sentence.
 */
function otherName(tokens: readonly Token[], q: number): boolean {
  if (tokens[q - 1]?.lower !== "or" || tokens[q - 2]?.text !== ",") return false;
  return tokens[q]!.text.split(/\s+/).length <= 3 && !saidInSentence(tokens);
}

/**
 * `refrain from using the phrase "illegal immigrant"`, `his trademark of the word "We"`, `refused to
 * say the words "radical Islam"`: words quoted after "the word", "the term" are written about, not
 * said by anyone in the sentence; but "Trump has used the phrase "…"" says he said them. Not
 * someone's own words either ("his phrase "…"", "in her words, "…"").
 */
function mentionsWords(tokens: readonly Token[], q: number): boolean {
  let k = q - 1;
  if (!MENTION_NOUNS.has(tokens[k]?.lower ?? "")) return false;
  // "the same phrase", "the exact words" (not "a longer term", a span of time).
  if (MENTION_QUALIFIERS.has(tokens[k - 1]?.lower ?? "")) k--;
  const determiner = tokens[k - 1]?.lower ?? "";
  if (!DETERMINERS.has(determiner) && !THIS_THAT.has(determiner)) return false;
  return !saysThem(tokens, k - 2);
}
/**
 * `the "nearly-men" tag`, `doubled down on the "king of debt" moniker`, `a "defeat the establishment"
 * theme`: a quote that an article opens and a noun for a label closes is the label's words, nobody's,
 * unless a verb of saying reports the sentence ("saying that the "New York values" phrase came from
 * Trump", "this will be the "less painful" option, our correspondent added": the report's words).
 */
function labelledTerm(tokens: readonly Token[], q: number): boolean {
  const before = tokens[q - 1];
  // (`gave "protected designation of origin" status`: after a verb or a preposition, no article.)
  const opens = before?.kind === "word" && (ARTICLES.has(before.lower) || !before.capitalised);
  return opens && LABEL_NOUNS.has(tokens[q + 1]?.lower ?? "") && !saidInSentence(tokens);
}

/** Whether a verb of saying stands anywhere in the sentence: someone's report claims its quotes. */
const saidInSentence = (tokens: readonly Token[]) => tokens.some((_, k) => isSpeechVerb(tokens, k));
const ARTICLES = new Set(["the", "a", "an"]);
const LABEL_NOUNS = new Set(
  "tag label moniker nickname epithet slogan motto mantra catchphrase tagline hashtag brand theme line phrase term refrain chant category rating status grade window button menu tab icon option sign banner sticker placard".split(
    " ",
  ),
);
const MENTION_NOUNS = new Set(
  "word words term terms phrase phrases expression label moniker epithet".split(" "),
);
const MENTION_QUALIFIERS = new Set(["same", "exact", "very", "actual", "precise"]);
const THIS_THAT = new Set(["this", "that", "these", "those"]);

/**
 * "has used", "said", not "refrain from using", "refusal to use", "not saying", nor an infinitive
 * after a noun ("sold the company the right to use the word "We"", "her decision to use"): the words
 * are said.
 */
function saysThem(tokens: readonly Token[], v: number): boolean {
  if (!USING_VERBS.has(tokens[v]?.lower ?? "")) return false;
  for (let k = v - 1; k >= Math.max(0, v - 3); k--) if (REFUSING.has(tokens[k]!.lower)) return false;
  const owner = tokens[v - 3];
  const nounInfinitive =
    tokens[v - 1]?.lower === "to" &&
    (DETERMINERS.has(owner?.lower ?? "") || POSSESSIVE_PRONOUNS.has(owner?.lower ?? ""));
  return !nounInfinitive;
}
const USING_VERBS = new Set(
  "use uses used using say says said saying utter utters uttered repeat repeats repeated coin coined invoke invoked".split(
    " ",
  ),
);
const REFUSING = new Set(
  "not never no refuse refuses refused refusing refusal refrain avoid avoids avoided avoiding stop stopped without won't didn't doesn't don't wouldn't declined decline declines".split(
    " ",
  ),
);

/**
 * `the "Starts with one" campaign`, `its viral "Meth. We're on it." awareness campaign`: a quote
 * between a modifier and a work's noun (one word between at most) is the work's name. Not a quote
 * ending in a comma, which opens an attribution (`"We will win," campaign manager Ann Ode said`).
 */
function namesWorkAfter(tokens: readonly Token[], q: number): boolean {
  if (/,\s*["”’']?$/.test(tokens[q]!.text) || isSpeechVerb(tokens, q - 1)) return false;
  const next = tokens[q + 1];
  if (next?.kind !== "word" || next.capitalised) return false;
  return WORKS.has(next.lower) || WORKS.has(tokens[q + 2]?.lower ?? "");
}
const WORKS = new Set(
  `book books novel memoir film films movie song songs album single documentary play musical series poem
  essay campaign slogan motto hashtag tagline show programme podcast column`
    .trim()
    .split(/\s+/),
);
const AUTHORS = new Set([
  "author",
  "authors",
  "writer",
  "director",
  "star",
  "creator",
  "composer",
  "producer",
]);

/** Two or more words in Title Case, not a question or an exclamation ("USA! USA!" is chanted). */
export function namesSomething(text: string): boolean {
  // ("Las Vegas-style" is a capitalised name made an adjective, no title.)
  // ("War & Peace": the ampersand is no word, but the words either side of it are two.)
  const words = text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  const severalWords = words > 1 && !/-(?!(?:in|of|the|and|a|to)\b)\p{Ll}/u.test(text);
  return severalWords && !/[?!]/.test(text) && isTitleCase(text);
}

/**
 * Title Case words someone says or names are theirs: a quote that is its whole sentence ("“Donald
 * Trump.”", an answer), or one a verb of saying or naming opens, the words between only its object
 * (up to four words) and the titles listed before it ("named “Criminal Minds,” “Game of Thrones”",
 * "called the 1996 pageant winner “Miss Piggy”", "he called it “…”"). Not a participle after a
 * noun: "a script called “Wild Rose”".
 */
export function givenBySomeone(tokens: readonly Token[], q: number): boolean {
  if (tokens.length === 1 || (tokens.length === 2 && tokens[1]!.kind !== "word")) return true;
  // "told ABC's “Good Morning America”", "add back the “Golden Week”": what an owner's word or an
  // article opens is a thing's name.
  const before = tokens[q - 1];
  if (before?.possessive || DETERMINERS.has(before?.lower ?? "")) return false;
  let k = q - 1;
  while (k > 0 && (tokens[k]!.kind === "quote" || LIST_MARKS.has(tokens[k]!.lower))) k--;
  for (let object = 0; object <= 4 && k >= 0; object++, k--) {
    const verb = tokens[k]!;
    if (isSpeechVerb(tokens, k) || NAMING_VERBS.has(verb.lower)) {
      // "Fiorina told “Fox and Friends,”": whom one tells is no words.
      if (object === 0 && TELLING.has(verb.lower)) return false;
      const subject = tokens[k - 1];
      return (
        object > 0 || subject?.kind !== "word" || subject.capitalised || VERB_SUBJECTS.has(subject.lower)
      );
    }
    // "a call to ABC's “This Week”": a preposition's phrase is no verb's object.
    if (verb.kind !== "word" || PREPOSITIONS.has(verb.lower)) return false;
  }
  return false;
}
const LIST_MARKS = new Set([",", "and", "or"]);
/** Lower-case words a verb of naming follows as its subject, not as a participle after a noun. */
const VERB_SUBJECTS = new Set("he she they it we i who which that".split(" "));
const NAMING_VERBS = new Set(
  "call calls called calling named names naming dubbed dubs nicknamed labelled labeled branded".split(" "),
);

/** The word before the person whose words the writer relays: "a post by X", "a letter from X". */
const AUTHOR_MARKS = new Set(["by", "from"]);

/** "by X", "by the freelance journalist X": an author mark, then at most a short role, before a name. */
export function authorMarkBefore(tokens: readonly Token[], name: number): boolean {
  for (let k = name - 1; k >= Math.max(0, name - 4); k--) {
    if (AUTHOR_MARKS.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.text !== tokens[k]!.lower) return false;
  }
  return false;
}

/** Is the word at `end` the head of a verb's object that cannot speak ("defended the move")? */
export function isThingDone(tokens: readonly Token[], end: number, floor: number): boolean {
  const head = tokens[end]!;
  if (head.capitalised || canHeadSpeaker(head) || MESSAGE_NOUNS.has(head.lower)) return false;
  const start = descriptionStart(tokens, end, floor);
  return start > floor && DETERMINERS.has(tokens[start]!.lower) && isClauseVerb(tokens, start - 1);
}

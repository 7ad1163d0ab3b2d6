/**
 * Sentence splitting and tokens over cleaned paragraphs whose quoted spans are known
 * (`quote-spans.ts`): a quote is one token, so nothing inside it is read as the sentence's words.
 */
import { ABBREVIATIONS, IRREGULAR_PASTS, SPEECH_VERBS } from "./lexicon.ts";
import { nextNickname } from "./nicknames.ts";

/**
 * A quoted span in a paragraph (`quote-spans.ts` finds them): `start`/`end` bound the words inside
 * the marks; tokenising reads it as one token.
 */
export interface QuoteSpan {
  paragraph: number;
  open: number;
  start: number;
  end: number;
  /** Index of the closing mark, or null when the span was left open (BBC style). */
  close: number | null;
}

export type TokenKind = "word" | "punct" | "quote";

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** The lower-cased word without a possessive ending. */
  lower: string;
  possessive: boolean;
  capitalised: boolean;
  /** For a quote token: the span it stands for. */
  span?: QuoteSpan;
  /** The surname after a nickname left out (Juan "Chico" Manriquez): the word before is the first name. */
  nicknamed?: boolean;
}

/** What may follow a word's first letter or digit: more, a C1 control or a combining accent (see `inWordAfterFirst`). */
const WORD_REST = "(?:[\\p{L}\\p{N}\\u0080-\\u009f]|[\\u0300-\\u036f])*";
const WORD = new RegExp(
  `[\\p{L}\\p{N}]${WORD_REST}(?:['’.\\-&][\\p{L}\\p{N}]${WORD_REST})*['’]?|[^\\s\\p{L}\\p{N}"“”„]`,
  "gu",
);

function isAbbreviation(word: string): boolean {
  // "… tell the FT. But Rover said": a word all in capitals is an acronym, not "ft." cut short.
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  // A capital alone, or letters each with a full stop ("U.S"), has one at its second code unit (its
  // third after an astral letter); most words are longer than a letter and have none there.
  if (word.length > 2 && word.charCodeAt(1) !== 46 && word.charCodeAt(2) !== 46)
    return ABBREVIATIONS.has(word.toLowerCase());
  const lower = word.toLowerCase();
  return ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Tokens of `text[from, to)`: words and punctuation outside quotes, and one "quote" token for each
 * quoted span (marks included), so nothing inside a quote is ever read as attribution.
 */
export function tokenize(text: string, spans: readonly QuoteSpan[], from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let at = from;
  // Spans are in order and do not overlap: start at the first that ends after `from`, stop at `to`,
  // so tokenising every sentence of a paragraph full of quotes stays linear.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanEndOf(spans[mid]!) <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < spans.length; k++) {
    const span = spans[k]!;
    const spanEnd = spanEndOf(span);
    if (span.open >= to) break;
    if (spanEnd <= from) continue;
    wordsBetween(text, at, Math.max(at, span.open), tokens);
    // The span is set on the token, not spread into a copy (V8 took ~9 µs a copy).
    const quote = makeToken(text.slice(span.open, spanEnd), span.open, spanEnd, "quote");
    quote.span = span;
    tokens.push(quote);
    at = spanEnd;
  }
  wordsBetween(text, at, to, tokens);
  return tokens;
}

/** Where a quote token ends: after its closing mark, or its last word when left open. */
const spanEndOf = (span: QuoteSpan) => (span.close ?? span.end - 1) + 1;

/**
 * Appends the tokens of `text[from, to)`: `WORD`'s matches, scanned by hand (the Unicode regular
 * expression was a good share of parsing), and by `WORD` itself where astral characters are.
 */
function wordsBetween(text: string, from: number, to: number, tokens: Token[]): void {
  // A nickname inside a name is left out of its words.
  const nickname = nextNickname(text, from, to);
  if (nickname) {
    wordsOf(text, from, nickname[0], tokens);
    const surname = tokens.length;
    wordsBetween(text, nickname[1], to, tokens);
    if (tokens[surname]) tokens[surname]!.nicknamed = true;
  } else wordsOf(text, from, to, tokens);
}

function wordsOf(text: string, from: number, to: number, tokens: Token[]): void {
  if (SURROGATE.test(text.slice(from, to + 1))) {
    wordsMatched(text, from, to, tokens);
    return;
  }
  let at = from;
  while (at < to) {
    const c = text.charCodeAt(at);
    if (isSpace(text, at) || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e) {
      at++;
      continue;
    }
    let end = at + 1;
    if (isAlphanumeric(text, at)) {
      while (end < to && inWordAfterFirst(text, end)) end++;
      // "U.S", "rock-and-roll", "AT&T", "don't": joined parts, then a trailing apostrophe.
      while (end + 1 < to && WORD_JOINERS.has(text.charCodeAt(end)) && isAlphanumeric(text, end + 1)) {
        end += 2;
        while (end < to && inWordAfterFirst(text, end)) end++;
      }
      if (end < to && APOSTROPHES.has(text.charCodeAt(end))) end++;
    }
    let word = text.slice(at, end);
    // "Mr." and "U.S." keep their full stop; a sentence's last word does not.
    if (end < to && text[end] === "." && isAbbreviation(word)) {
      word += ".";
      end++;
    }
    tokens.push(makeToken(word, at, end, startsWord(word) ? "word" : "punct"));
    at = end;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A letter or digit, or a mark that only follows one: a combining accent (U+0300–U+036F, "Jesu\u0301s"
 * decomposed) or a C1 control character (U+0080–U+009F), which text decoded twice leaves inside
 * a name ("JesÃ\u0083Âos"). Either would otherwise cut the name in two.
 */
function inWordAfterFirst(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x80 && c <= 0x9f) || isAlphanumeric(text, i);
}
const WORD_JOINERS = new Set([..."'’.-&"].map((c) => c.charCodeAt(0)));
const APOSTROPHES = new Set([..."'’"].map((c) => c.charCodeAt(0)));
const NON_ASCII_ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** Where `text` [from, to) ends once trailing white space is left out. */
export function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  return end;
}

export function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]!);
}

const LETTER = /\p{L}/u;
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;

/** Whether the character at `i` is a letter (not for astral characters: one code unit is read). */
export function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(text[i]!);
}

/** Whether the character at `i` is a lower-case letter (as `isLetter`, one code unit). */
export function isLowerCase(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_CASE.test(text[i]!);
}

/** Whether the character at `i` is a capital letter (as `isLetter`, one code unit). */
export function isUpperCase(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_CASE.test(text[i]!);
}

/** Whether the character at `i` is a letter or digit (not for astral characters: one code unit is read). */
export function isAlphanumeric(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiAlphanumeric(c) : NON_ASCII_ALPHANUMERIC.test(text[i]!);
}

function wordsMatched(text: string, from: number, to: number, tokens: Token[]): void {
  const part = text.slice(0, to);
  WORD.lastIndex = from;
  for (let m = WORD.exec(part); m; m = WORD.exec(part)) {
    let word = m[0];
    let end = m.index + word.length;
    // "Mr." and "U.S." keep their full stop; a sentence's last word does not.
    if (part[end] === "." && isAbbreviation(word)) {
      word += ".";
      end++;
      WORD.lastIndex = end;
    }
    // WORD matches a word from its first character on, or a single other character.
    tokens.push(makeToken(word, m.index, end, startsWord(word) ? "word" : "punct"));
  }
}

function makeToken(text: string, start: number, end: number, kind: TokenKind): Token {
  const possessive = kind === "word" && endsInApostrophe(text) && /\p{L}['’]s?$/u.test(text);
  const bare = possessive ? withoutPossessive(text) : text;
  return {
    text,
    start,
    end,
    kind,
    lower: pronounOf(bare) ?? bare.toLowerCase(),
    possessive,
    capitalised: kind === "word" && startsCapital(text),
  };
}

/**
 * "he’d respond", "she’ll say": a personal pronoun run together with its auxiliary reads as the
 * pronoun, the subject it is (its text keeps the contraction).
 */
function pronounOf(text: string): string | null {
  // (Tokenising is hot: the expression only runs where "’d", "’ll", "’ve" or "’re" may end the word.)
  const n = text.length;
  if (n < 4 || n > 7 || !(isApostrophe(text.charCodeAt(n - 2)) || isApostrophe(text.charCodeAt(n - 3))))
    return null;
  const match = CONTRACTED_PRONOUN.exec(text);
  return match ? match[1]!.toLowerCase() : null;
}
const CONTRACTED_PRONOUN = /^(he|she|they)['’](?:d|ll|ve|re)$/i;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** A word token (not a number, a mark or a quote). */
export const isWord = (t: Token | undefined): t is Token => t?.kind === "word";

/**
 * `text` without a final apostrophe or apostrophe and "s", as `text.replace(/['’]s?$/, "")` reads
 * it: every word of every name is read so, and the expression tried each position of the word.
 */
export function withoutPossessive(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  if (last === 39 || last === 0x2019) return text.slice(0, -1);
  const mark = last === 115 ? text.charCodeAt(text.length - 2) : 0;
  return mark === 39 || mark === 0x2019 ? text.slice(0, -2) : text;
}

// Tokenising is a hot loop: plain ASCII letters are told apart without a Unicode regular expression.
const isAsciiAlphanumeric = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function startsWord(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? isAsciiAlphanumeric(c) : /^[\p{L}\p{N}]/u.test(text);
}

function startsCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/** An apostrophe last, or before a final "s": where a possessive has one (most words have none there). */
function endsInApostrophe(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const mark = last === 115 ? text.charCodeAt(text.length - 2) : last;
  return mark === 39 || mark === 0x2019;
}

/** A sentence of a paragraph, by offsets into it. */
export interface SentenceSpan {
  paragraph: number;
  start: number;
  end: number;
}

const BOUNDARY = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu;

/**
 * Splits a paragraph into sentences on its masked text, so that full stops inside quotes do not
 * split (except a quote's own final one), and "Mr." or "U.S." do not end a sentence.
 */
export function splitSentences(masked: string, paragraph: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = masked.search(/\S/);
  if (start < 0) return spans;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(masked); m; m = BOUNDARY.exec(masked)) {
    const word = /([\p{L}.]+)\.$/u.exec(masked.slice(Math.max(start, m.index - 12), m.index + 1));
    if (m[0] === "." && word && isAbbreviation(word[1]!)) continue;
    const end = m.index + m[0].length;
    if (continuesAttribution(masked, end)) continue;
    spans.push({ paragraph, start, end });
    start = end + (/^\s*/.exec(masked.slice(end))?.[0].length ?? 0);
  }
  if (start < masked.length) spans.push({ paragraph, start, end: trimmedEnd(masked, start, masked.length) });
  return spans;
}

/** Words that open a clause of its own: after them, what follows reports more speech. */
const REPORTED_CLAUSE = /\s(?:that|is|was|were|are|will|would|has|had|have|he|she|they|it|we|i)\b/i;
const ADJUNCT_PREPOSITIONS = new Set([
  "about",
  "of",
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "to",
  "from",
]);

/** Words at most in whom a verb of telling names before its adjuncts ("told Britain's ITV television station"). */
const AUDIENCE_WORDS = 6;
/** Words after a telling's audience that open an adjunct, not what was told. */
const AUDIENCE_ENDS = new Set([
  ...ADJUNCT_PREPOSITIONS,
  "when",
  "while",
  "as",
  "because",
  "if",
  "last",
  "this",
]);

/**
 * `"… who knows?" Trump told Britain's ITV television station in an interview aired on Monday when
 * asked …`: after a verb of telling, a short audience and then only adjuncts (a place, a time, a
 * clause opened by "when") close the quote's attribution, whatever clause the adjuncts hold.
 */
function toldAudience(rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  const end = words.findIndex((w) => AUDIENCE_ENDS.has(w));
  const audience = end < 0 ? words : words.slice(0, end);
  return (
    audience.length > 0 &&
    audience.length <= AUDIENCE_WORDS &&
    !REPORTED_CLAUSE.test(` ${audience.join(" ")}`)
  );
}

// `"Will it?" Kelly asked.` and `"It is done." Mayor Jane Smith said.` — a quote's own final mark
// followed by a short attribution that belongs to the same sentence.
function continuesAttribution(masked: string, end: number): boolean {
  if (!/[.?!]["”]$/.test(masked.slice(Math.max(0, end - 2), end))) return false;
  const next = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,5})(\p{L}+)(\s+\p{Lu}\p{L}+|\s+(?:on|back))?\s*[.,]/u.exec(
    masked.slice(end, end + 100),
  );
  // `"How big is that wall?" Pence said in response.`: a verb of saying and a short phrase to the
  // stop; a longer one when it only says what the words were about, where or when (a preposition
  // after the verb: `"Why would you?" Lichtman said about McCain's effort to downplay his ties.`).
  const phrase = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(\p{Ll}+)((?:\s+[\p{L}\p{N}'’-]+){1,20})\s*\./u.exec(
    masked.slice(end, end + 200),
  );
  if (phrase && closesAttribution(phrase[1]!, phrase[2]!)) return true;
  // `"Can you go against the movie?" Mr Kashyap's lawyer Mihir Desai said.`, `"…?" Labour leader Tony
  // Blair said.`: a speaker described by a role in lower case, with their name after it or not; not
  // words with a verb of their own ("Police arrested the man who said …").
  const described = DESCRIBED_SPEAKER.exec(masked.slice(end, end + 200));
  const role = described?.[1] ?? "";
  const ownVerb = /ed\b/.test(role) || REPORTED_CLAUSE.test(` ${role}`);
  if (described && !ownVerb && closesAttribution(described[2]!, described[3]!)) return true;
  const told = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:told|tells)\s+([^.;:!?]+)/u.exec(
    masked.slice(end, end + 200),
  );
  // (Not one that goes on to introduce its own quote: `" The Foreign Secretary told the BBC: "…"`.)
  const introduces = told && masked[end + told[0].length] === ":";
  if (told && !introduces && toldAudience(told[1]!)) return true;
  if (next === null) return false;
  const verb = next[2]!;
  // `"You know, it happens, right?" Trump went on, as if …`, `"…?" Cruz shot back.`
  if (/^\s+(?:on|back)$/.test(next[3] ?? ""))
    return SPEECH_VERBS.has(verb) || IRREGULAR_PASTS.has(verb) || /^\p{Ll}+ed$/u.test(verb);
  // `"Would it be negotiable?" Hannity pressed.`: any verb in the past closes the attribution.
  return SPEECH_VERBS.has(verb.toLowerCase()) || (/^\p{Ll}+ed$/u.test(verb) && next[3] === undefined);
}

/** A role in lower case (1–3 words) between capitalised words and a verb, then up to 20 words to a stop. */
const DESCRIBED_SPEAKER =
  /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}((?:\p{Ll}[\p{L}-]*\s+){1,3})(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(\p{Ll}+)((?:\s+[\p{L}\p{N}'’-]+){0,20})\s*\./u;

/** A verb of saying followed by a short phrase, or one that only says what about, where or when. */
function closesAttribution(verb: string, rest: string): boolean {
  if (!SPEECH_VERBS.has(verb) || REPORTED_CLAUSE.test(rest)) return false;
  const words = rest.trim().split(/\s+/);
  return words.length <= 4 || ADJUNCT_PREPOSITIONS.has(words[0]!);
}

const LOWER_WORD = /(?<![\p{L}'’])\p{Ll}+(?![\p{L}'’])/gu;

/**
 * `LOWER_WORD`'s matches: the runs of letters and apostrophes made only of lower-case letters,
 * scanned by hand (every quote of every article is read so), by the expression where astral
 * characters are.
 */
export function lowerCaseWords(text: string): string[] {
  if (/[\uD800-\uDFFF]/.test(text)) return Array.from(text.matchAll(LOWER_WORD), (m) => m[0]);
  const found: string[] = [];
  for (let at = 0; at < text.length; ) {
    if (!inWord(text, at)) {
      at++;
      continue;
    }
    let end = at;
    let lower = true;
    for (; end < text.length && inWord(text, end); end++) lower &&= isLowerCase(text, end);
    if (lower) found.push(text.slice(at, end));
    at = end;
  }
  return found;
}

/** A letter or an apostrophe. */
function inWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
  return c === 0x2019 || /\p{L}/u.test(text[i]!);
}

/**
 * Documents as sources: a memo, a ruling, an ad or a website can be what a quote comes from ("the
 * memo said", "a welcome message on the website reads", "according to a complaint filed by the SEC",
 * "per the committee's rules"). News copy names the document as the source, and so does the gold: the
 * speaker is the document's noun phrase, as an unnamed source's is its description.
 * Cheap token checks only; `subjects.ts` and `quotes.ts` call them before their general rules.
 */
import { opensSentence } from "./clauses.ts";
import { CLAUSE_BREAKS, COMMON_VERBS, DETERMINERS, LEADING_JUNK } from "./lexicon.ts";
import type { Token } from "./text.ts";

/** Heads of noun phrases for written or broadcast things that say something (singular; plurals by "s"). */
const DOCUMENT_NOUNS = new Set(
  `memo memorandum letter statement report document ruling opinion decision bylaw bylaws rule
  regulation ad advert advertisement commercial spot mailer flyer poll survey study paper website
  site page filing complaint lawsuit suit indictment affidavit motion brief release email e-mail
  tweet post message editorial article column piece transcript book order petition platform
  manifesto law statute guideline guidelines guidance notice summary footnote analysis
  review audit proposal contract clause video script headline caption sign banner
  note cable dossier warrant subpoena verdict description announcement label listing profile bio
  inscription plaque homepage brochure leaflet pamphlet placard`
    .trim()
    .split(/\s+/),
);

/** Words that may open a document's noun phrase: "the memo", "one such document". */
const OPENERS = new Set([...DETERMINERS, "one", "this", "another"]);
/** Prepositions inside a document's noun phrase: "a document on the campaign's website", "a statement by the lawyers". */
const INNER_PREPOSITIONS = new Set(["on", "of", "in", "from", "at", "by"]);
const MAX_WORDS = 10;

const isDocumentHead = (t: Token) =>
  t.kind === "word" &&
  !t.capitalised &&
  (DOCUMENT_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower.replace(/s$/, "")));

/** Can the phrase open with this word: a determiner, or a name ("The Rove ad", "Hoff's letter")? */
const opensPhrase = (t: Token) => OPENERS.has(t.lower) || t.capitalised;

/** Small words that join the parts of a name: "the Institute for Fiscal Studies", "Marks and Spencer". */
const NAME_JOINERS = new Set(["for", "and"]);

/**
 * Inside a noun phrase: a word that is no clause break, a preposition linking its parts, or a small
 * word between two capitalised ones, inside a name ("a study by the Centre for Economic Policy Research").
 */
function insidePhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== "word") return false;
  if (!CLAUSE_BREAKS.has(t.lower) || INNER_PREPOSITIONS.has(t.lower) || OPENERS.has(t.lower)) return true;
  return (
    NAME_JOINERS.has(t.text) && tokens[k - 1]?.capitalised === true && tokens[k + 1]?.capitalised === true
  );
}

/** Words before a clause that a document's noun phrase opens: "… said the memo states". */
const CLAUSE_OPENERS = new Set("that and but while as because though although when if said says".split(" "));

/**
 * "the memo", "A document on the campaign's website": opened by a determiner or a name, headed by a
 * document noun (the word before its first preposition, else its last word), no verb-like word inside.
 */
function isDocumentPhrase(tokens: readonly Token[], start: number, end: number): boolean {
  if (!opensPhrase(tokens[start]!)) return false;
  let head = tokens[end]!;
  for (let k = end; k > start; k--) {
    const t = tokens[k]!;
    if (/(?:ing|ed)$/.test(t.lower) && !t.capitalised && !isDocumentHead(t)) return false;
    if (INNER_PREPOSITIONS.has(t.lower) && !t.capitalised) head = tokens[k - 1]!;
  }
  return isDocumentHead(head);
}

/**
 * Where a document's noun phrase that ends at `end` (just before its verb) starts, or -1:
 * "A memo on the council's website states …", "a welcome message on the website reads".
 * The phrase must begin its clause.
 */
export function documentBefore(tokens: readonly Token[], end: number, floor: number): number {
  if (end < floor || tokens[end]?.kind !== "word") return -1;
  let start = end;
  while (start - 1 >= floor && end - start < MAX_WORDS && insidePhrase(tokens, start - 1)) {
    // A determiner opens the phrase unless a preposition links it to the head before it.
    if (OPENERS.has(tokens[start]!.lower) && !INNER_PREPOSITIONS.has(tokens[start - 1]!.lower)) break;
    start--;
  }
  // "Trump issued a statement calling …": an object, not the phrase that opens a clause.
  const before = tokens[start - 1];
  if (start > floor && before?.kind === "word" && !CLAUSE_OPENERS.has(before.lower)) return -1;
  // "But the memo said": the conjunction opens the sentence, not the phrase.
  while (start < end && (LEADING_JUNK.has(tokens[start]!.text) || opensSentence(tokens[start]!))) start++;
  return isDocumentPhrase(tokens, start, end) ? start : -1;
}

/**
 * Where a document's noun phrase that starts at `start` (after "according to" or "per") ends, or -1:
 * "according to a civil complaint filed by …" ends at "complaint"; what follows describes it.
 */
export function documentAfter(tokens: readonly Token[], start: number): number {
  let end = start;
  while (end + 1 < tokens.length && end + 1 - start < MAX_WORDS && insidePhrase(tokens, end + 1)) {
    if (/ed$/.test(tokens[end + 1]!.lower)) break;
    end++;
  }
  return tokens[start]?.kind === "word" && isDocumentPhrase(tokens, start, end) ? end : -1;
}

/** How far a comma-bounded aside after a document's noun phrase may run ("The ad, titled "…", concludes"). */
const MAX_ASIDE = 14;

/**
 * Where a document's noun phrase that opens a clause at `start` ends, when a verb follows it before
 * `limit`, after an aside between commas if any: "The piece goes on to slam …", "The message, sent
 * to …, called it …", "One such document, obtained by The Post, includes …". Else -1.
 */
export function documentSubject(tokens: readonly Token[], start: number, limit: number): number {
  const last = Math.min(start + MAX_WORDS, limit - 1);
  for (let end = start; end < last; end++) {
    if (!isDocumentHead(tokens[end]!)) continue;
    let verb = end + 1;
    if (tokens[verb]?.text === ",") {
      const close = tokens.findIndex((t, k) => k > verb && k < verb + MAX_ASIDE && t.text === ",");
      verb = close < 0 ? limit : close + 1;
    }
    const plural = end > start && /^\p{Ll}+[^s']s$/u.test(tokens[end - 1]!.text);
    // "Legal observers note that …": after a plural, the noun is a verb.
    if (plural) return -1;
    const opens = verb < limit && looksLikeVerb(tokens[verb], tokens[verb + 1]);
    return opens && documentBefore(tokens, end, start) === start ? end : -1;
  }
  return -1;
}

/**
 * "hits", "concludes", "called": a verb in -s or -ed, or a common one, not a noun that goes on
 * ("The cable news networks", "the video recorder"): no plain word in lower case follows it.
 */
function looksLikeVerb(t: Token | undefined, next: Token | undefined): boolean {
  if (t?.kind !== "word" || t.capitalised || CLAUSE_BREAKS.has(t.lower)) return false;
  if (!/(?:s|ed)$/.test(t.lower) && !COMMON_VERBS.has(t.lower)) return false;
  const plain =
    next?.kind === "word" &&
    !next.capitalised &&
    !CLAUSE_BREAKS.has(next.lower) &&
    !OPENERS.has(next.lower) &&
    !/ly$/.test(next.lower);
  return !plain;
}

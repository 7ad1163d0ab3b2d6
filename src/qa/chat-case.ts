/**
 * A question typed all in lower case, as chat types it ("what did clinton say about trump's
 * taxes"), given the capitals the articles it may be answered from write its names with. Across the
 * archive, capitals tell names from common nouns: a name written as one must be the speaker's own
 * (`writtenAsName`), a possessor only owns the topic ("Trump's taxes"), a name written in full is
 * found by any of its words, a fact's names must be in the article, and a common noun is not met
 * inside a name ("the wall" in "Wall Street"). Without them a lower-case question was answered
 * where the same question typed with capitals is declined.
 */
import type { Facts } from "../article/facts.ts";
import { editDistance, isStopword, words } from "./terms.ts";

/** A word the articles write with a capital this many times as often as without one is a name. */
const NAME_RATIO = 2;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Before a sentence's (or quote's) first word, where any word has a capital. */
const OPENING = /(?:^|[.!?:;"“‘(—–-])\s*$/u;
const NEXT_WORD = /^\s+([\p{L}][\p{L}'’-]*)/u;

/** Whether a question types no capital after its first word, as chat types it. */
export const typedInLowerCase = (question: string) => !/\p{Lu}/u.test(question.replace(/^\s*\S+/u, ""));

/**
 * `question` with the words `articles` write as names capitalised; a question typing any capital
 * after its first word is returned as it is. A word the articles never write is cased as its close
 * spelling ("scot" as "Scott", "borow" as "borrow") or, with none, continues a name it follows
 * ("the muslim association of britain" where the articles name the Muslim Council of Britain).
 */
export function casedAs(question: string, articles: readonly Facts[]): string {
  if (!typedInLowerCase(question) || articles.length === 0) return question;
  const asked = words(question);
  const texts = articles.map((f) => f.paragraphs.join("\n"));
  let afterName = false;
  return question.replace(TOKEN, (token) => {
    const [word] = words(token);
    if (!word || word.length < 3 || isStopword(word) || !/^\p{Ll}/u.test(token)) {
      afterName = false;
      return token;
    }
    let seen = countCases(texts, wordPattern(word), () => true, asked);
    if (seen.capital + seen.lower === 0 && word.length >= 4)
      seen = countCases(texts, wordPattern(`${word.slice(0, 2)}\\p{L}*`), (w) => close(w, word), asked);
    const name = seen.capital > NAME_RATIO * seen.lower || (afterName && seen.capital + seen.lower === 0);
    // A possessive ends a name: "trump's taxes".
    afterName = name && !/['’]s?$/.test(token);
    return name ? token[0]!.toUpperCase() + token.slice(1) : token;
  });
}

const wordPattern = (inner: string) => new RegExp(`(?<![\\p{L}\\p{N}])${inner}(?![\\p{L}\\p{N}])`, "giu");
const close = (written: string, word: string) => editDistance(words(written)[0] ?? "", word, 1) <= 1;

/**
 * How often the texts write a word `pattern` finds (and `fits`) with a capital as a name of its own,
 * and in lower case. A capital opening a sentence or a quote says nothing; nor does one inside a
 * longer name the question does not ask ("Wall Street" for "the wall"): a name's last word is its
 * head ("Donald Trump").
 */
function countCases(
  texts: readonly string[],
  pattern: RegExp,
  fits: (w: string) => boolean,
  asked: readonly string[],
) {
  let capital = 0;
  let lower = 0;
  for (const text of texts)
    for (const m of text.matchAll(pattern)) {
      if (!fits(m[0])) continue;
      if (/^\p{Ll}/u.test(m[0])) lower++;
      else if (!OPENING.test(text.slice(Math.max(0, m.index - 3), m.index)))
        if (!insideOtherName(text.slice(m.index + m[0].length, m.index + m[0].length + 40), asked)) capital++;
    }
  return { capital, lower };
}

/** Whether a capitalised word goes on, after the one found, that the question does not ask (or misspell). */
function insideOtherName(after: string, asked: readonly string[]): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  if (!next || !/^\p{Lu}/u.test(next)) return false;
  const [w] = words(next);
  return !!w && !asked.some((a) => a === w || (a.length >= 4 && editDistance(a, w, 1) <= 1));
}

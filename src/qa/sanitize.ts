/**
 * A question as typed → the text the answerer reads. The CLI and the bot both answer through
 * `answerQuestion`, which calls this first, so neither has to trust what users type.
 */

/** Questions are cut to this many characters (Discord allows up to 6,000 in a slash option). */
export const MAX_QUESTION_CHARS = 300;

/**
 * Longer runs of letters or digits are cut to this: no word is that long, and fuzzy matching costs
 * jumps past 32 letters, where fuse.js splits the pattern (a 6,000-letter "word" took seconds).
 */
export const MAX_WORD_CHARS = 32;
const LONG_WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}]{${MAX_WORD_CHARS + 1},}`, "gu");

/**
 * Control characters become spaces; zero-width, bidi and other invisible format characters (and
 * unpaired surrogates) are removed, so "mil\u200bitary" reads "military"; white space is collapsed;
 * absurdly long words are shortened; the result is cut at a word boundary to `MAX_QUESTION_CHARS`.
 * Linear, never throws.
 */
export function cleanQuestion(question: string): string {
  const text = String(question ?? "")
    // Bound the work before any regex runs, whatever was pasted in.
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/[\p{Cc}\u2028\u2029]/gu, " ")
    .replace(/[\p{Cf}\p{Cs}]/gu, "")
    .replace(/\s+/g, " ")
    .replace(LONG_WORD, (word) => word.slice(0, MAX_WORD_CHARS))
    .trim();
  if (text.length <= MAX_QUESTION_CHARS) return text;
  let cut = text.slice(0, MAX_QUESTION_CHARS);
  const space = cut.lastIndexOf(" ");
  if (space >= MAX_QUESTION_CHARS * 0.8) cut = cut.slice(0, space);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trim();
}

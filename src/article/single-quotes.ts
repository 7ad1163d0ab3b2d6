/**
 * Quotation marks other than double ones, read as double ones, which is what the parser pairs; each
 * change is one character for one, so every offset holds and the words shown stay those of the text
 * as written:
 * - two apostrophes for a double mark (''We will strike,'' she said), as some New York Times copy
 *   writes them: the apostrophe inside becomes the double mark, the other a space;
 * - guillemets («Non», he said, in copy filed from Europe), as curly double marks;
 * - single marks, British style (‘We will strike,’ she said, with “ ” for a quote within a quote).
 *   A single mark is also an apostrophe (don’t, voters’, ’90s), so the style is decided for the
 *   whole article: it quotes with single marks when they pair up in at least two places (or in one,
 *   closed after punctuation, ‘We got lucky,’ with no double mark anywhere) and marks that open with
 *   double marks outside those pairs are far rarer than the pairs (in copy that quotes with double
 *   marks, single ones only nest inside them, or set off a word in the headline; in British copy
 *   double marks nest inside single ones, however often). The quoting single marks
 *   are then read as double ones and the double marks within them as single ones; double marks
 *   outside them (a piece that quotes with both kinds) stay quotes.
 */

/** Characters before an opening mark: the start of a word. */
const BEFORE_OPEN = /[\s([{—–\-/:;"“]/;
/** Punctuation that a quote's mark may follow with the space after it dropped. */
const PUNCT = /[,.!?;:]/;
/** Characters after a closing mark: the end of a word. */
const AFTER_CLOSE = /[\s,.;:!?)\]}—–\-"”]/;
/** Words a single mark elides at their start, which no quote opens with ('em, 'n', 'til). */
const ELIDED = /^(?:em|n|til|tis|twas|cause|bout|cos)\b|^\d0s\b/i;
const SINGLE = /['‘’]/g;
const GUILLEMET = /[«»]/;
const GUILLEMETS = /[«»]/g;
const curlyMark = (mark: string) => (mark === "«" ? "“" : "”");
/**
 * Copy quoting with single marks still opens a few quotes within quotes with double ones: at most one
 * for every two pairs of single marks (a piece setting words off with both kinds stays as it is).
 */
const DOUBLES_PER_PAIR = 2;
const DOUBLE_OPEN = /(?:^|[\s([{—–\-/:;])["“„](?=\S)/g;

/** How each mark of a quote set off by single marks is read: its double counterpart, and back. */
const SWAP: Record<string, string> = { "‘": "“", "’": "”", "'": '"', "“": "‘", "”": "’", '"': "'", "„": "‚" };

/** A quote set off by single marks: its opening mark, and its closing one if it has one. */
interface SingleSpan {
  open: number;
  close: number | null;
}

/**
 * The paragraphs as the parser should read them: unchanged for copy that quotes with double marks
 * (see the header).
 */
export function asDoubleQuoted(written: readonly string[]): readonly string[] {
  const curly = written.some((p) => GUILLEMET.test(p))
    ? written.map((p) => p.replace(GUILLEMETS, curlyMark))
    : written;
  if (!curly.some((p) => p.includes("‘") || p.includes("'"))) return curly;
  const paragraphs = curly.some((p) => p.includes("''")) ? curly.map(withoutTwoApostrophes) : curly;
  const marks = paragraphs.map(singleMarks);
  const closed = marks.flatMap((spans, p) => spans.filter((m) => m.close !== null).map((m) => ({ ...m, p })));
  const doubles = paragraphs.reduce((n, text, p) => n + doublesOutside(text, marks[p]!), 0);
  if (DOUBLES_PER_PAIR * doubles > closed.length) return paragraphs;
  // One pair decides alone only as a quote is set off: closed after punctuation, no double marks.
  const one = closed[0];
  if (closed.length < 2 && !(one && doubles === 0 && /[,.?!]/.test(paragraphs[one.p]![one.close! - 1]!)))
    return paragraphs;
  return paragraphs.map((text, p) => swapped(text, marks[p]!));
}

/**
 * Marks opening with double marks outside the single-mark pairs of a paragraph: those inside a pair
 * are quotes within quotes, what British copy nests, and count for the style rather than against it.
 */
function doublesOutside(text: string, spans: readonly SingleSpan[]): number {
  let n = 0;
  for (const match of text.matchAll(DOUBLE_OPEN)) {
    const at = match.index;
    if (!spans.some(({ open, close }) => close !== null && open < at && at < close)) n++;
  }
  return n;
}

/**
 * Two apostrophes as one double mark: the apostrophe next to the quoted words becomes the mark, the
 * other a space (outside the quote, so no word changes).
 */
function withoutTwoApostrophes(text: string): string {
  return text.replace(/''/g, (_, at: number) => {
    const before = at === 0 ? " " : text[at - 1]!;
    const after = text[at + 2] ?? " ";
    return BEFORE_OPEN.test(before) && /\S/.test(after) ? ' "' : '" ';
  });
}

/**
 * The quotes set off by single marks in a paragraph: each opening mark (at the start of a word, not
 * an elision) and the mark that closes it, if any before the next opening one: the first at the end
 * of a word after a full stop, comma or other punctuation, else the first at the end of a word (a
 * plural possessive, "the workers’ union", is one when the quote goes on to a mark after punctuation).
 */
function singleMarks(text: string): SingleSpan[] {
  const spans: SingleSpan[] = [];
  // Where the open quote began, and its weak close (-1: none); `weak` is -1 whenever `open` is.
  let open = -1;
  let weak = -1;
  for (const match of text.matchAll(SINGLE)) {
    const i = match.index;
    const before = i === 0 ? " " : text[i - 1]!;
    const after = i + 1 >= text.length ? " " : text[i + 1]!;
    // A space dropped after punctuation (`said,‘Look`, `authorities.'We basically`): a mark between
    // them and a capital opens, unless a quote is open, which a straight mark there closes.
    const unspaced = PUNCT.test(before) && /\p{Lu}/u.test(after) && (open < 0 || match[0] === "‘");
    // `‘ … if the primary were held`, `‘ You know`: a left mark, never an apostrophe at a word's
    // start, still opens with a space after it.
    const spaced = match[0] === "‘" && /\s/.test(after) && /[^\s‘’']/.test(text[i + 2] ?? " ");
    // `aides ’get close to Ben …’`: a right mark typed to open, at a word's start where no quote is
    // open (an elision, ’em or ’90s, is left out below).
    const typedRight =
      match[0] === "’" && open < 0 && /\p{L}|…/u.test(/\s/.test(after) ? (text[i + 2] ?? "") : after);
    const opening =
      (match[0] !== "’" || typedRight) &&
      (BEFORE_OPEN.test(before) || unspaced) &&
      (/\S/.test(after) || spaced || typedRight);
    if (opening && !ELIDED.test(text.slice(i + 1, i + 6))) {
      if (open >= 0) spans.push(singleSpan(open, weak));
      open = i;
      weak = -1;
      continue;
    }
    // `Hispanics!’Former`: a close before a capital with no space, after the quote's last punctuation.
    const closesUnspaced = PUNCT.test(before) && /\p{Lu}/u.test(after);
    // `‘abhorrent‘ in a tweet`, `‘It's unusual,‘ said`: a left mark typed for the right one still
    // closes at the end of a word, as a double mark typed so (“abhorrent“) does.
    const leftAfterSpace = match[0] === "‘" && /\s/.test(before);
    if (open < 0 || leftAfterSpace || !(AFTER_CLOSE.test(after) || closesUnspaced)) continue;
    // A space between a quote within the quote and the mark closing both (‘… “well done,” ’ she said)
    if (/\s/.test(before) && !(/["”]/.test(text[i - 2] ?? "") && /\s/.test(after))) continue;
    if (/[,.?!\s]/.test(before) || !/\s/.test(after) || i + 1 === text.length) {
      spans.push(singleSpan(open, i));
      open = -1;
      weak = -1;
    } else if (weak < 0) weak = i;
  }
  if (open >= 0) spans.push(singleSpan(open, weak));
  return spans;
}

/**
 * A quote opened at `open` and closed at `close` (-1: left open). Not a closure in `singleMarks`: tsx
 * names each named closure as it is made, a share of parsing.
 */
function singleSpan(open: number, close: number): SingleSpan {
  return { open, close: close >= 0 ? close : null };
}

/**
 * The single marks of `spans` made double, and the double marks within them (quotes within quotes)
 * single; double marks outside them (a piece that quotes with both kinds) stay as they are.
 */
function swapped(text: string, spans: readonly SingleSpan[]): string {
  let out = "";
  let from = 0;
  spans.forEach(({ open, close }, k) => {
    // A quote left open runs to the next one, or to the end of the paragraph.
    const end = close ?? spans[k + 1]?.open ?? text.length;
    out += text.slice(from, open) + (text[open] === "’" ? "“" : SWAP[text[open]!]!);
    out += text.slice(open + 1, end).replace(/["“”„]/g, (ch) => SWAP[ch]!);
    // A left mark typed to close (‘abhorrent‘) is read as the closing double mark.
    if (close !== null) out += text[close] === "‘" ? "”" : SWAP[text[close]!]!;
    from = close === null ? end : close + 1;
  });
  return out + text.slice(from);
}

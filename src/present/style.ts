/**
 * The two media a reply is written for: plain text on a terminal and Discord Markdown. Formatters
 * build every reply through a `Style`, so text that is not ours (an article's words, a user's
 * question, a file name) always passes through `style.text`: escaped for Discord, made one clean
 * line for a terminal. Nothing else in the project escapes or cuts text.
 */

/**
 * Longest piece of article text formatted. Discord shows at most 4096 characters of an embed and
 * 2000 of a message (the reply helper cuts to those); this only bounds the work on absurd input.
 */
export const MAX_SHOWN = 6000;

const ELLIPSIS = "…";

/** Cuts `text` to at most `max` UTF-16 units, ending in "…", never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let cut = text.slice(0, max - ELLIPSIS.length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/**
 * One line of someone else's text: no control characters (a terminal escape sequence or a line
 * break cannot garble what follows), no bidi overrides, single spaces, at most `MAX_SHOWN` long.
 */
export function flatten(text: string): string {
  const flat = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ");
  return truncate(flat, MAX_SHOWN);
}

/**
 * Someone else's text made safe inside a line of Discord Markdown: flattened, every Markdown
 * character escaped, block syntax at the start defused, mentions that cannot render as mentions.
 * Linear in the text: discord.js' `escapeMarkdown` is quadratic on long runs of `*` or `_`, which a
 * hostile article can supply.
 */
export function escapeText(text: string): string {
  return escapeInline(text)
    .replace(/^(\s*)([#+-])/, "$1\\$2")
    .replace(/^(\s*\d+)\./, "$1\\.");
}

/** The same for text that does not start a line, where "#" or "1." cannot begin a block. */
export function escapeInline(text: string): string {
  return flatten(text)
    .replace(/[\\*_~`|[\]<>]/g, "\\$&")
    .replace(/@(everyone|here)/g, "@\u200b$1");
}

export interface Style {
  /** Text that is not ours, made safe for the medium. */
  text(raw: string): string;
  /** Already styled text, made strong (a headline). */
  strong(styled: string): string;
  /** Already styled text, emphasised (a headline inside a citation). */
  emphasis(styled: string): string;
  /** An identifier the user can type back (an article id). */
  code(raw: string): string;
  /** Already styled words taken out of a quote (a word diff). */
  removed(styled: string): string;
  /** Already styled words put into a quote (a word diff). */
  added(styled: string): string;
}

/** For a terminal: no markup at all, nothing escaped. */
export const PLAIN: Style = {
  text: flatten,
  strong: (styled) => styled,
  emphasis: (styled) => styled,
  code: flatten,
  // As `git diff --word-diff` marks them.
  removed: (styled) => `[-${styled}-]`,
  added: (styled) => `{+${styled}+}`,
};

/** For Discord. */
export const MARKDOWN: Style = {
  text: escapeText,
  strong: (styled) => `**${styled}**`,
  emphasis: (styled) => `*${styled}*`,
  // A backtick inside would end the code span early.
  code: (raw) => `\`${flatten(raw).replace(/`/g, "'")}\``,
  removed: (styled) => `~~${styled}~~`,
  added: (styled) => `**${styled}**`,
};

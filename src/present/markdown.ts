/**
 * Discord Markdown that is safe to post. The bot's reply helper takes nothing else, so text that is
 * not ours (an article's words, a user's question, a file name, an error message) cannot reach
 * Discord unescaped: `md` escapes every value it is given unless the value is Markdown already, and
 * `markdown` runs one of present/'s formatters with the `MARKDOWN` style, which escapes as it builds.
 * A `Markdown` is made nowhere else (the architecture test keeps `styled` to present/).
 */
import { escapeInline, escapeText, MARKDOWN, type Style } from "./style.ts";

export class Markdown {
  private constructor(private readonly source: string) {}

  /** Only for present/: text built through the `MARKDOWN` style, escaped already. */
  static styled(source: string): Markdown {
    return new Markdown(source);
  }

  get length(): number {
    return this.source.length;
  }

  toString(): string {
    return this.source;
  }
}

/** A value put into Markdown: someone else's text (escaped), a number, or Markdown already. */
export type MarkdownValue = string | number | Markdown;

/** `value` as it goes into Markdown; block syntax ("# ", "1. ") only matters where a line starts. */
function piece(value: MarkdownValue, startsLine: boolean): string {
  if (value instanceof Markdown) return value.toString();
  if (typeof value === "number") return String(value);
  return startsLine ? escapeText(value) : escapeInline(value);
}

const startsLine = (text: string) => text === "" || text.endsWith("\n");

/** Our own words around others' text: md`Removed **${headline}**.` escapes the headline. */
export function md(words: TemplateStringsArray, ...values: readonly MarkdownValue[]): Markdown {
  let out = words[0] ?? "";
  values.forEach((value, n) => {
    out += piece(value, startsLine(out)) + (words[n + 1] ?? "");
  });
  return Markdown.styled(out);
}

/** Pieces joined by one of our separators ("\n", ", "). */
export function joinMarkdown(parts: readonly MarkdownValue[], separator: string): Markdown {
  const lines = separator.includes("\n");
  return Markdown.styled(parts.map((part, n) => piece(part, n === 0 || lines)).join(separator));
}

/** An identifier the user can type back (an article id), as code. */
export function mdCode(raw: string): Markdown {
  return Markdown.styled(MARKDOWN.code(raw));
}

/** One of present/'s formatters, in Discord's Markdown: markdown(formatAnswer, answer). */
export function markdown<A extends unknown[]>(
  format: (...args: [...A, Style]) => string,
  ...args: A
): Markdown {
  return Markdown.styled(format(...args, MARKDOWN));
}

/** The same for a formatter that returns lines. */
export function markdownLines<A extends unknown[]>(
  format: (...args: [...A, Style]) => readonly string[],
  ...args: A
): Markdown[] {
  return format(...args, MARKDOWN).map(Markdown.styled);
}

/**
 * An embed as the bot builds it: what Discord renders as Markdown must be `Markdown`; author names
 * and footers render no Markdown, so their text goes as it is, on one line.
 */
export interface Embed {
  title?: Markdown;
  description?: Markdown;
  fields?: { name: Markdown; value: Markdown; inline?: boolean }[];
  author?: { name: string };
  footer?: { text: string };
  image?: { url: string };
}

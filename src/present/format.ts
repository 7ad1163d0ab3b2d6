/**
 * Answer → what a reader sees. One formatter for the CLI and the bot, so both show the same text.
 * Article text is escaped so that its asterisks or backticks cannot restyle the reply.
 */
import type { APIEmbed } from "discord.js";
import type { Facts } from "../article/facts.ts";
import { humanDate } from "../qa/answer.ts";
import type { Summary } from "../qa/summary.ts";
import { editDistance, fold } from "../qa/terms.ts";
import type { Answer, ArticleRef } from "../qa/types.ts";
import { choicesText, copiesNote } from "./archive.ts";

const NOT_COVERED = "The article doesn't say.";
const NOT_COVERED_ANY = "None of the articles says.";

/**
 * Longest piece of article text formatted. Discord shows at most 4096 characters of an embed and
 * 2000 of a message (the reply helper cuts to those); this only bounds the work on absurd input.
 */
export const MAX_SHOWN = 6000;

/**
 * Article text (or anything else not ours) made safe to put inside a line of Discord Markdown: one
 * line, every Markdown character escaped, block syntax at the start defused, mentions that cannot
 * render as mentions, no control or bidi-override characters to garble the rest of the reply, and
 * clipped to `MAX_SHOWN`. Linear in the text: discord.js' `escapeMarkdown` is quadratic on long
 * runs of `*` or `_`, which a hostile article can supply.
 */
export function escapeText(text: string): string {
  const flat = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ");
  return clip(flat, MAX_SHOWN)
    .replace(/[\\*_~`|[\]<>]/g, "\\$&")
    .replace(/^(\s*)([#+-])/, "$1\\$2")
    .replace(/^(\s*\d+)\./, "$1\\.")
    .replace(/@(everyone|here)/g, "@\u200b$1");
}

const md = escapeText;

/** At most `max` UTF-16 units, ending in "…", never splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function who(speaker: string | null, title: string | null): string {
  if (!speaker) return "";
  return title ? `${speaker}, ${title}` : speaker;
}

/** "24 Feb 2017" for citations. */
export function shortDate(iso: string | null): string | null {
  if (!iso) return null;
  const long = humanDate(iso).replace(/,.*$/, "");
  return long.replace(/^(\d+) (\w{3})\w* (\d{4})$/, "$1 $2 $3");
}

/** "¶5, *Headline*, AP, 24 Feb 2017" */
export function citation(article: ArticleRef, paragraph: number | null): string {
  const parts = [
    paragraph ? `¶${paragraph}` : null,
    `*${md(article.headline)}*`,
    article.source ? md(article.source) : null,
    shortDate(article.published),
  ];
  return parts.filter(Boolean).join(", ");
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function declineText(a: Answer): string {
  const head = a.article || a.suggestions.length ? NOT_COVERED : NOT_COVERED_ANY;
  if (a.suggestions.length === 0) return head;
  return `${head} It quotes ${md(list(a.suggestions.slice(0, 5)))}.`;
}

/** The text the CLI prints and the bot sends for a mention. */
export function formatAnswer(a: Answer): string {
  if (a.candidates?.length) return choicesText(a);
  if (!a.answered || !a.article) return declineText(a);
  const cite = `(${citation(a.article, a.paragraph)})${copiesNote(a)}`;
  const speaker = md(who(a.speaker, a.title));
  switch (a.kind) {
    case "quote":
      return `"${md(a.text.replace(/^\s+|\s+$/g, ""))}" — ${speaker} ${cite}`;
    case "reported":
      return `${speaker}: ${md(a.text)} ${cite}`;
    default:
      return `${md(a.text)} ${cite}`;
  }
}

/** The answer as an embed: the quote as description, speaker and title as author, source as footer. */
export function answerEmbed(a: Answer): APIEmbed {
  if (a.candidates?.length) return { description: choicesText(a), footer: { text: a.question } };
  if (!a.answered || !a.article) return { description: declineText(a) };
  const body = a.kind === "quote" ? `"${md(a.text.trim())}"` : md(a.text);
  const footer = [
    a.article.headline,
    a.article.source,
    shortDate(a.article.published),
    a.paragraph ? `¶${a.paragraph}` : null,
  ]
    .filter(Boolean)
    .join(" · ")
    .concat(copiesNote(a));
  const embed: APIEmbed = { description: body, footer: { text: footer } };
  const author = who(a.speaker, a.title);
  if (author && a.kind !== "who") embed.author = { name: author };
  return embed;
}

export function formatSummary(s: Summary): string {
  const meta = [s.dateline, s.article.source, shortDate(s.article.published)].filter(Boolean).join(" · ");
  const lines = [`**${md(s.article.headline)}**`];
  if (meta) lines.push(md(meta));
  if (s.lede.length) lines.push("", md(s.lede.join(" ")));
  if (s.keyQuotes.length) {
    lines.push("");
    for (const q of s.keyQuotes)
      lines.push(`• "${md(q.text.trim())}" — ${md(who(q.speaker, q.title))} (¶${q.paragraph})`);
  }
  return lines.join("\n");
}

/** Does a person's name match what the user typed ("kely" ~ "John Kelly")? */
export function nameMatches(name: string, typed: string): boolean {
  const want = fold(typed).split(/\s+/).filter(Boolean);
  const have = fold(name).split(/[\s.'-]+/);
  return want.every((w) =>
    have.some((h) => h.startsWith(w) || editDistance(w, h, 2) <= (w.length >= 5 ? 2 : 1)),
  );
}

/** One readable line per quote: `¶4 John Kelly, US Homeland Security Secretary: "…"`. */
export function formatQuotes(facts: Facts, speaker?: string): string[] {
  const people = new Map(facts.people.map((p) => [p.id, p]));
  return facts.quotes
    .filter((q) => q.speakerId)
    .filter((q) => !speaker || nameMatches(people.get(q.speakerId!)!.name, speaker))
    .map((q) => {
      const p = people.get(q.speakerId!)!;
      return `¶${q.paragraph} ${md(who(p.name, p.title))}: "${md(q.text.trim())}"`;
    });
}

/** One line per person: "Name — title". */
export function formatPeople(facts: Facts): string[] {
  return facts.people.map((p) => (p.title ? `${md(p.name)} — ${md(p.title)}` : md(p.name)));
}

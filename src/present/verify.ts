/**
 * Verification → what a reader sees, on the CLI and in Discord alike: the verdict, the article's own
 * words with the claim's differences marked (~~removed~~ **added** in Discord, [-removed-] {+added+}
 * on a terminal), who said them and where. Every piece of text that is not ours goes through
 * `style.text`, so quoted Markdown or mentions cannot break out.
 */
import type { DiffPiece, Found, Verification } from "../verify/verify.ts";
import { citation } from "./cite.ts";
import { type Embed, markdown } from "./markdown.ts";
import type { Style } from "./style.ts";

/** The differences inline: kept words plain, the article's words struck out, the claim's added. */
export function markedDiff(diff: readonly DiffPiece[], style: Style): string {
  return diff
    .map((piece) => {
      const text = style.text(piece.text);
      if (piece.kind === "removed") return style.removed(text);
      if (piece.kind === "added") return style.added(text);
      return text;
    })
    .join(" ");
}

function speakerOf(f: Found, style: Style): string {
  return style.text(f.speaker.title ? `${f.speaker.name}, ${f.speaker.title}` : f.speaker.name);
}

function quoted(f: Found, style: Style): string {
  return `"${style.text(f.text)}" — ${speakerOf(f, style)} (${citation(f.article, f.paragraph, style)})`;
}

function searched(v: Verification, style: Style): string {
  if (v.searched.article) return style.emphasis(style.text(v.searched.article.headline));
  const n = v.searched.articles;
  return `the archive (${n.toLocaleString("en-GB")} article${n === 1 ? "" : "s"})`;
}

function notFound(v: Verification, style: Style): string[] {
  const head = style.strong("Not found.");
  const lines = v.speaker
    ? [`${head} ${style.text(v.speaker)} is not quoted saying that in ${searched(v, style)}.`]
    : [`${head} Nobody in ${searched(v, style)} is quoted saying that.`];
  const context = v.context;
  if (context) {
    const cite = citation(context.article, context.paragraph, style);
    lines.push(
      `Reported, not quoted: ${style.text(context.speaker.name)}: ${style.text(context.text)} (${cite})`,
    );
  }
  if (v.closest.length) {
    lines.push(v.speaker ? `Closest quotes from ${style.text(v.speaker)}:` : "Closest quotes:");
    for (const f of v.closest) lines.push(`• ${quoted(f, style)}`);
  }
  return lines;
}

/** The reply's text, in the style of its medium: the same words on the terminal and in Discord. */
export function formatVerification(v: Verification, style: Style): string {
  const lines: string[] = [];
  if (v.cut)
    lines.push(`(Only the first ${v.quote.length.toLocaleString("en-GB")} characters were checked.)`);
  const f = v.found;
  if (v.verdict === "not_found" || !f) return [...lines, ...notFound(v, style)].join("\n");
  const name = style.text(f.speaker.name);
  if (v.verdict === "exact") {
    lines.push(`${style.strong("Exact.")} ${quoted(f, style)}`);
  } else if (v.verdict === "altered") {
    lines.push(`${style.strong("Altered.")} ${name} said something close, but not that:`);
    lines.push(`> ${markedDiff(f.diff, style)}`);
    lines.push(`What was said: ${quoted(f, style)}`);
  } else {
    const not = v.speaker ? `, not ${style.text(v.speaker)}` : "";
    lines.push(
      `${style.strong("Misattributed.")} ${name} said ${f.exact ? "these words" : "something close"}${not}:`,
    );
    if (!f.exact) lines.push(`> ${markedDiff(f.diff, style)}`);
    lines.push(quoted(f, style));
  }
  return lines.join("\n");
}

export function verificationEmbed(v: Verification): Embed {
  return { description: markdown(formatVerification, v) };
}

/** The CLI's --json line: the scorer's contract. */
export function verificationRecord(v: Verification, asked: { quote: string; speaker: string | null }) {
  const f = v.found;
  return {
    quote: asked.quote,
    speaker: asked.speaker,
    verdict: v.verdict,
    article: f?.article.id ?? null,
    paragraph: f?.paragraph ?? null,
    said_by: f?.speaker.name ?? null,
    text: f?.text ?? null,
    changes: v.verdict === "altered" || (v.verdict === "misattributed" && f && !f.exact) ? f!.changes : [],
    searched: v.searched.article?.id ?? "archive",
    closest: v.closest.map((c) => ({
      article: c.article.id,
      paragraph: c.paragraph,
      said_by: c.speaker.name,
      text: c.text,
    })),
  };
}

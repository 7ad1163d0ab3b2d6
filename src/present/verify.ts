/**
 * Verification → what a reader sees, on the CLI and in Discord alike: the verdict, the article's own
 * words with the claim's differences as ~~removed~~ **added**, who said them and where. Every piece of
 * text that is not ours goes through the one escaper, so quoted Markdown or mentions cannot break out.
 */
import type { APIEmbed } from "discord.js";
import type { DiffPiece, Found, Verification } from "../verify/verify.ts";
import { citation, escapeText as md } from "./format.ts";

/** Embed colours by verdict: green, amber, orange, grey. */
const COLOURS = { exact: 0x2e7d32, altered: 0xf9a825, misattributed: 0xef6c00, not_found: 0x757575 } as const;

/** The differences inline: kept words plain, the article's words struck out, the claim's in bold. */
export function markedDiff(diff: readonly DiffPiece[]): string {
  return diff
    .map((piece) => {
      const text = md(piece.text);
      if (piece.kind === "removed") return `~~${text}~~`;
      if (piece.kind === "added") return `**${text}**`;
      return text;
    })
    .join(" ");
}

function speakerOf(f: Found): string {
  return md(f.speaker.title ? `${f.speaker.name}, ${f.speaker.title}` : f.speaker.name);
}

function quoted(f: Found): string {
  return `"${md(f.text)}" — ${speakerOf(f)} (${citation(f.article, f.paragraph)})`;
}

function searched(v: Verification): string {
  if (v.searched.article) return `*${md(v.searched.article.headline)}*`;
  const n = v.searched.articles;
  return `the archive (${n.toLocaleString("en-GB")} article${n === 1 ? "" : "s"})`;
}

function claimed(v: Verification): string {
  return v.speaker ? md(v.speaker) : "anyone";
}

function notFound(v: Verification): string[] {
  const lines = [`**Not found.** Nobody in ${searched(v)} is quoted saying that.`];
  if (v.speaker) lines[0] = `**Not found.** ${claimed(v)} is not quoted saying that in ${searched(v)}.`;
  if (v.context) {
    lines.push(
      `Reported, not quoted: ${md(v.context.speaker.name)}: ${md(v.context.text)} (${citation(v.context.article, v.context.paragraph)})`,
    );
  }
  if (v.closest.length) {
    lines.push(v.speaker ? `Closest quotes from ${claimed(v)}:` : "Closest quotes:");
    for (const f of v.closest) lines.push(`• ${quoted(f)}`);
  }
  return lines;
}

/** The reply's text: Markdown, the same on the terminal and in Discord. */
export function formatVerification(v: Verification): string {
  const lines: string[] = [];
  if (v.cut)
    lines.push(`(Only the first ${v.quote.length.toLocaleString("en-GB")} characters were checked.)`);
  const f = v.found;
  if (v.verdict === "not_found" || !f) return [...lines, ...notFound(v)].join("\n");
  if (v.verdict === "exact") {
    lines.push(`**Exact.** ${quoted(f)}`);
  } else if (v.verdict === "altered") {
    lines.push(`**Altered.** ${md(f.speaker.name)} said something close, but not that:`);
    lines.push(`> ${markedDiff(f.diff)}`);
    lines.push(`What was said: ${quoted(f)}`);
  } else {
    const own = v.speaker ? `, not ${claimed(v)}` : "";
    lines.push(
      `**Misattributed.** ${md(f.speaker.name)} said ${f.exact ? "these words" : "something close"}${own}:`,
    );
    if (!f.exact) lines.push(`> ${markedDiff(f.diff)}`);
    lines.push(quoted(f));
  }
  return lines.join("\n");
}

export function verificationEmbed(v: Verification): APIEmbed {
  return { description: formatVerification(v), color: COLOURS[v.verdict] };
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

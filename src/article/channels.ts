/**
 * The channel something was said through ("in a statement", "in an interview", "on Twitter"): words
 * that say how it was said, never who said it or what.
 */
import type { Token } from "./text.ts";

/** Channels after which what was said may follow: "said in a statement they …". */
const CHANNELS = new Set([
  "in a statement",
  "in an interview",
  "in a letter",
  "in an email",
  "in an e-mail",
  "in a tweet",
  "on twitter",
  "on facebook",
]);
/**
 * Channels whose noun goes on ("in a note to clients", "in a research note on the firm"): they end a
 * speaker's description, but what follows them is no clause said.
 */
const DESCRIBED_CHANNELS = new Set([
  ...CHANNELS,
  "in a note",
  "in a research",
  "in a report",
  "in a memo",
  "in a speech",
  "in a post",
  "in a blog",
  "in a video",
]);

/** How many words at `at` name a channel after which what was said may follow, or zero. */
export function channelLength(tokens: readonly Token[], at: number): number {
  return lengthIn(CHANNELS, tokens, at);
}

/** How many words at `at` name any channel that ends a speaker's description ("in a note"), or zero. */
export function describedChannelLength(tokens: readonly Token[], at: number): number {
  return lengthIn(DESCRIBED_CHANNELS, tokens, at);
}

function lengthIn(channels: ReadonlySet<string>, tokens: readonly Token[], at: number): number {
  const words = (n: number) =>
    tokens
      .slice(at, at + n)
      .map((t) => t.lower)
      .join(" ");
  if (channels.has(words(2))) return 2;
  return channels.has(words(3)) ? 3 : 0;
}

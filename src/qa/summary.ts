/**
 * An extractive summary: metadata, the lede and each main speaker's key quote, every word taken
 * from the article.
 */
import type { Facts } from "../article/facts.ts";
import type { ArticleRef } from "./types.ts";

export interface KeyQuote {
  speaker: string;
  title: string | null;
  text: string;
  paragraph: number;
}

export interface Summary {
  article: ArticleRef;
  dateline: string | null;
  /** The first one or two sentences of the body. */
  lede: string[];
  keyQuotes: KeyQuote[];
}

const MAX_SPEAKERS = 4;
const LEDE_CHARS = 320;

export function summarize(facts: Facts): Summary {
  const first = facts.sentences.filter((s) => s.paragraph === 1).map((s) => s.text);
  // The dateline is shown with the metadata; the lede starts after it.
  const dateline = facts.metadata.dateline;
  if (first[0] && dateline && first[0].toLowerCase().startsWith(dateline.toLowerCase())) {
    first[0] = first[0].replace(/^[^:—–]{1,60}?(?:\([^)]*\))?\s*(?::|—|–|--?)\s+/, "");
  }
  const lede = first.slice(0, 1);
  if (first[1] && (first[0]?.length ?? 0) + first[1].length <= LEDE_CHARS) lede.push(first[1]);
  return {
    article: {
      id: facts.id,
      headline: facts.metadata.headline || facts.id,
      source: facts.metadata.source,
      published: facts.metadata.published,
    },
    dateline: facts.metadata.dateline,
    lede,
    keyQuotes: keyQuotes(facts),
  };
}

/** Per speaker (most quoted first), the longest full-sentence quote, else the longest fragment. */
function keyQuotes(facts: Facts): KeyQuote[] {
  const bySpeaker = new Map<string, Facts["quotes"]>();
  for (const q of facts.quotes) {
    if (!q.speakerId) continue;
    // Pushed, not copied: copying the list per quote is quadratic for a speaker with thousands of quotes.
    const list = bySpeaker.get(q.speakerId);
    if (list) list.push(q);
    else bySpeaker.set(q.speakerId, [q]);
  }
  return [...bySpeaker]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, MAX_SPEAKERS)
    .map(([id, quotes]) => {
      const direct = quotes.filter((q) => q.kind === "direct");
      const pool = direct.length > 0 ? direct : quotes;
      const best = pool.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      const person = facts.people.find((p) => p.id === id)!;
      return { speaker: person.name, title: person.title, text: best.text, paragraph: best.paragraph };
    });
}

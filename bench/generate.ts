/**
 * Deterministic generator of realistic news articles for the benchmarks.
 *
 * Articles follow the structure of wire and BBC copy: a headline, sometimes a date/byline line, a
 * dateline ("LONDON (AP) — "), a lede, then paragraphs of quotes with said-attributions in their
 * usual shapes (`"…," Smith said.`, `Smith said: "…"`, split quotes, `"…," said Smith`), quotes
 * continued across paragraphs, partial quotes inside reported speech, pronoun attributions
 * ("he told reporters"), titles before and after names, and plain factual sentences with figures.
 * Sentences come from templates whose slots are filled from a topic's vocabulary, so the words
 * have the skew of real copy (topic words repeat, place and company names form a long tail).
 *
 * Article `n` of seed `s` is the same whatever the number generated, so a smaller archive is a
 * prefix of a larger one.
 */

import {
  AGENCIES,
  CITIES,
  COMPANY_ENDS,
  COMPANY_KINDS,
  DAYS,
  EXPERTS,
  FACT_TEMPLATES,
  FEMALE,
  GENERIC_ADJECTIVES,
  HEADLINE_TEMPLATES,
  MALE,
  MONTHS,
  OUTLETS,
  PARTIAL_TEMPLATES,
  PLACE_ENDS,
  QUOTE_TEMPLATES,
  REPORTED_TEMPLATES,
  SURNAME_ENDS,
  SURNAMES,
  SYLLABLES,
  TOPICS,
  type Topic,
} from "./generate-vocabulary.ts";

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Speaker {
  first: string;
  last: string;
  name: string;
  title: string;
  he: "he" | "she";
  /** Whether the article has named them yet (first mention gives the full name and title). */
  introduced: boolean;
}

export interface GeneratedQuote {
  /** Full name of the speaker as the article gives it. */
  speaker: string;
  surname: string;
  title: string;
  /** The words inside the quotation marks. */
  text: string;
  /** A topic noun the quote is about (question material). */
  about: string;
}

export interface GeneratedFact {
  /** The sentence as written. */
  text: string;
  /** Words of it a reader might ask with. */
  keywords: string[];
}

export interface GeneratedArticle {
  id: string;
  text: string;
  topic: string;
  headline: string;
  people: { name: string; surname: string; title: string }[];
  quotes: GeneratedQuote[];
  facts: GeneratedFact[];
  words: number;
}

export function plural(noun: string): string {
  const parts = noun.split(" ");
  const last = parts.pop()!;
  let p: string;
  if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
  else if (/(?:s|sh|ch|x|z)$/.test(last)) p = `${last}es`;
  else p = `${last}s`;
  return [...parts, p].join(" ");
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

class Writer {
  readonly rand: () => number;
  readonly topic: Topic;
  readonly place: string;
  readonly places: string[];
  readonly company: string;
  readonly speakers: Speaker[];
  readonly quotes: GeneratedQuote[] = [];
  readonly facts: GeneratedFact[] = [];
  readonly curly: boolean;
  /** Noun of the sentence being written (question material). */
  private lastNoun = "";
  private readonly used = new Set<string>();

  constructor(seed: number) {
    this.rand = prng(seed);
    this.topic = this.pick(TOPICS);
    this.curly = this.rand() < 0.3;
    this.places = [
      this.inventPlace(),
      this.inventPlace(),
      this.pick(CITIES).charAt(0) + this.pick(CITIES).slice(1).toLowerCase(),
    ];
    this.place = this.places[0]!;
    this.company = `${this.inventName(COMPANY_ENDS)} ${this.pick(COMPANY_KINDS)}`;
    const count = 3 + Math.floor(this.rand() * 3);
    const names = new Set<string>();
    this.speakers = [];
    while (this.speakers.length < count) {
      const female = this.rand() < 0.45;
      const first = this.pick(female ? FEMALE : MALE);
      const last = this.pick(SURNAMES);
      if (names.has(last)) continue;
      names.add(last);
      const title = this.speakers.length === 0 ? this.pick(this.topic.titles) : this.roleTitle();
      this.speakers.push({
        first,
        last,
        name: `${first} ${last}`,
        title,
        he: female ? "she" : "he",
        introduced: false,
      });
    }
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  private roleTitle(): string {
    const r = this.rand();
    if (r < 0.5) return this.pick(this.topic.titles);
    if (r < 0.75) return `spokesman for ${this.pick(this.topic.orgs)}`;
    return `chief executive of ${this.company}`;
  }

  private inventName(ends: readonly string[]): string {
    const n = 1 + Math.floor(this.rand() * 3);
    let s = "";
    for (let i = 0; i < n; i++) s += this.pick(SYLLABLES);
    return capitalise(s + this.pick(ends));
  }

  private inventPlace(): string {
    return this.inventName(PLACE_ENDS);
  }

  private number(max: number): number {
    return 2 + Math.floor(this.rand() * max);
  }

  /** A template not used yet in this article, while there are some. */
  fresh(list: readonly string[]): string {
    for (let tries = 0; tries < 8; tries++) {
      const t = this.pick(list);
      if (!this.used.has(t)) {
        this.used.add(t);
        return t;
      }
    }
    return this.pick(list);
  }

  fill(template: string): string {
    return this.fillSlots(template).replace(/\b([Aa]) ([aeiou])/g, "$1n $2");
  }

  private fillSlots(template: string): string {
    const t = this.topic;
    return template.replace(/\{(\w+)(?:,(\d+))?\}/g, (_, slot: string, zeros?: string) => {
      switch (slot) {
        case "n":
          this.lastNoun = this.pick(t.nouns);
          return this.lastNoun;
        case "n2":
          return this.pick(t.nouns);
        case "ns":
          this.lastNoun = this.pick(t.nouns);
          return plural(this.lastNoun);
        case "a":
          return this.rand() < 0.6 ? this.pick(t.adjectives) : this.pick(GENERIC_ADJECTIVES);
        case "g":
          return this.pick(t.groups);
        case "o":
          return this.pick(t.orgs);
        case "O":
          return capitalise(this.pick(t.orgs));
        case "p":
          return this.places[0]!;
        case "p2":
          return this.places[1]!;
        case "c":
          return this.company;
        case "who":
          return `${this.pick(EXPERTS)} ${this.pick(this.rand() < 0.5 ? MALE : FEMALE)} ${this.inventName(SURNAME_ENDS)}`;
        case "scheme":
          return `${this.inventName(PLACE_ENDS)} ${this.pick(["programme", "scheme", "project", "fund", "review"])}`;
        case "d":
          return this.pick(DAYS);
        case "m":
          return this.pick(MONTHS);
        case "yr":
          return String(1995 + Math.floor(this.rand() * 20));
        case "yr2":
          return String(2018 + Math.floor(this.rand() * 10));
        case "money":
          return `${this.rand() < 0.5 ? "£" : "$"}${this.number(90)}${this.rand() < 0.5 ? "m" : "bn"}`;
        case "num":
        case "num2":
          return zeros ? `${this.number(60)},${zeros}` : String(this.number(40));
        default:
          return `{${slot}}`;
      }
    });
  }

  private q(open: boolean): string {
    if (!this.curly) return '"';
    return open ? "“" : "”";
  }

  /** Wraps quote text in marks: `"text,"` with the comma inside, wire style. */
  private quoted(text: string, end: "," | "." | ""): string {
    return `${this.q(true)}${text}${end}${this.q(false)}`;
  }

  private quoteText(): { text: string; about: string } {
    this.lastNoun = "";
    const text = this.fill(this.fresh(QUOTE_TEMPLATES));
    return { text: capitalise(text), about: this.lastNoun };
  }

  private note(s: Speaker, text: string, about: string): void {
    this.quotes.push({ speaker: s.name, surname: s.last, title: s.title, text, about });
  }

  /**
   * How the article names a speaker: in full with the title the first time ("Health Secretary
   * Jane Smith", "Jane Smith, the spokesman for X,"), then by surname, sometimes "Ms Smith".
   * `start` capitalises a title that opens the sentence.
   */
  private nameOf(s: Speaker, start: boolean): string {
    if (s.introduced) return this.rand() < 0.15 ? `${s.he === "he" ? "Mr" : "Ms"} ${s.last}` : s.last;
    s.introduced = true;
    const before = !/^(?:spokesman|chief executive)/.test(s.title) && this.rand() < 0.6;
    if (before) return `${start ? capitalise(s.title) : s.title} ${s.name}`;
    return `${s.name}, the ${s.title},`;
  }

  /** One paragraph built around a quote by `s`, in one of the shapes real copy uses. */
  quoteParagraph(s: Speaker, previous: Speaker | null): string {
    const { text, about } = this.quoteText();
    const verb = this.pick(["said", "said", "said", "added", "warned", "insisted", "told reporters"]);
    const shape = this.rand();
    const strip = (name: string) => name.replace(/,$/, "");
    if (shape < 0.25) {
      this.note(s, `${text},`, about);
      return `${this.quoted(text, ",")} ${this.nameOf(s, false)} ${verb}.`;
    }
    if (shape < 0.4) {
      this.note(s, `${text},`, about);
      return `${this.quoted(text, ",")} said ${strip(this.nameOf(s, false))}.`;
    }
    if (shape < 0.55) {
      this.note(s, `${text}.`, about);
      return `${this.nameOf(s, true)} said: ${this.quoted(text, ".")}`;
    }
    if (shape < 0.72) {
      // Split around the attribution: "A," Smith said. "B."
      const second = this.quoteText();
      this.note(s, `${text},`, about);
      this.note(s, `${second.text}.`, second.about);
      return `${this.quoted(text, ",")} ${this.nameOf(s, false)} said. ${this.quoted(second.text, ".")}`;
    }
    if (shape < 0.82 && previous === s && s.introduced) {
      // Pronoun attribution, the speaker named in the paragraph before.
      this.note(s, `${text},`, about);
      return `${this.quoted(text, ",")} ${s.he} told ${this.pick(OUTLETS)} on ${this.pick(DAYS)}.`;
    }
    if (shape < 0.92) {
      // A partial quote inside reported speech.
      const fragment = this.fill(this.fresh(PARTIAL_TEMPLATES));
      const noun = this.lastNoun || this.pick(this.topic.nouns);
      this.note(s, fragment, noun);
      const clause = this.fill(this.fresh(REPORTED_TEMPLATES));
      return `${strip(this.nameOf(s, true))}, who called the ${noun} policy ${this.quoted(fragment, "")}, said ${clause}.`;
    }
    // A quote continued into the next paragraph: only the last paragraph closes it (BBC style).
    const more = this.quoteText();
    const last = this.quoteText();
    this.note(s, `${text}.`, about);
    return `${this.nameOf(s, true)} said: ${this.q(true)}${text}. ${more.text}.\n\n${this.quoted(last.text, ".")}`;
  }

  reportedParagraph(s: Speaker, previous: Speaker | null): string {
    const strip = (name: string) => name.replace(/,$/, "");
    const clause = this.fill(this.fresh(REPORTED_TEMPLATES));
    if (previous === s && s.introduced && this.rand() < 0.5) return `${capitalise(s.he)} said ${clause}.`;
    const r = this.rand();
    if (r < 0.4) return `${this.nameOf(s, true)} said ${clause}.`;
    if (r < 0.7) return `According to ${strip(this.nameOf(s, false))}, ${clause}.`;
    return `In a statement, ${this.nameOf(s, false)} said that ${clause}.`;
  }

  factSentence(): string {
    const text = this.fill(this.fresh(FACT_TEMPLATES));
    const keywords = text
      .replace(/[.,]/g, "")
      .split(" ")
      .filter((w) => w.length > 4 && /^[a-z]/.test(w));
    this.facts.push({ text, keywords });
    return text;
  }

  /** A partial quote for the lede: `there would be "no mass deportations."` style. */
  ledePartial(s: Speaker): string {
    const noun = this.pick(this.topic.nouns);
    const fragment = `no ${this.rand() < 0.5 ? "" : `${this.pick(this.topic.adjectives)} `}${plural(noun)}`;
    this.note(s, `${fragment}.`, noun);
    return this.quoted(`${fragment}.`, "");
  }

  headline(): string {
    const lead = this.speakers[0]!;
    return this.fill(this.pick(HEADLINE_TEMPLATES))
      .replace("{S}", lead.last)
      .replace("{P}", this.place)
      .replace("{T}", lead.title)
      .replace("{short}", capitalise(this.fill(this.fresh(PARTIAL_TEMPLATES))))
      .replace(/^\w/, (c) => c.toUpperCase());
  }
}

/** Wraps a paragraph at ~100 columns, as copy pasted from a web page often is. */
function wrap(paragraph: string, width: number): string {
  const out: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join("\n");
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The "dd/mm/yyyy hh:mm by admin" line that copy scraped from some sites carries under its headline. */
function postedLine(w: Writer): string {
  const day = 1 + Math.floor(w.rand() * 28);
  const month = 1 + Math.floor(w.rand() * 12);
  const year = 2004 + Math.floor(w.rand() * 20);
  const time = `${String(Math.floor(w.rand() * 24)).padStart(2, "0")}:${String(Math.floor(w.rand() * 60)).padStart(2, "0")}`;
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year} ${time} by admin`;
}

/**
 * Appends paragraphs after the lede (quotes, reported speech, plain facts) until the article has
 * about 600 words; returns its word count. A speaker often goes on from the paragraph before, which
 * is what lets copy attribute by pronoun.
 */
function writeBody(w: Writer, paragraphs: string[], wordsSoFar: number): number {
  let words = wordsSoFar;
  let previous: Speaker | null = w.speakers[0]!;
  while (words < 600) {
    const r = w.rand();
    let paragraph: string;
    if (r < 0.5) {
      const s: Speaker = w.rand() < 0.4 && previous ? previous : w.pick(w.speakers);
      paragraph = w.quoteParagraph(s, previous);
      previous = s;
    } else if (r < 0.65) {
      const s: Speaker = previous && w.rand() < 0.6 ? previous : w.pick(w.speakers);
      paragraph = w.reportedParagraph(s, previous);
      previous = s;
    } else {
      const n = 1 + Math.floor(w.rand() * 2);
      paragraph = Array.from({ length: n }, () => w.factSentence()).join(" ");
      previous = null;
    }
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  return words;
}

/** Article `index` of the stream seeded by `seed`: about 600 words, deterministic. */
export function generateArticle(index: number, seed = 1): GeneratedArticle {
  const w = new Writer((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const speakers = w.speakers;
  const lead = speakers[0]!;
  const headline = w.headline();
  const style = w.rand();
  const agency = w.pick(AGENCIES);
  const header: string[] = [headline];
  if (style < 0.4) header.push(postedLine(w));
  const dateline = style < 0.75 ? `${w.pick(CITIES)} (${agency}) — ` : style < 0.85 ? `${w.place}: ` : ""; // BBC copy has none
  lead.introduced = true;
  const lede = `${dateline}${capitalise(lead.title)} ${lead.name} ${w.pick(["pledged", "said", "warned", "insisted"])} on ${w.pick(DAYS)} that ${w.fill(w.fresh(REPORTED_TEMPLATES))}, and that there would be ${w.ledePartial(lead)}`;
  const paragraphs: string[] = [lede];
  const words = writeBody(w, paragraphs, countWords(headline) + countWords(lede));
  const wrapped = w.rand() < 0.4;
  const body = paragraphs.map((p) => (wrapped ? wrap(p, 100) : p)).join("\n\n");
  const credit = style < 0.75 && w.rand() < 0.3 ? `\n\n- ${agency}` : "";
  const text = `${header.join("\n")}\n\n${body}${credit}\n`;
  return {
    id: `gen-${String(index).padStart(5, "0")}`,
    text,
    topic: w.topic.name,
    headline,
    people: speakers.map((s) => ({ name: s.name, surname: s.last, title: s.title })),
    quotes: w.quotes,
    facts: w.facts,
    words,
  };
}

export function generateArticles(count: number, seed = 1, from = 0): GeneratedArticle[] {
  return Array.from({ length: count }, (_, i) => generateArticle(from + i, seed));
}

/**
 * Who gets quoted: counts over the articles of a range. Pure: it takes facts and returns numbers;
 * wording lives in src/present/sources.ts and the chart in src/present/chart.ts.
 */
import type { Facts, Person, StatedGender } from "../article/facts.ts";
import { COURTESY } from "../article/lexicon.ts";
import { slot } from "../maps.ts";
import { type DayRange, inRange } from "./dates.ts";
import { type Appearance, identityKeys, type SourceKind, sourceKind } from "./identity.ts";

export type GenderLabel = "woman" | "man" | "notStated";

export interface Tally {
  /** Distinct people or bodies. */
  people: number;
  /** Quotes attributed to them. */
  quotes: number;
}

export interface QuotedPerson {
  name: string;
  quotes: number;
  /** Articles quoting them. */
  articles: number;
  /** The titles the articles give them, most used first (at most three). */
  titles: string[];
  gender: GenderLabel;
}

export interface SourceReport {
  /** Articles in the range. */
  articles: number;
  /** Quotes with a named or described speaker (scare quotes left out). */
  quotes: number;
  /** Distinct people and bodies quoted. */
  people: number;
  /** Articles left out of a bounded range because they carry no date. */
  undated: number;
  range: DayRange;
  /** Quoted people (named or not, organisations left out) by the gender the articles state. */
  gender: Record<GenderLabel, Tally>;
  /** Named people against unnamed sources ("a spokesman", "officials") and organisations. */
  sources: Record<SourceKind, Tally>;
  /** Direct quotes (a statement of its own) against partial ones (words inside a sentence). */
  quoteKinds: { direct: number; partial: number };
  /** The named people quoted most, most quotes first. */
  top: QuotedPerson[];
}

export interface ReportOptions {
  range?: DayRange;
  /** Only these articles (one article, or a feed's). */
  articleIds?: ReadonlySet<string>;
  /** How many of the most quoted people to list. */
  top?: number;
}

const OPEN: DayRange = { since: null, until: null };

interface Identity {
  kind: SourceKind;
  names: Map<string, number>;
  /** Title (lower case) → how each way of writing it was used. */
  titles: Map<string, Map<string, number>>;
  genders: Set<Exclude<StatedGender, null>>;
  quotes: number;
  articles: Set<string>;
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const tally = (): Tally => ({ people: 0, quotes: 0 });

/** Counts quotes and speakers over the articles in range. */
export function sourceReport(all: Iterable<Facts>, options: ReportOptions = {}): SourceReport {
  const range = options.range ?? OPEN;
  const bounded = Boolean(range.since || range.until);
  const articles: Facts[] = [];
  let undated = 0;
  for (const facts of all) {
    if (options.articleIds && !options.articleIds.has(facts.id)) continue;
    if (bounded && !facts.metadata.published) undated++;
    else if (inRange(facts.metadata.published, range)) articles.push(facts);
  }
  const identities = collectIdentities(articles);
  const report: SourceReport = {
    articles: articles.length,
    quotes: 0,
    people: identities.length,
    undated,
    range,
    gender: { woman: tally(), man: tally(), notStated: tally() },
    sources: { named: tally(), unnamed: tally(), organisation: tally() },
    quoteKinds: { direct: 0, partial: 0 },
    top: [],
  };
  for (const facts of articles) {
    for (const q of facts.quotes) {
      if (!q.speakerId || q.kind === "scare") continue;
      report.quotes++;
      report.quoteKinds[q.kind]++;
    }
  }
  for (const id of identities) {
    const source = report.sources[id.kind];
    source.people++;
    source.quotes += id.quotes;
    if (id.kind === "organisation") continue;
    const gender = report.gender[genderLabel(id.genders)];
    gender.people++;
    gender.quotes += id.quotes;
  }
  report.top = identities
    .filter((id) => id.kind === "named")
    .map((id) => ({ id, name: nameOf(id) }))
    .sort(
      (a, b) =>
        b.id.quotes - a.id.quotes || b.id.articles.size - a.id.articles.size || a.name.localeCompare(b.name),
    )
    .slice(0, options.top ?? 10)
    .map(({ id, name }) => ({
      name,
      quotes: id.quotes,
      articles: id.articles.size,
      titles: titlesOf(id),
      gender: genderLabel(id.genders),
    }));
  return report;
}

/** Everyone quoted in these articles, one entry per identity, with their quotes counted. */
function collectIdentities(articles: readonly Facts[]): Identity[] {
  const appearances: (Appearance & { quotes: number })[] = [];
  for (const facts of articles) {
    const counts = new Map<string, number>();
    for (const q of facts.quotes) if (q.speakerId && q.kind !== "scare") bump(counts, q.speakerId);
    for (const person of facts.people) {
      const quotes = counts.get(person.id);
      if (quotes) appearances.push({ articleId: facts.id, person, quotes });
    }
  }
  const keys = identityKeys(appearances);
  const byKey = new Map<string, Identity>();
  appearances.forEach((a, i) => {
    add(
      slot(byKey, keys[i]!, () => newIdentity(a.person)),
      a,
    );
  });
  return [...byKey.values()];
}

function newIdentity(person: Person): Identity {
  return {
    kind: sourceKind(person),
    names: new Map(),
    titles: new Map(),
    genders: new Set(),
    quotes: 0,
    articles: new Set(),
  };
}

function add(id: Identity, a: Appearance & { quotes: number }): void {
  bump(id.names, a.person.name);
  // "Prime Minister" and "prime minister" are one title, shown as most often written.
  if (a.person.title) {
    const forms = slot(id.titles, a.person.title.toLowerCase(), () => new Map<string, number>());
    bump(forms, a.person.title);
  }
  if (a.person.gender) id.genders.add(a.person.gender);
  id.quotes += a.quotes;
  id.articles.add(a.articleId);
}

/** Stated the same way wherever stated; articles that disagree state nothing certain. */
function genderLabel(genders: ReadonlySet<string>): GenderLabel {
  if (genders.size !== 1) return "notStated";
  return genders.has("f") ? "woman" : "man";
}

/** The fullest of the names used for them ("John Kelly" over "Mr Kelly"), ties to the most used. */
function nameOf(id: Identity): string {
  const fullness = (name: string) => {
    const words = name.toLowerCase().split(" ");
    return words.length - (COURTESY.has(words[0]!) ? 1 : 0);
  };
  return [...id.names].sort((a, b) => fullness(b[0]) - fullness(a[0]) || b[1] - a[1])[0]![0];
}

/** At most three titles, most used first, each as it was most often written. */
function titlesOf(id: Identity): string[] {
  const total = (forms: ReadonlyMap<string, number>) => [...forms.values()].reduce((a, b) => a + b, 0);
  return [...id.titles.values()]
    .sort((a, b) => total(b) - total(a))
    .slice(0, 3)
    .map((forms) => [...forms].sort((a, b) => b[1] - a[1])[0]![0]);
}

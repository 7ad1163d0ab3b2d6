/**
 * The archive's people as identities (see `identity.ts`): found by any name they go by, misspelled
 * or not, with their quotes across every article, newest first.
 */
import type { Facts, Person, QuoteKind } from "../article/facts.ts";
import type { Identity } from "./identity.ts";
import { askedNameWords, type PersonHit } from "./name-index.ts";
import { bearerWords, NOT_NAME_WORDS, spellsLike } from "./names.ts";
import type { ArticleRef } from "./types.ts";

/** What the directory reads from the index. */
export interface DirectorySource {
  findPeople(text: string): PersonHit[];
  facts(article: string): Facts | undefined;
  ref(article: string): ArticleRef | undefined;
}

/** One quote of an identity, where it was published. */
export interface ArchiveQuote {
  text: string;
  kind: QuoteKind;
  paragraph: number;
  /** The name and title the article gives them. */
  speaker: string;
  title: string | null;
  article: ArticleRef;
}

export interface IdentityHit {
  identity: Identity;
  /** How well the asked name matched, in [0, 1]. */
  score: number;
}

/** A name must match this well to find someone. */
const MIN_SCORE = 0.6;
/** Other people of the same name offered beside the one listed. */
const MAX_NAMESAKES = 3;

export class PeopleDirectory {
  private readonly byMention = new Map<string, Identity>();

  constructor(
    readonly identities: readonly Identity[],
    private readonly source: DirectorySource,
  ) {
    for (const identity of identities)
      for (const m of identity.mentions) this.byMention.set(mentionKey(m.article, m.personId), identity);
  }

  /** The identity of a person of an article. */
  of(article: string, personId: string): Identity | undefined {
    return this.byMention.get(mentionKey(article, personId));
  }

  /**
   * The identities a name may mean, best match first, then the most quoted: "Kelly" finds every
   * Kelly, those of that surname first; "John Kelly" him first.
   */
  find(name: string): IdentityHit[] {
    const asked = askedNameWords(name);
    const best = new Map<Identity, number>();
    for (const hit of this.source.findPeople(name)) {
      const score = hit.score * namingFit(asked, hit.person);
      if (score < MIN_SCORE) continue;
      const identity = this.of(hit.article, hit.person.id);
      if (identity && score > (best.get(identity) ?? 0)) best.set(identity, score);
    }
    return [...best]
      .map(([identity, score]) => ({ identity, score }))
      .sort((a, b) => b.score - a.score || b.identity.quotes - a.identity.quotes);
  }

  /**
   * Who a name means for a listing of one person's quotes: the best match, and the other quoted
   * people it matches as well ("Kelly": Megyn Kelly, and Ruth Kelly and John Kelly beside her), at
   * most `MAX_NAMESAKES`, for the reader to ask again by full name.
   */
  person(name: string): { found: IdentityHit; namesakes: Identity[] } | null {
    const [found, ...rest] = this.find(name);
    if (!found) return null;
    const namesakes = rest
      .filter((h) => h.score >= found.score && h.identity.quotes > 0)
      .slice(0, MAX_NAMESAKES)
      .map((h) => h.identity);
    return { found, namesakes };
  }

  /** The articles that name an identity, newest first (undated last). */
  articles(identity: Identity): ArticleRef[] {
    const ids = [...new Set(identity.mentions.map((m) => m.article))];
    return ids
      .map((id) => this.source.ref(id)!)
      .filter(Boolean)
      .sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || a.id.localeCompare(b.id));
  }

  /**
   * Their attributed quotes, newest article first and in document order within one, from `offset`
   * for at most `limit`: only the articles needed for that page are read.
   */
  quotes(identity: Identity, offset = 0, limit = Number.POSITIVE_INFINITY): ArchiveQuote[] {
    const out: ArchiveQuote[] = [];
    let skipped = 0;
    for (const article of this.articles(identity)) {
      const facts = this.source.facts(article.id);
      if (!facts) continue;
      const people = new Map(facts.people.map((p) => [p.id, p]));
      const theirs = new Set(
        identity.mentions.filter((m) => m.article === article.id).map((m) => m.personId),
      );
      for (const q of facts.quotes) {
        if (!q.speakerId || !theirs.has(q.speakerId)) continue;
        if (skipped++ < offset) continue;
        const person = people.get(q.speakerId)!;
        out.push({
          text: q.text,
          kind: q.kind,
          paragraph: q.paragraph,
          speaker: person.name,
          title: person.title,
          article,
        });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}

/** A name asked for that is only someone's first name: "Kelly" is Ruth Kelly before Kelly Holmes. */
const FIRST_NAME_ONLY = 0.9;
/**
 * A name asked for that stands only inside a description of someone else ("one Clinton aide", "Mr
 * Blair's official spokesman", "the Clinton campaign"): below `MIN_SCORE`, so found by no name alone.
 */
const INSIDE_DESCRIPTION = 0.5;

/**
 * How the asked name's words stand in a person's names: as a surname (the last word of a name of
 * two words or more), as another word of their own name, or only inside a description of them.
 */
function namingFit(asked: readonly string[], person: Person): number {
  const forms = [person.name, ...person.aliases].map(ownWords);
  let own = false;
  for (const word of asked) {
    for (const form of forms) {
      const at = form.findIndex((w) => spellsLike(word, w));
      if (at < 0) continue;
      if (form.length > 1 && at === form.length - 1) return 1;
      own = true;
    }
  }
  return own ? FIRST_NAME_ONLY : INSIDE_DESCRIPTION;
}

/**
 * A name's words that are its bearer's: after a possessive ("Mr Blair's official spokesman" →
 * official spokesman), before a preposition that names another ("adviser to Bill Clinton"), only the
 * head noun of a description ("one Clinton aide" → aide), and no titles ("Sen.", "Mr").
 */
function ownWords(name: string): string[] {
  const owned = name.split(/['’]s?\s/).at(-1)!;
  const words = bearerWords(owned).filter((w) => !NOT_NAME_WORDS.has(w));
  return /^\p{Ll}/u.test(owned) ? words.slice(-1) : words;
}

function mentionKey(article: string, personId: string): string {
  return `${article}\u0000${personId}`;
}

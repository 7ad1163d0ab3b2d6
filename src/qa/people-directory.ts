/**
 * The archive's people as identities (see `identity.ts`): found by any name they go by, misspelled
 * or not, with their quotes across every article, newest first.
 */
import type { Facts, QuoteKind } from "../article/facts.ts";
import type { Identity } from "./identity.ts";
import type { PersonHit } from "./name-index.ts";
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
   * Kelly, "John Kelly" him first.
   */
  find(name: string): IdentityHit[] {
    const best = new Map<Identity, number>();
    for (const hit of this.source.findPeople(name)) {
      if (hit.score < MIN_SCORE) continue;
      const identity = this.of(hit.article, hit.person.id);
      if (identity && hit.score > (best.get(identity) ?? 0)) best.set(identity, hit.score);
    }
    return [...best]
      .map(([identity, score]) => ({ identity, score }))
      .sort((a, b) => b.score - a.score || b.identity.quotes - a.identity.quotes);
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

function mentionKey(article: string, personId: string): string {
  return `${article}\u0000${personId}`;
}

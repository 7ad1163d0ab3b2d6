/**
 * What an article is about, as search terms: its headline, its lede and the names of the people it
 * quotes most. A question about an article's own subject is more likely meant for it than for one
 * that mentions the same words in passing.
 */
import type { ArchiveIndex, ArticleOutline } from "./index.ts";
import { terms } from "./terms.ts";
import type { ArticleRef } from "./types.ts";

/** The lede: the body's first sentences. */
const LEDE_SENTENCES = 2;
/** The people most quoted. */
const MAIN_SPEAKERS = 3;

/** Per article (its ref is new each time it is added), its subject's terms. */
const SUBJECTS = new WeakMap<ArticleRef, Set<string>>();

/** The terms of an article's subject. */
function subjectTerms({ headline, lede, people, quoted }: ArticleOutline): Set<string> {
  const main = [...quoted]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAIN_SPEAKERS)
    .map(([id]) => people.find((p) => p.id === id))
    .flatMap((p) => (p ? [p.name, ...p.aliases] : []));
  return new Set(terms([headline, ...lede, ...main].join(" ")));
}

/**
 * The line that says what an article is about: its headline, else its first sentence (a headline the
 * parser did not tell apart, ending in a full stop, or copy without one, whose lede then says it).
 */
export function headlineOf(index: ArchiveIndex, article: string): string {
  const ref = index.ref(article);
  if (!ref) return "";
  return ref.headline !== ref.id ? ref.headline : (index.outline(article, 1)?.lede[0] ?? "");
}

/** The IDF-weighted share of `wanted` (question terms) in the article's subject, in [0, 1]. */
export function articleSubject(index: ArchiveIndex, article: string, wanted: ReadonlySet<string>): number {
  const ref = index.ref(article);
  if (!ref || wanted.size === 0) return 0;
  let subject = SUBJECTS.get(ref);
  if (!subject) {
    // An article whose headline was not told apart (a first line ending in a full stop) starts
    // with it: its lede is the sentences after it.
    const headed = ref.headline !== ref.id;
    subject = subjectTerms(index.outline(article, LEDE_SENTENCES + (headed ? 0 : 1))!);
    SUBJECTS.set(ref, subject);
  }
  let total = 0;
  let found = 0;
  for (const term of wanted) {
    const weight = index.idf(term);
    total += weight;
    if (subject.has(term)) found += weight;
  }
  return total > 0 ? found / total : 0;
}

/**
 * The most `articleSubject` can give for `wanted`: 1, a share, when every word's weight (IDF) is
 * non-negative (it is unless removed articles outnumber a word's live ones); else unbounded.
 */
export function subjectBound(index: ArchiveIndex, wanted: ReadonlySet<string>): number {
  for (const term of wanted) if (index.idf(term) < 0) return Number.POSITIVE_INFINITY;
  return 1;
}

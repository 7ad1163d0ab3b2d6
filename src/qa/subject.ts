/**
 * What an article is about, as search terms: its headline, its lede and the names of the people it
 * quotes most. A question about an article's own subject is more likely meant for it than for one
 * that mentions the same words in passing.
 */
import type { Facts } from "../article/facts.ts";
import type { ArchiveIndex } from "./index.ts";
import { terms } from "./terms.ts";

/** The lede: the body's first sentences. */
const LEDE_SENTENCES = 2;
/** The people most quoted. */
const MAIN_SPEAKERS = 3;

const SUBJECTS = new WeakMap<Facts, Set<string>>();

/** The terms of an article's subject, worked out once per article. */
function subjectTerms(facts: Facts): Set<string> {
  let found = SUBJECTS.get(facts);
  if (!found) {
    const counts = new Map<string, number>();
    for (const q of facts.quotes)
      if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
    const main = [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAIN_SPEAKERS)
      .map(([id]) => facts.people.find((p) => p.id === id))
      .flatMap((p) => (p ? [p.name, ...p.aliases] : []));
    const lede = facts.sentences.slice(0, LEDE_SENTENCES).map((s) => s.text);
    found = new Set(terms([facts.metadata.headline, ...lede, ...main].join(" ")));
    SUBJECTS.set(facts, found);
  }
  return found;
}

/** The IDF-weighted share of `wanted` (question terms) in the article's subject, in [0, 1]. */
export function articleSubject(index: ArchiveIndex, article: string, wanted: ReadonlySet<string>): number {
  const facts = index.facts(article);
  if (!facts || wanted.size === 0) return 0;
  const subject = subjectTerms(facts);
  let total = 0;
  let found = 0;
  for (const term of wanted) {
    const weight = index.idf(term);
    total += weight;
    if (subject.has(term)) found += weight;
  }
  return total > 0 ? found / total : 0;
}

/**
 * Claims for timing `/verify`: from the attributed quotes of a few loaded articles, one claim of each
 * kind the verifier tells apart (the quote as printed, with a word changed, given to someone else, and
 * words nobody said), each with the verdict expected of it.
 */
import type { Facts } from "../src/article/facts.ts";
import type { Verdict } from "../src/verify/verify.ts";

export interface BenchClaim {
  quote: string;
  speaker: string;
  expect: Verdict;
}

const MIN_WORDS = 6;
const UNSAID = [
  "The committee will publish every minute of its private meetings before the summer recess",
  "Nobody in this building has ever seen a budget balanced by wishful thinking alone",
  "We intend to sell the harbour to a foreign consortium by the end of the decade",
];

/** Up to four claims about one article's first long attributed quote. */
export function claimsFor(facts: Facts, n: number): BenchClaim[] {
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const quote = facts.quotes.find((q) => q.speakerId && q.text.split(/\s+/).length >= MIN_WORDS);
  if (!quote) return [];
  const speaker = people.get(quote.speakerId!)!;
  const surname = speaker.name.split(/\s+/).at(-1)!;
  const words = quote.text.trim().split(/\s+/);
  const changed = [...words];
  const at = Math.floor(words.length / 2);
  changed[at] = changed[at]!.toLowerCase() === "fortune" ? "luck" : "fortune";
  const claims: BenchClaim[] = [
    { quote: quote.text, speaker: surname, expect: "exact" },
    { quote: changed.join(" "), speaker: speaker.name, expect: "altered" },
    { quote: UNSAID[n % UNSAID.length]!, speaker: surname, expect: "not_found" },
  ];
  const other = facts.quotes
    .map((q) => (q.speakerId ? people.get(q.speakerId) : undefined))
    .find((p) => p && p.kind === "person" && p.id !== speaker.id && !p.name.includes(surname));
  if (other) claims.push({ quote: quote.text, speaker: other.name, expect: "misattributed" });
  return claims;
}

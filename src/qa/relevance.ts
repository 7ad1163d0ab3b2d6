/**
 * Per-article passage scoring: how much of a question's topic a passage of one article is about,
 * for "what did X say about Y", where X's own passages are few and Y is often said in other words.
 *
 * Each topic word stands for itself (its stem), its misspelling's corrections, and its WordNet
 * synonyms and related forms ("fitness" → "unfit" via "fit", "armed forces" → "military"). Each
 * counts by how rare it is in the article (a word on every line of a Trump story says little about
 * which Trump quote is meant), and a word the article never uses counts as much as a rare one: a
 * question about something the article does not cover must not be answered from one shared word.
 * A passage is matched by its own words first, then its sentence, then the rest of its paragraph
 * and the sentence before it, each counting less.
 */
import { isDictionaryWord } from "../article/dictionary.ts";
import type { Facts } from "../article/facts.ts";
import type { Passage, QueryTerm } from "./index.ts";
import { negativeForms, positiveForms, qualityForms } from "./qualities.ts";
import { kinOf, synonymsOf } from "./synonyms.ts";
import { isStopword, stem, terms, words } from "./terms.ts";

/** How much a match counts by where it is: in the passage, its sentence, around it. */
const OWN = 1;
const SENTENCE = 0.85;
const AROUND = 0.5;
/** How much a synonym or related form counts as the word itself. */
const SYNONYM = 0.7;
/** How much a broader, narrower or sibling word ("jail" for "prison") counts as the word itself. */
const KIN = 0.3;
/** A word the article never uses counts as one found in this many of its sentences. */
const ABSENT_DF = 1;
/** Nouns a question frames its topic with: "about the odds of overturning the veto". */
const FRAME_NOUNS = new Set(
  words(`odds chance chances likelihood possibility prospect prospects probability quality state
  status future idea notion question issue matter subject topic role importance significance impact
  effect effects consequences implications handling way manner extent level degree nature timing
  wisdom merits motive motives reasons reasoning intention intentions motivation motivations
  performance stance position views opinion opinions thoughts feelings attitude approach outlook`),
);

/** One question word and the forms that stand for it (a form of two stems is a phrase). */
export interface TopicTerm {
  word: string;
  forms: Map<string, number>;
  /**
   * When the word modifies the next one in a compound WordNet knows ("estate tax", "minimum wage"):
   * the compound's two stems and its synonyms. The word means something else on its own ("real
   * estate"), so it counts only in an article that writes the compound or one of its synonyms, or
   * the word on its own beside a form of the next ("mining coal" for "coal miners").
   */
  compound?: readonly string[];
  /** The single-stem forms of the word the compound's modifier modifies ("miner", "mine"). */
  head?: readonly string[];
  /**
   * The word split in two ("homeschoolers" → "home schooler"), for copy that writes it apart or with
   * a hyphen: each a form of the word only where an article writes the two side by side.
   */
  split?: ReadonlySet<string>;
  /**
   * A word that frames the topic rather than names it: "the odds of …", "the quality of …", "how
   * soon …", "the Republicans' motives", the act in "witnesses ignoring subpoenas". Reporters ask in those words and copy rarely writes them, so one the article never uses
   * says nothing about whether it covers the topic.
   */
  frame?: boolean;
}

interface ArticleTerms {
  sentences: Set<string>[];
  df: Map<string, number>;
  /** Every two adjacent terms of a sentence, joined by a space ("real estat", "estat tax"). */
  pairs: Set<string>;
  /** Each sentence's terms in order. */
  sequences: string[][];
}

const CACHE = new WeakMap<Facts, ArticleTerms>();

function articleTerms(facts: Facts): ArticleTerms {
  let found = CACHE.get(facts);
  if (!found) {
    const sequences = facts.sentences.map((s) => terms(s.text));
    const sentences = sequences.map((list) => new Set(list));
    const df = new Map<string, number>();
    for (const set of sentences) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
    const pairs = new Set<string>();
    for (const list of sequences)
      for (let i = 0; i + 1 < list.length; i++) pairs.add(`${list[i]} ${list[i + 1]}`);
    found = { sentences, df, pairs, sequences };
    CACHE.set(facts, found);
  }
  return found;
}

/**
 * The forms of each topic word: its corrections (`expand`, from the index's vocabulary), their
 * synonyms, and the synonyms of the two-word phrase it starts or ends. A phrase is two topic words
 * next to each other in `asked`, the text they come from ("bank that can't be run" holds no "bank run").
 */
export function topicTerms(
  topic: readonly string[],
  expand: (word: string) => QueryTerm[],
  asked?: string,
): TopicTerm[] {
  const out: TopicTerm[] = topic.map((word) => {
    const forms = new Map<string, number>();
    const add = (form: string, weight: number) => forms.set(form, Math.max(forms.get(form) ?? 0, weight));
    // The word stands for itself even where the archive only has a longer word ("prison" / "prisoner").
    const own = stem(word);
    add(own, 1);
    for (const base of [own, ...silentEBase(word, own)]) {
      for (const s of synonymsOf(base)) add(s, SYNONYM);
      for (const s of kinOf(base)) add(s, KIN);
    }
    for (const q of expand(word)) {
      add(q.stem, q.weight);
      for (const s of synonymsOf(q.stem)) add(s, q.weight * SYNONYM);
      for (const s of kinOf(q.stem)) add(s, q.weight * KIN);
    }
    const split = splitForms(word);
    for (const form of split) add(form, 1);
    return split.size > 0 ? { word, forms, split } : { word, forms };
  });
  const said = asked === undefined ? null : ` ${words(asked).join(" ")} `;
  if (said !== null) for (const term of out) addNegatedForms(term, said);
  for (const term of out) term.frame = said !== null && framed(term.word, said, asked!);
  for (let i = 0; i + 1 < topic.length; i++) {
    if (said && !said.includes(` ${topic[i]} ${topic[i + 1]} `)) continue;
    const pair = `${stem(topic[i]!)} ${stem(topic[i + 1]!)}`;
    const synonyms = synonymsOf(pair);
    if (synonyms.length > 0 || kinOf(pair).length > 0) {
      out[i]!.compound = [pair, ...synonyms];
      // The head's word family, two steps out: "miner" → "mine" → "mining".
      const near = [...out[i + 1]!.forms]
        .filter(([f, w]) => w >= SYNONYM && !f.includes(" "))
        .map(([f]) => f);
      out[i]!.head = [...new Set([...near, ...near.flatMap((f) => synonymsOf(f))])].filter(
        (f) => !f.includes(" "),
      );
    }
    for (const s of synonyms) {
      for (const t of [out[i]!, out[i + 1]!]) t.forms.set(s, Math.max(t.forms.get(s) ?? 0, SYNONYM));
    }
  }
  return out;
}

/**
 * "loved" → "love": a short verb's past, which the stemmer keeps whole because it is as often an
 * adjective of its own ("based" is not "base"), brings the verb's senses when the form without its
 * "e" is no word ("enjoyed" for "loved"). Only for a question's words, not for the copy's.
 */
function silentEBase(word: string, own: string): string[] {
  if (own !== word || !/^[a-z]{3}ed$/.test(word)) return [];
  const rest = word.slice(0, -2);
  return !isDictionaryWord(rest) && isDictionaryWord(`${rest}e`) ? [`${rest}e`] : [];
}

/** A word's two halves of three letters or more, as two stems: "homeschoolers" → "home schooler", … */
function splitForms(word: string): Set<string> {
  const out = new Set<string>();
  if (word.length < 7 || !/^[a-z]+$/.test(word)) return out;
  for (let i = 3; i <= word.length - 3; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (!isStopword(a) && !isStopword(b)) out.add(`${stem(a)} ${stem(b)}`);
  }
  return out;
}

/** Words that negate the word after them, or the one after that ("isn't fit", "not as wealthy"). */
const NEGATION =
  /^(?:not|never|no|cannot|\w+n't|(?:is|are|was|were|do|does|did|ca|wo|would|should|could|has|have|had)nt)$/;
/**
 * A word the question negates is met by its negative form: "isn't fit to lead" is what copy writes
 * "unfit to lead", "not fair" is "unfair", "doesn't trust" is "distrust". So is a quality asked by
 * its name (`qualities.ts`): copy answers "the fairness of the tax code" with "the unfairness of the
 * tax laws", "his honesty" with "dishonest".
 */
function addNegatedForms(term: TopicTerm, said: string): void {
  const list = said.trim().split(" ");
  const negated = list.some(
    (w, i) => w === term.word && [list[i - 1], list[i - 2]].some((n) => n !== undefined && NEGATION.test(n)),
  );
  const bases = negated ? [term.word] : qualityForms(term.word);
  for (const form of [...bases.flatMap(negativeForms), ...positiveForms(term.word)].map(stem))
    term.forms.set(form, Math.max(term.forms.get(form) ?? 0, SYNONYM));
}

/**
 * Whether a word of the question frames its topic rather than names it (`TopicTerm.frame`): a
 * frame noun before "of" or after someone's ("the odds of …", "the Republicans' motives"), a word
 * after "how" ("how soon …"), or the reporter's participle for the act.
 */
export function framesTopic(word: string, asked: string): boolean {
  return framed(word, ` ${words(asked).join(" ")} `, asked);
}

/** `framesTopic` with the question's words, spaced (` the odds of … `), already at hand. */
function framed(word: string, said: string, asked: string): boolean {
  return (
    (FRAME_NOUNS.has(word) && (said.includes(` ${word} of `) || possessed(word, asked))) ||
    said.includes(` how ${word} `) ||
    describesAct(word, said)
  );
}

/** Whether the question writes a word as someone's ("the Republicans' motives": their motives). */
function possessed(word: string, asked: string): boolean {
  return new RegExp(`[\\p{L}\\p{N}](?:['’]s|s['’])\\s+${word}\\b`, "iu").test(asked);
}

/**
 * Words before which an "-ing" word is a noun or the act asked about itself ("the shooting", "her
 * meeting", "about raising the minimum wage"), or a negated act, which is the point of the question
 * ("not obeying her").
 */
const NOT_A_PARTICIPLE = new Set(
  words("about the a an his her their its our my your of to for on in this that not never no"),
);

/**
 * Whether a word is a participle telling what someone did, between its doer and what they did it
 * to ("witnesses ignoring subpoenas", "Oz ignoring inconvenient evidence"): the reporter's word for
 * the act, which the words quoted seldom use ("Subpoenas are not optional"); not a noun at the end
 * ("the Tulsa shooting").
 */
function describesAct(word: string, said: string): boolean {
  if (!/^[a-z]{3,}ing$/.test(word)) return false;
  const list = said.trim().split(" ");
  return list.some(
    (w, i) => w === word && i > 0 && i + 1 < list.length && !NOT_A_PARTICIPLE.has(list[i - 1]!),
  );
}

/**
 * Whether a compound's modifier stands for nothing in this article: it never writes the compound,
 * nor the modifier on its own in a sentence with a form of the word it modifies ("mining coal" for
 * "coal miners"); inside another compound it means something else ("real estate" for "estate tax").
 */
function loose(term: TopicTerm, article: ArticleTerms): boolean {
  if (term.compound === undefined) return false;
  const cached = LOOSE.get(term);
  if (cached?.article === article) return cached.loose;
  const written = term.compound.some((form) => article.pairs.has(form) || article.df.has(form));
  const result = !written && !writtenApart(term.compound[0]!.split(" ")[0]!, term.head ?? [], article);
  LOOSE.set(term, { article, loose: result });
  return result;
}

const LOOSE = new WeakMap<TopicTerm, { article: ArticleTerms; loose: boolean }>();

/** Whether a sentence holds a term outside any compound WordNet knows, and one of `head`'s forms. */
function writtenApart(modifier: string, head: readonly string[], article: ArticleTerms): boolean {
  const compound = (pair: string) => synonymsOf(pair).length > 0 || kinOf(pair).length > 0;
  return article.sequences.some(
    (list, s) =>
      head.some((form) => form !== modifier && article.sentences[s]!.has(form)) &&
      list.some(
        (t, i) =>
          t === modifier &&
          !(i > 0 && compound(`${list[i - 1]} ${t}`)) &&
          !(i + 1 < list.length && compound(`${t} ${list[i + 1]}`)),
      ),
  );
}

/** A topic word's weight in an article: rarer words say more about which passage is meant. */
function weightOf(term: TopicTerm, article: ArticleTerms): number {
  if (term.frame && !usedForms(term, article).some((form) => form.weight >= SYNONYM)) return 0;
  const df = loose(term, article) ? 0 : mainDf(term, article);
  const n = article.sentences.length;
  return Math.log(1 + n / (Math.max(df, ABSENT_DF) + 0.5));
}

/** A form of a topic word that the article uses, split into its stems, with its weight. */
interface UsedForm {
  parts: readonly string[];
  weight: number;
}

const USED = new WeakMap<TopicTerm, { article: ArticleTerms; forms: UsedForm[] }>();

/**
 * The forms of a term whose every stem the article uses, heaviest first: a word's synonyms and kin
 * run to hundreds, and an article uses few of them, so each passage is checked for those few.
 */
function usedForms(term: TopicTerm, article: ArticleTerms): UsedForm[] {
  const cached = USED.get(term);
  if (cached?.article === article) return cached.forms;
  const forms: UsedForm[] = [];
  for (const [form, weight] of term.forms) {
    const parts = form.split(" ");
    if (term.split?.has(form) && !article.pairs.has(form)) continue;
    if (parts.every((part) => article.df.has(part))) forms.push({ parts, weight });
  }
  forms.sort((a, b) => b.weight - a.weight);
  USED.set(term, { article, forms });
  return forms;
}

function holds(set: Set<string>, parts: readonly string[]): boolean {
  for (const part of parts) if (!set.has(part)) return false;
  return true;
}

/** Whether the article uses a search term (a stem) anywhere. */
export function usesTerm(facts: Facts, term: string): boolean {
  return articleTerms(facts).df.has(term);
}

/** The share of the topic's weight that the article uses anywhere (with synonyms), or gives a value of. */
export function articleCoverage(facts: Facts, topic: readonly TopicTerm[], valued?: TopicTerm): number {
  const article = articleTerms(facts);
  let total = 0;
  let found = 0;
  for (const term of topic) {
    const weight = weightOf(term, article);
    total += weight;
    if (term === valued) found += weight;
    if (term === valued || loose(term, article)) continue;
    // Heaviest first: the first form some sentence holds whole is the best.
    const used = usedForms(term, article).find(
      (form) => form.parts.length === 1 || article.sentences.some((set) => holds(set, form.parts)),
    );
    found += weight * (used?.weight ?? 0);
  }
  return total > 0 ? found / total : 1;
}

/**
 * "What did X say about Y" is not answered by X's best passage when the article uses this share of
 * Y's weight, and this many of its rare words, only away from it. Set on the written probes: four
 * unanswerable questions and four wrong answers declined there, no right answer lost.
 */
const ELSEWHERE_SHARE = 0.75;
const ELSEWHERE_RARE = 2;

/**
 * "What did Trump say about Jeb Bush calling him a jerk?": the article tells of most of it, in words
 * it uses once or twice, but none of them near Trump's words: he did not speak of it.
 */
export function toldOnlyElsewhere(facts: Facts, passage: Passage, topic: readonly TopicTerm[]): boolean {
  const { share, rare } = spokenElsewhere(facts, passage, topic);
  return share >= ELSEWHERE_SHARE && rare >= ELSEWHERE_RARE;
}

/**
 * How much of a topic the article speaks of only away from a passage: the share of the topic's weight
 * in words the article uses but not in or around the passage, and how many of those the article
 * uses once or twice (a name, an event: "Walter Reed", "sexism"). Asked what X said about Y, an
 * article that speaks of Y, but not where X speaks, says X did not speak of it.
 */
function spokenElsewhere(
  facts: Facts,
  passage: Passage,
  topic: readonly TopicTerm[],
): { share: number; rare: number } {
  const article = articleTerms(facts);
  let total = 0;
  let away = 0;
  let rare = 0;
  for (const term of topic) {
    const weight = weightOf(term, article);
    total += weight;
    const df = mainDf(term, article);
    if (loose(term, article) || df === 0 || relevance(facts, passage, [term]).score > 0) continue;
    away += weight;
    if (!term.frame && df <= RARE_DF) rare++;
  }
  return { share: total > 0 ? away / total : 0, rare };
}

/** A word the article uses in at most this many sentences is rare in it. */
const RARE_DF = 2;

/** In how many sentences the article uses the word itself or a near form of it (0: at most its kin). */
function mainDf(term: TopicTerm, article: ArticleTerms): number {
  let df = 0;
  for (const [form, w] of term.forms) if (w >= 0.75) df = Math.max(df, article.df.get(form) ?? 0);
  return df;
}

/** How much of a topic a passage covers, in [0, 1]: with its context, and in its own words alone. */
export interface Relevance {
  score: number;
  own: number;
  /** The score from the words themselves, their corrections and synonyms: kin left out. */
  firm: number;
}

/**
 * The share of the topic a passage covers, weighing each word by its rarity in the article. A term
 * the passage answers with a value (`valued`: "$249" for "the price of") counts as written in it.
 */
export function relevance(
  facts: Facts,
  passage: Passage,
  topic: readonly TopicTerm[],
  valued?: TopicTerm,
): Relevance {
  const article = articleTerms(facts);
  const own = ownTerms(passage);
  const sentence = article.sentences[passage.sentence] ?? own;
  const around = aroundOf(facts, passage.sentence, article);
  let total = 0;
  let matched = 0;
  let matchedOwn = 0;
  let matchedFirm = 0;
  for (const term of topic) {
    const weight = weightOf(term, article);
    total += weight;
    if (term === valued) {
      matched += weight;
      matchedOwn += weight;
      matchedFirm += weight;
      continue;
    }
    if (loose(term, article)) continue;
    let best = 0;
    let bestOwn = 0;
    let bestFirm = 0;
    for (const { parts, weight: w } of usedForms(term, article)) {
      const where = holds(own, parts)
        ? OWN
        : holds(sentence, parts)
          ? SENTENCE
          : around.some((set) => holds(set, parts))
            ? AROUND
            : 0;
      best = Math.max(best, w * where);
      if (where === OWN) bestOwn = Math.max(bestOwn, w);
      if (w > KIN) bestFirm = Math.max(bestFirm, w * where);
    }
    matched += weight * best;
    matchedOwn += weight * bestOwn;
    matchedFirm += weight * bestFirm;
  }
  return total > 0
    ? { score: matched / total, own: matchedOwn / total, firm: matchedFirm / total }
    : { score: 0, own: 0, firm: 0 };
}

const OWN_TERMS = new WeakMap<Passage, Set<string>>();

function ownTerms(passage: Passage): Set<string> {
  let found = OWN_TERMS.get(passage);
  if (!found) {
    found = new Set(terms(passage.text));
    OWN_TERMS.set(passage, found);
  }
  return found;
}

/** The terms of the sentences around sentence `index`: the rest of its paragraph and the one before. */
function aroundOf(facts: Facts, index: number, article: ArticleTerms): Set<string>[] {
  const paragraph = facts.sentences[index]?.paragraph;
  const out: Set<string>[] = [];
  for (let i = index - 1; i >= 0 && (i === index - 1 || facts.sentences[i]!.paragraph === paragraph); i--)
    out.push(article.sentences[i]!);
  for (let i = index + 1; i < facts.sentences.length && facts.sentences[i]!.paragraph === paragraph; i++)
    out.push(article.sentences[i]!);
  return out;
}

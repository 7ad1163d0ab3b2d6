/**
 * The people index: every word of every person's names and title, with the people (in their
 * articles) it belongs to, looked up exactly or, for misspellings, with fuse.js.
 */
import type { IFuseOptions } from "fuse.js";
import type { Person } from "../article/facts.ts";
import { slot } from "../maps.ts";
import { isRoleNoun } from "./described.ts";
import { FuzzyList } from "./fuzzy-list.ts";
import { titleInitials } from "./initials.ts";
import { bearerWords } from "./names.ts";
import { otherForms } from "./short-forms.ts";
import { isStopword, wordSimilarity, words } from "./terms.ts";

export interface PersonHit {
  article: string;
  person: Person;
  /** In [0, 1]: how much of the asked name matched. */
  score: number;
  /** The asked words that matched this person. */
  matched: string[];
}

interface Owner {
  article: string;
  person: Person;
  field: "name" | "title";
}

interface NameEntry {
  word: string;
  owners: Owner[];
  /** `owners` by article, made when first looked up within one article (see `ownersIn`). */
  byArticle?: Map<string, Owner[]>;
}

/** The name words in order, each with `ownerCounts` (article, person, field) triples in `owners`. */
export interface NamesImage {
  names: string[];
  ownerCounts: Int32Array;
  owners: Int32Array;
}

// Names are misspelled worse than words ("Blare", "Lweis"), and there are few names to confuse.
const NAME_THRESHOLD = 0.45;
// fuse.js finds the candidates; a true edit distance scores them, so "Eliott" is not "Prescott".
const MIN_NAME_SIMILARITY = 0.55;
/** How close a given name's other form ("Joe" for Joseph) counts: as a slight misspelling does. */
const OTHER_FORM = 0.9;
const NAME_FUSE: IFuseOptions<NameEntry> = { keys: ["word"], includeScore: true, threshold: NAME_THRESHOLD };
/**
 * Close spellings fuse.js proposes for a name word, before the edit distance judges them: an archive
 * holds many names near any misspelling ("blare": Clare, Blake, Blair).
 */
const FUZZY_CANDIDATES = 16;
/** Lookups remembered at most (a few questions' worth of words). */
export const MAX_REMEMBERED = 4096;
/** A title word counts for less than a name word: many people are "minister". */
const TITLE_WEIGHT = 0.6;
/** A title word that may abbreviate the role asked about ("sen" for "senator") matches for a little less. */
const ABBREVIATED = 0.9;
/** Words that make a title another office than the one it qualifies: a deputy, a former holder. */
const SUBORDINATE = new Set("deputy vice assistant shadow former junior acting ex".split(" "));
/**
 * Titles as copy abbreviates them before a name, spelled out: a question writes "Rep." where the copy
 * wrote "Representative", or the other way round. ("sec" is left out: the SEC is a body.)
 */
const TITLE_ABBREVIATIONS = new Map(
  Object.entries({
    sen: "senator",
    rep: "representative",
    gov: "governor",
    gen: "general",
    lt: "lieutenant",
    col: "colonel",
    maj: "major",
    capt: "captain",
    cmdr: "commander",
    adm: "admiral",
    sgt: "sergeant",
    cpl: "corporal",
    supt: "superintendent",
    insp: "inspector",
    det: "detective",
    atty: "attorney",
    amb: "ambassador",
    pres: "president",
    asst: "assistant",
    cllr: "councillor",
  }),
);

/** A match on a description that misses its head noun ("the Trump campaign" for its spokesman). */
const HEADLESS = 0.5;

/** A word with this many owners is looked up within one article through its owners by article. */
const MANY_OWNERS = 64;

/** Words that say nothing about who is meant ("the", "mr", "say"). */
const NAME_NOISE = new Set(
  "the a an of and mr mrs ms dr sir lord lady dame professor prof said say says what did does who is was about on for in to s".split(
    " ",
  ),
);

export class NameIndex {
  private readonly entries = new Map<string, NameEntry>();
  /** The name words, in insertion order; entries since deleted from `entries` are skipped. */
  private list = new FuzzyList<NameEntry>((e) => e.word, NAME_FUSE, NAME_THRESHOLD);
  /** Lookups already made: one question asks the same words of several articles. */
  private readonly looked = new Map<string, { entry: NameEntry; similarity: number }[]>();

  add(article: string, person: Person): void {
    this.looked.clear();
    this.addWords(article, person, [person.name, ...person.aliases].join(" "), "name");
    if (person.title) this.addWords(article, person, titleWithInitials(person.title), "title");
  }

  remove(article: string): void {
    this.looked.clear();
    for (const [word, entry] of this.entries) {
      entry.owners = entry.owners.filter((o) => o.article !== article);
      entry.byArticle = undefined;
      if (entry.owners.length === 0) this.entries.delete(word);
    }
  }

  /** People and speaking organisations whose name (or title) resembles `text`, best first. */
  find(text: string, article?: string): PersonHit[] {
    const asked = words(text).filter((w) => w.length > 1 && !NAME_NOISE.has(w));
    if (asked.length === 0) return [];
    // "the Vermont senator" asks by role: a title is what it names, and its head noun is essential.
    const head = descriptionHead(text);
    const titleWeight = head === null ? TITLE_WEIGHT : 1;
    // One entry per (article, person), in order of first match; keyed without building strings,
    // since a title word ("minister") can have thousands of owners.
    const byArticle = new Map<string, Map<Person, { hit: PersonHit; perWord: Map<string, number> }>>();
    const found: { hit: PersonHit; perWord: Map<string, number> }[] = [];
    /** Notes the entry's people (in scope) for the word; whether it had any. */
    const note = (word: string, entry: NameEntry, similarity: number, titleOnly = false): boolean => {
      let any = false;
      for (const owner of article === undefined ? entry.owners : ownersIn(entry, article)) {
        if (titleOnly && owner.field !== "title") continue;
        any = true;
        let people = byArticle.get(owner.article);
        if (!people) {
          people = new Map();
          byArticle.set(owner.article, people);
        }
        let match = people.get(owner.person);
        if (!match) {
          match = {
            hit: { article: owner.article, person: owner.person, score: 0, matched: [] },
            perWord: new Map(),
          };
          people.set(owner.person, match);
          found.push(match);
        }
        const value = owner.field === "name" ? similarity : similarity * titleWeight;
        match.perWord.set(word, Math.max(match.perWord.get(word) ?? 0, value));
      }
      return any;
    };
    for (const word of asked) {
      let any = false;
      for (const { entry, similarity } of this.lookup(word)) any = note(word, entry, similarity) || any;
      // A misspelt name may be someone else's name spelt right ("Ernest" for Earnest, "Clark" for
      // Clarke): across the archive close spellings count too (for less), and within one article
      // when it has no one by the word.
      if ((article === undefined || !any) && this.entries.has(word))
        for (const { entry, similarity } of this.closeTo(word)) note(word, entry, similarity);
      // …and the other way round: "Rep. Steve Israel" is "Representative Steve Israel" in the copy.
      const spelledOut = TITLE_ABBREVIATIONS.get(word);
      const full = spelledOut === undefined ? undefined : this.entries.get(spelledOut);
      if (full) note(word, full, 1, true);
      if (!isRoleNoun(word)) continue;
      // Titles are abbreviated in copy and not in questions: "Vermont Sen." is a Vermont senator.
      for (const short of [word.slice(0, 3), word.slice(0, 4)]) {
        const entry = word.length > short.length + 1 ? this.entries.get(short) : undefined;
        if (entry) note(word, entry, ABBREVIATED, true);
      }
      // A role is the same whoever holds it: "the DNC chair" is its chairwoman.
      for (const form of heldForms(word)) {
        const entry = this.entries.get(form);
        if (entry) note(word, entry, 1, true);
      }
    }
    return rankHits(found, head, asked.length);
  }

  /** The index as flat arrays, with articles and people numbered by the caller. */
  toImage(
    articleNumber: (id: string) => number,
    personNumber: (article: number, person: Person) => number,
  ): NamesImage {
    const entries = [...this.entries.values()];
    const ownerCounts = Int32Array.from(entries, (n) => n.owners.length);
    const owners = new Int32Array(ownerCounts.reduce((a, b) => a + b, 0) * 3);
    let o = 0;
    for (const entry of entries) {
      for (const owner of entry.owners) {
        const a = articleNumber(owner.article);
        owners[o++] = a;
        owners[o++] = personNumber(a, owner.person);
        owners[o++] = owner.field === "name" ? 0 : 1;
      }
    }
    return { names: entries.map((n) => n.word), ownerCounts, owners };
  }

  static fromImage(image: NamesImage, articles: readonly { id: string; people: Person[] }[]): NameIndex {
    const index = new NameIndex();
    let o = 0;
    image.names.forEach((word, i) => {
      const owners: Owner[] = [];
      for (let k = 0; k < image.ownerCounts[i]!; k++, o += 3) {
        const article = articles[image.owners[o]!]!;
        owners.push({
          article: article.id,
          person: article.people[image.owners[o + 1]!]!,
          field: image.owners[o + 2] === 0 ? "name" : "title",
        });
      }
      const entry = { word, owners };
      index.entries.set(word, entry);
      index.list.push(entry);
    });
    return index;
  }

  private lookup(word: string): { entry: NameEntry; similarity: number }[] {
    let found = this.looked.get(word);
    if (!found) {
      if (this.looked.size >= MAX_REMEMBERED) this.looked.clear();
      found = this.lookupNow(word);
      this.looked.set(word, found);
    }
    return found;
  }

  private lookupNow(word: string): { entry: NameEntry; similarity: number }[] {
    // "Joe Brown" for "Joseph Brown", "Jim Lewis" for "James A. Lewis": a given name's other forms.
    const forms = otherForms(word).flatMap((form) => {
      const entry = this.entries.get(form);
      return entry ? [{ entry, similarity: OTHER_FORM }] : [];
    });
    const exact = this.entries.get(word);
    if (exact) return [{ entry: exact, similarity: 1 }, ...forms];
    return [...forms, ...this.closeTo(word)];
  }

  /** Other name words spelt close to `word` (not itself), by their similarity. */
  private closeTo(word: string): { entry: NameEntry; similarity: number }[] {
    if (word.length < 4) return [];
    const key = `~${word}`;
    let found = this.looked.get(key);
    if (found) return found;
    // Entries of removed articles linger in the list until they outnumber the live ones.
    if (this.list.length > 2 * this.entries.size + 1024) {
      this.list = new FuzzyList<NameEntry>((e) => e.word, NAME_FUSE, NAME_THRESHOLD);
      for (const entry of this.entries.values()) this.list.push(entry);
    }
    found = this.list
      .search(word, FUZZY_CANDIDATES, (e) => this.entries.get(e.word) === e && e.word !== word)
      .map((h) => ({ entry: h.item, similarity: wordSimilarity(word, h.item.word) }))
      .filter((h) => h.similarity >= MIN_NAME_SIMILARITY);
    if (this.looked.size >= MAX_REMEMBERED) this.looked.clear();
    this.looked.set(key, found);
    return found;
  }

  private addWords(article: string, person: Person, text: string, field: "name" | "title"): void {
    for (const word of words(text)) {
      if (word.length < 2 || NAME_NOISE.has(word)) continue;
      let entry = this.entries.get(word);
      if (!entry) {
        entry = { word, owners: [] };
        this.entries.set(word, entry);
        this.list.push(entry);
      }
      // This article's owners are the last ones (it was removed before being added again), so the
      // check looks only there: a word like "minister" has thousands of owners.
      const { owners } = entry;
      let duplicate = false;
      for (let k = owners.length - 1; k >= 0 && owners[k]!.article === article; k--) {
        const o = owners[k]!;
        if (o.person.id === person.id && o.field === field) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) {
        owners.push({ article, person, field });
        entry.byArticle = undefined;
      }
    }
  }
}

/**
 * The owners of `entry` in `article`, in their order. A title word ("minister", "spokesman") has
 * thousands of owners, and each answer looks its article's people up in it: such a word's owners are
 * grouped by article once, on its first lookup within one.
 */
function ownersIn(entry: NameEntry, article: string): readonly Owner[] {
  if (entry.owners.length < MANY_OWNERS) return entry.owners.filter((o) => o.article === article);
  if (!entry.byArticle) {
    const byArticle = new Map<string, Owner[]>();
    for (const owner of entry.owners) slot(byArticle, owner.article, () => []).push(owner);
    entry.byArticle = byArticle;
  }
  return entry.byArticle.get(article) ?? [];
}

/**
 * The head noun of a description ("the Trump campaign spokesman" → spokesman, "the assistant leader
 * of the Democratic caucus" → leader, "Clinton's campaign chairman" → chairman), or null for a name.
 */
function descriptionHead(text: string): string | null {
  const owned = OWNED.exec(text)?.[1];
  if (!DESCRIPTION.test(text) && owned === undefined) return null;
  const head = bearerWords(owned ?? text.replace(DESCRIPTION, "")).at(-1);
  // "the National Audit Office report" names the office: only a role noun heads a description.
  return head !== undefined && isRoleNoun(head) ? head : null;
}
const DESCRIPTION = /^\s*(?:the|a|an)\s+/i;
/** "Clinton's campaign chairman": what an owner's role is called, after the owner. */
const OWNED = /^\s*[^\s'’]+(?:\s[^\s'’]+)*?['’]s?\s+(.+)$/;

/** The words of an asked name that say who is meant ("the", "mr", "say" left out). */
export function askedNameWords(text: string): string[] {
  return words(text).filter((w) => w.length > 1 && !NAME_NOISE.has(w));
}

/**
 * The share of the asked words that a person's name, aliases or title account for, each word by
 * its closest spelling. A name in someone's title that is another's ("Obama's deputy adviser") is
 * not theirs. Across an archive a partial match is someone else: "the Muslim Association of
 * Britain" is not "the Muslim Council of Britain".
 */
export function nameFit(asked: readonly string[], person: Person): number {
  if (asked.length === 0) return 0;
  const own = [person.name, ...person.aliases].flatMap(bearerWords);
  const title = person.title ? words(person.title.replace(/[\p{L}\p{N}.-]+['’]s?(?=\s|$)/gu, " ")) : [];
  let matched = 0;
  for (const word of asked) {
    const name = Math.max(0, ...own.map((w) => wordSimilarity(word, w)));
    if (name >= MIN_NAME_SIMILARITY || title.some((w) => sameTitleWord(w, word))) matched++;
  }
  return matched / asked.length;
}

/**
 * Scores each person found: the mean of the asked words' best matches, a little more for a whole
 * title, and less when the asked role's head noun is not among them; best first, none at zero.
 */
function rankHits(
  found: { hit: PersonHit; perWord: Map<string, number> }[],
  head: string | null,
  askedWords: number,
): PersonHit[] {
  const hits = found.map(({ hit, perWord }) => {
    // A plain loop: a common name's close spellings make thousands of hits per question.
    let total = 0;
    for (const value of perWord.values()) total += value;
    // "the president" names a title outright: a whole-title match outranks a partial one (a score
    // already whole needs no title looked up: a title word asked as a role finds thousands of people).
    const share = total / askedWords;
    const title = share < 1 ? titleWords(hit.person) : [];
    const wholeTitle = title.length > 0 && title.every((w) => heldWord(perWord, w)) ? 0.1 : 0;
    // (An honorific heads a description as a role, "the NYU business professor": the title must hold it.)
    const headless = head !== null && !perWord.has(head) && !honorificHeld(hit.person, head) ? HEADLESS : 1;
    // "the prime minister" is not the deputy prime minister, nor "the president" a vice president.
    const under = head !== null && titleWords(hit.person).some((w) => SUBORDINATE.has(w) && !perWord.has(w));
    return {
      article: hit.article,
      person: hit.person,
      score: Math.min(1, share + wholeTitle) * headless * (under ? HEADLESS : 1),
      matched: [...perWord.keys()],
    };
  });
  return hits.filter((h) => h.score > 0).sort((a, b) => b.score - a.score);
}

/** Whether a title word was asked, as written or abbreviated. */
function heldWord(perWord: ReadonlyMap<string, number>, word: string): boolean {
  if (perWord.has(word)) return true;
  for (const asked of perWord.keys()) if (sameTitleWord(asked, word)) return true;
  return false;
}

/** Whether two title words are one, written out or abbreviated ("sen" / "senator"). */
function sameTitleWord(a: string, b: string): boolean {
  return a === b || TITLE_ABBREVIATIONS.get(a) === b || TITLE_ABBREVIATIONS.get(b) === a;
}

/**
 * A title with the initials of the bodies it names, as a question calls them: "professor at New York
 * University's Stern School" is an "NYU" professor, and a run that ends in the role ("Republican
 * National Committee Chairman") gives its initials without it too: the RNC's chairman.
 */
function titleWithInitials(title: string): string {
  const initials = titleInitials(title)
    .filter(([, long]) => long.length > 0)
    .flatMap(([short, long]) =>
      isRoleNoun(long.at(-1)!) && long.length > 2 ? [short, short.slice(0, -1)] : [short],
    )
    .filter((short) => short.length >= 2 && !isStopword(short));
  return initials.length > 0 ? `${title} ${initials.join(" ")}` : title;
}

/** A role noun's forms for who holds it: "chair", "chairman", "chairwoman", "chairperson". */
function heldForms(role: string): string[] {
  const root = role.replace(/(?:wo)?man$|person$/, "");
  if (root.length < 3) return [];
  const forms = [`${root}man`, `${root}woman`, `${root}person`];
  return (isRoleNoun(root) ? [root, ...forms] : forms).filter((form) => form !== role);
}

/** Whether an honorific asked as a role ("professor", left out of names) is in the person's title. */
function honorificHeld(person: Person, head: string): boolean {
  return NAME_NOISE.has(head) && person.title !== null && words(person.title).includes(head);
}

const TITLE_WORDS = new WeakMap<Person, string[]>();

/** The words of a person's title that say who they are, worked out once per person. */
function titleWords(person: Person): string[] {
  let found = TITLE_WORDS.get(person);
  if (!found) {
    found = person.title ? words(person.title).filter((w) => !NAME_NOISE.has(w)) : [];
    TITLE_WORDS.set(person, found);
  }
  return found;
}

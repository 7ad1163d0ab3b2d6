/**
 * Who a question names, in the article asked about or across the archive: the people matched by
 * name or title, the quoted person a description fits ("the Massachusetts senator"), and the role
 * an owner nobody is called by stands for ("Mexico's president").
 */
import { isEnglishWord } from "../article/dictionary.ts";
import type { Facts, Person } from "../article/facts.ts";
import { describedPeople, speakerOf } from "./described.ts";
import type { ArchiveIndex, Passage, PersonHit } from "./index.ts";
import { initialsOf, isInitials, namedByInitials, respell, titleInitials, withoutSkips } from "./initials.ts";
import { misspells } from "./names.ts";
import { typedNames } from "./proper-words.ts";
import { isDescription } from "./question-frames.ts";
import { fold, words } from "./terms.ts";

/** A name must match at least this well (fuzzy, per word) to count as the person asked about. */
const MIN_PERSON_SCORE = 0.6;
/** A description ("the Massachusetts senator") names one quoted person when it fits them this much better. */
const MIN_DESCRIPTION_MARGIN = 0.2;
const DESCRIPTION = /^(?:the|a|an)\s/i;
/** A role asked of its owner: "Carlineo's lawyer", "Mary Steenburgen's son". */
const OWNED_ROLE = /^(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+['’]s?\s+\p{L}/iu;

/** A name of two or three words and where the person works: "jim lewis from csis", "ann lee at the fed". */
const AFFILIATED_NAME = /^(?!(?:the|a|an)\b)(\S+ \S+(?: \S+)?) (?:from|at|with) \S/;

export class AskedPeople {
  constructor(
    private readonly index: ArchiveIndex,
    private readonly question: string,
    private readonly scope: string | undefined,
  ) {}

  /**
   * Who the question names: the best match and near-equals, plus any speaker in the same article
   * matched by other words ("the National Audit Office report" → the office and "the report").
   */
  find(who: string): PersonHit[] {
    const asWritten = this.index.findPeople(who, this.scope);
    const respelled = (asWritten[0]?.score ?? 0) < 1 ? this.byTitleInitials(who) : [];
    // (Spelled as the title spells it, the role may fit better: "the Athletics Kenya chief" is the "AK
    // chief" more than the "UK Athletics chief".)
    const byName = (respelled[0]?.score ?? 0) > (asWritten[0]?.score ?? 0) ? respelled : asWritten;
    const named = byName.some((h) => h.score >= MIN_PERSON_SCORE);
    const hits = (named ? byName : this.byTrailingName(who, byName)).map((h) => this.named(h));
    const described = this.described(who);
    // "the New York businessman" may be a person of its own in the facts who says nothing; "Ford's
    // aunt" is not Ford, whose name alone matches as well.
    const owned = OWNED_ROLE.test(who) && described !== null && described.score >= (hits[0]?.score ?? 0);
    if (described && (!hits[0] || described.score > hits[0].score || owned || !this.speaks(hits[0])))
      hits.unshift(described);
    const top = hits[0];
    // "Jim Lewiss from CSIS": the name asked with where they work, which the copy may put otherwise.
    const affiliated = AFFILIATED_NAME.exec(who);
    if ((!top || top.score < MIN_PERSON_SCORE) && affiliated) return this.find(affiliated[1]!);
    if (!top || top.score < MIN_PERSON_SCORE) return [];
    const asked: Asked = { words: new Set(words(who)), folded: fold(who) };
    return hits.filter((h) => h.score >= top.score * 0.8 || besideTop(h, top, asked));
  }

  /**
   * Whether `who`, "the" and words that are no role ("the War", "the sanctions"), names no one in
   * scope: what a question cut short ("The War on Drugs?") asks about, not whose words.
   */
  namesNoOne(who: string): boolean {
    return (
      DESCRIPTION.test(who) && !isDescription(who) && this.index.findPeople(who, this.scope).length === 0
    );
  }

  /**
   * "Mexico's president" is "the president of Mexico": an owner nobody in the article is called by
   * is a place or a body, whose role it names. ("Kelly's counterpart" stays someone else's.)
   */
  ofPlace(who: string): string {
    const owned = /^(.+?)'s? (.+)$/.exec(who);
    if (!owned || this.find(owned[1]!).some((p) => p.score >= 0.8 && p.person.kind === "person")) return who;
    return `the ${owned[2]} of ${owned[1]}`;
  }

  /** The article asked about: the one in scope, or the only one. */
  scopedFacts(): Facts | undefined {
    const article = this.scope ?? (this.index.size === 1 ? this.index.articles()[0]!.id : undefined);
    return article === undefined ? undefined : this.index.facts(article);
  }

  /** The person asked about, when the passage's speaker is only the copy's misspelling of their name. */
  spelledRight(passage: Passage, asked: PersonHit): Person | undefined {
    const speaker = speakerOf(this.index.facts(passage.article)!, passage.speakerId);
    if (passage.article !== asked.article || speaker?.id === asked.person.id) return undefined;
    const misspelt = speaker && words(speaker.name).every((w) => misspells(w, asked.person.name));
    return misspelt ? asked.person : undefined;
  }

  /**
   * Who a description ending in a name means ("the retired telecom worker Tommy"): that name, typed
   * with capitals, alone; else a body named by its initials.
   */
  private byTrailingName(who: string, byName: PersonHit[]): PersonHit[] {
    const asked = words(who);
    const typed = new Set(words(this.question.replace(/(?<![\p{L}'’])\p{Ll}[\p{L}'’-]*/gu, " ")));
    let from = asked.length;
    while (from > 0 && typed.has(asked[from - 1]!)) from--;
    const name = asked.slice(from).join(" ");
    const found = from > 0 && name ? this.index.findPeople(name, this.scope) : [];
    if (found.some((h) => h.score >= MIN_PERSON_SCORE)) return found;
    return byName.length > 0 ? byName : this.byInitials(who);
  }

  /**
   * A role asked with a body's full name that the title gives by its initials, or the other way round
   * (in the article asked about): "the Athletics Kenya chief" is "AK chief Isaiah Kiplagat", "the NRA
   * spokesman" the "spokesman for the National Rifle Association". The asked words are spelled as the
   * title spells them and looked up again.
   */
  private byTitleInitials(who: string): PersonHit[] {
    const facts = this.scopedFacts();
    if (!facts) return [];
    const asked = words(who);
    for (const person of facts.people) {
      for (const [short, long] of titleInitials(person.title ?? "")) {
        const respelled = respell(asked, short, long);
        if (respelled) return this.index.findPeople(respelled, this.scope).filter((h) => h.person === person);
      }
    }
    return [];
  }

  /**
   * A body asked by its full name that the copy calls by its initials, or the other way round: "the
   * Drug Enforcement Administration" is "the DEA", "the CBP" is "Customs and Border Protection" (in
   * the article asked about). Only where the initials are the whole name.
   */
  private byInitials(who: string): PersonHit[] {
    const asked = initialsOf(who);
    const found = asked
      ? this.index.findPeople(asked, this.scope).filter((h) => isInitials(h.person, asked))
      : [];
    const facts = this.scopedFacts();
    const short = withoutSkips(words(who));
    if (found.length > 0 || !facts || short.length !== 1) return found;
    return facts.people
      .filter((p) => namedByInitials(short, p))
      .map((person) => ({ article: facts.id, person, score: 1, matched: short }));
  }

  /** A speaker the article names only by a role ("a former DNC chairman"), as the person it names. */
  private named(hit: PersonHit): PersonHit {
    const person = speakerOf(this.index.facts(hit.article)!, hit.person.id);
    return person && person !== hit.person ? { ...hit, person } : hit;
  }

  /** Whether the article quotes the person or reports their words. */
  private speaks(hit: PersonHit): boolean {
    const facts = this.index.facts(hit.article);
    return Boolean(facts && [...facts.quotes, ...facts.reported].some((q) => q.speakerId === hit.person.id));
  }

  /** The quoted person a description names in the article asked about ("the Massachusetts senator"). */
  private described(who: string): PersonHit | null {
    const facts = this.scopedFacts();
    if (!facts || !(DESCRIPTION.test(who) || OWNED_ROLE.test(who))) return null;
    const [best, next] = describedPeople(facts, who, typedNames(this.question, facts));
    if (!best || best.score - (next?.score ?? 0) < MIN_DESCRIPTION_MARGIN) return null;
    return { article: facts.id, person: best.person, score: best.score, matched: [] };
  }
}

/**
 * Whether the hit `h` stands beside `top`, in its article, as the one asked about: a short form of
 * the name ("O'Neill" of the "James O'Neill" asked about), the copy's misspelling of it ("Bornsten"
 * of "Harold Bornstein"), or a body matched by other words ("the National Audit Office report": the
 * office and "the report"), unless it only qualifies the role found ("the White House" of "the White
 * House press secretary"). Not a group the copy wrote with a capital whose one word the question
 * holds ("Teachers" of "the teachers union president"), nor the owner a role is asked of ("Austria"
 * of "Austria's interior minister").
 */
function besideTop(h: PersonHit, top: PersonHit, asked: Asked): boolean {
  if (h.article !== top.article) return false;
  const body = h.person.kind === "organisation";
  // ("the White House press secretary": the body that qualifies the role found is not its speaker.)
  if (body && h.matched.every((w) => words(top.person.title ?? "").includes(w))) return false;
  if (body && !h.matched.some((w) => top.matched.includes(w))) return true;
  const name = fold(h.person.name);
  if ((body && isEnglishWord(name)) || asked.folded.includes(`${name}'s`)) return false;
  return words(h.person.name).every((w) => asked.words.has(w) || misspells(w, top.person.name));
}

/** Who the question asks about, read once for every hit: its words, and its text folded. */
interface Asked {
  words: ReadonlySet<string>;
  folded: string;
}

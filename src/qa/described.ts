/**
 * Who a description names in one article ("the Massachusetts senator", "the interim DNC chair",
 * "the head of the United Federation of Teachers"): the quoted person whose title, or the words
 * written next to their name, hold the description's words. Copy abbreviates and questions do not
 * ("Sen." / "senator", "D-Mass." / "Massachusetts", "Democratic National Committee" / "DNC"), so a
 * word also matches a word it begins or that begins it, and the initials of a run of capitalised
 * words; WordNet synonyms ("head" / "chief") count for less, and kin ("committee" / "panel") less again.
 */
import type { Facts, Person } from "../article/facts.ts";
import { guessedGender } from "../article/first-names.ts";
import { NOT_ROLES, ROLE_ENDING, SPEECH_VERBS, TITLE_HEADS } from "../article/lexicon.ts";
import { isKinNoun } from "../article/name-roles.ts";
import {
  AGE_WEIGHT,
  AGE_WORD,
  appositeAge,
  HOME_MATCH,
  homeCountry,
  markAges,
  namesOtherCountry,
} from "./description-words.ts";
import { bearerWords } from "./names.ts";
import { kinOf, synonymsOf } from "./synonyms.ts";
import { fold, isStopword, stem, words } from "./terms.ts";

/** Words before and after a mention of the person that may describe them: "Sen. Elizabeth Warren
 * (D-Mass.)", "Rep. Jim Clyburn (D-S.C.), the assistant leader of the Democratic caucus". */
const BEFORE = 4;
/** A description set off by dashes after a name, without its dashes. */
const DASH_OPENED = /^\s*[—–]\s*([^—–]*)/;
/** A description said of a name by "is" or "was", to the next clause ("who …", a comma). */
const IS_DESCRIBED = /^\s+(?:is|was)\s+((?:a|an|the)\s[^,;!?]*?)(?=\s+(?:who|whose|which|that)\b|[,;!?]|$)/;
/** Words at most of a description opened by an article after a name ("…, the Arjay … Chair …"). */
const AFTER = 24;
/** An item of a list inside a description: words in lower case only, to the sentence's end at most. */
const LIST_ITEM = /^\s+(?:and\s+)?[a-z][a-z\s-]*(?:[.!?]\s*)?$/;
/** Words at most after a name that are no description opened by an article. */
const ROLE_AFTER = 8;
const SYNONYM = 0.7;
/** A word's kin ("panel" for "committee") counts for less than a synonym. */
const KIN = 0.3;
/**
 * One office under the names countries give it: the head of a government department is its
 * minister in one ("the foreign minister") and its secretary in another ("Foreign Relations
 * Secretary Luis Videgaray", "the Home Secretary"), which WordNet does not say.
 */
const SAME_OFFICE = new Map([
  ["minister", "secretary"],
  ["secretary", "minister"],
]);
/** Words of a description that say nothing about who is meant. */
const NOISE = new Set(["top", "head", "former", "current", "then", "new"]);

export interface Described {
  person: Person;
  score: number;
}

/**
 * The quoted people of an article a description fits, best first, scored in [0, 1]. A word in
 * `names` (typed with a capital: "the Republican nominee") is a name, met only as written, never
 * through its synonyms ("republican" / "democratic").
 */
export function describedPeople(
  facts: Facts,
  description: string,
  names: ReadonlySet<string> = new Set(),
): Described[] {
  const asked = words(markAges(description)).filter((w) => !isStopword(w) && w.length > 1);
  if (asked.length === 0) return [];
  const quoted = new Set([...facts.quotes, ...facts.reported].map((q) => q.speakerId));
  const roles = roleSpeakers(facts);
  const home = homeCountry(facts);
  const out: Described[] = [];
  for (const person of facts.people) {
    if (!quoted.has(person.id) || roles.has(person.id)) continue;
    const near = nearWords(facts, person);
    const byInitials = initialled(asked, near);
    const ofHome = home !== null && person.title !== null && !namesOtherCountry(near.words, home);
    let total = 0;
    let found = 0;
    for (const [k, word] of asked.entries()) {
      const weight = NOISE.has(word) ? 0.3 : AGE_WORD.test(word) ? AGE_WEIGHT : 1;
      total += weight;
      const match = byInitials.has(k) ? 1 : matchOf(word, near, names.has(word));
      found += weight * (match === 0 && ofHome && word === home ? HOME_MATCH : match);
    }
    if (found > 0) out.push({ person, score: found / total });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * The asked words, by position, that two words side by side stand for by their initials as the copy
 * writes them: "New York" for "(D-N.Y.)".
 */
function initialled(asked: readonly string[], near: Near): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < asked.length; k++) {
    const initials = `${asked[k]![0]}${asked[k + 1]![0]}`;
    // (Not a word of grammar, "as" of "age21 skater"; an age has no initial.)
    if (isStopword(initials) || AGE_WORD.test(asked[k]!) || AGE_WORD.test(asked[k + 1]!)) continue;
    if (near.words.has(initials) || near.initials.has(initials)) out.add(k).add(k + 1);
  }
  return out;
}

interface Near {
  words: Set<string>;
  stems: Set<string>;
  initials: Set<string>;
}

function matchOf(word: string, near: Near, name = false): number {
  // (An age is met only as itself: "age21" begins with no other word's letters.)
  if (AGE_WORD.test(word)) return near.words.has(word) ? 1 : 0;
  let best = 0;
  const own = stem(word);
  const office = SAME_OFFICE.get(own);
  const forms: [string, number][] = name
    ? [[word, 1]]
    : [
        [word, 1],
        ...(office ? [[office, SYNONYM] as [string, number]] : []),
        ...synonymsOf(own).map((s): [string, number] => [s, SYNONYM]),
        ...kinOf(own).map((s): [string, number] => [s, KIN]),
      ];
  for (const [form, weight] of forms) {
    if (form.includes(" ")) continue;
    if (near.words.has(form) || near.stems.has(stem(form)) || near.initials.has(form)) return weight;
    // "Sen." / "senator", "D-Mass." / "Massachusetts": one begins the other (abbreviations are of
    // the word or its synonyms; kin, being many, are met whole).
    if (weight <= KIN || weight * 0.9 <= best) continue;
    for (const w of near.words) {
      const [short, long] = w.length < form.length ? [w, form] : [form, w];
      if (short.length >= 3 && long.startsWith(short)) best = Math.max(best, weight * 0.9);
    }
  }
  return best;
}

/**
 * The person's title and the words around each mention of their name, with acronyms of capitalised
 * runs; and, unless `written` alone, the descriptions copy uses for them away from the name.
 */
function nearWords(facts: Facts, person: Person, written = false): Near {
  const names = [person.name, ...person.aliases].filter((n) => n.length > 2);
  const near: Near = { words: new Set(), stems: new Set(), initials: new Set() };
  const take = (text: string) => {
    const list = words(markAges(text));
    for (const [k, w] of list.entries()) {
      near.words.add(w);
      near.stems.add(stem(w));
      // "the prime minister's spokesman" is "the PM's spokesman": a two-word title by its initials.
      if (k > 0 && isRoleNoun(w) && /^[a-z]/.test(list[k - 1]!))
        near.initials.add(`${list[k - 1]![0]}${w[0]}`);
    }
    for (const initials of acronymsOf(text)) near.initials.add(initials);
    // "the president's former chief speechwriter" is Obama's, where Obama is the article's president.
    for (const [, role] of text.matchAll(OWNING_ROLE)) {
      const holder = holderOf(facts, role!, person);
      for (const w of holder ? bearerWords(holder.name) : []) near.words.add(w);
    }
  };
  take(person.title ?? "");
  // ("the prime minister's spokesman": a person the copy only describes is described by the name.)
  if (/^(?:the|a|an)\s/.test(person.name)) take(person.name);
  if (!written) for (const description of descriptionsOf(facts).get(person.id) ?? []) take(description);
  facts.sentences.forEach((sentence, index) => {
    for (const name of names) {
      let at = sentence.text.indexOf(name);
      while (at >= 0) {
        const before = describedBefore(sentence.text.slice(0, at));
        const after = sentence.text.slice(at + name.length);
        take(`${before} ${describedAfter(after)}`);
        const age = appositeAge(after);
        if (age) near.words.add(age);
        // "his aunt, Jane Starner" is Ford's aunt where Ford is the one named last before her.
        const pronoun = PRONOUN_OWNED.exec(before)?.[1]?.toLowerCase();
        const owner = pronoun ? namedLastBefore(facts, person, pronoun, index, at) : undefined;
        for (const w of owner ? bearerWords(owner.name) : []) near.words.add(w);
        at = sentence.text.indexOf(name, at + name.length);
      }
    }
  });
  return near;
}

/** A relation owned by a pronoun: "his aunt", "her lawyer". */
const PRONOUN_OWNED = /\b(his|her|their)\s+\p{Ll}/iu;
/** The gender a possessive pronoun rules out. */
const NOT_OF: Record<string, Person["gender"]> = { his: "f", her: "m" };

/**
 * The person other than `except` named last before position `at` of sentence `index`, looking back
 * at most three sentences, whom `pronoun` can stand for ("his" not a woman, "her" not a man): whom
 * it most likely does.
 */
function namedLastBefore(
  facts: Facts,
  except: Person,
  pronoun: string,
  index: number,
  at: number,
): Person | undefined {
  const ruledOut = NOT_OF[pronoun];
  const fits = (p: Person) =>
    p !== except && p.kind === "person" && (p.gender ?? guessedGender(p.name.split(" ")[0])) !== ruledOut;
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    const text = facts.sentences[i]!.text.slice(0, i === index ? at : undefined);
    let last: { person: Person; at: number } | undefined;
    for (const p of facts.people) {
      if (!fits(p)) continue;
      for (const name of [p.name, ...p.aliases].filter((n) => n.length > 2)) {
        const found = text.lastIndexOf(name);
        if (found >= 0 && (!last || found > last.at)) last = { person: p, at: found };
      }
    }
    if (last) return last.person;
  }
  return undefined;
}

/** A role in lower case that owns what follows it: "president" in "the president's … speechwriter". */
const OWNING_ROLE = /\b(\p{Ll}+)['’]s?\s/gu;

/** The one other person of the article whose title ends in `role` ("President" for "president"), if one. */
function holderOf(facts: Facts, role: string, except: Person): Person | undefined {
  if (!isRoleNoun(role)) return undefined;
  const holders = facts.people.filter(
    (p) => p !== except && p.kind === "person" && words(p.title ?? "").at(-1) === role,
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** The initials of each run of two or more capitalised words: "dnc" for "Democratic National Committee". */
function acronymsOf(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/(?:\b\p{Lu}[\p{L}.]*(?:\s+(?:of|for|on|the|and)\b)*\s*)+/gu) ?? []) {
    const caps = run.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (caps.length >= 2) out.push(fold(caps.map((w) => w[0]).join("")));
  }
  return out;
}

/** The words just before a name, back to a comma: "Vermont Sen." in "doing it, Vermont Sen. Bernie Sanders". */
function describedBefore(text: string): string {
  const cut = text.lastIndexOf(",");
  const own = lastWords(text.slice(cut + 1));
  // "Steenburgen's son, filmmaker Charlie McDowell", "According to his aunt, Jane Starner": a
  // relation owned by someone, set before the name's own comma, describes the name too.
  if (cut < 0 || own.split(" ").filter(Boolean).length > 1) return own;
  const segment = text.slice(text.lastIndexOf(",", cut - 1) + 1, cut);
  const owned = lastWords(segment);
  const relation = words(owned).at(-1) ?? "";
  const ownedRelation =
    /['’]s?\s|\b(?:his|her|their)\s/i.test(owned) && (isKinNoun(relation) || isRoleNoun(relation));
  if (ownedRelation) return `${owned} ${own}`;
  // "The head of the super PAC supporting Jeb Bush for president, Mike Murphy,": a description set
  // before the name, opened by an article and led by a role.
  const described = words(segment);
  const role =
    /^\s*(?:the|a|an)\s/i.test(segment) && described.length <= APPOSED && isRoleNoun(described[1] ?? "");
  return role ? segment.trim() : own;
}
/** Words at most in a description set before a name. */
const APPOSED = 16;

const lastWords = (text: string): string => text.split(/\s+/).slice(-BEFORE).join(" ");

/**
 * The words just after a name: an apposition ("(D-S.C.), the assistant leader of …") up to the comma
 * that ends it, but not a clause that goes on about something else ("could make money doing it, …"),
 * nor what follows a name with no comma or bracket after it: "Kaine faces off against Republican
 * Indiana Gov. Mike Pence" describes Pence, not Kaine.
 */
function describedAfter(written: string): string {
  // "Sen. Rand Paul of Kentucky", "Darran Whiting of Liberty Baptist Church": the place or body a
  // name is of.
  const of = /^\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*)+)/u.exec(written);
  if (of) return of[1]!.trim();
  // "Harper — a young British filmmaker hot off directing a BBC ad —": a dash sets off a description
  // as a comma does, to the next dash.
  // "Florent Groberg is a former U.S. Army captain and Medal of Honor winner who …": what the
  // sentence says someone is, as far as a clause about something else.
  const is = IS_DESCRIBED.exec(written);
  if (is) return is[1]!.split(/\s+/).slice(0, AFTER).join(" ");
  const dashed = DASH_OPENED.exec(written);
  const text = dashed ? `, ${dashed[1]}` : written;
  if (!/^\s*[,(]/.test(text)) return "";
  const clauses = text.split(",");
  const first = clauses[0]!.trim().split(/\s+/).filter(Boolean);
  let kept = first.length <= 1 ? `${clauses[0]},${clauses[1] ?? ""}` : clauses[0]!;
  // A description ("…, the Arjay and Frances Miller Chair … at the Brookings Institution") is read
  // whole; anything else only as far as a role could reach ("In contrast to Trump, Tillerson and
  // Kelly emphasized … Mexico" is about others).
  const described = /^[\s,(]*(?:(?:who|which)\s+(?:is|was)\s+)?(?:the|a|an)\s/i.test(kept);
  // ("…, the BBC's head of development, new media and sports news": a list inside the description,
  // its items in lower case, no verb of saying among them.)
  for (const clause of clauses.slice(first.length <= 1 ? 2 : 1)) {
    if (!described || !LIST_ITEM.test(clause) || words(clause).some((w) => SPEECH_VERBS.has(w))) break;
    kept += `,${clause}`;
  }
  const reach = described ? AFTER : ROLE_AFTER;
  return kept
    .split(/\s+/)
    .slice(0, reach + 1)
    .join(" ");
}

/**
 * Descriptions copy uses for a quoted person instead of the name, by person id: the subject of an
 * attribution ("“We need change,” the New York businessman said": the quote's speaker), and a
 * description that opens a sentence ("The Republican presidential nominee has …": the one the
 * paragraph quotes, else the quoted person named in the sentences just before).
 */
function descriptionsOf(facts: Facts): Map<string, string[]> {
  let found = DESCRIPTIONS.get(facts);
  if (found) return found;
  found = new Map();
  const add = (id: string, text: string) => found!.set(id, [...(found!.get(id) ?? []), text]);
  const speakersOf = (where: (s: number) => boolean) =>
    new Set(
      [...facts.quotes, ...facts.reported]
        .filter((q) => q.speakerId && where(q.sentence))
        .map((q) => q.speakerId!),
    );
  const quoted = speakersOf(() => true);
  const roles = roleSpeakers(facts);
  const named = (id: string) => roles.get(id)?.id ?? id;
  for (const [role, person] of roles) add(person.id, facts.people.find((p) => p.id === role)!.name);
  facts.sentences.forEach((sentence, i) => {
    const speakers = speakersOf((s) => s === i);
    const attribution = speakers.size === 1 ? attributionSubject(sentence.text) : null;
    if (attribution) add(named([...speakers][0]!), attribution);
    const opening = openingDescription(sentence.text);
    if (!opening) return;
    // The one the paragraph quotes when it names them ("The mayor … Jones said"); else, as copy
    // varies a name it has just used ("Trump … The Republican nominee also …"), the one named before.
    const paragraph = speakersOf((s) => facts.sentences[s]!.paragraph === sentence.paragraph && s >= i);
    const speaker = paragraph.size === 1 ? named([...paragraph][0]!) : undefined;
    const inParagraph = speaker !== undefined && namedIn(facts, speaker, sentence.paragraph, i);
    const before = namedBefore(facts, i, quoted);
    const antecedent = inParagraph ? speaker : before ? named(before) : speaker;
    if (antecedent) add(antecedent, opening);
  });
  DESCRIPTIONS.set(facts, found);
  return found;
}

const DESCRIPTIONS = new WeakMap<Facts, Map<string, string[]>>();
const QUOTED = /["“][^"“”]*["”]?/g;
const DETERMINER = /^(?:the|a|an)$/i;

/** "“…,” the New York businessman said" / "said the mayor": the words naming who speaks, if a description. */
function attributionSubject(text: string): string | null {
  for (const clause of text.replace(QUOTED, ",").split(/[,;:()—–]/)) {
    const tokens = clause.trim().split(/\s+/);
    const verb = tokens.findIndex((t) => SPEECH_VERBS.has(t.toLowerCase()));
    if (verb < 0) continue;
    const subject = verb > 0 ? tokens.slice(0, verb) : tokens.slice(1);
    if (subject.length >= 2 && subject.length <= 7 && DETERMINER.test(subject[0]!) && isRole(subject))
      return subject.join(" ");
  }
  return null;
}

/**
 * "The head of Sony Pictures Television and …" → "head of Sony Pictures Television": a role opening
 * a sentence, or its main part after a kicker ("EVEN OZ'S BOSS THINKS SO — The head of …").
 */
function openingDescription(sentence: string): string | null {
  for (const text of [sentence, ...sentence.split(/ [—–:] /).slice(1)]) {
    const tokens = text.trim().split(/\s+/);
    if (!/^the$/i.test(tokens[0] ?? "")) continue;
    const kept: string[] = [];
    for (const token of tokens.slice(1, 8)) {
      const word = token.replace(/[,.;:]$/, "");
      const joins = /^(?:of|for|on)$/.test(word) && kept.length > 0;
      if (!joins && (isStopword(word.toLowerCase()) || /['’]s$/.test(word))) break;
      kept.push(word);
      if (word !== token) break;
    }
    if (kept.length > 0 && isRole(kept)) return kept.join(" ");
  }
  return null;
}

/** Whether a phrase holds a role noun ("businessman", "nominee", "head"). */
function isRole(phrase: readonly string[]): boolean {
  return phrase.some(isRoleNoun);
}

/** Whether a word is a role noun: a listed title or an agent noun ("businessman", "nominee"). */
export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_HEADS.has(w) || (ROLE_ENDING.test(w) && !NOT_ROLES.has(w) && w.length > 4);
}

/** The quoted person named last in the two sentences before sentence `index`. */
function namedBefore(facts: Facts, index: number, quoted: ReadonlySet<string>): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const text = facts.sentences[i]!.text;
    let best: { at: number; id: string } | undefined;
    for (const person of facts.people) {
      if (!quoted.has(person.id)) continue;
      for (const name of [person.name, ...person.aliases].filter((n) => n.length > 2)) {
        const at = text.lastIndexOf(name);
        if (at >= 0 && (!best || at > best.at)) best = { at, id: person.id };
      }
    }
    if (best) return best.id;
  }
  return undefined;
}

/** Whether a person's name (or another form of it) is written in a paragraph, from sentence `from` on. */
function namedIn(facts: Facts, id: string, paragraph: number, from: number): boolean {
  const person = facts.people.find((p) => p.id === id);
  if (!person) return false;
  const names = [person.name, ...person.aliases].filter((n) => n.length > 2);
  return facts.sentences.some(
    (s, i) => i >= from && s.paragraph === paragraph && names.some((n) => s.text.includes(n)),
  );
}

/**
 * A name that is only a role, ending in its role noun ("a former Democratic National Committee
 * chairman", "the Republican nominee", "the head of the union"); not a body ("the Republican
 * National Committee") nor a clause taken for a name.
 */
function isRoleName(name: string): boolean {
  const tokens = name.split(/\s+/);
  return tokens.length >= 2 && DETERMINER.test(tokens[0]!) && isRoleNoun(roleHead(name));
}

/** The sentence a role speaker first speaks in, if the lede: no one has been quoted before it. */
const LEDE_SENTENCES = 3;

/**
 * The named person each speaker named only by a role stands for, by the role speaker's id. News copy
 * names people two ways by a role: a definite description varies a name just used ("Donald Trump …
 * The Republican presidential nominee has repeatedly wondered …"): the quoted person named in the two
 * sentences before; and a lede may describe its main speaker and name them in the paragraphs after
 * ("A former Democratic National Committee chairman says … “…,” said Don Fowler, who helmed the
 * DNC"): the first person then named and quoted, when words written beside that name fit the role.
 * An anonymous source ("a senior official said") stays apart: nothing beside the next name fits it.
 */
export function roleSpeakers(facts: Facts): ReadonlyMap<string, Person> {
  let found = ROLE_SPEAKERS.get(facts);
  if (found) return found;
  found = new Map();
  ROLE_SPEAKERS.set(facts, found);
  const spoken = [...facts.quotes, ...facts.reported].filter((q) => q.speakerId !== null);
  const firstSpoken = new Map<string, number>();
  for (const q of spoken)
    firstSpoken.set(q.speakerId!, Math.min(firstSpoken.get(q.speakerId!) ?? q.sentence, q.sentence));
  const named = facts.people.filter(
    (p) => p.kind === "person" && firstSpoken.has(p.id) && /^\p{Lu}/u.test(p.name) && !isRoleName(p.name),
  );
  for (const role of facts.people) {
    const first = firstSpoken.get(role.id);
    // The role is the subject opening its sentence ("The Republican presidential nominee has …"):
    // after a quote ("…,” the ad’s narrator says") a role as often brings in someone unnamed.
    if (first === undefined || !isRoleName(role.name) || !opens(facts.sentences[first]!.text, role.name))
      continue;
    const lede = first < LEDE_SENTENCES && spoken.every((q) => q.sentence >= first);
    const person = /^the\s/i.test(role.name)
      ? (namedAgain(facts, first, named, role.name) ??
        (lede ? identifiedAfter(facts, first, named, role.name) : undefined))
      : lede
        ? identifiedAfter(facts, first, named, role.name)
        : undefined;
    if (person) found.set(role.id, person);
  }
  return found;
}

const ROLE_SPEAKERS = new WeakMap<Facts, Map<string, Person>>();

/** The person who speaks by a speaker id: the named person for one the copy names only by a role. */
export function speakerOf(facts: Facts, id: string | null): Person | null {
  if (id === null) return null;
  return roleSpeakers(facts).get(id) ?? facts.people.find((p) => p.id === id) ?? null;
}

/**
 * Whether a sentence (or its part after a kicker: "BAITING — The nominee …") opens with the role as
 * its subject, not named right after it ("The world's biggest tobacco consumer, China, has said").
 */
function opens(sentence: string, name: string): boolean {
  const start = fold(name);
  return [sentence, ...sentence.split(/ [—–:] /).slice(1)].some((part) => {
    const text = part.trim();
    return fold(text).startsWith(start) && !/^\s*,\s*\p{Lu}/u.test(text.slice(name.length));
  });
}

/** Roles copy gives people it does not name: "the official said", "the spokesman added". */
const UNNAMED_ROLES = new Set(
  words("official officials spokesman spokeswoman spokesperson source sources aide aides insider"),
);

/**
 * The person a definite role varies a name for ("Donald Trump … The Republican presidential nominee
 * has …"): the quoted person named in the two sentences before, not named in the role's own
 * sentence ("The former finance officer said Mr Ebbers knew …" is someone else), when the role fits
 * words written beside their name ("Texas Attorney General Greg Abbott … The Texas attorney
 * general said") or their name opens one of those sentences, the story staying on them. Roles copy
 * uses for unnamed sources ("the official") are left unnamed.
 */
function namedAgain(facts: Facts, index: number, named: readonly Person[], role: string): Person | undefined {
  const head = roleHead(role);
  if (UNNAMED_ROLES.has(head)) return undefined;
  const id = namedBefore(facts, index, new Set(named.map((p) => p.id)));
  const person = named.find((p) => p.id === id);
  if (!person) return undefined;
  const names = [person.name, ...person.aliases].filter((n) => n.length > 2);
  if (names.some((n) => facts.sentences[index]!.text.includes(n))) return undefined;
  const opensBefore = [index - 1, index - 2].some(
    (i) => i >= 0 && names.some((n) => facts.sentences[i]!.text.startsWith(n)),
  );
  return opensBefore || matchOf(head, nearWords(facts, person, true)) >= 0.9 ? person : undefined;
}

/** The noun a role ends in ("chairman" of "a former DNC chairman", "head" of "the head of the union"). */
function roleHead(role: string): string {
  const tokens = role.split(/\s+/);
  const of = tokens.findIndex((t) => /^(?:of|for|at)$/.test(t));
  return fold(tokens[(of > 0 ? of : tokens.length) - 1]!.replace(/['’]s$/, ""));
}

/**
 * The first of `named` quoted in the two paragraphs after sentence `index`, if the role fits them
 * ("… trial of his former boss Bernard Ebbers, Scott Sullivan said": Sullivan, who speaks).
 */
function identifiedAfter(
  facts: Facts,
  index: number,
  named: readonly Person[],
  role: string,
): Person | undefined {
  if (UNNAMED_ROLES.has(roleHead(role))) return undefined;
  const last = facts.sentences[index]!.paragraph + 2;
  const next = [...facts.quotes, ...facts.reported]
    .filter((q) => q.sentence > index && facts.sentences[q.sentence]!.paragraph <= last)
    .sort((a, b) => a.sentence - b.sentence)
    .map((q) => named.find((p) => p.id === q.speakerId))
    .find((p) => p !== undefined);
  return next && fitsRole(facts, next, role) ? next : undefined;
}

/**
 * Whether words written beside a person's name fit a role: one of its words or their synonyms, or
 * the initials of its capitalised run ("DNC" for "Democratic National Committee").
 */
function fitsRole(facts: Facts, person: Person, role: string): boolean {
  const near = nearWords(facts, person, true);
  if (acronymsOf(role).some((initials) => near.words.has(initials))) return true;
  return words(role).some((w) => !isStopword(w) && !NOISE.has(w) && matchOf(w, near) >= SYNONYM);
}

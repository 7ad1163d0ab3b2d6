/**
 * The role written beside a name: before it ("Liberal Democrat education spokesman Phil Willis")
 * or after it, set off by a comma ("Debbie Kepler, the organist at …"). Read as the person's title.
 */

import { isFirstName } from "./first-names.ts";
import {
  AGED,
  AUXILIARIES,
  BODY_NOUNS,
  CLAUSE_BREAKS,
  COURTESY,
  isAbbreviatedWord,
  isRole,
  LEADING_JUNK,
  NOT_ROLES,
  ORG_HEADS,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  ROLE_ENDING,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  TITLE_HEADS,
} from "./lexicon.ts";
import { isWord, type Token } from "./text.ts";

/** "Liberal Democrat education spokesman" before "Phil Willis", or before ", Eleanor Scott,". */
export function roleBefore(tokens: readonly Token[], index: number): string[] {
  let end = index;
  const apposed = tokens[end - 1]?.text === "," && tokens[end - 2]?.kind === "word";
  if (apposed) end--;
  const head = tokens[end - 1];
  if (!isWord(head) || !isRole(head.lower) || (head.capitalised && !(apposed && theTitle(tokens, end))))
    return [];
  let start = end - 1;
  while (start > 0 && end - start < 8) {
    const t = tokens[start - 1]!;
    // "Nortel president and chief executive Bill Owens": one person's two roles.
    if (joinsRoles(tokens, start - 1)) {
      start--;
      continue;
    }
    if (
      !isWord(t) ||
      CLAUSE_BREAKS.has(t.lower) ||
      SENTENCE_OPENERS.has(t.lower) ||
      SPEECH_VERBS.has(t.lower) ||
      VERBS_BEFORE_ROLES.has(t.lower)
    )
      break;
    if (ARTICLES.has(t.lower)) break;
    start--;
    // "When Ford visited his editor Teresa Nielsen Hayden": an owner's word opens the role ("his
    // editor"); what stands before it is another clause.
    if (POSSESSIVE_DETERMINERS.has(t.lower) && !t.capitalised) break;
  }
  while (start < end && LEADING_JUNK.has(tokens[start]!.text)) start++;
  if (tokens[start]?.text === "The") start++;
  return tokens.slice(start, end).map((t) => t.text);
}

/**
 * Verbs that take a person, role and all, as their object ("Robinson named Bath prop Duncan Bell",
 * "a chance to impress Lions coach Sir Clive Woodward"), and words that govern one like a
 * preposition ("alongside", "including"): the role begins after them.
 */
const VERBS_BEFORE_ROLES = new Set(
  `put puts saw see sees broke break breaks call calls called name names named pick picks picked drop
  drops dropped recall recalls recalled select selects selected choose chooses chose chosen replace
  replaces replaced beat beats beaten join joins joined help helps helping impress impressed include
  includes included including alongside behind beside among between against past via than like
  unlike sign signs signed hire hires hired meet meets met thank thanks thanked blame blames blamed
  face faces faced defeat defeats defeated chase chases chased tackle tackled singled out up off play
  plays played playing feature features featured featuring starring replacing beating joining signing
  hiring thanking blaming facing defeating chasing naming selecting supporting backing covering
  hosting interviewing quoting citing praising criticising criticizing attacking accusing urging
  endorsing succeeding trail trails trailed edges edged outpace outpaces outpaced is are
  was were be been being has have had will would could should may might must can`.split(/\s+/),
);

/**
 * "The Home Secretary, Priti Kaur,", "the Lord Chancellor, Lord Falconer,", "The new President, Viktor
 * Yushchenko,", "Ukraine's new President, …": a title British copy capitalises, after "the" or an
 * owner's name, set off from the name by a comma (not a list: "Christian Slater, Diane …").
 */
function theTitle(tokens: readonly Token[], end: number): boolean {
  if (!TITLE_HEADS.has(tokens[end - 1]!.lower)) return false;
  let k = end - 2;
  while (k >= 0 && TITLE_MODIFIERS.has(tokens[k]!.lower)) k--;
  // "Argentina's President": an owner right before the office (and its modifiers) gives it.
  if (tokens[k]?.possessive && tokens[k]!.capitalised) return true;
  while (
    k >= 0 &&
    tokens[k]!.lower !== "the" &&
    (tokens[k]!.capitalised || TITLE_MODIFIERS.has(tokens[k]!.lower))
  )
    k--;
  return tokens[k]?.lower === "the";
}
/** Words that may stand between "the" and an office: "the new President", "the former Prime Minister". */
const TITLE_MODIFIERS = new Set(["new", "former", "outgoing", "incoming", "acting", "interim", "current"]);

/**
 * "Double Olympic champion Hicham El Guerrouj", "Olympic 10,000m champion Haile Gebrselassie",
 * "Manchester United manager Alex Ferguson": capitals right before a lower-case role and the name it
 * titles qualify the role, so they name no one themselves (their words read alone elsewhere, "his
 * first Olympic titles", are no surname). At most one word stands between, and only one that cannot
 * be a verb (a number, a hyphenated compound): "Jade Johnson edged out rival Kelly Sotherton" and
 * "Brett Lock of gay group OutRage!" are no titles.
 */
export function qualifiesRoleBefore(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 3 && isModifier(tokens, k)) k++;
  const head = tokens[k];
  if (!isWord(head) || head.capitalised || !tokens[k + 1]?.capitalised) return false;
  return isRole(head.lower) || SPORT_TITLES.has(head.lower);
}
/** A number or a hyphenated compound ("10,000m", "two-time"): a word no verb, as the comma in a number. */
function isModifier(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.text === ",") return /^\d/.test(tokens[k + 1]?.text ?? "") && /\d$/.test(tokens[k - 1]?.text ?? "");
  return isWord(t) && !t.capitalised && /[\d-]/.test(t.text);
}
/** Nouns sport copy titles a name with that no ending marks as roles ("world champion Jason Gardener"). */
const SPORT_TITLES = new Set(["champion", "champ", "legend", "great", "veteran"]);

/** ", executive partner of Tods Murray said" or ", Tory leader in the Lords," after a name. */
export function roleAfter(tokens: readonly Token[], at: number): string[] {
  const index = afterBracket(tokens, at);
  return tokens[index]?.text === "," ? roleFrom(tokens, index + 1) : [];
}

/**
 * "Hege is the CEO of DH, the Spokane firm …": the office a sentence that opens with a person's name
 * says they hold (`at`: the word after the name). Only "is the" and a title's head: "was the mayor"
 * is no longer a title, and "is a straight-talker", "is the only candidate" or "is a vocal advocate
 * of trade deals" say what someone is like, not their office.
 */
export function roleStated(tokens: readonly Token[], at: number): string[] {
  if (tokens[at]?.lower !== "is" || tokens[at + 1]?.lower !== "the") return [];
  return TITLE_HEADS.has(tokens[at + 2]?.lower ?? "") ? roleFrom(tokens, at + 1) : [];
}

/** The role written from `start` on ("the organist at …", "a 55-year-old salesman"), or none. */
function roleFrom(tokens: readonly Token[], from: number): string[] {
  let start = from;
  // "Leticia Ortiz, 34, a tenant organizer": an age set off by commas comes before the role, which
  // then opens with an article or is a title ("…, 58, MP for Wantage"); anything else after an age
  // is what the person did ("Bill Clinton, 69, looked smaller").
  if (/^\d{1,3}$/.test(tokens[start]?.text ?? "") && tokens[start + 1]?.text === ",") {
    start += 2;
    if (!ARTICLES.has(tokens[start]?.lower ?? "") && !TITLE_HEADS.has(tokens[start]?.lower ?? "")) return [];
  }
  if (ARTICLES.has(tokens[start]?.lower ?? "")) start++;
  // "Lee Epstein, along with Judge Richard Posner", "…, but the Texas senator": no role of hers; nor
  // another titled name in a list ("Rep. Adam Kinzinger, Rep. Richard Hanna").
  if (NOT_ROLE_OPENERS.has(tokens[start]?.lower ?? "")) return [];
  const titled = isAbbreviatedWord(tokens[start]?.text ?? "");
  // ("Mr. Obama's deputy national security adviser" is a role: whose it is.)
  if (titled && !tokens.slice(start + 1, start + 5).some((t) => t.possessive)) return [];
  let end = start;
  let hasHead = false;
  // An age is no word of the role: "the campaign's 48-year-old New England director".
  let ages = 0;
  while (end < tokens.length && end - start < 10) {
    const t = tokens[end]!;
    // A relative clause says what the person did, not what they are ("… Clinton whom Mr. Obama recruited").
    // … and so does a verb ("Rainer Hertrich, German co-head of EADS will also step down").
    if (!isWord(t) || SPEECH_VERBS.has(t.lower) || ROLE_ENDERS.has(t.lower) || AUXILIARIES.has(t.lower))
      break;
    if (AGED.test(t.lower)) ages++;
    // "Debbie Kepler, the organist at …", "Dean Johnson, a 55-year-old salesman from …": an agent noun too.
    const role = t.lower === "fellow" ? isFellow(tokens, end) : isRole(t.lower);
    const head = TITLE_HEADS.has(t.lower) || (!t.capitalised && role);
    if (head && end - start - ages < 4) hasHead = true;
    end++;
  }
  end = nameRunEnd(tokens, end);
  // "an adviser with whom …": the preposition went with the relative clause; "… at the" with a name.
  while (end > start && !tokens[end - 1]!.capitalised && DANGLING.has(tokens[end - 1]!.lower)) end--;
  if (!hasHead || namesBody(tokens, start, end) || namesOthers(tokens, start, end)) return [];
  return tokens.slice(start, end).map((t) => t.text);
}

/**
 * "Sir Trevor McDonald, actor Hugh Grant and writer Joanne Harris", "Imelda Staunton, Kate Winslet
 * and director Mike Leigh": words after a name in a list that name other people, a role and its
 * name or a name itself, are none of the first name's role.
 */
function namesOthers(tokens: readonly Token[], start: number, end: number): boolean {
  // (Not past a preposition, nor the owner of the role: "son-in-law of former President Leonid
  // Kuchma", "spokesman for … commissioner Peter Mandelson", "nominee Donald Trump's wife".)
  for (let k = start; k + 1 < end && !PREPOSITIONS.has(tokens[k]!.lower); k++) {
    const next = tokens[k + 1]!;
    if (tokens.slice(k + 1, k + 5).some((t) => t.possessive)) return false;
    if (!next.capitalised || !(isFirstName(next.lower) || COURTESY.has(next.lower))) continue;
    const t = tokens[k]!;
    const opensName = k === start && t.capitalised && isFirstName(t.lower);
    const titlesName = !t.capitalised && (isKinNoun(t.lower) || isRole(t.lower));
    if (opensName || titlesName) return true;
  }
  return false;
}

/**
 * Whether the words from `start` to `end` name a body, not a role: their head (the word before a
 * preposition's phrase, else the last) is a body's ("Rep. Ilhan Omar (D-Minn.), the U.S.
 * Attorney's Office for the Western District of New York announced": the office speaks, and is no
 * title of hers).
 */
function namesBody(tokens: readonly Token[], start: number, end: number): boolean {
  // ("University of Michigan librarian": a role in lower case is the head, whatever comes before.)
  if (tokens.slice(start, end).some((t) => !t.capitalised && isRole(t.lower))) return false;
  const link = tokens.findIndex(
    (t, k) => k > start && k < end && !t.capitalised && PREPOSITIONS.has(t.lower),
  );
  const head = tokens[(link > 0 ? link : end) - 1]!;
  // ("Chief Executive of AOL UK" is a title, though an executive may be a body.)
  return head.capitalised && ORG_HEADS.has(head.lower) && !TITLE_HEADS.has(head.lower);
}

/**
 * "Russell Wheeler, a visiting fellow at the Brookings Institution": a fellow of a body, before the
 * preposition that names it; not "fellow UK star Kate Winslet" nor "fellow conservatives".
 */
const isFellow = (tokens: readonly Token[], k: number) =>
  tokens[k]!.lower === "fellow" && PREPOSITIONS.has(tokens[k + 1]?.lower ?? "");

/**
 * A role cut off by its length inside a name goes on to the name's end: "… at the University of
 * North" is "… at the University of North Carolina" (a few words at most).
 */
function nameRunEnd(tokens: readonly Token[], end: number): number {
  if (!tokens[end - 1]?.capitalised) return end;
  const limit = end + 6;
  let k = end;
  while (k < limit && isWord(tokens[k])) {
    const t = tokens[k]!;
    const joins = NAME_JOINERS.has(t.lower) && tokens[k + 1]?.capitalised === true;
    if (!t.capitalised && !joins) break;
    k++;
  }
  return tokens[k - 1]?.capitalised ? k : end;
}
const NAME_JOINERS = new Set(["of", "and", "for", "the", "on", "in"]);

/** "Rep. Jim Clyburn (D-S.C.), the assistant leader …": past a party tag in brackets after the name. */
function afterBracket(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== "(") return at;
  const tag = tokens[at + 1]?.text ?? "";
  // "(D-S.C.)", "(R)", or a state abbreviated: "(Tex.)" (not "(LSE)", an organisation's initials).
  const party =
    /^[DRI](?:-|$)/.test(tag) || (/^\p{Lu}\p{Ll}{1,4}$/u.test(tag) && tokens[at + 2]?.text === ".");
  if (!party) return at;
  for (let k = at + 1; k < tokens.length && k <= at + 6; k++) if (tokens[k]!.text === ")") return k + 1;
  return at;
}

const ARTICLES = new Set(["the", "a", "an"]);
/** Words a role does not end in: "… at the" was cut off before its name. */
const DANGLING = new Set([...PREPOSITIONS, ...ARTICLES, "and", "or", "as"]);
/** "his", "their": words of an owner, which end a role read backwards. */
const POSSESSIVE_DETERMINERS = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const NOT_ROLE_OPENERS = new Set(
  "including along like as and but while plus with after before unlike than".split(" "),
);
/**
 * Words a role never holds: a relative or another clause opens ("…, his opponent in a fight last
 * season while he was with the Rockets"), or a verb or a pronoun stands.
 */
const ROLE_ENDERS = new Set(
  `who whom whose which that where when while because although though whereas unless will may he she
  they we it`.split(/\s+/),
);

/**
 * "Her daughter, Mary, also spoke", "his wife Jane said": the relative a first name alone is set
 * beside, after a possessive ("her", "the Clintons'"). Null when no such relative stands before it.
 */
export function kinBefore(tokens: readonly Token[], index: number): string | null {
  let k = index - 1;
  if (tokens[k]?.text === ",") k--;
  const noun = tokens[k];
  if (!isWord(noun) || noun.capitalised || !KIN.has(noun.lower)) return null;
  const owner = tokens[k - 1];
  return owner && (owner.possessive || OWNERS.has(owner.lower)) ? noun.lower : null;
}
const KIN = new Set(
  `wife husband daughter son mother father brother sister widow widower partner fiancee fiance aunt
  uncle niece nephew cousin grandson granddaughter grandmother grandfather`.split(/\s+/),
);
/** "son", "aunt", "widow": a word for a relative. */
export const isKinNoun = (word: string): boolean => KIN.has(word);
const OWNERS = new Set(["his", "her", "their", "my", "our"]);

/**
 * "president and chief executive", "chairman and founder": an "and" between two roles of one person
 * (not relatives: "his widow and daughter Natalie" are two).
 */
export function joinsRoles(tokens: readonly Token[], i: number): boolean {
  if (!isOwnRole(tokens[i - 1]) || !isOwnRole(tokens[i + 1])) return false;
  if (tokens[i]!.lower === "and") return true;
  // "chairman, CEO and president": a comma between roles of a series that an "and" ends.
  return tokens[i]!.text === "," && joinsRoles(tokens, i + 2);
}

/**
 * A role in lower case (or initials: "CEO") that one person holds, not a relative ("senator",
 * "chief", "guitarist", not "wife").
 */
export const isOwnRole = (t: Token | undefined): boolean =>
  t?.kind === "word" &&
  (!t.capitalised || /^\p{Lu}{2,}$/u.test(t.text)) &&
  (TITLE_HEADS.has(t.lower) || isPersonRole(t.lower)) &&
  !KIN.has(t.lower);

/**
 * "the first lady", "the former first gentleman": a title of two words whose last alone names no
 * role ("Lady Hale" is a name, "a lady" no one's title).
 */
export function isTwoWordTitle(tokens: readonly Token[], head: number): boolean {
  const t = tokens[head];
  return t?.kind === "word" && !t.capitalised && TWO_WORD_TITLES.get(t.lower) === tokens[head - 1]?.lower;
}
const TWO_WORD_TITLES = new Map([
  ["lady", "first"],
  ["gentleman", "first"],
]);

/**
 * A description's head that stands for the person just written about though no title list holds
 * it: "the former first lady", "the double Olympic champion", "the pop star".
 */
export const isStandingRole = (tokens: readonly Token[], head: number): boolean =>
  isTwoWordTitle(tokens, head) || (!tokens[head]!.capitalised && STANDINGS.has(tokens[head]!.lower));
const STANDINGS = new Set(["champion", "star", "superstar", "titleholder"]);

/**
 * A player by position ("the prop", "the Sale full-back"): as a people does, it stands for whom the
 * sentence before was about. Positions a role's ending tells ("striker", "flanker") are roles already.
 */
export const isPosition = (t: Token): boolean => !t.capitalised && POSITIONS.has(t.lower);
const POSITIONS = new Set("prop full-back fly-half scrum-half half-back stand-off lock forward".split(" "));

/**
 * A man or woman by where they are from ("the Waterford man"), who, as a people does, is whom the
 * sentence before was about. Not "the man" alone, whom copy as often brings in new ("the man, who
 * has not been named"). Where they are from is no title.
 */
export const isByOrigin = (tokens: readonly Token[], head: number): boolean =>
  ORIGIN_HEADS.has(tokens[head]!.text) && head >= 2 && tokens[head - 1]!.capitalised;
const ORIGIN_HEADS = new Set(["man", "woman"]);

/** "builder", "businessman", "novelist": one person's role, though no list names it. */
export const isPersonRole = (word: string) =>
  ROLE_ENDING.test(word) &&
  word.length >= 6 &&
  !word.endsWith("s") &&
  !NOT_ROLES.has(word) &&
  !BODY_NOUNS.has(word);

/**
 * Where the name ending `words` starts: a run of words in capitals, across joints ("Chart-Track",
 * "Ernst & Young"); `words.length` when the last word is in lower case ("the bank's spokesman").
 */
export function nameRunStart(words: readonly Token[]): number {
  if (!words.at(-1)?.capitalised) return words.length;
  let k = words.length - 1;
  while (k > 0 && (words[k - 1]!.capitalised || (NAME_JOINTS.has(words[k - 1]!.text) && k > 1))) k--;
  return k;
}
const NAME_JOINTS = new Set(["-", "&", "/"]);
/** "-", "&", "/": a mark that joins the words of one name ("Ernst & Young", "Nielsen/NetRatings"). */
export const isNameJoint = (text: string) => NAME_JOINTS.has(text);

/**
 * A noun for a role or a body a name may follow: "analyst", "analysts", "firm", "minister"; not the
 * words that are as often adjectives before a name ("the official Xinhua News Agency").
 */
export function namesRole(role: string): boolean {
  const one = role.replace(/(?<=[^su])s$/, "");
  const noun =
    TITLE_HEADS.has(role) ||
    TITLE_HEADS.has(one) ||
    BODY_NOUNS.has(role) ||
    BODY_NOUNS.has(one) ||
    (PERSON_ENDING.test(one) && isPersonRole(one));
  return noun && !ADJECTIVE_ROLES.has(role);
}
/** Endings only nouns for people have ("-er" and "-ent" make adjectives too: "smaller", "prominent"). */
const PERSON_ENDING = /(?:ist|ian|man|woman|person)$/;
const ADJECTIVE_ROLES = new Set(["official", "general", "chief", "executive", "deputy", "principal", "head"]);

/** A plural role ("analysts") or a body's noun ("research firm"): the name after it is a body's. */
export const namesBodyRole = (role: string) => BODY_NOUNS.has(role) || /[^su]s$/.test(role);

/**
 * "Trade and Industry Secretary Patricia Hewitt": the words of an office's name before the "and" that
 * a run of capitals opening on a title follows; none after a name ("Tony Blair and Chancellor Gordon
 * Brown", a run that opens on a title's own word) or after anything but capitals.
 */
export function officeBefore(tokens: readonly Token[], at: number, common: ReadonlySet<string>): string[] {
  if (!["and", "&"].includes(tokens[at - 1]?.text ?? "") || TITLE_HEADS.has(tokens[at]!.lower)) return [];
  let k = at - 2;
  while (k >= 0 && k > at - 2 - OFFICE_WORDS && tokens[k]!.kind === "word" && tokens[k]!.capitalised) k--;
  if (k === at - 2 || (k >= 0 && !OFFICE_OPENERS.has(tokens[k]!.lower))) return [];
  // (Words the article also writes in lower case, not a name nor a title of their own: "Trade",
  // "Work", "Economic"; not "Trump and Ohio Gov. John Kasich".)
  const words = tokens.slice(k + 1, at - 1);
  const office = words.every(
    (t) =>
      (common.has(t.lower) || OFFICE_NAME_WORDS.has(t.lower)) &&
      !isFirstName(t.lower) &&
      !TITLE_HEADS.has(t.lower) &&
      !COURTESY.has(t.lower) &&
      !PERSON_PRONOUNS.has(t.lower),
  );
  return office ? tokens.slice(k + 1, at).map((t) => t.text) : [];
}
/** Words that name what a ministry or department does, whether or not the article writes them in lower case. */
const OFFICE_NAME_WORDS = new Set(
  `trade work economic economy culture media environment food health social transport defence foreign
  home education skills business energy industry finance housing planning commerce agriculture science`.split(
    /\s+/,
  ),
);
/** Words at most of an office's name before its "and". */
const OFFICE_WORDS = 3;
/** What may stand before an office's name: a verb of saying, a determiner, a mark. */
const OFFICE_OPENERS = new Set([
  "said",
  "says",
  "the",
  "a",
  "by",
  "former",
  "new",
  ",",
  "(",
  "and",
  "but",
  "told",
]);

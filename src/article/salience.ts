/**
 * Who the text is about as it is read: the last speaker, the last sentence's subject and the
 * subject just before. Pronouns ("he said") and roles ("the minister", "the veteran builder")
 * resolve against them and the article's registry.
 */
import { mentionEndingAt, mostRecent, quoteKind, type SentenceContext } from "./clauses.ts";
import { endsAttribution, SEPARATE_ROLES } from "./cues.ts";
import { isEnglishWord } from "./dictionary.ts";
import { guessedGender } from "./first-names.ts";
import { AGED, HELD_ROLES, PERSON_PRONOUNS, PLURAL_GROUP, VERB_FILLERS } from "./lexicon.ts";
import { opensOnUnnamed } from "./pronoun-evidence.ts";
import { frontedObjects, introducedAfter, otherThanSubject } from "./pronoun-scope.ts";
import type { Entity, Mention, Registry } from "./registry.ts";
import { isSubjectMention, sentenceSubject } from "./sentence-subject.ts";
import { isSpeechVerb } from "./speech-verbs.ts";
import type { Token } from "./text.ts";

interface Seen {
  entity: Entity;
  paragraph: number;
  /** The registry's clock when they were quoted or written about. */
  at: number;
}

export class Salience {
  lastSpeaker: Seen | null = null;
  /** The person the previous sentence was about: where "he said" most often points. */
  lastSubject: Seen | null = null;
  /**
   * The subject of the sentence just read, if it has one: a quote standing alone after it is theirs.
   * `acts` when it names them doing something (see `actsByName`); not when it only says what they
   * are or asks about them ("Bob was one of the most mesmeric people I've worked with.", "…, as
   * Kilroy-Silk once declared?"): an interview's words about someone, no cue that they speak next.
   * `tokens` are the sentence's, looked at only when a quote after it may be theirs.
   */
  priorSubject: (Seen & { sentence: number; acts: boolean; tokens: readonly Token[] }) | null = null;

  /** Everyone who has spoken so far, quoted or reported. */
  private readonly speakers = new Set<Entity>();
  /** People the quoted words of the sentence being read call by first name alone (see `readQuotes`). */
  addressed: ReadonlySet<Entity> = new Set();

  constructor(private readonly registry: Registry) {}

  /** After a sentence is read: its subject becomes the one the next "he said" most likely means. */
  noteSubject(sentence: SentenceContext, reporter: Entity | null = null): void {
    const subject = reporter ?? this.pronounSubject(sentence) ?? sentenceSubject(sentence);
    if (!subject) {
      this.priorSubject = null;
      return;
    }
    const { paragraph } = sentence;
    const at = this.registry.now;
    this.lastSubject = { entity: subject, paragraph, at };
    // (Field by field: a spread copy costs V8 several times as much, once a sentence.)
    const acts = actsByName(sentence, subject);
    const { tokens } = sentence;
    this.priorSubject = { entity: subject, paragraph, at, sentence: sentence.index, acts, tokens };
  }

  /**
   * Did the sentence just before, in this one's paragraph, name someone other than `speaker` doing
   * something ("Bello does not hesitate. “More nurses.”")? The quote after it is then theirs, not
   * the last paragraph's speaker's going on.
   */
  takesOver(sentence: SentenceContext, speaker: Entity, sameParagraph: boolean): boolean {
    const prior = this.priorSubject;
    return (
      prior !== null &&
      prior.sentence === sentence.index - 1 &&
      prior.paragraph === sentence.paragraph &&
      prior.acts &&
      prior.entity.kind === "person" &&
      prior.entity !== speaker &&
      // (Within a paragraph, only narration about someone who has spoken: "Ruddock, though, is keen …".)
      (!sameParagraph || (this.speakers.has(prior.entity) && !prior.tokens.some((t) => t.kind === "quote")))
    );
  }

  /**
   * "Asked who leads the party, he said Ryan.": a "he" or "she" before anyone named is the
   * sentence's subject, and stays the person the next "he said" means.
   */
  private pronounSubject(sentence: SentenceContext): Entity | null {
    const { tokens, mentions } = sentence;
    const firstNamed = mentions.find((m) => !m.possessive)?.start ?? tokens.length;
    const at = tokens.findIndex((t, i) => i < firstNamed && (t.lower === "he" || t.lower === "she"));
    if (at < 0) return null;
    const found = this.resolvePronoun(sentence, at);
    return found?.kind === "person" ? found : null;
  }

  /**
   * Before a sentence is attributed: whom its quoted words call by first name alone ("I've had more
   * than a quiet word with Olof", "Steven is above money") is spoken to or about, not speaking, so a
   * pronoun of the sentence ("…," he told) does not mean them. A first name in words quoted within
   * the quote ("she said, 'Susan, I can't'") is the speaker's own as often. Sentences of one direct quote only.
   */
  readQuotes(sentence: SentenceContext): void {
    const { tokens } = sentence;
    const quotes = tokens.flatMap((t, q) => (t.kind === "quote" ? [q] : []));
    // With two quotes, the pronoun may be the other quote's speaker ("He accused them of using him as
    // "a stalking horse", but Parry explained: "Steve has never been …""); a few words quoted may be
    // what the speaker says others say ("he accused the moderators of asking "please attack Ted" questions").
    const direct = quotes.length === 1 && quoteKind(tokens, quotes[0]!) === "direct";
    const quoted = direct ? tokens[quotes[0]!]!.text.replace(NESTED_QUOTE, " ") : "";
    this.addressed = quoted
      ? new Set(
          this.registry
            .persons()
            .filter((p) => p.nameWords.length > 1 && callsByFirstName(quoted, p.nameWords[0]!)),
        )
      : new Set();
  }

  noteSpeaker(entity: Entity, paragraph: number): void {
    this.lastSpeaker = { entity, paragraph, at: this.registry.now };
    this.speakers.add(entity);
    entity.lastSeen = this.registry.now;
  }

  /**
   * "the spokesman" → the unnamed spokesman quoted before, else the person titled so; "the minister"
   * may also be the person just named. People named later in this sentence are not candidates.
   */
  roleReference(head: string, sentence: SentenceContext, at: number, people = false): Entity | null {
    const later = new Set(sentence.mentions.filter((m) => m.start >= at).map((m) => m.entity));
    const earlier = (e: Entity) => !later.has(e);
    const unnamed = mostRecent(
      this.registry.entities,
      (e) =>
        earlier(e) &&
        e.kind === "person" &&
        e.name.toLowerCase().endsWith(` ${head}`) &&
        !this.registry.isNamed(e),
    );
    if (unnamed) return unnamed;
    const persons = this.registry.persons().filter(earlier);
    // "Ortiz, 34, … the 34-year-old said": the one the article gave that age.
    const age = AGED.test(head) ? Number.parseInt(head, 10) : Number.NaN;
    const ofAge = mostRecent(persons, (p) => p.age === age);
    if (ofAge) return ofAge;
    // "Minar, ranked 158th, was forced to pull out … 'For me, this was a big success,' said the
    // 20-year-old": an age no one was given is the person the sentence before was about, as a
    // people is, not the one quoted before them (whose age, if stated, is another).
    if (!Number.isNaN(age)) {
      const prior = this.priorPerson(sentence, earlier);
      if (prior && prior.age === undefined) return prior;
    }
    const titled = mostRecent(persons, (p) => p.title?.toLowerCase().split(" ").includes(head) ?? false);
    // A spokesman or an official is someone else; a leader or minister is likely the one just named.
    if (titled) return titled;
    // "Mr. Trump took on Hillary Clinton after the Democratic front-runner had said …": a role in the
    // sentence of a named subject is the other person it names; the subject would be "he".
    const other = otherThanSubject(sentence, at);
    const otherNamed = other && this.registry.isNamed(other) ? other : null;
    // (Not one the article gave a role no office-holder has: "Tom Becker, her neighbor, … the mayor said".)
    if (HELD_ROLES.has(head))
      return otherNamed && !holdsNoOffice(otherNamed, head)
        ? otherNamed
        : mostRecent(persons, (p) => !holdsNoOffice(p, head));
    // "the veteran builder", "the New York businessman": a role no one was given is the person the
    // story is about, the one just quoted or written about, not someone new.
    if (SEPARATE_ROLES.has(head)) return null;
    // "Roddick was left frustrated … "…," said the American": a people names the subject of the
    // sentence just before; failing that, the one quoted in it ("… because I'd had enough." The
    // Russian added that …); else no one (someone quoted earlier may be of another people).
    if (people) return this.priorPerson(sentence, earlier) ?? this.speakerJustBefore(earlier);
    if (otherNamed) return otherNamed;
    const salient = [this.lastSpeaker, this.lastSubject].find(
      (s) =>
        s &&
        this.closeEnough(s, sentence) &&
        s.entity.kind === "person" &&
        earlier(s.entity) &&
        (Number.isNaN(age) || s.entity.age === undefined),
    );
    if (salient && this.registry.isNamed(salient.entity)) return salient.entity;
    // "… Mourinho's representatives … The Portuguese boss had been out of work. The 56-year-old
    // said": an age is a person's, the one named by full name last, just before.
    if (!AGED.test(head)) return null;
    const last = mostRecent(persons, (p) => this.registry.isNamed(p) && p.nameWords.length > 1);
    return last && this.registry.now - last.lastSeen <= AGE_REACH ? last : null;
  }

  /**
   * Whether the one last quoted or written about is still in view: in this paragraph or the one
   * before, or two back with no one else named since ("Donald Trump isn't saying much. / Baiting the
   * moderators. / The Republican presidential nominee has wondered …").
   */
  private closeEnough(seen: Seen, sentence: SentenceContext): boolean {
    const gap = sentence.paragraph - seen.paragraph;
    if (gap <= 1) return true;
    return gap === 2 && !this.registry.entities.some((e) => e !== seen.entity && e.lastSeen > seen.at);
  }

  /** The named person the sentence just before was about, if it was about one. */
  /** The named person quoted in the sentence just before this one, if any. */
  private speakerJustBefore(earlier: (e: Entity) => boolean): Entity | null {
    const last = this.lastSpeaker;
    if (!last || last.at !== this.registry.now - 1) return null;
    return this.namedPersonBefore(last.entity, earlier);
  }

  private priorPerson(sentence: SentenceContext, earlier: (e: Entity) => boolean): Entity | null {
    const prior = this.priorSubject;
    if (!prior || prior.sentence !== sentence.index - 1) return null;
    return this.namedPersonBefore(prior.entity, earlier);
  }

  /** The entity if it is a person named in full, seen before the words being attributed; else null. */
  private namedPersonBefore(entity: Entity, earlier: (e: Entity) => boolean): Entity | null {
    return entity.kind === "person" && earlier(entity) && this.registry.isNamed(entity) ? entity : null;
  }

  /**
   * "the firm", "the company": the body that spoke last before, named in one word that no first
   * name, title or pronoun made a person's ("Macrovision says its … technology will …" then "said the
   * firm"). None when no such body has spoken: a description is better than a guess.
   */
  bodyReference(sentence: SentenceContext, at: number): Entity | null {
    const later = new Set(sentence.mentions.filter((m) => m.start >= at).map((m) => m.entity));
    return mostRecent(
      this.registry.entities,
      (e) => !later.has(e) && this.speakers.has(e) && this.oneWordBody(e),
    );
  }

  /** A name of one word that no first name, title or pronoun made a person's: a body, as likely. */
  private oneWordBody(e: Entity): boolean {
    if (!this.registry.isNamed(e)) return false;
    if (e.kind === "organisation") return true;
    return (
      e.nameWords.length === 1 &&
      !e.name.includes(" ") &&
      e.gender === null &&
      e.title === null &&
      /^\p{Lu}/u.test(e.name)
    );
  }

  /** "Lazar said he …", "Kunin told reporters that she …": the one who says, named right before the verb. */
  private reportingSubject(sentence: SentenceContext, at: number): Entity[] {
    const { tokens } = sentence;
    let v = at - 1;
    if (tokens[v]?.lower === "that") v--;
    if (!isSpeechVerb(tokens, v)) return [];
    let end = v - 1;
    while (end >= 0 && VERB_FILLERS.has(tokens[end]!.lower)) end--;
    const named = mentionEndingAt(sentence.mentions, end, false);
    return named ? [named.entity] : [];
  }

  /** He/she/they outside quotes: someone named earlier in the sentence, else the last speaker. */
  resolvePronoun(
    sentence: SentenceContext,
    at: number,
    want = PERSON_PRONOUNS.get(sentence.tokens[at]!.lower)!,
  ): Entity | null {
    const before = sentence.mentions.filter((m) => m.end <= at);
    // Salient first: named earlier in this sentence, the last sentence's subject, the last speaker.
    const salient = [
      ...this.reportingSubject(sentence, at),
      // A subject before an object or a name that only qualifies a role ("Cruz spokesman Rick Tyler").
      ...before.filter((m) => isSubjectMention(sentence.tokens, m)).map((m) => m.entity),
      ...before.filter((m) => !m.possessive).map((m) => m.entity),
      ...before.filter((m) => m.possessive).map((m) => m.entity),
      ...withinReach(sentence, this.lastSubject),
      ...withinReach(sentence, this.lastSpeaker),
    ];
    // "…," it said: a body, never a person; one named in a word may be one.
    if (sentence.tokens[at]!.lower === "it") return this.resolveIt(before.map((m) => m.entity));
    // "When he took the stage after Mr. Vander Plaats's introduction, he said": the same pronoun
    // earlier in the sentence, with no one it could mean named since but as an owner, is the same one.
    const same = sentence.tokens.findLastIndex((t, k) => k < at && t.lower === sentence.tokens[at]!.lower);
    if (same >= 0 && (want === "m" || want === "f")) {
      const since = before.filter((m) => m.start > same && !m.possessive && mayMean(m.entity, want));
      if (since.length === 0) return this.resolvePronoun(sentence, same, want);
    }
    // "My mother has softened with age, but even now she still says": the one the sentence opens on,
    // unnamed, not someone named further back.
    const named = before.some((m) => mayMean(m.entity, want));
    if (want !== "p" && !named && opensOnUnnamed(sentence.tokens, sentence.mentions, at, want)) return null;
    const fronted = frontedObjects(sentence, before, at);
    // "Hunter said he will not vote for Trump. Also, Trump isn't a conservative, he said.": the one
    // who spoke in the sentence before goes on; whom the clause names is what they speak of.
    const goingOn = this.speakerGoingOn(sentence, before, at, want);
    if (goingOn) for (const m of before) fronted.add(m.entity);
    for (const e of this.addressed) fronted.add(e);
    // "A man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar": someone first named
    // after the pronoun, in its own sentence, is not whom it means.
    for (const e of introducedAfter(sentence, at)) fronted.add(e);
    // The nearest salient person the pronoun can mean: one of unknown gender just named beats one
    // of the right gender named further back. A "they" no body fits is not the last person quoted
    // (a group written about since, most often): a person's singular "they" is left to the model.
    const found =
      salient.find((e) => mayMean(e, want) && !fronted.has(e)) ??
      mostRecent(this.registry.entities, (e) => means(e, want) && !fronted.has(e)) ??
      mostRecent(this.registry.entities, (e) => mayMean(e, want) && !fronted.has(e));
    if (found && want !== "p" && found.kind === "person") {
      if (maleByRoleOnly(found, want)) found.gender = found.stated = want;
      // "… Okonkwo's challenge to Clinton. When she …": where someone of that gender was just named, the
      // pronoun may be theirs, so it does not decide the gender of a name no list knows.
      if (found.gender === null && this.justNamedOfGender(found, want)) return found;
      // Nor does one that reached them only as the last one quoted or written about, with no mention
      // in this sentence or the one before ("… Kowalczyk said. The real estate mogul has won … he won").
      if (found.gender === null && this.registry.now - found.lastSeen > 1) return found;
      found.gender ??= want;
      // The pronoun that points to them is the article's own word about them.
      found.stated ??= want;
    }
    return found;
  }

  /** The one who spoke in the sentence before, when a pronoun ends this one's clause ("…, he said"). */
  private speakerGoingOn(
    sentence: SentenceContext,
    before: readonly Mention[],
    at: number,
    want: "m" | "f" | "p",
  ): Entity | null {
    const { tokens } = sentence;
    const verb = at + 1;
    if (tokens[at - 1]?.text !== "," || verb >= tokens.length) return null;
    const closes = (k: number) => tokens[k] === undefined || /^[.!?]$/.test(tokens[k]!.text);
    if (!endsAttribution(tokens, verb) && !(isSpeechVerb(tokens, verb) && closes(verb + 1))) return null;
    const prior = this.priorSubject;
    const speaker = this.lastSpeaker?.entity;
    if (!prior || prior.sentence !== sentence.index - 1 || prior.entity !== speaker) return null;
    if (!mayMean(speaker, want) || before.some((m) => m.entity === speaker)) return null;
    // ("Then a student, Ms. Rosa Olin found skating a salve, she said": one first named as the
    // clause's subject is who it goes on to quote, as news copy writes it.)
    const subject = before.find((m) => isSubjectMention(tokens, m) && startsPredicate(tokens[m.end]));
    return subject?.entity.kind === "person" && subject.entity.named <= 1 ? null : speaker;
  }

  /**
   * "it": a body named earlier in the sentence, else the last organisation written of, else a body
   * named in one word that has spoken. Never a person: "…," it said is no one's words when no
   * body is in view.
   */
  private resolveIt(before: readonly Entity[]): Entity | null {
    return (
      before.findLast((e) => e.kind === "organisation" || this.oneWordBody(e)) ??
      mostRecent(this.registry.entities, (e) => e.kind === "organisation" && !describesMany(e)) ??
      mostRecent(this.registry.entities, (e) => this.speakers.has(e) && this.oneWordBody(e))
    );
  }

  /** Whether someone else of gender `want` was named in this sentence or the one before. */
  private justNamedOfGender(found: Entity, want: "m" | "f"): boolean {
    const rival = mostRecent(this.registry.entities, (e) => e !== found && means(e, want));
    return rival !== null && this.registry.now - rival.lastSeen <= 1;
  }
}

/** "Chart analysts", "senior officials": a description of a group, whom "it" never means. */
function describesMany(e: Entity): boolean {
  // (Not a body's name written with a plural in lower case: "the Association of British insurers".)
  if (e.nameWords.slice(1).some((w) => w !== w.toLowerCase())) return false;
  const head = e.nameWords.at(-1)!.toLowerCase();
  return PLURAL_GROUP.test(head) || /[^siu]s$/.test(head);
}

/** Words quoted within a quote, in single quotes: an apostrophe inside a word opens none. */
/** Sentences at most since the person an age refers back to was last named. */
const AGE_REACH = 3;

const NESTED_QUOTE = /‘[^’]*’|(?<![\p{L}\d])'[^']*'(?![\p{L}\d])/gu;

/**
 * Whether `text` holds the first name `first` with no capitalised word after it ("with Olof."). A
 * first name that is also a word ("Will", "Harry", "Hope") counts only inside a sentence, where its
 * capital is the name's.
 */
function callsByFirstName(text: string, first: string): boolean {
  const word = isEnglishWord(first.toLowerCase());
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const end = at + first.length;
    if (/[\p{L}\d]/u.test(text[at - 1] ?? "") || /[\p{L}\d]/u.test(text[end] ?? "")) continue;
    if (/^[\s,]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    if (!(word && OPENS_SENTENCE.test(text.slice(0, at)))) return true;
  }
  return false;
}

/** Text before a word that opens a sentence: nothing, or an end of sentence or an opening quote. */
const OPENS_SENTENCE = /(?:^|[.!?“‘"(])\s*$/u;

/** Whether the article gave someone a role that no one holding an office is called by ("her neighbor"). */
function holdsNoOffice(p: Entity, office: string): boolean {
  // ("Mr Mubanga, 32, from Wembley, said … The home secretary said": the article gives the age of
  // people in the news, seldom of those in public office.)
  if (p.age !== undefined && PUBLIC_OFFICES.has(office)) return true;
  const head = p.title?.toLowerCase().split(" ").at(-1);
  return head !== undefined && PRIVATE_ROLES.has(head);
}
const PUBLIC_OFFICES = new Set(
  `minister secretary president chancellor premier mayor governor senator mp msp mep ambassador
  commissioner`.split(/\s+/),
);
const PRIVATE_ROLES = new Set(
  `neighbor neighbour resident student pupil fan friend witness victim mother father wife husband
  daughter son sister brother voter supporter protester analyst economist expert researcher
  spokesman spokeswoman spokesperson lawyer aide adviser advisor`.split(/\s+/),
);

/** A word a subject's predicate opens with ("found", "was"), not a quote or a name after it. */
const startsPredicate = (t: Token | undefined) => t?.kind === "word" && !t.capitalised;

/** News paragraphs are a sentence or two: "he" may reach back over one paragraph to its person. */
function withinReach(sentence: SentenceContext, last: Seen | null): Entity[] {
  return last && sentence.paragraph - last.paragraph <= 2 ? [last.entity] : [];
}

/**
 * Whom a pronoun of this gender ("p": "they", of a body) means for sure. This and `mayMean` are not
 * closures in `resolvePronoun`: tsx names each named closure as it is made, a share of parsing.
 */
function means(e: Entity, want: "m" | "f" | "p"): boolean {
  return want === "p" ? e.kind === "organisation" : e.kind === "person" && e.gender === want;
}

/** Whom it may mean: also a person of unknown gender, or one only a role in "-man" made male. */
function mayMean(e: Entity, want: "m" | "f" | "p"): boolean {
  return (
    means(e, want) || (want !== "p" && e.kind === "person" && (e.gender === null || maleByRoleOnly(e, want)))
  );
}

/**
 * "Jane Roe, the party's chairman, … she said": a role in "-man" ("spokesman", "chairman") is written
 * of women too, so the male gender it gave a named person yields to a "she" about them, unless a first
 * name says so. (An unnamed "council spokesman" is described so: "she" is someone else.)
 */
function maleByRoleOnly(e: Entity, want: "m" | "f" | "p"): boolean {
  if (want !== "f" || e.gender !== "m") return false;
  const words = (e.title?.split(" ") ?? []).map((w) => w.toLowerCase());
  const first = e.nameWords.length > 1 ? e.nameWords[0] : undefined;
  return words.some((w) => MAN_ROLE.test(w)) && guessedGender(first) !== "m" && !COURTEOUS.test(e.name);
}
const MAN_ROLE = /^(?:spokes|chair|congress)man$/;
const COURTEOUS = /^(?:Mr|Sir|Lord)\b/;

/** Verbs that say what someone is, not what they do. */
const COPULAS = new Set(["is", "was", "are", "were", "remains", "remained", "becomes", "became"]);

/** Words at most between a subject and the verb that says what they are ("Bob in the 1990s became"). */
const COPULA_REACH = 4;

/**
 * Does the sentence name `subject` doing something: named, not by a pronoun (a memoir's "he toured
 * Africa" is its teller's words), in a statement, not a question, and not only said to be something
 * ("Bob was …")?
 */
function actsByName(sentence: SentenceContext, subject: Entity): boolean {
  const { tokens } = sentence;
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.kind === "quote") last--;
  if (tokens[last]?.text === "?") return false;
  const mention = sentence.mentions.find((m) => m.entity === subject && !m.possessive);
  if (!mention) return false;
  for (let k = mention.end; k < mention.end + COPULA_REACH && k < tokens.length; k++) {
    if (tokens[k]!.kind !== "word") return true;
    if (COPULAS.has(tokens[k]!.lower)) return false;
  }
  return true;
}

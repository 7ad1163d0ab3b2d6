/**
 * Who said what: attributes each quoted span and each reported-speech clause to a speaker,
 * working sentence by sentence in document order so pronouns and continued quotes can look back.
 */
import {
  descriptionStart,
  mentionEndingAt,
  onlyTitleBefore,
  quoteKind,
  type SentenceContext,
  SUBORDINATORS,
  titledMention,
} from "./clauses.ts";
import {
  attributesQuote,
  authorMarkBefore,
  beforeBracket,
  endsAttribution,
  givenBySomeone,
  namesSomething,
  namesTerm,
  namesWork,
  POSSESSIVE_PRONOUNS,
  TRANSCRIPT_LABEL,
  WORDS_NOUNS,
} from "./cues.ts";
import { Descriptions } from "./descriptions.ts";
import type { QuoteKind } from "./facts.ts";
import {
  AUXILIARIES,
  DETERMINERS,
  quoteWords,
  SIGNATURE_DASHES,
  SPEAKER_NOUNS,
  VERB_FILLERS,
} from "./lexicon.ts";
import type { Entity, Registry } from "./registry.ts";
import { accordingSpan, reportedSpan, type TextSpan } from "./reported-speech.ts";
import { Salience } from "./salience.ts";
import { nearestMention, sentenceSubject } from "./sentence-subject.ts";
import { candidatesFor, learnedChooser, type SpeakerChooser } from "./speaker-model.ts";
import { isNegatedVerb, isSpeechVerb } from "./speech-verbs.ts";
import { isPassive, reportsBackshifted, subjectEnd, subjectStart } from "./subject-span.ts";
import { Subjects } from "./subjects.ts";
import type { QuoteSpan, Token } from "./text.ts";

export interface AttributedQuote {
  span: QuoteSpan;
  speaker: Entity | null;
  kind: QuoteKind;
  sentence: number;
}

export interface AttributedReport extends TextSpan {
  speaker: Entity;
  sentence: number;
}

/** A quote that is said to be no one's in view: the search for its speaker stops there. */
const NOBODY = Symbol("nobody");

/** What a verb of saying says itself, rather than the quote before it ("she said yes"). */
const OWN_OBJECTS = new Set(["yes", "no", "nothing"]);
/** Words that join a clause of its own to the one before. */
const COORDINATORS = new Set(["and", "but", "or", "while", "as", "so", "yet"]);

export class Attributor {
  private lastQuote: { entity: Entity | null; paragraph: number } | null = null;
  /** Who a sentence ending in a colon introduced ("Blackwell wrote:"): the quote after it is theirs. */
  private introduced: { entity: Entity; paragraph: number } | null = null;
  /** Who spoke in a sentence without quotes after the last quote: the next quote standing alone is theirs. */
  private newSpeaker: { entity: Entity; paragraph: number } | null = null;
  readonly quotes: AttributedQuote[] = [];
  readonly reports: AttributedReport[] = [];
  /** How many quotes each speaker has so far. */
  private readonly quotesBy = new Map<Entity, number>();

  private readonly salience: Salience;
  private readonly subjects: Subjects;
  private readonly descriptions: Descriptions;

  constructor(
    private readonly registry: Registry,
    private readonly choose: SpeakerChooser = learnedChooser,
  ) {
    this.salience = new Salience(registry);
    this.descriptions = new Descriptions(registry, this.salience);
    this.subjects = new Subjects(registry, this.salience, this.descriptions);
  }

  /** Attributes the quotes and reported speech of the next sentence. */
  read(sentence: SentenceContext): void {
    const { tokens } = sentence;
    let introducer: Entity | null = null;
    let reporter: Entity | null = null;
    this.salience.readQuotes(sentence);
    for (let v = 0; v < tokens.length; v++) {
      // ("The current rules were not written down": no one speaks through a negated verb.)
      if (!isSpeechVerb(tokens, v) || isNegatedVerb(tokens, v)) continue;
      const speaker = this.subjects.ofVerb(sentence, v);
      if (!speaker) continue;
      introducer = speaker;
      if (speaker.kind === "person") reporter ??= speaker;
      this.salience.noteSpeaker(speaker, sentence.paragraph);
      const span = reportedSpan(sentence, v, speaker);
      if (span) this.reports.push({ speaker, ...span, sentence: sentence.index });
    }
    this.readAccordingTo(sentence);
    const last = tokens[tokens.length - 1];
    // "Blackwell wrote:", "Trump issued the following statement:": whoever the sentence is about.
    introducer ??= last?.text === ":" ? sentenceSubject(sentence) : null;
    if (last?.text === ":" && introducer)
      this.introduced = { entity: introducer, paragraph: sentence.paragraph };
    tokens.forEach((token, q) => {
      if (token.kind !== "quote" || !token.span) return;
      const speaker = this.quoteSpeaker(sentence, q);
      if (speaker) this.salience.noteSpeaker(speaker, sentence.paragraph);
      this.quotes.push({ span: token.span, speaker, kind: quoteKind(tokens, q), sentence: sentence.index });
      if (speaker) this.quotesBy.set(speaker, (this.quotesBy.get(speaker) ?? 0) + 1);
      this.lastQuote = { entity: speaker, paragraph: sentence.paragraph };
    });
    // "Or maybe Jeb Bush, consultant Phil Musser says. "…"": a quote standing after a sentence in which
    // someone new speaks continues them, not the quote before.
    if (tokens.some((t) => t.kind === "quote")) this.newSpeaker = null;
    else if (reporter) this.newSpeaker = { entity: reporter, paragraph: sentence.paragraph };
    this.salience.noteSubject(sentence, reporter);
  }

  /** "According to the report, sales fell.", "Sales fell, according to the report.": the source's words. */
  private readAccordingTo(sentence: SentenceContext): void {
    const { tokens } = sentence;
    const v = tokens.findIndex((t, k) => t.lower === "according" && tokens[k + 1]?.lower === "to");
    const span = v >= 0 ? accordingSpan(tokens, v) : null;
    const source = span ? this.subjects.afterVerb(sentence, v + 1) : null;
    if (span && source) this.reports.push({ speaker: source, ...span, sentence: sentence.index });
  }

  /** The order of evidence for a quote's speaker, strongest first. */
  private quoteSpeaker(sentence: SentenceContext, q: number): Entity | null {
    // `the author of "Hillbilly Elegy"`: a work's title, nobody's words.
    if (namesWork(sentence.tokens, q) || namesTerm(sentence.tokens, q)) return null;
    const attributed =
      this.labelled(sentence, q) ??
      this.namedBeforeColon(sentence, q) ??
      this.introducingVerb(sentence, q) ??
      this.attributionAfter(sentence, q);
    if (attributed) return attributed === NOBODY ? null : attributed;
    // `on CNN's "State of the Union,"`, `a script called "Wild Rose,"`: words in Title Case that no
    // verb of saying gives anyone name a show, a work, a group or a slogan.
    if (namesSomething(sentence.tokens[q]!.text) && !givenBySomeone(sentence.tokens, q)) return null;
    const found =
      this.ownWords(sentence, q, true) ??
      this.verbBefore(sentence, q) ??
      this.verbAfter(sentence, q) ??
      this.describedBefore(sentence, q) ??
      this.introducedBefore(sentence, q);
    if (found) return found === NOBODY ? null : found;
    // `"… and Philip is very supportive."` with no words saying who speaks: whom the quote calls by
    // first name is spoken of, so not the one carried over or guessed.
    const guessed =
      this.continued(sentence, q) ??
      this.ownWords(sentence, q) ??
      this.clauseSubject(sentence, q) ??
      this.unattributed(sentence, q);
    return guessed === NOBODY || (guessed && this.salience.addressed.has(guessed)) ? null : guessed;
  }

  /**
   * No words say who speaks: the learned model chooses among the people in view, or nobody. The
   * hand-written guess (the prior subject, the nearest name, the last speaker) is one of its features.
   */
  private unattributed(sentence: SentenceContext, q: number): Entity | null {
    const { lastSpeaker, lastSubject, priorSubject } = this.salience;
    // (A word or two in quotes, in a sentence that names no one and where no one says anything,
    // carries no speaker over from the paragraph before: "stretching out in their own "space"" after
    // another story's speaker is a term, not their words.)
    const { tokens } = sentence;
    const term =
      quoteWords(tokens[q]!.text).length <= TERM_WORDS &&
      !sentence.mentions.some((m) => m.entity.kind === "person") &&
      !tokens.some((_, k) => isSpeechVerb(tokens, k));
    const reach = term ? 0 : 1;
    const rulePick =
      this.standalone(sentence) ??
      nearestMention(sentence, q) ??
      (lastSpeaker && sentence.paragraph - lastSpeaker.paragraph <= reach && tokens.length > 1
        ? lastSpeaker.entity
        : null);
    const candidates = candidatesFor({
      sentence,
      q,
      registry: this.registry,
      rulePick,
      lastSpeaker,
      lastSubject,
      priorSubject,
      lastQuote: this.lastQuote,
      quotesBy: this.quotesBy,
    });
    return this.choose(candidates, this.quotes.length);
  }

  /** `"PENCE: Well, look, …"`: a transcript's speaker label opens the quote. */
  private labelled(sentence: SentenceContext, q: number): Entity | null {
    const label = TRANSCRIPT_LABEL.exec(sentence.tokens[q]!.text)?.[1];
    if (!label) return null;
    return this.registry.bySurname(label[0]! + label.slice(1).toLowerCase()) ?? null;
  }

  /**
   * `Clinton: "Our goal is …" Bush: "The mission is …"` · `Rep. Trey Gowdy (R-S.C.): "…"`: a name
   * standing alone before a colon labels the quote after it.
   */
  private namedBeforeColon(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    if (tokens[q - 1]?.text !== ":") return null;
    const named = mentionEndingAt(sentence.mentions, beforeBracket(tokens, q - 2), false);
    if (named?.entity.kind !== "person") return null;
    let start = named.start;
    while (start > 0 && tokens[start - 1]!.kind === "word") start--;
    const opener = tokens[start - 1];
    const alone = !opener || opener.kind === "quote" || LABEL_OPENERS.has(opener.text);
    return alone && onlyTitleBefore(tokens, start, named.start) ? named.entity : null;
  }

  /**
   * `he said, "I'll put a bullet in her skull," the U.S. attorney's office said`: the words a person's
   * verb of saying opens with its comma or colon are that person's, whoever reports the sentence.
   */
  private introducingVerb(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    if (!INTRODUCING_MARKS.has(tokens[q - 1]?.text ?? "") || !isSpeechVerb(tokens, q - 2)) return null;
    const speaker = this.subjects.ofVerb(sentence, q - 2);
    return speaker?.kind === "person" ? speaker : null;
  }

  /**
   * `"…," Kelly said` · `"…," said Kelly` · `"…," he told reporters`. `NOBODY` for `"…," it said`
   * with no body in view: the words are said to be a body's, so no person's.
   */
  private attributionAfter(sentence: SentenceContext, q: number): Entity | typeof NOBODY | null {
    const { tokens } = sentence;
    const quote = tokens[q]!;
    const signed = this.signedAfter(sentence, q);
    if (signed) return signed;
    let i = q + 1;
    const comma = tokens[i]?.text === ",";
    if (comma) i++;
    if (!comma && !/[,.?!]['’]?\s*["”“]$/.test(quote.text)) return null;
    // `"…," said Kelly.` — but not `"…", said the Home Office had failed`, which reports speech.
    if (attributesQuote(tokens, i))
      return this.subjects.endsClause(tokens, i, true) ? this.subjects.afterVerb(sentence, i) : null;
    // `… as "nonsense," and Jones agreed`, `saying "That makes me smart," when Clinton blasted him`:
    // a conjunction opens a clause of its own.
    const opener = tokens[i]?.lower ?? "";
    if (COORDINATORS.has(opener) || SUBORDINATORS.has(opener)) return null;
    // `"We won." Melanie nodded.`: after a full stop only a verb of saying attributes the quote.
    const ended = !comma && /\.['’]?\s*["”“]$/.test(quote.text);
    for (let v = i; v < Math.min(tokens.length, i + 9); v++) {
      const t = tokens[v]!;
      if (t.kind === "quote" || t.text === "." || t.text === ";") break;
      // `"…," Melanie said yes`: a verb with words of its own does not say the quote.
      if (attributesQuote(tokens, v) && OWN_OBJECTS.has(tokens[v + 1]?.lower ?? "")) return null;
      if (attributesQuote(tokens, v) || (v > i && !ended && endsAttribution(tokens, v))) {
        const speaker = this.subjects.ofVerb(sentence, v, i);
        return speaker ?? (v === i + 1 && tokens[i]!.lower === "it" ? NOBODY : null);
      }
      // `"…," according to the news outlet.`
      if (t.lower === "according" && tokens[v + 1]?.lower === "to")
        return this.subjects.afterVerb(sentence, v + 1);
      // `"…," per the committee's rules.`
      if (t.lower === "per") return this.subjects.documentAfter(sentence, v);
    }
    return null;
  }

  /** `"…" ― Sonya Herridge` · `"…" / Name, title`: a pull quote signed with a dash or a slash. */
  private signedAfter(sentence: SentenceContext, q: number): Entity | null {
    if (!SIGNATURE_DASHES.has(sentence.tokens[q + 1]?.text ?? "")) return null;
    const named = sentence.mentions.find((m) => m.start === q + 2 && !m.possessive);
    return named?.entity.kind === "person" ? named.entity : null;
  }

  /**
   * The speech verb before the quote. A named person's verb wins over a nearer one whose subject
   * is only a description ("Ed Davey said instead of the "bonfire" New Labour had promised …").
   * `NOBODY` for a passive with no agent ("what has been described as a "political army"").
   */
  private verbBefore(sentence: SentenceContext, q: number): Entity | typeof NOBODY | null {
    const { tokens } = sentence;
    let fallback: Entity | null = null;
    let unsaid = false;
    for (let v = q - 1; v >= 0; v--) {
      if (tokens[v]!.lower === "according" && tokens[v + 1]?.lower === "to") {
        return this.subjects.afterVerb(sentence, v + 1);
      }
      // "Per the memo, the program is "…"": a document named as the source.
      const document = tokens[v]!.lower === "per" ? this.subjects.documentAfter(sentence, v) : null;
      if (document) return document;
      if (!isSpeechVerb(tokens, v)) continue;
      // "Rubio was asked by host Ana Ruiz, "…"", "has been called "strategic ambiguity" by Joshua
      // Hendrick", "were labelled a "big misjudgement" by the Conservatives": in the passive the
      // words are the agent's.
      const objectOnly = q - v <= 3 && tokens.slice(v + 1, q).every((t) => DETERMINERS.has(t.lower));
      const by =
        tokens[v + 1]?.lower === "by" ? v + 1 : objectOnly && tokens[q + 1]?.lower === "by" ? q + 1 : -1;
      if (by > 0 && PASSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? "")) {
        const agent = this.subjects.afterVerb(sentence, by);
        if (agent) return agent;
      }
      if (by < 0 && this.unsaidPassive(tokens, v, q)) {
        // (`was accused of "gross negligence" by Jones`: the agent after the quote.)
        const agent = tokens[q + 1]?.lower === "by" ? this.subjects.afterVerb(sentence, q + 1) : null;
        return agent ?? NOBODY;
      }
      // A verb right before the quote governs it ("what the Tories called a "bribe"").
      const governs = q - v <= 4 && !tokens.slice(v, q).some((t) => t.text === ",");
      // A negated verb says nothing of the quote ("didn't respond to requests to clarify why Trump's
      // remark about "a military operation" …"); one that governs it leaves the words nobody's
      // ("has never said "I am sorry"") unless another's verb reports them ("Mr Blair said he would
      // not respond to "tittle tattle in books"").
      if (isNegatedVerb(tokens, v)) {
        // ("did not explain Brightwater's remark about "…"": the words of the one named between.)
        if (governs && !sentence.mentions.some((m) => m.start > v && m.start < q)) unsaid = true;
        continue;
      }
      const speaker = this.subjects.ofVerb(sentence, v);
      if (speaker && (governs || speaker.kind === "person" || this.registry.isNamed(speaker))) return speaker;
      fallback ??= speaker;
    }
    return fallback ?? (unsaid ? NOBODY : null);
  }

  /**
   * `Laporte has been criticised for his "timid" approach`, `being dubbed the "presumptive nominee"`:
   * a passive verb of saying with no agent makes its subject the one spoken of, and the words
   * nobody's in view; unless someone's verb of saying reports the sentence ("Trump said he was
   * branded a "loser"", "was branded "in homage to" Lazar, Song wrote": their report of it).
   */
  private unsaidPassive(tokens: readonly Token[], v: number, q: number): boolean {
    // ("was mocked for its claim that he would be "…"": the words are the claim's maker's.)
    const between = tokens.slice(v, q);
    if (
      q - v > 8 ||
      !isPassive(tokens, v, 0) ||
      between.some((t) => /^[,;]$/.test(t.text) || WORDS_NOUNS.has(t.lower))
    )
      return false;
    for (let k = 0; k < tokens.length; k++)
      if (k !== v && isSpeechVerb(tokens, k) && !isPassive(tokens, k, 0)) return false;
    return true;
  }

  private verbAfter(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    for (let v = q + 1; v < tokens.length; v++) {
      // `… as "nonsense," and Jones agreed`: the quote's clause ends at a conjunction after it,
      // unless it joins a verb to the same subject ("has been "detained" …, and should be freed,
      // the group says").
      if (
        COORDINATORS.has(tokens[v]!.lower) &&
        tokens[v - 1]?.text === "," &&
        !AUXILIARIES.has(tokens[v + 1]?.lower ?? "")
      )
        return null;
      if (!isSpeechVerb(tokens, v) || OWN_OBJECTS.has(tokens[v + 1]?.lower ?? "")) continue;
      // "… "a military operation" had conflicted with that of Kelly, who blamed …": a relative
      // clause after the quote speaks of someone else.
      let k = v - 1;
      while (k > q && VERB_FILLERS.has(tokens[k]!.lower)) k--;
      if (tokens[k]?.lower === "who" || tokens[k]?.lower === "which") continue;
      // (After the verb only a subject that ends its clause: `, dismissed Ryan as "…"` names an object.)
      const inverted = this.subjects.endsClause(tokens, v, true)
        ? this.subjects.afterVerb(sentence, v)
        : null;
      const speaker = this.subjects.ofVerb(sentence, v, q + 1) ?? inverted;
      if (speaker) return speaker;
    }
    return null;
  }

  /** `A Tory spokesman "totally refuted" …`: a speaker named just before the quote. */
  private describedBefore(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    const end = q - 1;
    if (end < 0 || tokens[end]!.kind !== "word") return null;
    const start = descriptionStart(tokens, end);
    if (start < 0 || (start > 0 && tokens[start - 1]!.text !== ",")) return null;
    const head = tokens[end]!;
    if (!head.capitalised && !SPEAKER_NOUNS.has(head.lower)) return null;
    // `Titled "A Very Clinton Christmas," the video …`: a sentence's first word alone, no name, has
    // its capital only for opening the sentence.
    if (start === 0 && end === 0 && !sentence.mentions.some((m) => m.start === 0)) return null;
    return this.descriptions.speaker(sentence, start, end);
  }

  /** A quote opening the paragraph after "Blackwell wrote:" is Blackwell's. */
  private introducedBefore(sentence: SentenceContext, q: number): Entity | null {
    const intro = this.introduced;
    if (!intro || sentence.paragraph - intro.paragraph !== 1 || q !== 0) return null;
    this.introduced = null;
    return intro.entity;
  }

  /** A quote with no attribution of its own continues the previous quote's speaker, or one new since. */
  private continued(sentence: SentenceContext, q: number): Entity | null {
    const previous = this.newSpeaker ?? this.lastQuote;
    if (!previous?.entity || sentence.paragraph - previous.paragraph > 1) return null;
    // "Bello does not hesitate. “More nurses.”": a new paragraph that opens on someone else.
    if (this.salience.takesOver(sentence, previous.entity, previous.paragraph === sentence.paragraph))
      return null;
    const before = sentence.tokens.slice(0, q);
    return before.every((t) => t.kind === "quote" || t.kind === "punct") ? previous.entity : null;
  }

  /**
   * A sentence that is only a quote, with no attribution of its own, after a sentence about someone
   * ("Valastro praised Christie's leadership." / "We need someone who …"): the quote is theirs.
   */
  private standalone(sentence: SentenceContext): Entity | null {
    if (!sentence.tokens.every((t) => t.kind === "quote" || t.kind === "punct")) return null;
    const prior = this.salience.priorSubject;
    if (prior && prior.sentence === sentence.index - 1 && sentence.paragraph - prior.paragraph <= 1)
      return prior.entity;
    return this.salience.lastSpeaker && sentence.paragraph - this.salience.lastSpeaker.paragraph <= 1
      ? this.salience.lastSpeaker.entity
      : null;
  }

  /**
   * `Trump's remark about "a military operation"`, `his warning that Britain would go to the "back of
   * the queue"`: words named as someone's remark, call or warning are theirs. `claimed`: only the
   * content of a claim ("Boateng dismissed Smith's claim that the plan was "…"": Smith's, though a verb
   * of saying before it is Boateng's), read before that verb.
   */
  private ownWords(sentence: SentenceContext, q: number, claimed = false): Entity | null {
    const { tokens } = sentence;
    for (let k = q - 1; k >= 1 && k >= q - 8; k--) {
      const t = tokens[k]!;
      if (t.kind !== "word" || (claimed && isSpeechVerb(tokens, k))) return null;
      if (!WORDS_NOUNS.has(t.lower) || t.capitalised) continue;
      // ("X's statement that he opposed the war as "…"": words called something are the caller's.)
      if (claimed && (tokens[k + 1]?.lower !== "that" || tokens[q - 1]?.lower === "as")) return null;
      const owner = tokens[k - 1]!;
      const gender = POSSESSIVE_PRONOUNS.get(owner.lower);
      if (gender) return this.salience.resolvePronoun(sentence, k - 1, gender);
      if (!owner.possessive) return null;
      const named = mentionEndingAt(sentence.mentions, k - 1, true);
      return named?.possessive ? named.entity : null;
    }
    return null;
  }

  /**
   * A quote in a sentence with no verb of saying is its subject's words: "The agency declined to
   * detail the investigation's "…"", "A friend referred to him as "…"", "She applauded him for "…"".
   */
  private clauseSubject(sentence: SentenceContext, q: number): Entity | typeof NOBODY | null {
    const { tokens } = sentence;
    const start = subjectStart(sentence, q);
    if (start < 0) return null;
    const first = tokens[start]!;
    if (first.lower === "he" || first.lower === "she") return this.salience.resolvePronoun(sentence, start);
    // "In our review we called it “a compelling option”": outside quotation marks, "we" and "I" are
    // the writer, whose words no one else said, unless the writer names whose words they are ("I
    // noticed a post by Erik Malinowski that read, “…”", "a letter from …"). Right before the
    // quote they are the speaker's own, the quotation opened a word late: 'We "would like to …"'.
    if ((first.lower === "we" || first.text === "I") && q > start + 1)
      return this.namedAuthor(sentence, start, q) ? null : NOBODY;
    const document = this.subjects.documentSubject(sentence, start, q);
    if (document) return document;
    const titled = titledMention(sentence, start, q);
    if (titled) return titled.entity;
    const owner = sentence.mentions.find((m) => m.start === start && m.possessive);
    if (owner?.entity.kind === "person") return owner.entity;
    const end = subjectEnd(tokens, start, q);
    if (end < 0 || reportsBackshifted(tokens, end)) return null;
    if (start === 0 && end === 0 && NOT_SUBJECTS.has(first.lower)) return null;
    return this.descriptions.speaker(sentence, start, end);
  }

  /** Whether a person is named as the author of something between the writer's "I" and the quote. */
  private namedAuthor(sentence: SentenceContext, start: number, q: number): boolean {
    return sentence.mentions.some(
      (m) =>
        m.start > start &&
        m.start < q &&
        m.entity.kind === "person" &&
        authorMarkBefore(sentence.tokens, m.start),
    );
  }
}

/** What may stand before a name that labels a quote: the sentence's start, a dash, a full stop. */
const LABEL_OPENERS = new Set([".", "-", "–", "—", "―", ";"]);

/**
 * Words that open a sentence without being its subject: question words, quantifiers, conjunctions,
 * imperatives ("Consider this 2014 entry — "…"", "Such T-shirts read "…"").
 */
const NOT_SUBJECTS = new Set(
  `what why how when where which such several one two three four five all some many most few both each
  every any unless if although though because while consider imagine remember note see take look let`
    .trim()
    .split(/\s+/),
);

const INTRODUCING_MARKS = new Set([",", ":"]);
/** Auxiliaries of the passive before a verb of saying: "was asked by", "were told by". */
const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "are", "been", "being"]);

/** Words at most in a quoted term ("space", "rising slowly"). */
const TERM_WORDS = 2;

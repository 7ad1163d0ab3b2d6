/**
 * Who said what: attributes each quoted span and each reported-speech clause to a speaker,
 * working sentence by sentence in document order so pronouns and continued quotes can look back.
 */
import {
  canHeadSpeaker,
  DAY,
  DETERMINERS,
  descriptionStart,
  inSubordinateClause,
  isClauseVerb,
  isPersonRole,
  isSpeakerDescription,
  isSpeechVerb,
  isSubjectMention,
  isSubjectWord,
  joinWords,
  LINKING,
  lowerFirst,
  MESSAGE_NOUNS,
  mentionEndingAt,
  nearestMention,
  onlyTitleBefore,
  opensSentence,
  postmodifierEnd,
  quoteKind,
  reportsBackshifted,
  type SentenceContext,
  sentenceSubject,
  subjectEnd,
  subjectStart,
  titledMention,
} from "./clauses.ts";
import {
  attributesQuote,
  beforeBracket,
  endsAttribution,
  ofSpeakerNoun,
  POSSESSIVE_PRONOUNS,
  REFLEXIVES,
  TELLING,
  TRANSCRIPT_LABEL,
  WORDS_NOUNS,
} from "./cues.ts";
import type { QuoteKind } from "./facts.ts";
import {
  CLAUSE_BREAKS,
  LEADING_JUNK,
  PERSON_PRONOUNS,
  PREPOSITIONS,
  REPORTING_VERBS,
  SIGNATURE_DASHES,
  SPEAKER_NOUNS,
  TITLE_HEADS,
  VERB_FILLERS,
} from "./lexicon.ts";
import type { Entity, Registry } from "./registry.ts";
import { Salience } from "./salience.ts";
import { candidatesFor, learnedChooser, type SpeakerChooser } from "./speaker-model.ts";
import type { QuoteSpan, Token } from "./text.ts";

export interface AttributedQuote {
  span: QuoteSpan;
  speaker: Entity | null;
  kind: QuoteKind;
  sentence: number;
}

export interface AttributedReport {
  speaker: Entity;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  sentence: number;
}

export class Attributor {
  private lastQuote: { entity: Entity | null; paragraph: number } | null = null;
  /** Who a sentence ending in a colon introduced ("Blackwell wrote:"): the quote after it is theirs. */
  private introduced: { entity: Entity; paragraph: number } | null = null;
  readonly quotes: AttributedQuote[] = [];
  readonly reports: AttributedReport[] = [];
  /** How many quotes each speaker has so far. */
  private readonly quotesBy = new Map<Entity, number>();

  private readonly salience: Salience;

  constructor(
    private readonly registry: Registry,
    private readonly choose: SpeakerChooser = learnedChooser,
  ) {
    this.salience = new Salience(registry);
  }

  /** Attributes the quotes and reported speech of the next sentence. */
  read(sentence: SentenceContext): void {
    const { tokens } = sentence;
    let introducer: Entity | null = null;
    for (let v = 0; v < tokens.length; v++) {
      if (!isSpeechVerb(tokens, v)) continue;
      const speaker = this.subjectOf(sentence, v);
      if (!speaker) continue;
      introducer = speaker;
      this.salience.noteSpeaker(speaker, sentence.paragraph);
      this.reportedSpeech(sentence, v, speaker);
    }
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
    this.salience.noteSubject(sentence);
  }

  /** The order of evidence for a quote's speaker, strongest first. */
  private quoteSpeaker(sentence: SentenceContext, q: number): Entity | null {
    return (
      this.labelled(sentence, q) ??
      this.attributionAfter(sentence, q) ??
      this.verbBefore(sentence, q) ??
      this.verbAfter(sentence, q) ??
      this.describedBefore(sentence, q) ??
      this.introducedBefore(sentence, q) ??
      this.continued(sentence, q) ??
      this.ownWords(sentence, q) ??
      this.clauseSubject(sentence, q) ??
      this.unattributed(sentence, q)
    );
  }

  /**
   * No words say who speaks: the learned model chooses among the people in view, or nobody. The
   * hand-written guess (the prior subject, the nearest name, the last speaker) is one of its features.
   */
  private unattributed(sentence: SentenceContext, q: number): Entity | null {
    const { lastSpeaker, lastSubject, priorSubject } = this.salience;
    const rulePick =
      this.standalone(sentence) ??
      nearestMention(sentence, q) ??
      (lastSpeaker && sentence.paragraph - lastSpeaker.paragraph <= 1 && sentence.tokens.length > 1
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

  /** `"…," Kelly said` · `"…," said Kelly` · `"…," he told reporters`. */
  private attributionAfter(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    const quote = tokens[q]!;
    const signed = this.signedAfter(sentence, q);
    if (signed) return signed;
    let i = q + 1;
    const comma = tokens[i]?.text === ",";
    if (comma) i++;
    if (!comma && !/[,.?!]\s*["”“]$/.test(quote.text)) return null;
    // `"…," said Kelly.` — but not `"…", said the Home Office had failed`, which reports speech.
    if (attributesQuote(tokens, i))
      return this.endsClause(tokens, i) ? this.subjectAfterVerb(sentence, i) : null;
    for (let v = i; v < Math.min(tokens.length, i + 9); v++) {
      const t = tokens[v]!;
      if (t.kind === "quote" || t.text === "." || t.text === ";") break;
      if (attributesQuote(tokens, v) || (v > i && endsAttribution(tokens, v)))
        return this.subjectOf(sentence, v, i);
      // `"…," according to the news outlet.`
      if (t.lower === "according" && tokens[v + 1]?.lower === "to")
        return this.subjectAfterVerb(sentence, v + 1);
    }
    return null;
  }

  /** `"…" ― Sonya Herridge` · `"…" / Name, title`: a pull quote signed with a dash or a slash. */
  private signedAfter(sentence: SentenceContext, q: number): Entity | null {
    if (!SIGNATURE_DASHES.has(sentence.tokens[q + 1]?.text ?? "")) return null;
    const named = sentence.mentions.find((m) => m.start === q + 2 && !m.possessive);
    return named?.entity.kind === "person" ? named.entity : null;
  }

  /** Does the short phrase after the verb at `v` end its clause ("said Kelly." / "said Kelly, who")? */
  private endsClause(tokens: readonly Token[], v: number): boolean {
    for (let k = v + 1; k < tokens.length && k <= v + 8; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word") return t.kind === "punct";
      if (!t.capitalised && CLAUSE_BREAKS.has(t.lower) && !DETERMINERS.has(t.lower)) return false;
    }
    return tokens.length <= v + 9;
  }

  /**
   * The speech verb before the quote. A named person's verb wins over a nearer one whose subject
   * is only a description ("Ed Davey said instead of the "bonfire" New Labour had promised …").
   */
  private verbBefore(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    let fallback: Entity | null = null;
    for (let v = q - 1; v >= 0; v--) {
      if (tokens[v]!.lower === "according" && tokens[v + 1]?.lower === "to") {
        return this.subjectAfterVerb(sentence, v + 1);
      }
      if (!isSpeechVerb(tokens, v)) continue;
      // "Rubio was asked by host Ana Ruiz, "…"": in the passive the words are the agent's.
      if (tokens[v + 1]?.lower === "by" && PASSIVE_AUXILIARIES.has(tokens[v - 1]?.lower ?? "")) {
        const agent = this.subjectAfterVerb(sentence, v + 1);
        if (agent) return agent;
      }
      const speaker = this.subjectOf(sentence, v);
      // A verb right before the quote governs it ("what the Tories called a "bribe"").
      const governs = q - v <= 4 && !tokens.slice(v, q).some((t) => t.text === ",");
      if (speaker && (governs || speaker.kind === "person")) return speaker;
      fallback ??= speaker;
    }
    return fallback;
  }

  private verbAfter(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    for (let v = q + 1; v < tokens.length; v++) {
      if (!isSpeechVerb(tokens, v)) continue;
      // "… "a military operation" had conflicted with that of Kelly, who blamed …": a relative
      // clause after the quote speaks of someone else.
      let k = v - 1;
      while (k > q && VERB_FILLERS.has(tokens[k]!.lower)) k--;
      if (tokens[k]?.lower === "who" || tokens[k]?.lower === "which") continue;
      // `"…" for Clinton, said Kunin.`: after a comma, "said" with its subject after it closes the
      // sentence's attribution; the name before the comma belongs to the quote's clause.
      const inverted =
        tokens[v - 1]?.text === "," && this.endsClause(tokens, v) ? this.subjectAfterVerb(sentence, v) : null;
      const speaker = inverted ?? this.subjectOf(sentence, v, q + 1) ?? this.subjectAfterVerb(sentence, v);
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
    return this.describe(sentence, start, end);
  }

  /** A quote opening the paragraph after "Blackwell wrote:" is Blackwell's. */
  private introducedBefore(sentence: SentenceContext, q: number): Entity | null {
    const intro = this.introduced;
    if (!intro || sentence.paragraph - intro.paragraph !== 1 || q !== 0) return null;
    this.introduced = null;
    return intro.entity;
  }

  /** A quote with no attribution of its own continues the previous quote's speaker. */
  private continued(sentence: SentenceContext, q: number): Entity | null {
    const previous = this.lastQuote;
    if (!previous?.entity || sentence.paragraph - previous.paragraph > 1) return null;
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
   * the queue"`: words named as someone's remark, call or warning are theirs.
   */
  private ownWords(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    for (let k = q - 1; k >= 1 && k >= q - 8; k--) {
      const t = tokens[k]!;
      if (t.kind !== "word") return null;
      if (!WORDS_NOUNS.has(t.lower) || t.capitalised) continue;
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
  private clauseSubject(sentence: SentenceContext, q: number): Entity | null {
    const { tokens } = sentence;
    const start = subjectStart(sentence, q);
    if (start < 0) return null;
    const first = tokens[start]!;
    if (first.lower === "he" || first.lower === "she") return this.salience.resolvePronoun(sentence, start);
    const titled = titledMention(sentence, start, q);
    if (titled) return titled.entity;
    const owner = sentence.mentions.find((m) => m.start === start && m.possessive);
    if (owner?.entity.kind === "person") return owner.entity;
    const end = subjectEnd(tokens, start, q);
    if (end < 0 || reportsBackshifted(tokens, end)) return null;
    return this.describe(sentence, start, end);
  }

  /**
   * The subject of the speech verb at `v`: the name or description before it, skipping fillers
   * ("has also said") and a comma-bounded aside ("Kelly, speaking in Mexico's capital, said").
   * `floor` is the first token it may use.
   */
  private subjectOf(sentence: SentenceContext, v: number, floor = 0): Entity | null {
    const { tokens } = sentence;
    let i = v - 1;
    while (
      i >= floor &&
      ((VERB_FILLERS.has(tokens[i]!.lower) && !tokens[i]!.capitalised) || DAY.test(tokens[i]!.text))
    )
      i--;
    // "Sen. Elizabeth Warren (D-MA) said": a bracketed aside after the name.
    if (tokens[i]?.text === ")") {
      const open = tokens.findLastIndex((t, k) => k < i && k >= Math.max(floor, i - 8) && t.text === "(");
      if (open > floor) i = open - 1;
    }
    if (i < floor) return v + 1 < tokens.length ? this.subjectAfterVerb(sentence, v) : null;
    const t = tokens[i]!;
    if (t.text === ",") {
      // "…, adding that …" shares the main clause's subject.
      return tokens[v]!.lower.endsWith("ing")
        ? this.firstSubject(sentence, i)
        : this.subjectAcrossAside(sentence, i, floor);
    }
    if (t.kind !== "word") return null;
    if (PERSON_PRONOUNS.has(t.lower)) return this.salience.resolvePronoun(sentence, i);
    // "Cruz himself said": the name before the reflexive.
    if (REFLEXIVES.has(t.lower) && i - 1 >= floor) return this.nounPhraseEndingAt(sentence, i - 1, floor);
    const apposed = this.apposedName(sentence, i, floor);
    if (apposed) return apposed;
    if ((t.lower === "who" || t.lower === "which") && tokens[i - 1]?.text === ",") {
      return mentionEndingAt(sentence.mentions, i - 2, true)?.entity ?? null;
    }
    if ((t.lower === "and" || t.lower === "but") && !tokens[i - 1]?.capitalised) {
      return this.firstSubject(sentence, i);
    }
    return this.nounPhraseEndingAt(sentence, i, floor);
  }

  /** "Peter Misselbrook, executive partner of Tods Murray said": the name before the role. */
  private apposedName(sentence: SentenceContext, end: number, floor: number): Entity | null {
    const { tokens } = sentence;
    for (let c = end - 1; c > floor && c >= end - 8; c--) {
      const t = tokens[c]!;
      if (t.kind === "quote" || isSpeechVerb(tokens, c)) return null;
      if (t.text !== ",") continue;
      const role = tokens.slice(c + 1, end + 1);
      if (!role.some((w) => TITLE_HEADS.has(w.lower) && !w.capitalised)) return null;
      const named = mentionEndingAt(sentence.mentions, c - 1, false);
      return named?.entity.kind === "person" ? named.entity : null;
    }
    return null;
  }

  /**
   * Reads back over comma-bounded asides to the name they describe: "Kelly, speaking in Mexico's
   * capital, said", "Det Insp Joanna Freel, of South Wales Police, who led the inquiry, said",
   * "A forensic examiner hired by Lena, Patricia Mendelsohn, concluded".
   */
  private subjectAcrossAside(sentence: SentenceContext, comma: number, floor: number): Entity | null {
    const { tokens } = sentence;
    const commas = [comma];
    for (let k = comma - 1; k >= floor && k > comma - 30 && tokens[k]!.kind !== "quote"; k--) {
      if (tokens[k]!.text === ",") commas.push(k);
    }
    for (let n = 0; n < commas.length; n++) {
      const segmentStart = n + 1 < commas.length ? commas[n + 1]! + 1 : floor;
      const named = mentionEndingAt(sentence.mentions, beforeBracket(tokens, commas[n]! - 1), false);
      if (named?.entity.kind === "person" && onlyTitleBefore(tokens, segmentStart, named.start))
        return named.entity;
    }
    const open = commas[1];
    if (open === undefined) return this.nounPhraseEndingAt(sentence, comma - 1, floor);
    const before = this.nounPhraseEndingAt(sentence, open - 1, floor);
    if (before?.kind === "person") return before;
    const aside = sentence.mentions.find((m) => m.start > open && m.end <= comma && !m.possessive);
    return aside?.entity ?? before;
  }

  /** The sentence's main subject, for "X welcomed the report and called for …". */
  private firstSubject(sentence: SentenceContext, before: number): Entity | null {
    const { tokens } = sentence;
    // "In June, after Clinton suffered a concussion, Axelrod emailed her, telling her …": not the
    // subject of the opening clause.
    const mention = sentence.mentions.find(
      (m) => m.end <= before && isSubjectMention(tokens, m) && !inSubordinateClause(tokens, m.start),
    );
    // "He went on to endorse Ayotte, calling her …": a pronoun before anyone named is the subject.
    const limit = mention?.start ?? before;
    const pronoun = tokens.findIndex((t, i) => i < limit && (t.lower === "he" || t.lower === "she"));
    const resolved = pronoun >= 0 && pronoun < limit ? this.salience.resolvePronoun(sentence, pronoun) : null;
    if (resolved) return resolved;
    if (mention) return mention.entity;
    for (let v = 1; v < before; v++) {
      if (isSpeechVerb(tokens, v)) return this.nounPhraseEndingAt(sentence, v - 1, 0);
    }
    // "Earlier, the Scottish Executive considered …": skip the opening phrase, read the noun phrase.
    const comma = tokens.findIndex((t, k) => k < before && t.text === ",");
    let start = comma >= 0 && comma < 5 ? comma + 1 : 0;
    while (start < before && LEADING_JUNK.has(tokens[start]!.text)) start++;
    // "A spokeswoman for the House Armed Services Committee emailed reporters …, arguing": the whole
    // description before its verb, else the words that can make a subject.
    const described = subjectEnd(tokens, start, before);
    if (described >= 0) return this.describe(sentence, start, described);
    let end = start;
    while (end < before && isSubjectWord(tokens, end)) end++;
    return end > start ? this.describe(sentence, start, end - 1) : null;
  }

  /** `said Mr Blair` · `according to the report` · `said the prime minister`. */
  private subjectAfterVerb(sentence: SentenceContext, v: number): Entity | null {
    const { tokens } = sentence;
    const next = tokens[v + 1];
    // "… told The Huffington Post": whoever is told is never the one speaking.
    if (next?.kind !== "word" || TELLING.has(tokens[v]!.lower)) return null;
    if (PERSON_PRONOUNS.has(next.lower)) return this.salience.resolvePronoun(sentence, v + 1);
    const mention = titledMention(sentence, v + 1, v + 8);
    if (mention) return mention.entity;
    if (!next.capitalised && CLAUSE_BREAKS.has(next.lower) && !DETERMINERS.has(next.lower)) return null;
    let end = v + 1;
    while (
      end + 1 < tokens.length &&
      tokens[end + 1]!.kind === "word" &&
      !CLAUSE_BREAKS.has(tokens[end + 1]!.lower)
    ) {
      end++;
    }
    if (end - v > 6) return null;
    // "said one Republican involved in the planning", "wrote one commenter": the description ends at
    // its last word that can speak; what follows describes it.
    while (end > v + 1 && !canHeadSpeaker(tokens[end]!)) end--;
    if (!canHeadSpeaker(tokens[end]!)) return null;
    // "said a source close to the campaign": an unnamed source keeps what says who it is.
    // A capitalised head keeps it only after a determiner ("one Republican involved in …"), not after
    // a name the article never registered ("Cameron Easley for Morning Consult").
    const named = sentence.mentions.some((m) => m.end === end + 1);
    const unnamed = !tokens[end]!.capitalised || DETERMINERS.has(next.lower) || next.lower === "one";
    const described = named || !unnamed ? end : postmodifierEnd(tokens, end, v + 1);
    return this.describe(sentence, v + 1, described, true);
  }

  private nounPhraseEndingAt(sentence: SentenceContext, end: number, floor: number): Entity | null {
    const mention = mentionEndingAt(sentence.mentions, end, false);
    if (mention && !ofSpeakerNoun(sentence.tokens, mention.start)) return mention.entity;
    const { tokens } = sentence;
    const start = descriptionStart(tokens, end, floor);
    if (start < 0) return null;
    // "Trump issued a statement calling it …": the statement speaks for whoever issued it.
    if (isClauseVerb(tokens, start - 1) && MESSAGE_NOUNS.has(tokens[end]!.lower))
      return this.subjectOf(sentence, start - 1, floor);
    return this.describe(sentence, start, end);
  }

  /** Turns a description into a speaker: a person it names, a role it refers back to, or itself. */
  private describe(sentence: SentenceContext, start: number, end: number, afterVerb = false): Entity | null {
    const { tokens } = sentence;
    // "But a spokesman", "When terrorists", "As Politico": words that open the sentence, not the speaker.
    while (start <= end && (LEADING_JUNK.has(tokens[start]!.text) || opensSentence(tokens[start]!))) start++;
    if (start > end) return null;
    // A name the description ends with is the speaker, unless it is a preposition's object ("a
    // spokesman for Bernie Sanders").
    const named = sentence.mentions.find(
      (m) =>
        m.start >= start &&
        m.end === end + 1 &&
        !m.possessive &&
        !tokens.slice(start, m.start).some((t) => !t.capitalised && PREPOSITIONS.has(t.lower)),
    );
    if (named) return named.entity;
    // "Sen. Tom Udall of New Mexico", "former Vermont governor Howard Dean": the person titled.
    const titled = titledMention(sentence, start, end + 1);
    if (titled?.entity.kind === "person" && (titled.end === end + 1 || tokens[titled.end]?.lower === "of"))
      return titled.entity;
    const words = tokens.slice(start, end + 1);
    if (!isSpeakerDescription(words, afterVerb ? undefined : tokens[start - 1])) return null;
    // "the veteran builder from Queens": the head is the noun before its "from"/"of" phrase.
    const link = words.findIndex((w, k) => k > 0 && !w.capitalised && LINKING.has(w.lower));
    const headAt = link > 1 ? link - 1 : words.length - 1;
    const head = words[headAt]!;
    if (
      words[0]!.lower === "the" &&
      !head.capitalised &&
      (TITLE_HEADS.has(head.lower) || isPersonRole(head.lower)) &&
      !words.some((w, k) => k > 0 && w.possessive)
    ) {
      const person = this.salience.roleReference(head.lower, sentence, start);
      if (person) {
        if (this.registry.isNamed(person)) person.title ??= joinWords(words.slice(1, headAt + 1));
        return person;
      }
    }
    const text = joinWords(words);
    return this.registry.addDescriptor(start === 0 && /^(?:The|A|An) /.test(text) ? lowerFirst(text) : text);
  }

  /** `X said (that) …` → the clause after the verb; `…, X has insisted.` → the clause before. */
  private reportedSpeech(sentence: SentenceContext, v: number, speaker: Entity): void {
    const { tokens } = sentence;
    const verb = tokens[v]!;
    if (!REPORTING_VERBS.has(verb.lower)) return;
    // `"…," Pullman told reporters`: the words after the verb are the quote's setting, not speech.
    if (tokens.slice(Math.max(0, v - 5), v).some((t) => t.kind === "quote")) return;
    let from = v + 1;
    const that = tokens.slice(from, from + 8).findIndex((t) => t.lower === "that");
    if (that >= 0) from += that + 1;
    while (
      tokens[from] &&
      (tokens[from]!.text === ":" || tokens[from]!.text === "," || DAY.test(tokens[from]!.text))
    )
      from++;
    const first = tokens[from];
    if (first && !first.capitalised && CLAUSE_BREAKS.has(first.lower) && !PERSON_PRONOUNS.has(first.lower))
      return;
    const rest = tokens.slice(from).filter((t) => t.text !== "." && t.text !== '"');
    if (rest.length >= 2 && tokens[from]?.kind !== "quote") {
      const last = tokens[tokens.length - 1]!;
      const end = last.text === "." ? last.start : last.end;
      this.reports.push({ speaker, start: tokens[from]!.start, end, sentence: sentence.index });
      return;
    }
    const comma = tokens
      .slice(0, v)
      .map((t) => t.text)
      .lastIndexOf(",");
    if (rest.length === 0 && comma >= 4 && tokens[0]!.kind === "word") {
      this.reports.push({
        speaker,
        start: tokens[0]!.start,
        end: tokens[comma]!.start,
        sentence: sentence.index,
      });
    }
  }
}

/** Auxiliaries of the passive before a verb of saying: "was asked by", "were told by". */
const PASSIVE_AUXILIARIES = new Set(["was", "were", "is", "are", "been", "being"]);

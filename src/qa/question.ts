/**
 * A question in plain words → what it asks: about whom, what kind of answer, which topic words.
 */
import {
  DETERMINERS,
  isOpeningAdverb,
  NOUN_LIKE_BASES,
  QUESTION_VERBS,
  SPEECH_VERBS,
} from "../article/lexicon.ts";
import { type AnswerType, answerTypeOf, countedBy, isTypeWord } from "./answer-type.ts";
import { isRoleNoun } from "./described.ts";
import { isDescription, plainFrame, speakerLike, terseSaid } from "./question-frames.ts";
import { fold, isStopword, words } from "./terms.ts";

export type QuestionKind =
  | "said" // what did X say (about Y)
  | "who-said" // who said Z
  | "who-is" // who is X
  | "metadata" // when was it published, who wrote it, where is it datelined
  | "fact"; // anything else: when / where / why / how many / yes-no / keywords

export type MetadataField = "published" | "byline" | "dateline" | "source" | "headline" | "quoted";

export interface ParsedQuestion {
  kind: QuestionKind;
  /** The words naming a person or group, as asked ("kely", "the Homeland Security Secretary"). */
  who: string | null;
  /** Topic words: stopwords and question words removed, as asked (not stemmed). */
  topic: string[];
  field?: MetadataField;
  /** Keywords rather than a sentence ("trump military"): a name among them may be the speaker. */
  keywords?: boolean;
  /**
   * A question cut short ("The War on Drugs?"): the topic words of all of it, for when the words
   * before "on" turn out to name no one.
   */
  asTopic?: string[];
  /** What the answer holds: a number for "how many …", a date for "when …" (`answer-type.ts`). */
  wants?: AnswerType;
  /**
   * "Who compared …", "who defended …": a verb that sums up someone's words. The sentence that says
   * so answers first ("Kall compared Trump to a coach … "working the referees""); else the quote
   * that says it in other words, as for "who said".
   */
  summed?: boolean;
}

// Typos of the question words themselves are common in chat ("wat did kely say").
const WHAT = "(?:what|wat|wot|whta|waht|what's)";
// The verbs of saying and of opinion, from the one lexicon the parser reads too; "what is X saying".
/** "What did the spokesman fire back", "how did X hit back": a retort's verb with its particle. */
const RETORTS = ["fire back", "fired back", "hit back", "shot back", "shoot back", "lash out", "lashed out"];
const SPEECH = `(?:${[...RETORTS, ...QUESTION_VERBS, "saying", "telling", "talk", "talks", "talked", "talking"].join("|")})`;
const SPEECH_WORD = new RegExp(`^${SPEECH}$`);
/**
 * After a verb of saying, what makes it a noun of the speaker's name: another such verb, with "have
 * to" or not ("the audit office report say", "the report have to say"), or a possessive ("the
 * report's comment").
 */
const NOUN_NOT_VERB = `\\b(?!'s?\\b| (?:(?:have|has|had) to )?${SPEECH}\\b)`;
/** Up to four words, then a verb of saying: where a name that holds a noun-like verb goes on. */
const WORDS_THEN_SPEECH = new RegExp(`^ ((?:[\\w'&-]+ ){0,3}[\\w'&-]+) (${SPEECH})${NOUN_NOT_VERB}(.*)$`);

/**
 * The speaker, verb and rest of "what did X <verb> …", where X's name may hold a verb of saying that
 * is also a noun: "the state schools superintendent say", "the Indiana State Teachers Association
 * president say" (up to four more words, the last a role, before another verb of saying). "What did
 * Trump claim Clinton said" keeps its verb: "Clinton" is no role.
 */
function nameGoesOn(who: string, verb: string, rest: string): [string, string, string] {
  const more = NOUN_LIKE_BASES.has(verb) ? WORDS_THEN_SPEECH.exec(rest) : null;
  if (!more) return [who, verb, rest];
  const between = more[1]!.split(" ");
  if (between.some(isStopword) || !isRoleNoun(between.at(-1)!)) return [who, verb, rest];
  return [`${who} ${verb} ${more[1]}`, more[2]!, more[3]!];
}

const METADATA: [RegExp, MetadataField][] = [
  [
    /\b(?:when|what (?:date|day|time))\b.*\b(?:published|written|posted|released|dated|come out|appear)/,
    "published",
  ],
  [/\bwhat(?:'s| is) the date\b|\bpublication date\b/, "published"],
  // (Not "Who wrote that Beijing pays nothing …": what someone wrote, asked as "who said".)
  [
    /\bwho (?:wrote|writes|authored|filed|reported)\b(?! that (?!(?:article|story|piece|report)\b))|\bbyline\b|\bauthor of (?:the|this)\b/,
    "byline",
  ],
  [
    /\bdateline\b|\bdatelined\b|\bwhere (?:was|is) (?:the|this|it) (?:article|story|report)? ?(?:filed|written|reported|from)\b/,
    "dateline",
  ],
  [/\b(?:which|what) (?:news )?(?:agency|wire|source|outlet)\b|\bwho (?:published|distributed)\b/, "source"],
  [/\bheadline\b|\bwhat is (?:the|this) (?:article|story) (?:about|called|titled)\b/, "headline"],
  // "Who is quoted in the article?", "who are the sources?": everyone it quotes.
  [
    /^(?:who (?:is|are|was|were|gets|got)(?: being)? (?:quoted|interviewed|cited)|who (?:speaks|talks|is speaking)|who are the (?:sources|speakers|people quoted))(?: (?:in|by|for) (?:the|this|that) (?:article|story|piece|report))?$/,
    "quoted",
  ],
];

/** Reads a question. Never throws: anything unrecognised is a factual/keyword question. */
export function parseQuestion(question: string): ParsedQuestion {
  const text = plainFrame(
    fold(titledIdioms(question))
      .replace(/[“”"]/g, " ")
      .replace(/[?!.]+\s*$/, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
  for (const [pattern, field] of METADATA) {
    if (pattern.test(text)) return { kind: "metadata", who: null, topic: [], field };
  }
  // "What was said about the military?", "Was anything said about the wall?": who said it, unasked.
  const unsaid = PASSIVE_SAID.exec(text);
  if (unsaid) return { kind: "who-said", who: null, topic: topicWords(unsaid[1]!) };
  return (
    whatSaid(text) ??
    framedSaid(text) ??
    yesNoSaid(text) ??
    otherSaidForm(question, text) ??
    whoForms(text) ??
    factOf(text)
  );
}

/** "What did X say about Y", in any tense. */
function whatSaid(text: string): ParsedQuestion | null {
  // "What did the audit office report say": a speech verb right before another is a noun of the name.
  const said = new RegExp(
    `(?:^|\\b)${WHAT} (did|does|do|has|have|had|was|is|were|will|would) (.+?) (${SPEECH})${NOUN_NOT_VERB}(.*)$`,
  ).exec(text);
  if (said) [said[2], said[3], said[4]] = nameGoesOn(said[2]!, said[3]!, said[4]!);
  // "What does the article say about …" asks about the article, not a speaker; "what is the bill
  // called" asks for a name, "what was the slogan meant to do" a purpose: the subject of "is …
  // called / meant / thought" is named or described, not speaking.
  const passive =
    said &&
    /^(?:is|was|were)$/.test(said[1]!) &&
    /(?:ed|told|said|meant|thought|felt|written|spoken)$/.test(said[3]!);
  // ("What did the aide find unusual about the phone call": a noun after the topic's "about" is no
  // verb of the one asked about; nor is one after a possessive, "What was Kelly's answer to …".)
  const noun =
    said &&
    ((NOUN_LIKE_BASES.has(said[3]!) && words(said[2]!).includes("about")) ||
      OWN_WORDS_ASKED.test(`${said[2]} ${said[3]}`));
  if (said && !ABOUT_THE_ARTICLE.test(said[2]!) && !passive && !noun)
    return { kind: "said", who: speakerOf(said[2]!), topic: topicWords(said[4]!) };
  return null;
}

/**
 * What X said, asked of its manner, reason, content or measure: "How did the governor say the
 * epidemic should be talked about?", "Why did Vesey say …", "What mistake did the president say
 * clients make?", "Who did Noem say needs to be involved?", "How long did the general say forces
 * would stay?". The words before "did" are topic.
 */
function framedSaid(text: string): ParsedQuestion | null {
  const framed = new RegExp(
    `^(?:(how|why|who)|what ((?:\\S+ ){0,2}\\S+)|how (?:long|many|much|often|soon|far)((?: \\S+){0,2})) (?:did|does|do|has|have|had|will|would) (.+?) (${SPEECH})${NOUN_NOT_VERB}(.*)$`,
  ).exec(text);
  if (framed) [framed[4], framed[5], framed[6]] = nameGoesOn(framed[4]!, framed[5]!, framed[6]!);
  const opener = framed?.[3] !== undefined ? "how much" : framed?.[1];
  if (framed && !ABOUT_THE_ARTICLE.test(framed[4]!) && framesSaying(opener, framed[5]!, framed[6]!)) {
    const asked = `${framed[2] ?? ""} ${framed[3] ?? ""} ${framed[6]}`;
    return { kind: "said", who: speakerOf(framed[4]!), topic: topicWords(asked) };
  }
  return null;
}

/**
 * "Did Brown say anything about pensions?", "Has Kelly commented on the wall?": what X said, asked
 * yes or no; "did anyone say …" asks who did.
 */
function yesNoSaid(text: string): ParsedQuestion | null {
  const yesNo = new RegExp(
    `^(?:did|does|do|has|have|had|will|would) (.+?) (${SPEECH})${NOUN_NOT_VERB}(?: (?:anything|something))?(.*)$`,
  ).exec(text);
  if (yesNo) [yesNo[1], yesNo[2], yesNo[3]] = nameGoesOn(yesNo[1]!, yesNo[2]!, yesNo[3]!);
  if (yesNo && !ABOUT_THE_ARTICLE.test(yesNo[1]!)) {
    const anyone = /^(?:any|some)(?:one|body)$/.test(yesNo[1]!);
    return {
      kind: anyone ? "who-said" : "said",
      who: anyone ? null : speakerOf(yesNo[1]!),
      topic: topicWords(yesNo[3]!),
    };
  }
  return null;
}

/** "Who said …", "who criticised …", "who is X". */
function whoForms(text: string): ParsedQuestion | null {
  const whoSaid = /^who (?:has |had |was |is |did )?(\S+)\b(.*)$/.exec(text);
  if (whoSaid && (SPEECH_VERBS.has(whoSaid[1]!) || SPEECH_WORD.test(whoSaid[1]!))) {
    return { kind: "who-said", who: null, topic: topicWords(whoSaid[2]!) };
  }
  if (whoSaid && JUDGING_VERBS.has(whoSaid[1]!)) {
    return { kind: "fact", who: null, topic: topicWords(text), summed: true };
  }
  const whoIs =
    /^(?:who(?:'s| is| was| are| were)|what (?:is|was) the (?:title|role|job|position) of) (.+)$/.exec(
      text,
    ) ?? /^what(?:'s| is| was) (.+?)'s? (?:title|role|job|position)$/.exec(text);
  if (whoIs) return { kind: "who-is", who: whoIs[1]!, topic: topicWords(whoIs[1]!) };
  return null;
}

/** "What did X say about Y" asked otherwise (`SAID_FORMS`), or cut short ("X on Y?"); `question` as typed. */
function otherSaidForm(question: string, text: string): ParsedQuestion | null {
  // "about" first where what comes before it is a speaker: a description may hold an "on" of its
  // own ("a quote from the top Democrat on the committee about Russia").
  const about = QUOTE_ABOUT.exec(text);
  if (about && speakerLike(about[1]!)) return { kind: "said", who: about[1]!, topic: topicWords(about[2]!) };
  for (const form of SAID_FORMS) {
    const asked = form.exec(text);
    // A description may run longer than a name ("the head of the United Federation of Teachers").
    const who = asked?.[1];
    // ("Who said Trump's remarks were ugly": the one asked for is no speaker named.)
    if (
      who &&
      (words(who).length <= 5 || isDescription(who)) &&
      !ABOUT_THE_ARTICLE.test(who) &&
      !ASKS_WHO.test(who)
    )
      return { kind: "said", who, topic: topicWords(asked[2] ?? "") };
  }
  // "Jessica Ditto on Trump's critics?": the same question, cut short.
  const terse = !QUESTION_START.test(text) && terseSaid(question, text);
  return terse
    ? { kind: "said", who: terse.who, topic: topicWords(terse.topic), asTopic: topicWords(text) }
    : null;
}

/** A factual question, or keywords: its topic, and the kind of answer it wants. */
function factOf(text: string): ParsedQuestion {
  const keywords = !QUESTION_START.test(text) && text.split(" ").length <= 6;
  const wants = answerTypeOf(text);
  // "What percentage voted No": the number is the answer, the word for it need not be in the text.
  // "What is the population of …" counts people: the number stands before that word.
  const topic = topicWords(text).flatMap((w) => {
    if (!wants || !isTypeWord(w, wants)) return [w];
    const counted = countedBy(w);
    return counted ? [counted] : [];
  });
  return { kind: "fact", who: null, topic, keywords, wants };
}

/** "kelly been" in "What has Kelly been saying": the speaker without the verb's helpers. */
function speakerOf(who: string): string {
  const speaker = withoutRelativeClause(who).replace(
    /\s+(?:been|(?:have|has|had|got) to|quoted as|going to|reportedly|allegedly|actually|publicly|privately|first|later|also|always|never|ever|often|still|once|just|even|again|sometimes|usually)$/,
    "",
  );
  // "What has Obama repeatedly said", "what did she previously tell …": an adverb is no name's word
  // (a surname in -ly, "Kelly", "Connelly", is no word with "-ly" added).
  const last = speaker.lastIndexOf(" ");
  return last > 0 && isOpeningAdverb(speaker.slice(last + 1)) ? speaker.slice(0, last) : speaker;
}

/**
 * "the Gawker writer who set up the bot": a relative clause says which one in words the copy need
 * not use, when the description before it says enough (two words); "the man who shot the video" keeps it.
 */
function withoutRelativeClause(who: string): string {
  const relative = /^(.*?)\s+(?:who|that|which)\s+\S/.exec(who);
  if (!relative) return who;
  const described = words(relative[1]!).filter((w) => !DETERMINERS.has(w));
  return described.length >= 2 ? relative[1]! : who;
}

/**
 * Whether "how / why / who / how much / what N did X <verb> …" asks what X said: "who did X say …"
 * and "how many … did X say …" only with a clause after a verb of saying or belief ("who did Trump
 * blame" asks a name, "how many people does Clinton want to sign up" a number, not a quote), and
 * "how did X say" only with words after it.
 */
function framesSaying(opener: string | undefined, verb: string, rest: string): boolean {
  // ("What address did the blast happen …", "What cut did the US pledge …": a verb that is also a
  // noun asks of an event, not of words said.)
  if (NOUN_LIKE_BASES.has(verb)) return false;
  if (!rest.trim()) return opener === "how" || opener === "why";
  return (opener !== "who" && opener !== "how much") || CLAUSE_TAKERS.has(verb);
}
const CLAUSE_TAKERS = new Set(
  words("say says said think thinks thought believe believes believed claim claims claimed"),
);

/** What someone's words are called when asked after their name: "Kelly's take", "Trump's answer". */
const OWN_WORDS =
  "(?:view|views|position|stance|reaction|response|comments?|remarks?|words?|quotes?|take|thoughts|opinion|line|message|answer|reply|verdict)\\b";
/** "What was Kelly's answer to …", "What was Kelly's response to the military question": no verb of Kelly's. */
const OWN_WORDS_ASKED = new RegExp(`'s? ${OWN_WORDS}`);

/** A speaker asked for, not named: "who said …", "which senator told …". */
const ASKS_WHO = /^(?:who|whom|which)\b/;

/** Other ways of asking what someone said: who, then the words of the topic. */
const SAID_FORMS: RegExp[] = [
  // "Kelly's view of the wall", "What's Kelly's take on the military?", "What was Trump's line on
  // trade?", "Show me Trump's quotes on …"
  new RegExp(
    `^(?:what(?:'s| is| was| are| were) |(?:give|show|find|get|tell) me )?(.+?)'s? ${OWN_WORDS}(.*)$`,
  ),
  // "Tell me what Kelly said about the military", "what Kelly said about the wall" (not "what
  // percentage of voters said No": a number asked for; nor "what was the wall thought to cost")
  /^(?:(?:tell|show) me |find )?what (?!(?:percentage|percent|share|proportion|number|fraction|majority|minority|portion|half|third|quarter|is|was|were|are)\b)(.+?) (?:said|says|told|thinks|thought)\b(.*)$/,
  // "How did Kelly respond to fears of mass deportations?", "How did Trump describe the push?"
  /^how (?:did|does|do|has|have|had|will|would) (.+?) (?:respond|react|reply|answer|describe|characteri[sz]e|explain)(?:ed|d)?\b(?: to\b)?(.*)$/,
  // "Give me the quote from Kelly about the military", "Is there a quote by Trump on gang violence?"
  /^(?:(?:give|show|find|get|tell) me |(?:is|are|was|were) there )?(?:the |a |any |some )?(?:quotes?|comments?|remarks?|statements?) (?:from|by) (.+?)(?: (?:about|on|regarding|concerning)\b(.*))?$/,
  // "What quote did Kelly give about the military?"
  /^what (?:quotes?|comments?|remarks?|statements?) (?:did|has|have|had) (.+?) (?:give|given|make|made|offer|offered)\b(.*)$/,
  // "According to Kelly, will the military be used?"
  /^according to (.+?), (.*)$/,
];

const QUOTE_ABOUT =
  /^(?:(?:give|show|find|get|tell) me |(?:is|are|was|were) there )?(?:the |a |any |some )?(?:quotes?|comments?|remarks?|statements?) (?:from|by) (.+?) (?:about|regarding|concerning)\b(.*)$/;

const PASSIVE_SAID =
  /^(?:what(?:'s| is| was| were| has been| had been| have been) (?:said|stated|claimed)|(?:was|has|is|were) (?:anything|something) (?:been )?(?:said|stated))\b(.*)$/;

/** Verbs a reporter sums up someone's words with, which copy seldom attributes a quote with. */
const JUDGING_VERBS = new Set(
  words(`compared compare compares likened liken likens defended defend defends rejected reject
  rejects disputed dispute disputes challenged challenge challenges ridiculed ridicule ridicules`),
);

const QUESTION_START =
  /^(?:who|whom|whose|what|wat|which|when|where|why|how|is|are|was|were|will|would|do|does|did|can|could|should|has|have|had|tell|list|show|give|explain)\b/;

const ABOUT_THE_ARTICLE = /^(?:the|this|that|your)? ?(?:article|story|piece|text|news|report(?:ing)?|it)$/;

/**
 * Prepositions the stopword list lacks: they relate a topic's words ("support among black voters"),
 * and name nothing an answer must hold; an article may say it otherwise ("support from black voters").
 */
const RELATION_WORDS = words(
  "among amongst amid amidst toward towards upon via within across despite throughout onto",
);

function topicWords(text: string): string[] {
  return words(text.replace(WHEN_IDIOMS, " ")).filter((w) => !isStopword(w) && !QUESTION_NOISE.has(w));
}

/**
 * Idioms of time a question puts the act in ("calling it a bomb right away", "the inquiry so far"):
 * the reporter's framing, which copy rarely repeats, and whose common words ("right", "far") would
 * otherwise weigh as the topic across thousands of articles.
 */
const IDIOMS_OF_TIME =
  "right away|right now|straight away|at once|so far|thus far|for now|as yet|once again|all along|these days|any longer|any more";
const WHEN_IDIOMS = new RegExp(`\\b(?:${IDIOMS_OF_TIME})\\b`, "g");

/**
 * An idiom of time written in Title Case ("playing All Right Now") is a title's words, which the
 * answer holds: joined by a hyphen, `WHEN_IDIOMS` leaves them in the topic.
 */
function titledIdioms(question: string): string {
  return question.replace(TITLED_IDIOMS, (idiom) => idiom.replace(/\s+/g, "-"));
}
const TITLED_IDIOMS = new RegExp(
  `\\b(?:${IDIOMS_OF_TIME.replace(/\b[a-z]/g, (c) => c.toUpperCase())})\\b`,
  "g",
);

const QUESTION_NOISE = new Set([
  ..."about regarding concerning on whether anything something does did do happen happened mention mentioned article story report piece much many".split(
    " ",
  ),
  ...RELATION_WORDS,
]);

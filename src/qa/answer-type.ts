/**
 * What kind of thing a factual question wants back, and how well a passage holds one: "how many …"
 * wants a number, best one next to the noun asked about ("5,300 employees were fired" for "how many
 * employees were fired"); "what year …" a year; "when …" a date; "where …" a place; "what is it called" a
 * name. Read from the question's wording alone, so it holds for any article.
 */
import { editDistance, stem, words } from "./terms.ts";

/**
 * "duration" is a number asked with "how long": a span of time ("the 12-hour shoot") answers it. "age"
 * is one asked with "how old": an age as copy gives it ("Mrs Hassan, 59,", "the 34-year-old").
 */
export type AnswerType =
  | "money"
  | "number"
  | "duration"
  | "age"
  | "score"
  | "year"
  | "date"
  | "place"
  | "name";

/** "How much did it cost", "how much were they fined", "how much was it sold for", "what was the price": a sum of money. */
const MONEY_QUESTION =
  /\bhow much\b.*\b(?:cost|costs|spend|spends|spent|pay|pays|paid|charge|charges|charged|fined|price|priced|worth|raise|raised|earn|earns|earned|owe|owes|owed|sell|sells|sold|buy|buys|bought|fetch|fetched|valued)\b|\bwhat (?:is|was|are|were) the (?:cost|price|fine)\b/;
const NUMBER_QUESTION =
  /\bhow (?:much|many|long|old|far|big|large|often)\b|\bwhat(?:'s| is| was| are| were)? (?:the |\S+'s? )?(?:percentage|proportion|share|number|amount|population|level|size|rate|cost|price|sum|total|figure|most|least|highest|lowest|largest|smallest)\b/;
/** "What was the score", "by what score did they win", "what was the final result": a game's score. */
const SCORE_QUESTION =
  /\bwhat(?:'s| is| was| were)? (?:the )?(?:final )?(?:score|scoreline|result)\b|\bby what (?:score|scoreline|margin)\b/;
const AGE_QUESTION = /\bhow old\b|\b(?:what|which) age\b|\bage of\b/;
const YEAR_QUESTION = /\b(?:what|which) year\b/;
const DATE_QUESTION = /^when\b|\b(?:what|which) (?:date|day|month)\b/;
const PLACE_QUESTION =
  /^where\b|\b(?:what|which) (?:address|city|town|state|country|place|location|venue|street|county)\b/;
const NAME_QUESTION = /\bwhat (?:is|was|are|were)\b.*\b(?:called|named|known as|titled)$|\bthe name of\b/;

/** The answer a question wants, from its folded text ("how many people …" → number), if it says. */
export function answerTypeOf(typed: string): AnswerType | undefined {
  const question = typed.replace(/[a-z]{5,}/g, (word) => cueOf(word) ?? word);
  if (MONEY_QUESTION.test(question)) return "money";
  if (SCORE_QUESTION.test(question)) return "score";
  if (AGE_QUESTION.test(question)) return "age";
  if (NUMBER_QUESTION.test(question)) return /\bhow long\b/.test(question) ? "duration" : "number";
  if (YEAR_QUESTION.test(question)) return "year";
  if (DATE_QUESTION.test(question)) return "date";
  if (PLACE_QUESTION.test(question)) return "place";
  if (NAME_QUESTION.test(question)) return "name";
  return undefined;
}

/** Words that frame an event asked about ("where was it held", "when does the tax take effect"). */
const EVENT_WORDS =
  "made make remarks comments statement held located based happen happened take takes took effect";

/** Whether only a passage that holds such an answer can answer: a count or a date, not a place or name. */
export function mustFit(type: AnswerType): boolean {
  return type !== "place" && type !== "name";
}

/** Words that ask for a count without saying what is counted ("what percentage …"). */
const COUNT_TYPE_WORDS = new Set(
  "percentage percent proportion number amount figure total share level population".split(" "),
);

/** Words of a question that only say which kind of answer it wants ("what percentage voted No"). */
const TYPE_WORDS: Record<AnswerType, ReadonlySet<string>> = {
  money: new Set("amount sum".split(" ")),
  score: new Set("score scoreline result final margin".split(" ")),
  number: COUNT_TYPE_WORDS,
  duration: COUNT_TYPE_WORDS,
  age: new Set("old age aged".split(" ")),
  // "Where was he campaigning when he made these remarks", "where is the debate being held": the
  // event's frame, not what the answer is about.
  year: new Set(`year date ${EVENT_WORDS}`.split(" ")),
  // ("When does the ceremony take place": the frame of a date, not the place asked about.)
  date: new Set(`year date day month place ${EVENT_WORDS}`.split(" ")),
  place: new Set(`address location place ${EVENT_WORDS}`.split(" ")),
  name: new Set("called named titled known officially formally name".split(" ")),
};

/** Whether a question word only says what kind of answer is wanted. */
export function isTypeWord(word: string, type: AnswerType): boolean {
  return TYPE_WORDS[type].has(cueOf(word) ?? word);
}

/**
 * A type word that also says what is counted: a population is counted in people, and copy gives it
 * as "a nation of 53 million people", seldom with the word "population".
 */
const COUNTED: Readonly<Record<string, string>> = { population: "people" };

/** The noun a question's type word counts, which the answer's number stands before, if it says. */
export function countedBy(word: string): string | undefined {
  return COUNTED[cueOf(word) ?? word];
}

/** The words that say what kind of answer is wanted, which chat misspells ("adress", "populaton"). */
const CUES = "address population percentage proportion location amount number".split(" ");

/** The cue word a question word is, give or take one typo. */
function cueOf(word: string): string | undefined {
  return word.length < 5 ? undefined : CUES.find((cue) => editDistance(word, cue, 1) <= 1);
}

const NUMBER_WORD =
  /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|half)$/;
const VAGUE = /^(?:hundreds|thousands|millions|billions|dozens)$/;
/** A number counts as being about a noun this many words from it ("29 people", "5,300 employees were"). */
const NEAR = 3;
const YEAR = /\b(?:1[89]|20)\d\d\b/;
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.)";
const DATE_WORD = new RegExp(
  `\\b${MONTH}(?!\\w)|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|century|decade|(?<!-)years?|(?<!-)months?|(?<!-)weeks?|ago|since|until)\\b`,
);
/** A day of a month: "Feb. 14", "December 2", "9 June". */
const DAY_OF_MONTH = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}(?!\\w)`);
const ADDRESS =
  /\b\d+(?:st|nd|rd|th)?\s+(?:[\p{Lu}\d][\p{L}\d]*\s+)+(?:Street|St\.|Avenue|Ave\.|Road|Boulevard|Blvd\.|Place|Square|Drive)/u;
const AT_PLACE = /\b(?:in|at|near|outside|inside)\s+(?:the\s+)?\p{Lu}\p{Ll}+/u;
/** A dateline opens a story: "FLINT, Mich., Oct. 4 (UPI) —". */
const DATELINE = /^\p{Lu}{3,}[\p{Lu} .'-]*,/u;
/** A line with every word capitalised is a headline, not a sentence that gives a name. */
const HEADLINE = /^(?:[\p{Lu}\d][^\s]*\s+)+[\p{Lu}\d][^\s]*$/u;
const NAME =
  /["“][^"“”]*\p{Lu}[\p{L}'-]*\s+(?:\p{L}+\s+)*\p{Lu}[^"“”]*["”]|(?:\p{Lu}[\p{Ll}'-]+\s+){2,}\p{Lu}/u;

/**
 * How well a passage holds the answer a question wants, in [0, 1]. For a number: 1 when one stands
 * just before a topic word (`topicStems`) or is a sum of money, 0.5 for any other number.
 */
export function typeFit(text: string, type: AnswerType, topicStems: ReadonlySet<string>): number {
  switch (type) {
    case "money":
      return MONEY.test(text) ? 1 : 0;
    case "number":
      return numberFit(text, topicStems, false);
    case "duration":
      return numberFit(text, topicStems, true);
    case "age":
      return AGE.test(text) ? 1 : numberFit(text, topicStems, false) / 2;
    case "score":
      return SCORE.test(text) ? 1 : 0;
    // "What year …" is answered by a year ("in 1993"), not by "since the 1890s" or "last year".
    case "year":
      return YEAR.test(text) ? 1 : 0;
    case "date":
      // (A day of a month says when more nearly than a weekday or "since".)
      return YEAR.test(text) ? 1 : DAY_OF_MONTH.test(text) ? 0.8 : DATE_WORD.test(text) ? 0.6 : 0;
    case "place":
      return ADDRESS.test(text) || DATELINE.test(text) ? 1 : AT_PLACE.test(text.slice(1)) ? 0.6 : 0;
    case "name":
      return NAME.test(text) && !HEADLINE.test(text) ? 1 : 0;
  }
}

/** An age: "Mrs Hassan, 59, …", "the 34-year-old", "aged 12", "age 70". */
const AGE = /\p{L}, \d{1,3},|\b\d{1,3}-year-old\b|\b(?:aged?|ages) \d{1,3}\b/u;

/** A game's score: "6-2 6-2", "a 45-6 win", "2–1 down" (not a date or a range of years). */
const SCORE = /(?<![\d/.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/.-]|\s?(?:percent|per cent|%))/;

/** A sum of money: "$9.1 million", "525,000 dollars", "Rs 299", "71,350 euro", "pounds 3.7bn" (BBC's £). */
const MONEY =
  /[$£€¥₹]\s?\d|\b(?:Rs\.?|INR|USD|EUR|GBP|pounds|dollars|euros?)\s?\d|\b\d[\d.,]*\s+(?:(?:million|billion|trillion)\s+)?(?:dollars|pounds|euros?|rupees|yuan|yen)\b/;

/**
 * A number followed closely by a topic word counts ("5 million people", "5,300 employees were
 * fired"), as does a sum of money; a number about something else ("people under 30") counts half.
 * A span of time written before a noun ("five-year") counts as a count only when `spans` (the
 * question asks how long).
 */
function numberFit(text: string, topicStems: ReadonlySet<string>, spans: boolean): number {
  if (MONEY.test(text)) return 1;
  const tokens = words(text);
  const spanning = spans ? new Set<string>() : durations(text);
  let best = 0;
  tokens.forEach((token, i) => {
    // A year is a date, not a count.
    if (!NUMBER_WORD.test(token) || YEAR.test(token)) return;
    // "her five-year infrastructure plan" says how long it runs, not how big it is.
    if (spanning.has(token)) {
      best = Math.max(best, 0.5);
      return;
    }
    // "One" is most often no count ("gives users one place to read", "one of the …"): it counts
    // only before what is asked about ("one person was killed").
    if (token !== "one") best = Math.max(best, 0.5);
    // "thousands of employees" says no number.
    if (VAGUE.test(token)) return;
    let follows = false;
    for (let j = i + 1; j <= Math.min(tokens.length - 1, i + NEAR); j++)
      if (topicStems.has(stem(tokens[j]!))) follows = true;
    if (follows) best = Math.max(best, FIRM_FIT + (1 - FIRM_FIT) * closeness(tokens, i, topicStems));
  });
  return best;
}

/** Numbers written as a span of time that describes a noun: "five-year", "10-day", "30-minute". */
function durations(text: string): Set<string> {
  const found = new Set<string>();
  if (!text.includes("-")) return found;
  for (const m of text.matchAll(DURATION)) found.add(m[1]!.toLowerCase());
  return found;
}
const DURATION = /\b([\p{L}\d,.]+)-(?:year|month|week|day|hour|minute|second)s?\b/gu;

/** The least a number about the thing asked scores: more where the rest of the question is near it. */
export const FIRM_FIT = 0.75;
/** How far either side of a number the rest of the question counts as about it. */
const AROUND_NUMBER = 6;

/**
 * The share of what the question asks (three words of it at most) written around a number: "Stadia is
 * launching with 22 games" says how many games Stadia launches with; "only three games available
 * exclusively on the service" says how many of something else.
 */
function closeness(tokens: readonly string[], at: number, topicStems: ReadonlySet<string>): number {
  const found = new Set<string>();
  const end = Math.min(tokens.length - 1, at + AROUND_NUMBER);
  for (let j = Math.max(0, at - AROUND_NUMBER); j <= end; j++) {
    const s = stem(tokens[j]!);
    if (topicStems.has(s)) found.add(s);
  }
  const wanted = Math.min(CLOSE_WORDS, topicStems.size);
  return wanted > 0 ? Math.min(found.size, wanted) / wanted : 1;
}
const CLOSE_WORDS = 3;

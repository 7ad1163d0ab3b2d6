/**
 * The frames reporters put around the same question ("Who was it that said Z?", "what'd X say re
 * Y", "X on Y?") → the plain ones `question.ts` reads ("who said Z", "what did X say about Y").
 * Only the frame is rewritten: the person and the topic words stay as asked.
 */
import { isEnglishWord } from "../article/dictionary.ts";
import { SPEAKER_NOUNS } from "../article/lexicon.ts";
import { isRoleNoun } from "./described.ts";
import { editDistance, isStopword, words } from "./terms.ts";

/**
 * Folded question → the same question in its plain frame. Each rewrite is of words that carry no
 * topic: "who was it that" asks "who", "re" is "about", "told reporters" is "said".
 */
export function plainFrame(text: string): string {
  return (
    respellFrame(text)
      // "Can you tell me who said …", "do you know what Kelly said …": the question inside.
      .replace(WRAPPER, "")
      .replace(/^(?:tell|show) me (?=(?:who|what|how|when|where|why|which)\b)/, "")
      // "Name the person who said …", "the official who said …": "who said …".
      .replace(
        /^(?:(?:name|identify|find) )?(?:the )?(?:person|one|official|speaker|individual) (?:who|that)\b/,
        "who",
      )
      // "Which Browns player said …", "which outlet called …": "who said …", "who called …" (the
      // kind of speaker asked for is in the answer's name or title, not in the words said).
      .replace(WHICH_SPEAKER, "who ")
      // "Who was quoted as saying …", "who was heard saying …", "who is quoted on …": "who said …".
      .replace(
        /^who(?:'s| was| is| has been| had been| got) (?:(?:quoted|heard|recorded|caught|filmed) (?:as )?saying|quoted(?= (?:on|about|regarding|concerning|over)\b))\b/,
        "who said",
      )
      // "The quote about the wall - who said it?": "who said about the wall".
      .replace(
        /^(?:the )?(?:quote|words|line|comment|remark|statement) ((?:about|on|regarding|that) .+?)\s*[,:;\u2013\u2014-]+\s*who (?:said|made|gave|wrote) (?:it|that|this|them)$/,
        "who said $1",
      )
      // "Whose quote is …", "the source of the quote …", "who is behind the line …", "who made the
      // remark about …": "who said …".
      .replace(
        /^(?:whose (?:quote|words|line|comment|remark) (?:is|are|was|were)|(?:what is |what's )?(?:the )?source of (?:the )?(?:quote|words|line|comment|remark)|who(?:'s| is| was) (?:responsible for|behind) (?:the )?(?:quote|words|line|comment|remark)(?: about)?|who (?:made|gave|offered) (?:the|that|this|a) (?:quote|line|comment|remark|statement)s?(?= (?:about|on|regarding|that)\b))\b/,
        "who said",
      )
      // "What position does Kelly hold", "what does Tillerson do": "who is Kelly" (a title answers).
      .replace(
        /^what (?:position|post|office|role|job|title) (?:does|did) (.+) (?:hold|have|fill)$/,
        "who is $1",
      )
      .replace(/^what does (.+) do(?: for a living)?$/, "who is $1")
      // "what'd Kelly say", "whatd Kelly say": "what did"; "what's Kelly saying": "what is".
      .replace(/^(?:what'd|whatd)\b/, "what did")
      .replace(/^what's (?=(?:\S+ ){1,4}(?:saying|telling)\b)/, "what is ")
      // "kelly quote on the wall", "trump remarks about mexico": what did they say about it.
      .replace(
        /^(?!(?:what|who|how|when|where|why|which|did|does|do|has|have|is|was|any|give|show|find|get)\b)([^'’\s]+(?: [^'’\s]+){0,2}) (?:quote|quotes|comment|comments|remarks) (?:on|about) /,
        "what did $1 say about ",
      )
      // "Who was it that said …", "who's the one who called …", "which person said …": "who".
      .replace(
        /^(?:who(?:'s| is| was) (?:it|the (?:one|person)) (?:that|who)|which (?:person|one|official|individual|of them)(?: (?:that|who))?|who exactly|who actually)\b/,
        "who",
      )
      // "re" and "wrt" as a word: "about" (a chat shorthand; "re" of "they're" is not a word here,
      // as the apostrophe joins it).
      .replace(/(?<![\p{L}'])(?:re:?|wrt|w\.r\.t\.?)(?= )/gu, "about")
      // "Who told reporters …", "what did Kelly tell the press about …": the audience is not the topic.
      .replace(
        /\b(tell|tells|told|telling) (?:reporters|journalists|the press|the media|the audience|the crowd)\b/,
        "$1",
      )
  );
}

/** The verbs of saying chat misspells most ("who siad", "what did Kelly sya about", "who tlod"). */
const SAYING = ["said", "say", "says", "saying", "told", "tell", "tells"];
const QUESTION_WORDS = ["who", "what", "when", "where", "why", "how", "which"];
const AUXILIARIES = ["did", "does", "do", "has", "have", "was", "is"];
/** What follows a verb of saying in a question: "say about …", "said that …". */
const LINKS = ["about", "that"];

/**
 * The words of a question's frame typed one slip out, as chat does ("hwo siad …", "what dd Kelly sya
 * abotu …"): a word that is no English word, one slip (two letters swapped counted as one) from the
 * frame word that stands where it does, is that word. A question word opens the question and an
 * auxiliary follows it; a verb of saying follows "who" or comes before "about" or "that", in a
 * question with none spelt right; "about" or "that" follows the verb. A name one slip from a frame
 * word ("Saad") stays, being where no frame word is.
 */
function respellFrame(text: string): string {
  const tokens = text.split(" ");
  tokens[0] = slipOf(tokens[0]!, QUESTION_WORDS);
  if (QUESTION_WORDS.includes(tokens[0]!) && tokens.length > 2) tokens[1] = slipOf(tokens[1]!, AUXILIARIES);
  const spelt = tokens.some((t) => SAYING.includes(t));
  for (const [k, t] of tokens.entries()) {
    const verbHere = tokens[k - 1] === "who" || LINKS.includes(tokens[k + 1] ?? "");
    if (!spelt && verbHere && t.length >= 3) tokens[k] = slipOf(t, SAYING);
    if (SAYING.includes(tokens[k - 1] ?? "")) tokens[k] = slipOf(t, LINKS);
  }
  return tokens.join(" ");
}

/**
 * The word of `frame` that `typed` is one slip from, if it is no word of its own; else `typed`. Of two
 * such words, the one that keeps more of its letters ("wht" is "what", not "who").
 */
function slipOf(typed: string, frame: readonly string[]): string {
  if (typed.length < 2 || frame.includes(typed) || isStopword(typed) || isEnglishWord(typed)) return typed;
  const slip = (word: string) =>
    editDistance(typed, word, 1) <= 1 &&
    (word[0] === typed[0] || (word[0] === typed[1] && word[1] === typed[0]));
  const kept = (word: string) => [...word].filter((letter) => typed.includes(letter)).length;
  return frame.filter(slip).sort((a, b) => kept(b) - kept(a))[0] ?? typed;
}

/** Verbs of saying after "which …" ("Which official said …"); not "reported" or "published", which ask a source. */
const WHICH_SPEAKER = new RegExp(
  `^which (?:[\\p{L}'’&-]+ ){1,3}(?=(?:${words(`said says told argued claimed warned called described insisted
  suggested predicted admitted complained tweeted wrote praised criticized criticised blamed accused
  urged promised vowed`).join("|")}) )`,
  "u",
);

/** Polite or indirect openings around a question, which ask nothing themselves. */
const WRAPPER =
  /^(?:(?:please|so|ok|okay|hey),? )*(?:(?:can|could|would) you (?:please )?(?=tell|show|find|give|name|identify)|(?:do you know|i (?:need|want|would like) to know|any idea|i'm wondering|i wonder) (?=who|what|how|when|where|why|which|whether|if))/;

/**
 * Nouns that ask for facts, not anyone's words, before "on": "Details on the shooting?", "Update
 * on the vote".
 */
const REQUESTS = new Set(
  words(`details detail info information background update updates more news context facts data
  figures numbers stats statistics story coverage report reports reporting vote votes ruling
  decision law bill poll polls attack debate hearing`),
);

/**
 * "Jessica Ditto on Trump's critics?", "The Republican nominee on political correctness?": a
 * speaker, "on", a topic, and no question word: the question "what did X say about Y" cut short.
 * `raw` is the question as typed: a name is told from a phrase by its capitals ("Tax returns on
 * Trump" is not one), unless the whole question is typed in lower case. Returns X and Y, as folded.
 */
export function terseSaid(raw: string, text: string): { who: string; topic: string } | null {
  // "about" first: a description may hold an "on" of its own ("the top Democrat on the committee").
  const about = /^(.+?) about (.+)$/.exec(text);
  if (about && speakerLike(about[1]!) && typedAsSpeaker(raw, about[1]!))
    return { who: about[1]!, topic: about[2]! };
  const parts = text.split(" on ");
  for (let end = 1; end < parts.length; end++) {
    const who = parts.slice(0, end).join(" on ");
    if (!speakerLike(who) || !typedAsSpeaker(raw, who)) continue;
    // "the top Democrat on the House Intelligence Committee on why …": the role's body is named in
    // capitals, and the question goes on with another "on" for its topic.
    while (end + 1 < parts.length && isDescription(who) && namesBody(raw, who, parts[end]!)) end++;
    return { who: parts.slice(0, end).join(" on "), topic: parts.slice(end).join(" on ") };
  }
  return null;
}

/**
 * Whether `next`, the words after "`who` on" in the folded question, are typed in `raw` as a name
 * ("the House Intelligence Committee", "Capitol Hill"): capitals, joined by small words.
 */
function namesBody(raw: string, who: string, next: string): boolean {
  const typed = raw.trim().split(/\s+/);
  const from = who.split(" ").length + 1;
  const asked = typed.slice(from, from + next.split(" ").length);
  if (/^the$/i.test(asked[0] ?? "")) asked.shift();
  return asked.length > 0 && asked.every((w, at, all) => /^[\p{Lu}\p{N}]/u.test(w) || joinsName(w, at, all));
}

/** Whether the first words of `raw` (as many as `who` has) are typed as a name, or as chat types all. */
function typedAsSpeaker(raw: string, who: string): boolean {
  if (isDescription(who)) return true;
  // In lower case only capitals could tell "the bank of england on rates" from "cost of living on
  // wages": a name joined by small words is read as one only where it is typed with capitals.
  if (raw === raw.toLowerCase()) return !words(who).some(joinsName);
  const asked = raw.trim().split(/\s+/).slice(0, who.split(" ").length);
  if (/^the$/i.test(asked[0] ?? "")) asked.shift();
  // "the National Audit Office report": a name, then what of theirs speaks.
  if (asked.length > 1 && SPEAKER_NOUNS.has(asked.at(-1)!)) asked.pop();
  return asked.every(
    (w, at, all) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:de|van|von|al|bin)$/.test(w) || joinsName(w, at, all),
  );
}

/**
 * Whether a word joins the capitalised words of a name ("the Muslim Association of Britain", "the
 * Department for Education"): a small word between two others, never first or last.
 */
function joinsName(w: string, at: number, all: readonly string[]): boolean {
  return at > 0 && at < all.length - 1 && /^(?:of|for|and)$/i.test(w);
}

/**
 * A name of up to five words, after "the" or a courtesy title ("Dr Tamimi", "the National Audit
 * Office"), or a description headed by a role ("the former DNC chairman"). A request for facts
 * ("details", "the vote") heads no name, unless it is one that speaks after a name ("the National
 * Audit Office report").
 */
export function speakerLike(who: string): boolean {
  if (isDescription(who)) return true;
  const ws = words(who);
  const core = ws.slice(/^(?:the|mr|mrs|ms|miss|dr|sir|dame|prof|rev)$/.test(ws[0] ?? "") ? 1 : 0);
  const head = core.at(-1) ?? "";
  return (
    core.length > 0 &&
    core.length <= 5 &&
    !core.some((w, at) => (isStopword(w) && !joinsName(w, at, core)) || /\d/.test(w)) &&
    !(REQUESTS.has(head) && (core.length === 1 || !SPEAKER_NOUNS.has(head))) &&
    !/^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|will|would|do|does|did|can|could|should|has|have|had|tell|list|show|give|explain)$/.test(
      ws[0]!,
    )
  );
}

/**
 * "the head of the United Federation of Teachers", "the Homeland Security secretary": "the" and a
 * role noun before any "of" or "on", in at most ten words.
 */
export function isDescription(who: string): boolean {
  const ws = words(who);
  if (!/^(?:the|a|an)$/.test(ws[0] ?? "") || ws.length > 10) return false;
  // A description is a noun phrase: a clause or an "about" in it ("on how much they know") is the topic's.
  if (ws.some((w) => CLAUSE_WORDS.has(w))) return false;
  const head = ws.slice(
    1,
    Math.max(
      1,
      ws.findIndex((w, i) => i > 0 && /^(?:of|on|at|for|in)$/.test(w)),
    ),
  );
  const end = head.length ? head : ws.slice(1);
  return end.some((w) => isRoleNoun(w) && !REQUESTS.has(w));
}

const CLAUSE_WORDS = new Set(
  words("how what why whether who whom which when where if that about regarding concerning"),
);

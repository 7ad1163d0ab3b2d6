/**
 * Whether a run of capitalised words speaks where it stands: a verb of saying after it (past fillers,
 * an aside or the outlet the person is of) or before it, which is evidence that the run names a
 * person even when its first name is on no list.
 */
import { isLyAdverb, PREPOSITIONS, SIGNATURE_DASHES, SPEECH_VERBS, VERB_FILLERS } from "./lexicon.ts";
import type { Token } from "./text.ts";

/** A run of capitalised words in a sentence: a name, possibly with its title before it. */
export interface CapitalRun {
  start: number;
  end: number;
}

/** How many tokens an aside between commas may run to after a full name, and after one word. */
const ASIDE_AFTER_NAME = 24;
const ASIDE_AFTER_WORD = 14;

/** Does a speech verb follow the run (after fillers or a comma-bounded aside), or precede it? */
export function speaksHere(tokens: readonly Token[], run: CapitalRun): boolean {
  let i = run.end;
  // "One of those tenants, Carys Bevan, told the BBC"
  if (tokens[i]?.text === "," && SPEECH_VERBS.has(tokens[i + 1]?.lower ?? "")) return true;
  const named = fullName(tokens, run);
  if (tokens[i]?.text === ",") {
    // A person is introduced at length ("Thabo Tuilagi, a Sanders superdelegate from the District
    // and the president of the D.C.-based Arab American Institute, said"); a single word so far from
    // its verb is as often a place or a firm ("Cyprus, which …, said"), and so is a name that "which"
    // describes ("Capital Economics, which has in the past predicted …, branded").
    const person = named && tokens[i + 1]?.lower !== "which";
    const reach = person ? ASIDE_AFTER_NAME : ASIDE_AFTER_WORD;
    const close = tokens.findIndex((t, k) => k > i && k < i + reach && t.text === ",");
    if (close > 0) i = close + 1;
  }
  // "Joan Walsh of The Nation wrote", "Amara Osei of the Lagos Courier said": the outlet or body a
  // name is of stands between it and its verb; not after a surname alone ("Lloyds of London") or an
  // article ("the Chamber of Commerce").
  const body = tokens[i + 1]?.lower === "the" ? i + 2 : i + 1;
  if (named && AFFILIATIONS.has(tokens[i]?.lower ?? "") && tokens[body]?.capitalised) {
    i = body;
    while (tokens[i]?.capitalised) i++;
    // ("Darran Whiting of Liberty Baptist Church in Marion, said": the body's place, and the comma
    // closing the name set beside a description.)
    if (tokens[i]?.lower === "in" && tokens[i + 1]?.capitalised) {
      i++;
      while (tokens[i]?.capitalised) i++;
    }
    if (tokens[i]?.text === ",") i++;
  }
  // "Cruz openly admitted": fillers and adverbs between the name and its verb.
  while (tokens[i] && (VERB_FILLERS.has(tokens[i]!.lower) || isLyAdverb(tokens[i]!.text))) i++;
  // "… partner of Tods Murray said", "a spokeswoman for the Red Cross said": the object of a
  // preposition is not the one speaking.
  const governed = isGoverned(tokens, run.start);
  if (tokens[i] && (SPEECH_VERBS.has(tokens[i]!.lower) || putsIt(tokens, i)) && !governed) return true;
  // "Woodrow Benford, 58, who lives …": an age or a "who" after the name tells a person; so does a
  // "who" after a dash ("Tommy — who only goes by his first name online — retired …").
  if (SIGNATURE_DASHES.has(tokens[run.end]?.text ?? "") && tokens[run.end + 1]?.lower === "who") return true;
  if (tokens[run.end]?.text === ",") {
    const next = tokens[run.end + 1];
    if (next?.lower === "who" || (/^\d{1,3}$/.test(next?.text ?? "") && tokens[run.end + 2]?.text === ","))
      return true;
  }
  // "noted NBC's Dante Chinni": the verb stands before an organisation's possessive.
  const at =
    tokens[run.start - 1]?.possessive && tokens[run.start - 1]?.capitalised ? run.start - 1 : run.start;
  const before = tokens[at - 1];
  // `"…" ― Sonya Herridge`: the name that signs a quote.
  if (SIGNATURE_DASHES.has(before?.text ?? "") && tokens[run.start - 2]?.kind === "quote") return true;
  // "said Meenakshi Ganguly of Human Rights Watch": a name after the verb may carry its affiliation.
  const next = tokens[run.end];
  // "said Bongani Nwosu of digital consulting firm IMGE": "of" after a full name, whatever follows.
  const closes =
    next?.kind !== "word" ||
    (AFFILIATIONS.has(next.lower) && Boolean(tokens[run.end + 1]?.capitalised)) ||
    (next.lower === "of" && named);
  return Boolean(before && SPEECH_VERBS.has(before.lower) && closes);
}

const AFFILIATIONS = new Set(["of", "from", "at"]);

/**
 * Does a preposition govern the words at `start`: right before them, or before their "the" within
 * the sentence ("For the Lib Dems David Laws said": a sentence's opening phrase, which ends there)?
 */
function isGoverned(tokens: readonly Token[], start: number): boolean {
  if (PREPOSITIONS.has(tokens[start - 1]?.lower ?? "")) return true;
  return tokens[start - 1]?.lower === "the" && start > 2 && PREPOSITIONS.has(tokens[start - 2]?.lower ?? "");
}

/** "As Farhad Vuong, the No. 2 in the GOP leadership, put it: “…”": how someone put it is what they said. */
const putsIt = (tokens: readonly Token[], i: number) =>
  tokens[i]!.lower === "put" && tokens[i + 1]?.lower === "it";

const ARTICLES = new Set(["the", "a", "an", "of"]);

/** A run of two words or more that no article opens or stands before: a person's name, not "the Chamber". */
function fullName(tokens: readonly Token[], run: CapitalRun): boolean {
  return run.end - run.start > 1 && !isArticle(tokens[run.start]) && !isArticle(tokens[run.start - 1]);
}

const isArticle = (t: Token | undefined) => ARTICLES.has(t?.lower ?? "");

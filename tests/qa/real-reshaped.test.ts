/**
 * Real questions (tests/fixtures/qa-dev) asked in other frames reporters use, the person and topic
 * word for word (`scripts/question-variants.ts` makes them for a whole set): each must get the answer
 * its original phrasing gets, judged as the reference scorer judges it, and a question on someone the
 * article does not quote must still be declined.
 */
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/qa/answer.ts";
import { expectRight, qaDev } from "./fixtures.ts";

const { index, gold } = qaDev();

/** The gold question `original` asked as `reshaped`, in the original's article. */
function ask(reshaped: string, original: string) {
  const found = gold.get(original);
  if (!found) throw new Error(`no such gold question: ${original}`);
  return { answer: answerQuestion(index, reshaped, found.id), question: found.question };
}

describe("real questions in other frames", () => {
  it.each([
    // "Who was it that …", "which person …", "who's the one that …": "who".
    [
      "Who was it that said Clinton would sign the 9/11 bill if she were president?",
      "Who said Clinton would sign the 9/11 bill if she were president?",
    ],
    ["Which person called Trump a disgusting fraud?", "Who called Trump a disgusting fraud?"],
    [
      "who's the one that said Reagan performed 100 percent in his second debate",
      "Who said Reagan performed 100 percent in his second debate?",
    ],
    // "told reporters" names an audience, not the topic.
    [
      "Who told reporters Trump has shown contempt for service members for years and isn't fit to lead the military?",
      "Who said Trump has shown contempt for service members for years and isn't fit to lead the military?",
    ],
    [
      "Who was quoted as saying Clinton would sign the 9/11 bill if she were president?",
      "Who said Clinton would sign the 9/11 bill if she were president?",
    ],
    ["Name the person who called Trump a disgusting fraud", "Who called Trump a disgusting fraud?"],
    [
      "What did Gwen Moor tell reporters about how birtherism affects black kids?",
      "What did Gwen Moor say about how birtherism affects black kids?",
    ],
    // Chat shorthand: "what'd", "re".
    [
      "what'd Elizabeth Warren say re prison time for Wall Street bosses",
      "What did Elizabeth Warren say about prison time for Wall Street bosses?",
    ],
    // The question cut short: "X on Y?", by name and by role.
    [
      "Elizabeth Warren on prison time for Wall Street bosses?",
      "What did Elizabeth Warren say about prison time for Wall Street bosses?",
    ],
    [
      "The Massachusetts senator on the quality of Stumpf's management?",
      "What did the Massachusetts senator say about the quality of Stumpf's management?",
    ],
    // A description longer than a name, holding an "on" of its own.
    [
      "Quote from the top Democrat on the House Intelligence Committee about why Russia isn't deterred",
      "What did the top Democrat on the House Intelligence Committee say about why Russia isn't deterred?",
    ],
    // … and cut short, its topic after a second "on".
    [
      "The top Democrat on the House Intelligence Committee on why Russia isn't deterred?",
      "What did the top Democrat on the House Intelligence Committee say about why Russia isn't deterred?",
    ],
    [
      "What's the former DNC chairman's view of how soon the party needs a backup plan?",
      "What did the former DNC chairman say about how soon the party needs a backup plan?",
    ],
    // Typed all in lower case: "republican", which the copy writes only as a name, is still one.
    [
      "what did the republican nominee say about political correctness in the armed forces",
      "What did the Republican nominee say about political correctness in the armed forces?",
    ],
  ])("answers %s", (reshaped, original) => {
    const { answer, question } = ask(reshaped, original);
    expect(answer.answered).toBe(true);
    expectRight(answer, question);
  });

  it.each([
    // Cut short, a question on someone the article does not quote is still about their words.
    ["Tim Kaine on Trump's tax returns?", "What did Tim Kaine say about Trump's tax returns?"],
    ["Maxine Waters on Wells Fargo?", "What did Maxine Waters say about Wells Fargo?"],
  ])("declines %s", (reshaped, original) => {
    const { answer, question } = ask(reshaped, original);
    expect(question.answerable).toBe(false);
    expect(answer.answered).toBe(false);
  });

  it("reads a phrase in capitals that names no one before 'on' as the topic, not a speaker", () => {
    const burma = "wash-post_2016-09-16_burma-leader-s-visit-to-washingt";
    // Asked as a speaker, "the Sanctions" matched Suu Kyi by the words around her, and her quote on unity answered.
    const answer = answerQuestion(index, "The Sanctions on Burma?", burma);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/sanctions/i);
    // A role before "on" is still a speaker.
    expect(answerQuestion(index, "The Nobel Peace Prize winner on unity?", burma).speaker).toBe(
      "Aung San Suu Kyi",
    );
  });
});

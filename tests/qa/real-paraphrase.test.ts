/**
 * Questions asked in other words than the article's, on real copy (tests/fixtures/qa-dev, six
 * PolNeAR articles with `shared/qa-dev`'s questions): a topic said with a word's kin ("prison" for
 * "jail", "blast" for "explosion", "reasons" for "rationales") or another inflection ("overridden"),
 * "who said" in other words than the quote's, a person the copy misspells where it quotes them; and it declines a compound the article does not cover ("estate tax" in a story on real estate
 * and tax) or a topic the person's words meet only through kin around them.
 * Each answer is judged as the reference scorer judges it: one accepted passage, the speaker's name.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { expectRight, qaDev } from "./fixtures.ts";

const { index, gold } = qaDev();

function ask(q: string) {
  const found = gold.get(q);
  if (!found) throw new Error(`no such gold question: ${q}`);
  return { answer: answerQuestion(index, q, found.id), question: found.question };
}

describe("real questions in other words", () => {
  it.each([
    "What did Elizabeth Warren say about prison time for Wall Street bosses?",
    "What did the mayor say about whether the blast was terrorism?",
    "What did Terri Strada say about Obama's reasons for the veto?",
    "Who said Clinton would sign the 9/11 bill if she were president?",
    // "the veto will be overridden": an irregular inflection of "override".
    "What did the House Speaker say about whether Congress can override the veto?",
    // The copy quotes him as "Bornsten's": the person asked about, by the right spelling of his name.
    "What did Harold Bornstien predict about Trump's health?",
    // A person asked by role: the one the article describes so, not one whose name is near the words
    // ("Kaine faces off against Republican Indiana Gov. Mike Pence" describes Pence).
    "What did the Republican nominee say about political correctness in the armed forces?",
    // The copy names him by role only where it reports him: "The Republican presidential nominee has …".
    "What did the Republican nominee say about the CNN anchor?",
    // The lede's "A former Democratic National Committee chairman says …" is Don Fowler, named after.
    "What did the former DNC chairman say about how soon the party needs a backup plan?",
    // "the odds of …" frames the topic; the copy never writes "odds", and that says nothing.
    "What did McConnell say about the odds of overturning the veto?",
    // A participle between its doer and its object names the act in the reporter's words ("witnesses
    // ignoring subpoenas"); the quote says it otherwise ("Subpoenas are not optional").
    "What did the committee chairman say about witnesses ignoring subpoenas?",
    // Someone's motives are what the quote says they want ("Republicans want a photo op").
    "What did Elijah Cummings say about the Republicans' motives?",
    // "coal miners" in a story that writes "mining coal": the modifier on its own, by the head's kin.
    "What did the president say about coal miners' jobs?",
    // WordNet's similar adjectives are synonyms: "rich" / "wealthy", "charitable" / "generous".
    "Who said Trump might not be as wealthy or as generous as he claims?",
    "What did Gwen Moor say about how birtherism affects black kids?",
    // A verb that sums up someone's words: the sentence that says so answers first, with its quote …
    "Who compared Trump to a basketball coach leaning on the refs?",
    // … else the quote that says it in other words ("in the way J.F.K. would have done it").
    "Who compared Obama's climate leadership unfavorably with JFK's?",
    // A block quote set apart without marks after "The governor added:" is his.
    "What did Chris Christy say about Ferguson?",
    // "isn't fit to lead" for the quote's "unfit to …", "contempt" for its "disrespecting".
    "Who said Trump has shown contempt for service members for years and isn't fit to lead the military?",
    // "trying" is a form of "try", whose synonym "attempt" the quote uses ("the attempt to interfere").
    "What did Adam Schiff say Russia was trying to do by leaking the hacked material?",
  ])("answers %s", (q) => {
    const { answer, question } = ask(q);
    expect(answer.answered).toBe(true);
    expectRight(answer, question);
  });

  it("answers “who said” found only through the sentence that holds the quote with the quote and its speaker", () => {
    // Loaded alone, as `npm run ask -- --article` does: the quote shares too little of the question
    // to be found as a quote, and the sentence around it answers.
    const id = "politico_2016-09-15_trump-s-favorite-tv-doctor-has-a";
    const alone = new ArchiveIndex();
    alone.add(
      parseArticle(
        readFileSync(new URL(`../fixtures/qa-dev/articles/${id}.txt`, import.meta.url), "utf8"),
        id,
      ),
    );
    const answer = answerQuestion(alone, "Who said Oz has Oprah's whole media machine behind him?", id);
    expect(answer).toMatchObject({ answered: true, kind: "quote", speaker: "David Gorski" });
    expect(answer.text).toContain("the entire Oprah empire behind him");
  });

  it.each([
    // A compound the article never writes, whose words it uses apart ("real estate", "tax breaks").
    "What did Sanders say about the estate tax?",
    // Nothing Suu Kyi said is about it: "unity" is kin of "meeting" only in the words around her quote.
    "What did Suu Kyi say about her meeting with Hillary Clinton?",
  ])("declines %s", (q) => {
    const { answer, question } = ask(q);
    expect(question.answerable).toBe(false);
    expect(answer.answered).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import type { Facts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import {
  ARCHIVE_THRESHOLDS,
  answerFromArchive,
  chooseAnswer,
  refusal,
  weighAnswers,
} from "../../src/qa/archive-answer.ts";
import { archiveCandidates } from "../../src/qa/archive-candidates.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { FIXTURES, folder } from "./fixtures.ts";

const ARTICLES = [
  ...folder("dev/articles"),
  ...folder("heldout/articles"),
  ...folder("archive-real"),
  ...folder("archive"),
];

/** A copy of an article under another id and publication date, as wire copy is republished. */
function copyOf(facts: Facts, id: string, published: string): Facts {
  return { ...facts, id, metadata: { ...facts.metadata, published } };
}

let index: ArchiveIndex;
beforeEach(() => {
  index = new ArchiveIndex();
  for (const facts of ARTICLES) index.add(facts);
});

describe("the right article among many", () => {
  it("finds the article that quotes the person asked about on the topic", () => {
    const a = answerFromArchive(index, "What did Kelly say about discipline?");
    expect(a).toMatchObject({ answered: true, speaker: "Ruth Kelly", article: { id: "politics-055" } });
    const b = answerFromArchive(index, "What did Holmes say about the crowd?");
    expect(b).toMatchObject({ answered: true, speaker: "Kelly Holmes", article: { id: "sport-022" } });
    expect(b.text).toContain("home crowd");
  });

  it("answers the development set's questions from their own articles", () => {
    const gold = JSON.parse(readFileSync(new URL("dev/gold/d02.json", FIXTURES), "utf8"));
    const named = gold.questions.filter(
      (q: { answerable?: boolean; speaker?: string }) => q.answerable !== false && q.speaker,
    );
    const right = named.filter((q: { q: string }) => answerFromArchive(index, q.q).article?.id === "d02");
    expect(right.length).toBeGreaterThanOrEqual(Math.ceil(named.length * 0.75));
  });

  it("declines a name the archive has only in part: across articles that is someone else", () => {
    // "Ruth Kelly Holmes" shares two words with Ruth Kelly and one with Kelly Holmes.
    expect(answerFromArchive(index, "What did Ruth Kelly Holmes say about discipline?").answered).toBe(false);
    expect(answerFromArchive(index, "What did Ruth Kelly say about discipline?")).toMatchObject({
      answered: true,
      speaker: "Ruth Kelly",
    });
  });

  it("declines what no article says", () => {
    expect(answerFromArchive(index, "What did Kelly Holmes say about interest rates?").answered).toBe(false);
    expect(answerFromArchive(index, "What is the capital of Peru?").answered).toBe(false);
  });
});

describe("what the choice between articles weighs", () => {
  it("prefers the article that holds the question's other words too, anywhere in it", () => {
    // Another story with the same quote, without the paragraph on ferries the question takes up.
    const text = readFileSync(new URL("archive/harbour-strike.txt", FIXTURES), "utf8");
    const other = text
      .replace("left us no choice", "gave us no choice")
      .replace(/Ferry services[^\n]*\n/, "");
    index.add(parseArticle(other, "harbour-strike-other"));
    const { answers } = weighAnswers(index, "What did Lopez say about having to strike, as ferries ran?");
    const [whole, cut] = ["harbour-strike", "harbour-strike-other"].map(
      (id) => answers.find((w) => w.answer.article?.id === id)!,
    );
    expect(whole!.answer.text).toBe(cut!.answer.text);
    expect(whole!.whole).toBe(1);
    expect(cut!.whole).toBeLessThan(1);
    expect(answers[0]).toBe(whole);
    expect(whole!.value).toBeGreaterThan(cut!.value);
  });

  it("counts a name written in full as found in a sentence that uses one part of it", () => {
    // Copy names a person in full once, then by surname: "… Lopez told reporters".
    const asked = (q: string) =>
      weighAnswers(index, q).answers.find((w) => w.answer.article?.id === "harbour-strike")!;
    const named = asked("Where did Maria Lopez tell reporters?");
    expect(named.answer.text).toContain("Lopez told reporters");
    expect(named.own).toBe(1);
    // With no capital after its first word, the name is read as the articles write it.
    expect(asked("Where did maria lopez tell reporters?").own).toBe(1);
  });
});

describe("the story the question is about", () => {
  it("prefers the story that dwells on what is asked to one that mentions it in passing", () => {
    // Both real stories say Terence Crutcher was 40: the Western Journalism story about him names
    // him seven times, the Post's story of another shooting once.
    const small = new ArchiveIndex();
    for (const facts of [...folder("polnear/articles"), ...folder("archive-names")]) small.add(facts);
    const about = "west-journal_2016-09-21_chris-christie-calls-hillary-cli";
    const passing = "wash-post_2016-09-25_phone-video-is-first-public-look";
    const question = "How old was Terence Cruthcer?";
    const weighing = weighAnswers(small, question);
    const [story, mention] = [about, passing].map(
      (id) => weighing.answers.find((w) => w.answer.article?.id === id)!,
    );
    expect(story!.answer.text).toContain("40-year-old");
    expect(mention!.answer.text).toContain("40-year-old");
    expect(story!.focus).toBeGreaterThan(mention!.focus);
    expect(answerFromArchive(small, question)).toMatchObject({ answered: true, article: { id: about } });
  });
});

describe("a sentence answering a fact", () => {
  it("counts its headline's words as its own: a story about Wells Fargo need not name it again", () => {
    // Real copy: the Wells Fargo story says "5,300 employees were fired" without the bank's name, and
    // the Burma story gives "the nation of 53 million people" without Burma's; their headlines name them.
    const small = new ArchiveIndex();
    for (const facts of [...folder("qa-dev/articles"), ...folder("polnear/articles"), ...ARTICLES])
      small.add(facts);
    const fired = answerFromArchive(
      small,
      "How many Wells Fargo employees were fired over the fake accounts?",
    );
    expect(fired).toMatchObject({
      answered: true,
      article: { id: "huff-post_2016-09-20_elizabeth-warren-hammers-wells-f" },
    });
    expect(fired.text).toContain("5,300 employees were fired");
    const people = answerFromArchive(small, "What is the populaton of Burma?");
    expect(people).toMatchObject({
      answered: true,
      article: { id: "wash-post_2016-09-16_burma-leader-s-visit-to-washingt" },
    });
    expect(people.text).toContain("53 million people");
  });
});

describe("a person the copy calls otherwise", () => {
  it("answers from the article whose passage best holds the topic, however many others fit the role better", () => {
    // Real copy: "panel Chairman Rep. Jason Chaffetz" is asked about as "the committee chairman",
    // which the Republican National Committee's chairman fits better; one candidate only, so the
    // role's better fits would take every place.
    const small = new ArchiveIndex();
    for (const facts of [...folder("qa-dev/articles"), ...folder("polnear/articles"), ...ARTICLES])
      small.add(facts);
    const weighing = weighAnswers(
      small,
      "What did the committee chairman say about witnesses ignoring subpoenas?",
      1,
    );
    expect(chooseAnswer(small, weighing, ARCHIVE_THRESHOLDS)).toMatchObject({
      answered: true,
      speaker: "Jason Chaffetz",
      text: expect.stringContaining("Subpoenas are not optional"),
      article: { id: "politico_2016-09-22_house-panel-votes-to-hold-clinto" },
    });
  });

  it("answers a body asked by its full name from the copy that calls it by its initials", () => {
    const heroin = story(
      "Drugs at the border",
      'The DEA said the southwestern border "remains the primary entry point for heroin into the United States."',
    );
    index.add(parseArticle(heroin, "heroin"));
    const answer = answerFromArchive(
      index,
      "What did the Drug Enforcement Administration say about the border?",
    );
    expect(answer).toMatchObject({ answered: true, speaker: "the DEA", article: { id: "heroin" } });
  });
});

describe("a role asked about, in the articles that name its holder without it", () => {
  /** Stories that give the role to `name`, one a topic. */
  const titled = (name: string, topics: string[]) =>
    topics.map((topic) =>
      story(
        `Port raises ${topic}`,
        `Harbour commissioner ${name} said the port would raise ${topic} next year.`,
      ),
    );
  /** Names Dana Frost by another title, and the role only in passing, as copy does. */
  const untitled = story(
    "Channel to be dredged",
    "Port chief Dana Frost said the shipping channel would be dredged in the spring. Frost, who became harbour commissioner last year, has pressed for the work.",
  );
  /** An archive of the stories, by ids "titled-0" … and "untitled"; how well each fits the role. */
  const fits = (stories: string[]) => {
    const small = new ArchiveIndex();
    for (const [i, text] of stories.entries()) small.add(parseArticle(text, `titled-${i}`));
    small.add(parseArticle(untitled, "untitled"));
    const question = "What did the harbour commissioner say about dredging the channel?";
    const { list } = archiveCandidates(small, question, () => true, 6);
    return (id: string) => list.find((c) => c.article === id)?.person ?? 0;
  };

  it("stands for the one person the archive gives it, less surely than where the copy gives it", () => {
    const person = fits(titled("Dana Frost", ["fees", "ferry fares", "mooring charges"]));
    expect(person("untitled")).toBeGreaterThan(0.5);
    expect(person("untitled")).toBeLessThan(person("titled-0"));
  });

  it("stands for nobody when the archive gives it to several people", () => {
    const person = fits([
      ...titled("Dana Frost", ["fees", "ferry fares"]),
      ...titled("Lee Park", ["tolls", "pilot fees"]),
    ]);
    expect(person("untitled")).toBe(0);
  });
});

describe("a common noun is not a name", () => {
  it("does not take a word asked in lower case for the same word inside a name", () => {
    // Real copy: Obama "called Wall Street bankers 'fat cats'". Asked about "the wall", that is
    // another thing; asked about Wall Street bankers, it is the answer.
    const small = new ArchiveIndex();
    for (const facts of [...folder("polnear/articles"), ...folder("archive-names")]) small.add(facts);
    const wall = weighAnswers(small, "What did Obama say about the wall?");
    const fatCats = wall.answers.find((w) => w.answer.text.includes("fat cats"));
    expect(fatCats?.near).toBe(0);
    expect(chooseAnswer(small, wall, ARCHIVE_THRESHOLDS).answered).toBe(false);
    // (Two words quoted are answered in the sentence that quotes them.)
    const bankers = answerFromArchive(small, "What did Obama say about Wall Street bankers?");
    expect(bankers).toMatchObject({ answered: true, kind: "reported" });
    expect(bankers.text).toMatch(/Wall Street bankers .fat cats./);
  });
});

describe("who said it", () => {
  it("prefers the quote that holds the question's words to one that only matches them elsewhere", () => {
    // Two real stories of soldiers at work: the seed's "It's a military operation," (Donald Trump)
    // and the Times' "a raid is a combat operation" (Col. Steven H. Warren), both full matches of
    // the question's words by their articles' own answering.
    const small = new ArchiveIndex();
    small.add(parseArticle(readFileSync(new URL("seed/article.txt", FIXTURES), "utf8"), "article"));
    const commandos = "archive-who/nyt_2015-12-29_u-s-commandos-take-on-larger-rol.txt";
    small.add(parseArticle(readFileSync(new URL(commandos, FIXTURES), "utf8"), "commandos"));
    const question = "Who said it's a military operation?";
    const [first, second] = weighAnswers(small, question).answers;
    expect(second?.answer.score).toBe(first?.answer.score);
    expect(first!.own).toBeGreaterThan(second!.own);
    expect(answerFromArchive(small, question)).toMatchObject({
      answered: true,
      speaker: "Donald Trump",
      article: { id: "article" },
    });
  });
});

describe("who said it, in other words", () => {
  it("answers from the quote that says it in other words, not one that shares a word around it", () => {
    // BBC, 2005: "it wasn't a problem" (a kicker on a long penalty) answers "Who said the long kick had
    // been no trouble for him?"; a cruise analyst's "it was a long cruise" shares only "long".
    const small = new ArchiveIndex();
    small.add(
      parseArticle(
        "Wales hails new kicker\n\nOwen Hale landed a long kick from 50 metres to win the game.\n\n“I have been getting them from that distance all year so it wasn't a problem,” Hale said.",
        "kicker",
      ),
    );
    small.add(
      parseArticle(
        "Market unfazed by cruise setback\n\nShares in the cruise firm held steady.\n\n“It was clearly a source of uncertainty for the company - it was a long cruise, after all,” said analyst Simon Moor.",
        "cruise",
      ),
    );
    expect(answerFromArchive(small, "Who said the long kick had been no trouble for him?")).toMatchObject({
      answered: true,
      speaker: "Owen Hale",
      article: { id: "kicker" },
    });
  });
});

describe("who said it, word for word", () => {
  it("answers from the one quote that holds the words asked, not one that says them otherwise", () => {
    // Two real stories of November 2019 on South Dakota's anti-meth campaign, cut down: the governor
    // said "South Dakota has a problem", an adman "South Dakota's got a meth problem"; both answer
    // "Who said South Dakota has a problem?" as well by their own words, and it had been asked back.
    const small = new ArchiveIndex();
    small.add(
      parseArticle(
        "South Dakota doubles down on meth ads\n\nGov. Kristi Noem launched the campaign on Monday.\n\n“South Dakota has a problem. There isn’t a single solution because meth is widespread,” Noem said.",
        "noem",
      ),
    );
    small.add(
      parseArticle(
        "Ad agencies divided on South Dakota meth campaign\n\nJeff Sanborn runs an agency in Spokane.\n\n“What’s America talking about? South Dakota’s got a meth problem,” Sanborn said.",
        "sanborn",
      ),
    );
    expect(answerFromArchive(small, "Who said South Dakota has a problem?")).toMatchObject({
      answered: true,
      speaker: "Kristi Noem",
      article: { id: "noem" },
    });
    expect(answerFromArchive(small, "Who said South Dakota has a meth problem?").answered).toBe(false);
  });
});

describe("declines calibrated by how many articles could answer", () => {
  it("trusts a person's loosely matching answer less the more articles name that person", () => {
    const weighing = weighAnswers(index, "What did Ruth Kelly say about discipline?");
    const best = weighing.answers[0]!;
    // The same answer, with a confidence (score + half the topic) of 0.3, then of 0.5.
    const loose = { ...best, answer: { ...best.answer, score: 0.2 }, topic: 0.2 };
    const looser = { ...best, answer: { ...best.answer, score: 0.4 }, topic: 0.2 };
    const asked = (spread: number, answer: typeof loose) =>
      chooseAnswer(index, { ...weighing, spread, answers: [answer] }, ARCHIVE_THRESHOLDS).answered;
    expect(asked(1, loose)).toBe(true);
    expect(asked(2, loose)).toBe(false);
    expect(asked(2, looser)).toBe(true);
    expect(asked(ARCHIVE_THRESHOLDS.saidSpread, looser)).toBe(false);
    expect(asked(40, looser)).toBe(false);
    const one = chooseAnswer(index, { ...weighing, spread: 1, answers: [loose] }, ARCHIVE_THRESHOLDS);
    expect(one).toMatchObject({ answered: true, speaker: "Ruth Kelly" });
    expect(weighing.spread).toBe(1);
    // Another person whose name is only close to the one asked ("Tester" for "Hester") is not the one.
    const close = { ...loose, person: weighing.bestPerson - 0.2 };
    const other = chooseAnswer(index, { ...weighing, spread: 1, answers: [close] }, ARCHIVE_THRESHOLDS);
    expect(other.answered).toBe(false);
  });

  it("finds a misspelt name across the archive though another article has that spelling right", () => {
    // Another article quotes a Lopes: "Maria Lopes" is still Maria Lopez, named in one article.
    const text = readFileSync(new URL("archive/harbour-strike.txt", FIXTURES), "utf8");
    index.add(parseArticle(text.replaceAll("Lopez", "Lopes").replaceAll("Maria", "Ana"), "other-strike"));
    const weighing = weighAnswers(index, "What did Maria Lopes say about the night shift?");
    expect(weighing.spread).toBe(1);
    expect(answerFromArchive(index, "What did Maria Lopes say about the night shift?")).toMatchObject({
      answered: true,
      speaker: "Maria Lopez",
      article: { id: "harbour-strike" },
    });
  });

  it("declines a person's answer whose paragraph never takes up the topic, when several articles name them", () => {
    const weighing = weighAnswers(index, "What did Ruth Kelly say about discipline?");
    const best = weighing.answers[0]!;
    expect(best.near).toBeGreaterThanOrEqual(ARCHIVE_THRESHOLDS.near);
    const elsewhere = { ...best, near: 0 };
    const several = { ...weighing, spread: 3 };
    expect(chooseAnswer(index, { ...several, answers: [best] }, ARCHIVE_THRESHOLDS).answered).toBe(true);
    expect(chooseAnswer(index, { ...several, answers: [elsewhere] }, ARCHIVE_THRESHOLDS).answered).toBe(
      false,
    );
    // Graded as the confidence is: two articles ask for half the share, four or more for all of it.
    const loose = { ...best, near: ARCHIVE_THRESHOLDS.near * 0.6 };
    const asked = (spread: number) =>
      chooseAnswer(index, { ...weighing, spread, answers: [loose] }, ARCHIVE_THRESHOLDS).answered;
    expect(asked(2)).toBe(true);
    expect(asked(ARCHIVE_THRESHOLDS.saidSpread)).toBe(false);
    const full = { ...weighing, spread: ARCHIVE_THRESHOLDS.saidSpread, answers: [best] };
    expect(chooseAnswer(index, full, ARCHIVE_THRESHOLDS).answered).toBe(true);
  });
});

describe("a topic owned by a name", () => {
  it('asks the words near a quote for what the name owns, not the name: "Trump\'s taxes" is about taxes', () => {
    const small = new ArchiveIndex();
    const rally = [
      "Senator Ann Ward spoke about Donald Trump at a rally in Ohio on Monday.",
      '"He will lose in November," Ward said of Trump.',
      "The crowd cheered as the senator left the stage.",
      "Music played for an hour.",
      "Trump has not released his tax returns, critics of Trump say.",
    ];
    small.add(parseArticle(story("Ward rallies against Trump", rally.join("\n\n")), "rally"));
    const schools =
      'Senator Ann Ward backed the school budget on Tuesday.\n\n"Our teachers deserve better pay," Ward said.';
    small.add(parseArticle(story("Ward backs new school budget", schools), "schools"));
    // The quote is Ward's on Trump, and its paragraph names Trump: it says nothing of his taxes.
    expect(answerFromArchive(small, "What did Ann Ward say about Trump's taxes?").answered).toBe(false);
    expect(answerFromArchive(small, "What did Ann Ward say about Trump?")).toMatchObject({
      answered: true,
      article: { id: "rally" },
    });
  });
});

describe("ambiguity asked back", () => {
  it("offers the different people a bare surname may mean, and each answers when chosen", () => {
    const a = answerFromArchive(index, "What did Kelly say?");
    expect(a.answered).toBe(false);
    const people = a.candidates?.map((c) => c.speaker);
    expect(people).toEqual(expect.arrayContaining(["Ruth Kelly", "Kelly Holmes"]));
    for (const choice of a.candidates ?? []) {
      const picked = answerQuestion(index, a.question, choice.article.id);
      expect(picked).toMatchObject({
        answered: true,
        speaker: choice.speaker,
        article: { id: choice.article.id },
      });
    }
  });

  it("offers the different stories one person may mean, when their answers are as good", () => {
    // The same minister on another occasion: a story of its own, in other words.
    const text = readFileSync(new URL("archive-real/politics-055.txt", FIXTURES), "utf8");
    const other = text.replace("But quite rightly what teachers", "What teachers rightly");
    index.add(parseArticle(other, "politics-055-later"));
    const a = answerFromArchive(index, "What did Ruth Kelly say?");
    expect(a.answered).toBe(false);
    expect(a.candidates?.map((c) => c.article.id).sort()).toEqual(["politics-055", "politics-055-later"]);
    // Word for word the same (wire copy), it is one story, answered from the earliest.
    index.add(parseArticle(text, "politics-055-later"));
    expect(answerFromArchive(index, "What did Ruth Kelly say?")).toMatchObject({ answered: true, copies: 1 });
  });

  it("offers no close rival whose own answer holds clearly less of the question", () => {
    const text = readFileSync(new URL("archive-real/politics-055.txt", FIXTURES), "utf8");
    index.add(
      parseArticle(text.replace("But quite rightly what teachers", "What teachers rightly"), "later"),
    );
    const weighing = weighAnswers(index, "What did Ruth Kelly say?");
    const [best, rival] = weighing.answers;
    expect(chooseAnswer(index, weighing, ARCHIVE_THRESHOLDS).candidates).toHaveLength(2);
    // As close by value, its article's weight making up for an answer that holds less on its own.
    const weaker = { ...rival!, answer: { ...rival!.answer, score: best!.answer.score - 0.1 } };
    const chosen = chooseAnswer(index, { ...weighing, answers: [best!, weaker] }, ARCHIVE_THRESHOLDS);
    expect(chosen).toMatchObject({ answered: true, article: { id: best!.answer.article!.id } });
  });

  it("does not ask back when the question names one of them", () => {
    const a = answerFromArchive(index, "What did Ruth Kelly say?");
    expect(a).toMatchObject({ answered: true, speaker: "Ruth Kelly" });
    expect(a.candidates).toBeUndefined();
  });
});

describe("wire copy and periods", () => {
  const sport = () => ARTICLES.find((f) => f.id === "sport-022")!;

  it("answers from the earliest copy of the same words and counts the others", () => {
    index.add(copyOf(sport(), "copy-late", "2005-03-02"));
    index.add(copyOf(sport(), "copy-early", "2005-02-01"));
    index.add(copyOf(sport(), "sport-022", "2005-02-20"));
    const a = answerFromArchive(index, "What did Holmes say about the crowd?");
    expect(a).toMatchObject({ answered: true, article: { id: "copy-early" }, copies: 2 });
  });

  it("takes a copy that cut a quote short for the same words, answered from the earliest full copy", () => {
    // Wire copy is trimmed as it is republished: a later copy ends Holmes's quote a sentence early.
    const text = readFileSync(new URL("archive-real/sport-022.txt", FIXTURES), "utf8");
    const cut = parseArticle(text.replace("home crowd. The time is irrelevant.", "home crowd."), "copy-cut");
    index.add(copyOf(cut, "copy-cut", "2005-02-10"));
    index.add(copyOf(sport(), "copy-early", "2005-02-01"));
    index.add(copyOf(sport(), "sport-022", "2005-02-20"));
    const a = answerFromArchive(index, "What did Holmes say about winning in front of her home crowd?");
    expect(a).toMatchObject({ answered: true, article: { id: "copy-early" }, copies: 2 });
    expect(a.text).toContain("home crowd");
  });

  it("counts every copy of the words, however many articles carry them", () => {
    for (let day = 1; day <= 25; day++)
      index.add(copyOf(sport(), `copy-${day}`, `2005-03-${String(day).padStart(2, "0")}`));
    const a = answerFromArchive(index, "What did Holmes say about the crowd?");
    expect(a).toMatchObject({ answered: true, article: { id: "copy-1" }, copies: 25 });
  });

  it("never hands the words to someone else who said them in an earlier article", () => {
    // The same words said by another person are not a copy of this quote: a wrong speaker is worse than none.
    const text = readFileSync(new URL("archive-real/sport-022.txt", FIXTURES), "utf8");
    const other = text.replaceAll("Kelly Holmes", "Paula Radcliffe").replaceAll("Holmes", "Radcliffe");
    index.add(copyOf(parseArticle(other, "radcliffe"), "radcliffe", "2005-01-05"));
    index.add(copyOf(sport(), "copy-early", "2005-02-01"));
    index.add(copyOf(sport(), "sport-022", "2005-02-20"));
    const a = answerFromArchive(index, "What did Holmes say about the crowd?");
    expect(a).toMatchObject({
      answered: true,
      speaker: "Kelly Holmes",
      article: { id: "copy-early" },
      copies: 1,
    });
  });

  it("keeps to the articles of the period a question names", () => {
    index.add(copyOf(sport(), "sport-022", "2005-02-20"));
    index.add(copyOf(sport(), "copy-march", "2005-03-12"));
    const march = answerFromArchive(index, "What did Holmes say about the crowd in March 2005?");
    expect(march).toMatchObject({ answered: true, article: { id: "copy-march" } });
    const february = answerFromArchive(index, "What did Holmes say in February 2005 about the crowd?");
    expect(february).toMatchObject({ answered: true, article: { id: "sport-022" } });
    expect(answerFromArchive(index, "What did Holmes say about the crowd in January 2005?").answered).toBe(
      false,
    );
  });

  it("asks the undated articles when no article is dated in the period named", () => {
    // Text files and pages without a date: a period rules out only the articles dated outside it.
    index.add({ ...sport(), metadata: { ...sport().metadata, published: null } });
    const council = parseArticle(story("Council meets", "The council met to discuss the budget."), "council");
    index.add(copyOf(council, "council", "2005-03-30"));
    const january = answerFromArchive(index, "What did Holmes say about the crowd in January 2005?");
    expect(january).toMatchObject({ answered: true, article: { id: "sport-022" }, speaker: "Kelly Holmes" });
    // An article of March is dated then, so March keeps to it.
    expect(answerFromArchive(index, "What did Holmes say about the crowd in March 2005?").answered).toBe(
      false,
    );
  });

  it("asks the whole archive when no article of the last such weekday answers a day named alone", () => {
    index.add(copyOf(sport(), "sport-022", "2005-02-20"));
    const council = parseArticle(story("Council meets", "The council met to discuss the budget."), "council");
    index.add(copyOf(council, "council", "2005-03-30"));
    // "on Sunday" is the story's day: the archive's last Sunday (27 March) holds no answer.
    const sunday = answerFromArchive(index, "What did Holmes say on Sunday about the crowd?");
    expect(sunday).toMatchObject({ answered: true, article: { id: "sport-022" }, speaker: "Kelly Holmes" });
    // "last Sunday" names the week.
    expect(answerFromArchive(index, "What did Holmes say last Sunday about the crowd?").answered).toBe(false);
  });
});

/** An article as copy files it: headline, blank line, one paragraph. */
const story = (headline: string, paragraph: string) => `${headline}\n\n${paragraph}`;

describe("the kind of answer asked for", () => {
  it("does not answer 'what is it called' from a passage that names nothing", () => {
    const small = new ArchiveIndex();
    const veto = story(
      "Obama threatens veto of terror lawsuit bill",
      "Obama has threatened to veto the bill that allows lawsuits against the Saudis over the attacks.",
    );
    const named = story(
      "Senate passes terror lawsuit bill",
      "The bill, known as the \u201cJustice Against Sponsors of Terrorism Act\u201d, was passed by the Senate.",
    );
    small.add(parseArticle(veto, "veto"));
    const question = "What is the terror lawsuit bill officially called?";
    // The article answers from its best passage when none holds a name; the archive does not.
    expect(answerQuestion(small, question, "veto").answered).toBe(true);
    expect(answerFromArchive(small, question).answered).toBe(false);
    small.add(parseArticle(named, "named"));
    expect(answerFromArchive(small, question)).toMatchObject({ answered: true, article: { id: "named" } });
  });
});

describe("a name or a year the question writes", () => {
  it.each([
    {
      asks: "a name: France",
      question: "What is the capital of France?",
      decoy: story(
        "Regulator widens trust inquiry",
        "The regulator has been investigating whether investors were misled about the risks posed by split-capital trusts.",
      ),
      answer: story(
        "Tourism rises in the capital",
        "Visitors to Paris, the capital of France, spent more last year than ever before.",
      ),
    },
    {
      asks: "a year: 2018, published in neither",
      question: "Who won the 2018 World Cup?",
      decoy: story(
        "England celebrate",
        "Jonny Wilkinson won the World Cup for England with a drop goal in Sydney.",
      ),
      answer: story(
        "France win the football World Cup",
        "France won the 2018 World Cup in Moscow, beating Croatia in the final.",
      ),
    },
  ])(
    "is declined from an article that lacks it, however well the rest matches ($asks)",
    ({ question, decoy, answer }) => {
      index.add(parseArticle(decoy, "decoy"));
      const declined = answerFromArchive(index, question);
      // Declined outright, not asked back between stories that lack it.
      expect(declined).toMatchObject({ answered: false, kind: "decline" });
      expect(declined.candidates).toBeUndefined();
      index.add(parseArticle(answer, "answer"));
      expect(answerFromArchive(index, question)).toMatchObject({ answered: true, article: { id: "answer" } });
    },
  );
});

describe("answers about as good as each other", () => {
  it("takes the one that holds the kind of thing asked for in full: a dateline's place over a place named in passing", () => {
    const small = new ArchiveIndex();
    const dateline = story(
      "Bill Clinton attacks health law",
      "FLINT, Mich., Oct. 4 (UPI) \u2014 Former President Bill Clinton criticized the health care law while campaigning for his wife.",
    );
    const passing = story(
      "Bill Clinton on the trail",
      "Former President Bill Clinton was campaigning for his wife on Monday after a week in Kentucky.",
    );
    small.add(parseArticle(dateline, "dateline"));
    small.add(parseArticle(passing, "passing"));
    const weighing = weighAnswers(small, "Where was Bill Clinton campaigning when he made these remarks?");
    expect(weighing.answers.map((w) => w.answer.article?.id).sort()).toEqual(["dateline", "passing"]);
    // As good as each other by every other measure: without the kind asked for, asked back.
    for (const w of weighing.answers) w.value = 2;
    for (const w of weighing.answers) w.answer.score = 1;
    const a = chooseAnswer(small, weighing, ARCHIVE_THRESHOLDS);
    expect(a).toMatchObject({ answered: true, article: { id: "dateline" } });
  });
});

describe("who said something, across the archive", () => {
  it("is not answered by words that hold none of what was said, found only through their sentence", () => {
    // BBC, 2005: "the online bank Cahoot admitted that its customer account details could be read by
    // anyone …" (own share 0, found through "bank" in its sentence) had answered "Who said any bank
    // that can't be run properly should be split up?" across the 3,025-article archive.
    const weighing = weighAnswers(index, "Who said any bank that can't be run properly should be split up?");
    const weighed = { ...weighing.answers[0]!, own: 0, near: 0.5, fit: 1, names: true };
    weighed.answer = { ...weighed.answer, speaker: "Cahoot", score: 0.46 };
    expect(refusal(weighed, { ...weighing, kind: "who-said" }, ARCHIVE_THRESHOLDS)).toMatch(
      /none of the topic/,
    );
    expect(
      refusal({ ...weighed, own: 0.5 }, { ...weighing, kind: "who-said" }, ARCHIVE_THRESHOLDS),
    ).toBeNull();
  });
});

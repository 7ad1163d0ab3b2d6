import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isDictionaryWord } from "../../src/article/dictionary.ts";
import type { Facts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { describedPeople, roleSpeakers, speakerOf } from "../../src/qa/described.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { FIXTURES } from "./fixtures.ts";

const ARTICLE = `Panel split over port plan

BOSTON (AP) — Sen. Dana Whitfield (D-Mass.) said on Tuesday that the port plan "will cost this state thousands of jobs."

"Nobody asked the families who live next to the port," said Lee Moreno, the interim chairwoman of the Harbor Users Association.

Rep. Carl Ostrander (R-Ohio) said the plan "is the best deal the region has seen in a generation."`;

const facts = parseArticle(ARTICLE, "port");

describe("describedPeople", () => {
  it("meets abbreviations both ways: Sen. for senator, Mass. for Massachusetts", () => {
    expect(describedPeople(facts, "the Massachusetts senator")[0]?.person.name).toBe("Dana Whitfield");
  });

  it("meets the place or body a name is written 'of': 'Sen. Rand Paul of Kentucky' for the Kentucky senator", () => {
    const debate = parseArticle(
      `Debate line-up set\n\nSen. Rand Paul of Kentucky and Carly Fiorina were dropped from the main stage.\n\n"It isn't about viewership," Paul said.\n\n"We will win," Sen. Marco Rubio said.`,
      "debate",
    );
    const [best, next] = describedPeople(debate, "the Kentucky senator");
    expect(best?.person.name).toBe("Rand Paul");
    expect(best!.score).toBeGreaterThan(next?.score ?? 0);
  });

  it("meets a description set before the name, and a long one after it", () => {
    const pac = parseArticle(
      `Skywriting over the Rose Bowl\n\nThe head of the major super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy, tweeted: "Not us, but cannot argue with it!"\n\n"Not us," said Sen. Marco Rubio.\n\n"It is possible," said William Gale, the Arjay and Frances Miller Chair in Federal Economic Policy in the Economic Studies Program at the Brookings Institution.`,
      "pac",
    );
    expect(describedPeople(pac, "the head of Jeb's super PAC")[0]?.person.name).toBe("Mike Murphy");
    expect(describedPeople(pac, "the Brookings economist")[0]?.person.name).toBe("William Gale");
  });

  it("meets two asked words by the initials the copy writes, and a two-word title by its initials", () => {
    const zimmerman = parseArticle(
      `Zimmerman gun sale\n\nRep. Hakeem Jeffries (D-N.Y.) reacted, saying: "He should be in prison."\n\n"We have no comment," said Sen. Marco Rubio (R-Fla.).\n\nThe prime minister's spokesman said: "He stands by his comments."`,
      "gun",
    );
    expect(describedPeople(zimmerman, "the New York congressman")[0]?.person.name).toBe("Hakeem Jeffries");
    expect(describedPeople(zimmerman, "the PM's spokesman")[0]).toMatchObject({
      person: { name: "the prime minister's spokesman" },
      score: 1,
    });
  });

  it("meets an owner asked by name where the copy names the owner's office ('the president's')", () => {
    const speech = parseArticle(
      `A sunny State of the Union\n\n"We can do big things," President Barack Obama said.\n\n"People have never elected a pessimistic president," said Jon Favreau, the president's former chief speechwriter.\n\n"It was a campaign speech," said Mark Dubowitz, a former chief of staff to the senator.`,
      "speech",
    );
    const [best, next] = describedPeople(speech, "Obama's chief speechwriter");
    expect(best?.person.name).toBe("Jon Favreau");
    expect(best!.score).toBe(1);
    expect(next?.score ?? 0).toBeLessThan(1);
  });

  it("reads a list inside a description after the name as part of it", () => {
    const piero = parseArticle(
      `BBC tracks players\n\n"We want to appeal to core fans," said Andrew Thompson, the BBC's head of development, new media and sports news.\n\n"It allows us to tell the story," said Andy Townsend, from BBC Broadcast.`,
      "piero",
    );
    const [best] = describedPeople(piero, "the BBC's head of development, new media and sports news");
    expect(best).toMatchObject({ person: { name: "Andrew Thompson" }, score: 1 });
  });

  it("meets an acronym of the capitalised words written beside the name", () => {
    const [best] = describedPeople(facts, "the interim HUA chair");
    expect(best?.person.name).toBe("Lee Moreno");
  });

  it("meets a word through its kin, for less: 'committee' for the 'panel' a chairman leads", () => {
    const hearing = parseArticle(
      `Aide skips hearing\n\n"Subpoenas are not optional," panel Chairman Rep. Jon Aldous (R-Utah) said on Thursday.\n\n"We will appeal," said Mara Quist, a lawyer for the aide.`,
      "hearing",
    );
    const [best, next] = describedPeople(hearing, "the committee chairman");
    expect(best?.person.name).toBe("Jon Aldous");
    expect(best!.score).toBeGreaterThan(0.6);
    expect(best!.score).toBeLessThan(1);
    expect(next?.score ?? 0).toBeLessThan(0.5);
  });

  it("meets one office under either name: a 'minister' is the 'secretary' of a department", () => {
    const cabinet = parseArticle(
      `Cabinet meets\n\n"The border stays open," Interior Secretary Ana Ruiz said on Monday.\n\n"We were not told," said Tom Bell, an Interior Department spokesman.`,
      "cabinet",
    );
    const [best, next] = describedPeople(cabinet, "the interior minister");
    expect(best?.person.name).toBe("Ana Ruiz");
    expect(best!.score).toBeLessThan(1);
    expect(next?.person.name).toBe("Tom Bell");
    expect(best!.score - next!.score).toBeGreaterThan(0.2);
  });

  it("meets a relation owned by someone, set before the name's own comma", () => {
    // TheWrap, 2019: "Steenburgen's son, filmmaker Charlie McDowell (…), also remembers …" had kept
    // only "filmmaker"; The Verge: "According to his aunt, Jane Starner, …".
    const kin = parseArticle(
      [
        "A songwriter at last",
        "Mary Holt wrote the song. “It came to me,” Holt said.",
        "Holt’s son, filmmaker Charlie Dowd, was worried. “I thought she had gone crazy,” he said.",
        "According to his aunt, Jane Starner, “He was brilliant from the start.”",
      ].join("\n\n"),
      "kin",
    );
    expect(describedPeople(kin, "Holt's son")[0]?.person.name).toBe("Charlie Dowd");
    expect(describedPeople(kin, "the aunt")[0]?.person.name).toBe("Jane Starner");
  });

  it("meets a country's office in the country the article is set in, not another country's holder", () => {
    // BBC, 2005: "The new President, Viktor Yushchenko, has said …", in an article set in Ukraine.
    const ukraine = parseArticle(
      readFileSync(new URL("../fixtures/who-said/business-136.txt", import.meta.url), "utf8"),
      "ukraine",
    );
    const index = new ArchiveIndex();
    index.add(ukraine);
    const a = answerQuestion(
      index,
      "What did Ukraine's president say about the Krivorizhstal steel mill?",
      "ukraine",
    );
    expect(a).toMatchObject({ answered: true, speaker: "Viktor Yushchenko" });
    expect(a.text).toContain("Krivorizhstal was stolen");
    const visit = parseArticle(
      [
        "Gas talks stall",
        "Ukraine and Russia failed to agree on gas prices. Ukraine wants a new deal.",
        "“We will not pay more,” said Ukraine's energy minister, Ivan Hrytsenko.",
        "“The price is fair,” Russian President Vladimir Putin said in Moscow.",
      ].join("\n\n"),
      "visit",
    );
    expect(describedPeople(visit, "Ukraine's president")[0]?.person.name).not.toBe("Vladimir Putin");
  });

  it("meets an age asked as '-year-old' where the copy sets it beside the name, and no other age", () => {
    // The New York Times, 2016: "… with Nesa Guzman, 21, a squad car pulled up …"; Samantha Olivieri is 20.
    const id = "nyt_2016-07-31_sisterhood-of-the-skateboard";
    const skaters = parseArticle(
      readFileSync(new URL(`../fixtures/who-said/${id}.txt`, import.meta.url), "utf8"),
      id,
    );
    expect(describedPeople(skaters, "the 21-year-old skater")[0]?.person.name).toBe("Nesa Guzman");
    expect(describedPeople(skaters, "the 20-year-old")[0]?.person.name).toBe("Samantha Olivieri");
    const index = new ArchiveIndex();
    index.add(skaters);
    const a = answerQuestion(index, "What did the 21-year-old skater say when the squad car pulled up?", id);
    expect(a).toMatchObject({ answered: true, speaker: "Nesa Guzman" });
    // Written out too: "Fifteen-year-old Donald Young".
    const young = parseArticle(
      "Young loses\n\nFifteen-year-old Donald Young lost on Monday. “It was fun,” Young said. “I will be back,” said Robby Ginepri, 22.",
      "young",
    );
    expect(describedPeople(young, "the 15-year-old")[0]?.person.name).toBe("Donald Young");
  });

  it("meets a description set off by dashes after the name, to the closing dash", () => {
    // TheWrap, 2019: "Harper — a young British filmmaker hot off directing a lush BBC ad — …".
    const film = parseArticle(
      [
        "A song for the film",
        "The song came late. Harper — a young British filmmaker hot off directing an ad — needed it. “I had faith,” Harper said.",
        "Kate York, a songwriter, agreed. “We wrote it in hours,” York said.",
      ].join("\n\n"),
      "film",
    );
    expect(describedPeople(film, "the British filmmaker")[0]?.person.name).toBe("Harper");
    expect(describedPeople(film, "the songwriter")[0]?.person.name).toBe("Kate York");
  });

  it("meets what a sentence says a name is ('X is a …', ', who was a …'), to the next clause", () => {
    // Western Journal, 2016: "Florent Groberg is a former U.S. Army captain and Medal of Honor winner
    // who is a lifelong Republican."
    const veterans = parseArticle(
      [
        "Veterans split over the race",
        "Dana Fry is a former U.S. Navy pilot and Purple Heart recipient who is backing the governor.",
        "Lee Hart, who was a member of the county board and later a state trooper, disagreed. “He has my vote,” Hart said.",
        "“I will not vote for him,” Fry said.",
      ].join("\n\n"),
      "veterans",
    );
    expect(describedPeople(veterans, "the Purple Heart recipient")[0]?.person.name).toBe("Dana Fry");
    expect(describedPeople(veterans, "the former Navy pilot")[0]?.person.name).toBe("Dana Fry");
    expect(describedPeople(veterans, "the state trooper")[0]?.person.name).toBe("Lee Hart");
    // The clause after "who" says what Fry does, not what Fry is.
    expect(describedPeople(veterans, "the governor").map((d) => d.person.name)).not.toContain("Dana Fry");
  });

  it("finds no one for a description nobody fits", () => {
    expect(describedPeople(facts, "the Vermont governor")).toEqual([]);
  });
});

describe("what did <description> say", () => {
  it("answers with the words of the person the description names", () => {
    const index = new ArchiveIndex();
    index.add(facts);
    const a = answerQuestion(index, "What did the Ohio congressman say about the deal?", "port");
    expect(a).toMatchObject({ answered: true, speaker: "Carl Ostrander" });
  });

  it("answers with the role holder's words, not the body that only qualifies the role", () => {
    // CNN, 2019: "What did the White House press secretary tell CNN …?" had been answered with the
    // White House's "quick exam and labs", not with press secretary Stephanie Grisham's words.
    const text = [
      "The president's health",
      "Trump, according to the White House, made a trip to the hospital for a “quick exam and labs.”",
      "White House press secretary Stephanie Ortiz said the visit was routine.",
      "“He is in good health and it was a routine checkup,” Ortiz told CNN.",
    ].join("\n\n");
    const index = new ArchiveIndex();
    index.add(parseArticle(text, "health"));
    const a = answerQuestion(
      index,
      "What did the White House press secretary say about the hospital visit?",
      "health",
    );
    expect(a).toMatchObject({ answered: true, speaker: "Stephanie Ortiz" });
  });

  it("finds the name a description ends in (“the retired telecom worker Tommy”)", () => {
    // Business Insider, 2019: the whole description matched no one, so the question was declined.
    const text = [
      "Retire early",
      "Tommy — who goes by his first name online — retired at 51 after a career in telecom.",
      "“Being mortgage free adds another level of mental freedom,” he wrote.",
    ].join("\n\n");
    const index = new ArchiveIndex();
    index.add(parseArticle(text, "fire"));
    const ask = (q: string) => answerQuestion(index, q, "fire");
    expect(
      ask("What did the retired telecom worker Tommy say about being free of a mortgage?"),
    ).toMatchObject({
      answered: true,
      speaker: "Tommy",
    });
    // Typed in lower case, the last words are no name the question gives.
    expect(ask("What did the retired telecom worker say about the weather?").answered).toBe(false);
  });

  it("reads a role asked of its owner as a description (“Carlineo's lawyer”)", () => {
    // The Hill, 2019: "What did Carlineo's lawyer say …" of "Sonya A. Zoghlin, Carlineo's attorney,
    // told The Hill …" had been declined.
    const text = [
      "Man admits threat",
      "Patrick Okafor admitted threatening a lawmaker.",
      "Dana Zoghlin, Okafor’s attorney, said “he is passionate about his political beliefs.”",
    ].join("\n\n");
    const index = new ArchiveIndex();
    index.add(parseArticle(text, "threat"));
    const a = answerQuestion(index, "What did Okafor's lawyer say about his politics?", "threat");
    expect(a).toMatchObject({ answered: true, speaker: "Dana Zoghlin" });
  });

  it("reads a relation owned by a pronoun as the relation of the one it stands for (“his aunt”)", () => {
    // The Verge, 2019: "According to his aunt, Jane Starner, …": "Ford's aunt" had found Ford himself.
    const text = [
      "Writer dies at 49",
      "Tom Ford wrote nine novels.",
      "His aunt, Jane Starner, said: “He was brilliant from the start.”",
      "His sister, Martha Fry, said the family was “proud of every book.”",
      "“I will miss his letters,” Ford's editor, Ann Bell, said.",
    ].join("\n\n");
    const index = new ArchiveIndex();
    index.add(parseArticle(text, "obituary"));
    const ask = (q: string) => answerQuestion(index, q, "obituary");
    expect(ask("How did Ford's aunt describe him?")).toMatchObject({
      answered: true,
      speaker: "Jane Starner",
    });
    expect(ask("What did Tom Ford's sister say?")).toMatchObject({ answered: true, speaker: "Martha Fry" });
    expect(ask("What did Ford's editor say?")).toMatchObject({ answered: true, speaker: "Ann Bell" });
  });
});

describe("who did something", () => {
  const text = `Police say blast was deliberate

NEW YORK (AP) — Mayor Bill de Blasio said on Saturday that the explosion was "an intentional act."

Asked to describe the device that caused the explosion, Commissioner James O'Neill said, "Not going to go into that."`;

  it("answers with the quote in the sentence that says it, and who said it", () => {
    const index = new ArchiveIndex();
    index.add(parseArticle(text, "blast"));
    const a = answerQuestion(index, "Who refused to describe the device that caused it?", "blast");
    expect(a).toMatchObject({ answered: true, kind: "quote", speaker: "James O'Neill" });
    expect(a.text).toContain("Not going to go into that");
  });

  it("never reads a dictionary word as a misspelt name", () => {
    expect(isDictionaryWord("blast")).toBe(true);
    expect(isDictionaryWord("blasio")).toBe(false);
  });
});

describe("descriptions written away from the name", () => {
  const text = `Builders pledge new homes

Rita Okafor, who has run the company for a decade, spoke at the opening on Monday.

"We will build four hundred homes by spring," the veteran builder from Queens said on Monday.

Tom Verhoeven toured the site later. The regional planning director has long doubted the scheme.

"The roads cannot carry the traffic," Verhoeven said.`;
  const parsed = parseArticle(text, "homes");

  it("takes the subject of an attribution for the quote's speaker", () => {
    const speaker = parsed.quotes.find((q) => q.text.includes("four hundred"))?.speakerId;
    const [best] = describedPeople(parsed, "the builder from Queens");
    expect(best?.person.id).toBe(speaker);
    expect(best?.person.name).toBe("Rita Okafor");
  });

  it("takes a role opening a sentence for the person the paragraph quotes or names just before", () => {
    const [best] = describedPeople(parsed, "the planning director");
    expect(best?.person.name).toBe("Tom Verhoeven");
  });
});

describe("speakers named only by a role (real copy)", () => {
  const read = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), "utf8");
  const roleOf = (facts: Facts, role: string) =>
    roleSpeakers(facts).get(facts.people.find((p) => p.name === role)?.id ?? "")?.name;

  it("takes a lede's role for the person quoted by name after it, when words beside the name fit", () => {
    const id = "politico_2016-09-12_former-dnc-chairman-calls-for-cl";
    const facts = parseArticle(read(`qa-dev/articles/${id}.txt`), id);
    expect(roleOf(facts, "a former Democratic National Committee chairman")).toBe("Don Fowler");
    // Among the description's own kin it is Fowler, not Ed Rendell, "general chairman of the DNC".
    const [best, next] = describedPeople(facts, "a former Democratic National Committee chairman");
    expect(best?.person.name).toBe("Don Fowler");
    expect(best!.score - (next?.score ?? 0)).toBeGreaterThan(0);
  });

  it("takes a definite role opening a sentence for the person named just before", () => {
    // Parsing now reads the role as Trump's own (the paragraph between, "Baiting the moderators.",
    // names no one): no description is left for the answerer to map.
    const id = "usa-today_2016-09-23_trump-questions-the-fairness-of-";
    const facts = parseArticle(read(`qa-dev/articles/${id}.txt`), id);
    expect(facts.people.find((p) => p.name === "the Republican presidential nominee")).toBeUndefined();
    const speaker = speakerOf(facts, facts.quotes.find((q) => q.text === "fair")!.speakerId);
    expect([speaker?.name, speaker?.title]).toEqual(["Donald Trump", "Republican presidential nominee"]);
  });

  it("takes a definite role in the lede for the one who speaks next, as BBC copy writes it too", () => {
    // "The US stock market watchdog's chairman has said … William Donaldson promised …"
    const sec = parseArticle(read("bbc-roles/business-215.txt"), "business-215");
    expect(roleOf(sec, "the US stock market watchdog's chairman")).toBe("William Donaldson");
  });

  it("leaves roles copy gives unnamed sources unnamed, and a role the next speaker does not fit", () => {
    // "A spokesman for Manchester's Trafford Centre said …" is not Bluewater's "Spokesman Alan Jones".
    const shops = parseArticle(read("bbc-roles/business-317.txt"), "business-317");
    expect(roleSpeakers(shops).size).toBe(0);
  });

  it("describes no one by words written after a name that begin another clause", () => {
    const id = "breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-";
    const facts = parseArticle(read(`qa-dev/articles/${id}.txt`), id);
    // "Republican", typed with a capital, is a name: met as written, not as its synonym "democratic".
    const [best, next] = describedPeople(facts, "the Republican nominee", new Set(["republican"]));
    expect(best?.person.name).toBe("Donald Trump");
    expect(best!.score - (next?.score ?? 0)).toBeGreaterThanOrEqual(0.2);
  });
});

describe("a description whose word a group written with a capital holds", () => {
  it("answers with the words of the person it describes, not the group's", () => {
    // The Detroit News, 2019: "What did the teachers union president say about funding?" had been
    // answered with "Fund our schools," chanted by "Teachers", whose one word the description holds.
    const text = `Thousands of teachers pack Indiana Statehouse

Teachers chanted "Fund our schools," as they marched to the Statehouse.

Indiana State Teachers Association President Keith Gambill told the crowd that the state should help schools. "The issue is funding, and the state has the money," Gambill said.`;
    const index = new ArchiveIndex();
    index.add(parseArticle(text, "rally"));
    const a = answerQuestion(index, "What did the teachers union president say about funding?", "rally");
    expect(a).toMatchObject({ answered: true, speaker: "Keith Gambill" });
  });
});

describe("a role asked of its owner (“Austria's interior minister”)", () => {
  it("answers with the role's words, not the owner's, though the copy quotes both", () => {
    // NBC News (Reuters), 2019: "What did Austria's interior minister say?" had been answered with
    // "Austria argued for decades that it was the first victim of National Socialism".
    const text = readFileSync(new URL("web-bodies/braunau.txt", FIXTURES), "utf8");
    const index = new ArchiveIndex();
    index.add(parseArticle(text, "braunau"));
    const a = answerQuestion(index, "What did Austria's interior minister say?", "braunau");
    expect(a).toMatchObject({ answered: true, speaker: "Austria's interior minister" });
    expect(a.text).toContain("police station");
  });
});

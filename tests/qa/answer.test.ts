import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { answerQuestion } from "../../src/qa/answer.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { indexOf, oneArticle } from "./fixtures.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");

let index: ArchiveIndex;
beforeAll(() => {
  index = new ArchiveIndex();
  index.add(parseArticle(fixture("harbour.txt"), "harbour"));
});
const ask = (q: string, article: string | undefined = "harbour") => answerQuestion(index, q, article);

describe("what did X say", () => {
  it("finds the person by surname and prefers their quote on the topic", () => {
    const a = ask("What did Pullman say about the fish?");
    expect(a).toMatchObject({ answered: true, kind: "quote", speaker: "Derek Pullman" });
    expect(a.text).toContain("where the fish spawn");
  });

  it("finds a person asked with where they work, in words the article does not use", () => {
    // ("Jim Lewiss from CSIS" of an article that writes the Center for Strategic and International Studies.)
    expect(ask("What did Derek Pullmann from the BBC say about the fish?").speaker).toBe("Derek Pullman");
    expect(ask("What did Ruth Bell from the BBC say about the fish?").answered).toBe(false);
  });

  it("tolerates a misspelled name", () => {
    expect(ask("wat did oyelarin say about jobs").speaker).toBe("Margaret Oyelaran");
  });

  it("finds the person by title", () => {
    expect(ask("What did the council leader say about objections?")).toMatchObject({
      speaker: "Margaret Oyelaran",
      text: expect.stringContaining("listened to every objection"),
    });
  });

  it("gives the person's key quote when no topic is asked", () => {
    const a = ask("What did Derek Pullman say?");
    expect(a).toMatchObject({ kind: "quote", speaker: "Derek Pullman" });
  });

  it("declines a topic the person did not speak about, naming who is quoted", () => {
    const a = ask("What did Oyelaran say about climate change?");
    expect(a.answered).toBe(false);
    expect(a.suggestions).toContain("Margaret Oyelaran");
  });

  it("declines a person who is not in the article", () => {
    expect(ask("What did Boris Johnson say about the harbour?").answered).toBe(false);
  });

  it("declines what the article tells of only away from the person's words", () => {
    const body = [
      "Mayor defends harbour plan",
      "Mayor Tom Becker defended the harbour plan on Monday at a packed meeting in the town hall.",
      "“The harbour plan will bring jobs to every street in this city, and we will build it on time,” Becker said.",
      "Councillor Ana Ruiz had called Becker a coward at a rally on Sunday, and accused him of hiding the costs.",
      "The council votes on the plan next month.",
      "Becker also spoke about the city budget. “We will not raise taxes to pay for the harbour,” he said.",
    ].join("\n\n");
    const index = oneArticle(body, "harbour-plan");
    const ask = (q: string) => answerQuestion(index, q, "harbour-plan");
    expect(ask("What did Becker say about Ruiz calling him a coward at the rally?").answered).toBe(false);
    expect(ask("What did Becker say about taxes?")).toMatchObject({
      answered: true,
      text: expect.stringContaining("not raise taxes"),
    });
  });

  it("prefers their quote to their reported speech that quotes only someone else", () => {
    const body = [
      "Mayor and council clash",
      "Ana Ruiz, the council leader, met the mayor on Monday.",
      "Ruiz said she was unlikely to have a good working relationship with Mayor Tom Becker because Becker had called her housing plan “reckless and costly” at a meeting last week.",
      "“It looks like we are not going to have a very good relationship, who knows? We will see what happens once the budget is set in the spring and the council has voted on every part of it,” Ruiz said.",
    ].join("\n\n");
    const index = oneArticle(body, "clash");
    const a = answerQuestion(index, "What did Ruiz say about the relationship?", "clash");
    expect(a).toMatchObject({ kind: "quote", speaker: "Ana Ruiz" });
    expect(a.text).toContain("not going to have a very good relationship");
  });
});

describe("a statement split around its attribution", () => {
  it("answers with the whole of it in its paragraph, whichever part the question matched", () => {
    // The Verge, 2019: "“The problem can be solved,” Prakash said. “But what you need is political
    // will …”" had been answered with its opening part alone, which says nothing of what is needed.
    const split = oneArticle(
      "Delhi's air\n\nThe city has tried for years. “The problem can be solved,” Ravi Menon said. “But what you need is courage and a plan.”\n\n“We tried,” said Anna Roy.",
      "split",
    );
    const a = answerQuestion(split, "What did Menon say about courage?", "split");
    expect(a).toMatchObject({ speaker: "Ravi Menon" });
    expect(a.text).toBe("The problem can be solved … But what you need is courage and a plan.");
    expect(answerQuestion(split, "What did Anna Roy say?", "split").text).toBe("We tried,");
  });

  it("joins the parts across an attribution that introduces the speaker at length", () => {
    // AFP, 2019: "“… trade concerns and Hong Kong,” said Jeffrey Halley, a market analyst with the
    // research firm Oanda, in a note. “Neither is likely to inspire the confidence …”"
    const long = oneArticle(
      "Markets\n\n“Attention will remain on trade and Hong Kong,” said Jeff Hallam, a market analyst with the research firm Oandex, in a note to clients. “Neither is likely to inspire confidence.”",
      "long",
    );
    expect(answerQuestion(long, "What did Hallam say about confidence?", "long").text).toBe(
      "Attention will remain on trade and Hong Kong … Neither is likely to inspire confidence.",
    );
  });
});

describe("reported speech", () => {
  it("is answered in the sentence that reports it, with who said it and how", () => {
    // (Washington Post, 2016: "Cameron has said Trump deserves respect …" had been answered with the
    // clause alone, "Trump deserves respect …".)
    const body = [
      "Trump and Cameron",
      "Cameron has said Trump deserves respect for making it through the gruelling primaries.",
      "Trump said he was unlikely to have a good relationship with Cameron, who had called him “divisive”.",
    ].join("\n\n");
    const index = oneArticle(body, "cameron");
    const a = answerQuestion(
      index,
      "What has Cameron said about Trump getting through the primaries?",
      "cameron",
    );
    expect(a).toMatchObject({ answered: true, kind: "reported", speaker: "Cameron" });
    expect(a.text).toBe(
      "Cameron has said Trump deserves respect for making it through the gruelling primaries.",
    );
  });

  it("is answered with the speaker's own words that follow it at once", () => {
    // (USA Today, 2016: "White House spokesman Josh Earnest said Obama wasn't targeting just Trump."
    // then "“It's not uncommon to … ,” he said." had been answered with the summary alone.)
    const body = [
      "Budget row",
      "Council leader Ann Price said the cuts were not aimed at schools alone.",
      "“Every department will have to find savings this year,” she said. “Nobody is spared.”",
      "The union's Tom Hale said the cuts would hurt. “Teachers will pay for this,” Hale added.",
    ].join("\n\n");
    const index = oneArticle(body, "budget");
    const a = answerQuestion(
      index,
      "What did Ann Price say about whether the cuts were aimed at schools?",
      "budget",
    );
    expect(a).toMatchObject({ answered: true, kind: "reported", speaker: "Ann Price" });
    expect(a.text).toBe(
      "Council leader Ann Price said the cuts were not aimed at schools alone. “Every department will have to find savings this year,” she said. “Nobody is spared.”",
    );
    // Someone else's words after the report are not the speaker's.
    const hale = answerQuestion(index, "What did Tom Hale say about the cuts?", "budget");
    expect(hale.text).not.toContain("Every department");
  });

  it("keeps to its own words where the sentence holds someone else's too", () => {
    const body = [
      "Talks",
      "Donald Trump said the talks had gone well, but Theresa May said they had failed.",
    ].join("\n\n");
    const a = answerQuestion(oneArticle(body, "talks"), "What did Trump say about the talks?", "talks");
    expect(a).toMatchObject({ kind: "reported", speaker: "Donald Trump" });
    expect(a.text).toBe("the talks had gone well");
  });
});

describe("words quoted inside a sentence", () => {
  it("are answered in the sentence that quotes them, as the speaker's reported words", () => {
    // Politico, 2016: "… President Barack Obama also is reported to have called the Saudis “free
    // riders” who rely too much on U.S. military aid …" had been answered "free riders" alone.
    const id = "politico_2016-05-19_exclusive-in-memo-to-congress-sa";
    const index = oneArticle(fixture(`who-said/${id}.txt`), id);
    const a = answerQuestion(index, "What did Barrack Obama reportedly call the Saudis?", id);
    expect(a).toMatchObject({ answered: true, kind: "reported", speaker: "Barack Obama" });
    expect(a.text).toContain("called the Saudis “free riders” who rely too much on U.S. military aid");
  });

  it("answer a statement made only of such phrases in the sentence that quotes them all", () => {
    // USA Today, 2016: "Cruz belittled the issue …, calling it a "paperwork error" that was reported
    // in a "hit piece" by the Times" had been answered "paperwork error … hit piece".
    const loans = oneArticle(
      'Loans row\n\nSen. Tom Brandt faced questions on Friday. Brandt belittled the issue of the loans, calling it a "paperwork error" that was reported in a "hit piece" by the Herald.\n\n"We will win," said Ana Ruiz.',
      "loans",
    );
    const a = answerQuestion(loans, "What did Brandt say about the loans?", "loans");
    expect(a).toMatchObject({ kind: "reported", speaker: "Tom Brandt" });
    expect(a.text).toContain('calling it a "paperwork error" that was reported in a "hit piece"');
  });

  it("are answered in their sentence however many, which names whom they are about", () => {
    // Washington Post, 2016: "… Martin Andanar released a statement saying that Trump had "professed
    // his love for the Philippines" during the launch event …" had been answered with the words alone.
    const manila = oneArticle(
      'Tower row\n\nSecretary Rosa Lim released a statement saying that Trump had "professed his love for the islands" during the launch of the tower.\n\n"We will see," said Ana Ruiz.',
      "manila",
    );
    const a = answerQuestion(manila, "What did Rosa Lim say about Trump?", "manila");
    expect(a).toMatchObject({ kind: "reported", speaker: "Rosa Lim" });
    expect(a.text).toContain('that Trump had "professed his love for the islands" during the launch');
  });

  it("are answered as quoted when their sentence quotes someone else too", () => {
    const both = oneArticle(
      'Tower row\n\nSecretary Rosa Lim called the tower "a proud landmark for the islands", while Mayor Ana Ruiz said it was "a blight on the skyline".',
      "both",
    );
    const a = answerQuestion(both, "What did Rosa Lim say about the tower?", "both");
    expect(a).toMatchObject({ kind: "quote", speaker: "Rosa Lim", text: "a proud landmark for the islands" });
  });
});

describe("a body asked by its full name or by its initials", () => {
  it("finds the body the copy names the other way", () => {
    // PolitiFact, 2019: "What did the Drug Enforcement Administration say about the border?" of copy
    // that writes only "the DEA says …" had been declined.
    const bodies = new ArchiveIndex();
    const text = [
      "Border drugs",
      "The DEA says that the southern border “remains the main entry point for heroin.”",
      "“We seized more fentanyl than ever,” said Customs and Border Protection.",
    ].join("\n\n");
    bodies.add(parseArticle(text, "bodies"));
    const ask = (q: string) => answerQuestion(bodies, q, "bodies");
    expect(ask("What did the Drug Enforcement Administration say about heroin?")).toMatchObject({
      speaker: "the DEA",
      text: expect.stringContaining("main entry point"),
    });
    expect(ask("What did the CBP say about fentanyl?")).toMatchObject({
      speaker: "Customs and Border Protection",
      text: expect.stringContaining("seized more fentanyl"),
    });
    expect(ask("What did the Drug Safety Agency say about heroin?").answered).toBe(false);
  });

  it("finds the holder of a role whose title gives the body by its initials, or in full", () => {
    // BBC, 2005: "AK chief Isaiah Kiplagat" asked about as "the Athletics Kenya chief", beside another
    // body's chief whose title shares a word of the question.
    const roles = new ArchiveIndex();
    const text = [
      "Runner cleared to race",
      "Athletics Kenya (AK) had suspended the runner for missing a training camp.",
      '"We have withdrawn the ban," said AK chief Isaiah Kiplagat.',
      'UK Athletics chief Dave Moorcroft welcomed the news. "She is a great runner," Moorcroft said.',
      'Jane Okafor, a spokeswoman for the National Rifle Association, said: "Good news."',
      'Tom Reyes, a spokesman for the Brady Campaign, said: "We agree."',
    ].join("\n\n");
    roles.add(parseArticle(text, "roles"));
    const ask = (q: string) => answerQuestion(roles, q, "roles").speaker;
    expect(ask("What did the Athletics Kenya chief say about the ban?")).toBe("Isaiah Kiplagat");
    expect(ask("What did the UK Athletics chief say?")).toBe("Dave Moorcroft");
    expect(ask("What did the NRA spokeswoman say?")).toBe("Jane Okafor");
  });
});

describe("other kinds of question", () => {
  it("answers who said a thing with its speaker", () => {
    expect(ask("Who said the council was selling the sea?").speaker).toBe("Derek Pullman");
    // Asked as who is quoted, who made the remark, or of the quote first.
    expect(ask("Who is quoted on the council selling the sea?").speaker).toBe("Derek Pullman");
    expect(ask("Who made the remark about the council selling the sea?").speaker).toBe("Derek Pullman");
    expect(ask("The quote about the council selling the sea - who said it?").speaker).toBe("Derek Pullman");
  });

  it("lists everyone the article quotes, most quoted first, with their titles", () => {
    const a = ask("Who is quoted in the article?");
    expect(a.kind).toBe("metadata");
    const names = a.text.split(", ").map((part) => part.replace(/ \(.*\)$/, ""));
    // Both are quoted three times, Oyelaran first; Reyes is only reported, not quoted.
    expect(names).toEqual(["Margaret Oyelaran", "Derek Pullman"]);
    // (The title opens its sentence, "Council leader Margaret Oyelaran", and is written as mid-sentence.)
    expect(a.text).toContain("Margaret Oyelaran (council leader)");
  });

  it("answers who is X with the title the article gives", () => {
    expect(ask("Who is Tom Reyes?")).toMatchObject({
      kind: "who",
      text: expect.stringContaining("Opposition councillor"),
    });
  });

  it("answers who is X with a rank before the name and the description set after it", () => {
    const body = [
      "Officer tells inquiry of pressure",
      "Maj Ruth Okafor, a logistics specialist at the defence ministry, told the inquiry on Tuesday that she had raised concerns twice.",
      "\u201cI did what I thought was right,\u201d Maj Okafor said.",
    ].join("\n\n");
    const index = oneArticle(body, "inquiry");
    const a = answerQuestion(index, "Who is Ruth Okafor?", "inquiry");
    expect(a).toMatchObject({ answered: true, kind: "who" });
    expect(a.text).toContain("a logistics specialist at the defence ministry");
  });

  it("answers who is X once when the description set after the name holds the title in full", () => {
    // (BBC, 2004: "Gary Thayer, economist at AG Edwards, an economist at AG Edwards & Sons".)
    const body = [
      "Markets rise",
      "Shares rose on Friday, said Gary Thayer, an economist at AG Edwards & Sons.",
      "\u201cIt was a good week,\u201d said Mr Thayer, economist at AG Edwards.",
    ].join("\n\n");
    const a = answerQuestion(oneArticle(body, "markets"), "Who is Gary Thayer?", "markets");
    expect(a.text).toBe("Gary Thayer, an economist at AG Edwards & Sons");
    // (Politico, 2015: the title already holds the description set after the name, but for its article.)
    const bill = [
      "Schools bill passes",
      "Sen. Patty Murray, a chief Democratic negotiator on the bill, said it was a good deal.",
      "“It works,” said Sen. Murray, chief Democratic negotiator on the bill.",
    ].join("\n\n");
    const murray = answerQuestion(oneArticle(bill, "bill"), "Who is Patty Murray?", "bill");
    expect(murray.text.match(/chief Democratic negotiator/g)).toHaveLength(1);
  });

  it("answers a factual question with the sentence that holds the answer", () => {
    expect(ask("When will dredging begin?").text).toContain("September");
    expect(ask("How many jobs will the projct create?").text).toContain("600 jobs");
  });

  it("reads keywords with a speaker's name as a question about what they said", () => {
    expect(ask("reyes consultation")).toMatchObject({ speaker: "Tom Reyes", kind: "reported" });
  });

  it.each([
    ["When was the article published?", "3 May 2021"],
    ["Who wrote the article?", "Claire Dunmore"],
    ["Where is the story datelined?", "Portsmouth"],
    ["Which agency filed it?", "Reuters"],
    ["Who is quoted in the article?", "Derek Pullman"],
  ])("answers %s from the metadata", (q, text) => {
    expect(ask(q)).toMatchObject({ answered: true, kind: "metadata", text: expect.stringContaining(text) });
  });

  it("declines blank questions and topics the article does not cover", () => {
    expect(ask("   ").answered).toBe(false);
    expect(ask("What is the price of bitcoin?").answered).toBe(false);
  });
});

describe("across an archive", () => {
  it("answers from the article that holds the answer and names it", () => {
    const archive = oneArticle(fixture("harbour.txt"), "harbour");
    archive.add(
      parseArticle(readFileSync(new URL("../../data/article.txt", import.meta.url), "utf8"), "article"),
    );
    expect(answerQuestion(archive, "What did Kelly say about the military?").article?.id).toBe("article");
    expect(answerQuestion(archive, "What did Pullman say about the bass?").article?.id).toBe("harbour");
  });
});

describe("a quoted phrase is not a statement", () => {
  const text = `Mayor welcomes star's support

Mayor Ana Ruiz said she was proud to have the backing of the striker nicknamed "King Leo."

"Leo Brandt will always be the king of this city," Ruiz said.`;

  it("answers what X said about Y with their statement, not a nickname they used", () => {
    const index = oneArticle(text, "star");
    const a = answerQuestion(index, "What did Ruiz say about Leo?", "star");
    expect(a).toMatchObject({ answered: true, speaker: "Ana Ruiz" });
    expect(a.text).not.toBe("King Leo.");
    expect(a.text.split(" ").length).toBeGreaterThan(2);
  });
});

describe("a word the article lacks", () => {
  const text = `Party chief speaks out

Mayor Ana Ruiz said on Monday she would not spit on the party's history.

"We will not spit on what our parents built," Ruiz said.`;

  it("is not corrected into another dictionary word: 'split' is not 'spit'", () => {
    const index = oneArticle(text, "party");
    expect(answerQuestion(index, "What did Ruiz say about a split?", "party").answered).toBe(false);
    expect(answerQuestion(index, "What did Ruiz say about spitting on history?", "party").answered).toBe(
      true,
    );
  });
});

describe("a name the archive lacks", () => {
  const text = `Attacks rise in Afghan capital

KABUL — Attacks in the capital, Kabul, rose to 40 per month this year, officials said.

Members of Congress visited the city on Monday.`;
  const index = oneArticle(text, "kabul");

  it("is not corrected into a common word spelled almost the same: 'Peru' is not 'per'", () => {
    expect(answerQuestion(index, "What is the capital of Peru?", "kabul").answered).toBe(false);
  });

  it("declines a question on a name the article never writes, asked of that article", () => {
    const burma = "wash-post_2016-09-16_burma-leader-s-visit-to-washingt";
    // Among stories that write of Iraq often, the name weighs little, and "war" meeting "warfare"
    // had answered, though the story never names Iraq.
    const wider = indexOf("qa-dev/articles", "dev/articles", "heldout/articles", "polnear/articles");
    expect(answerQuestion(wider, "What about the war on Iraq?", burma).answered).toBe(false);
    expect(answerQuestion(wider, "What about the sanctions on Burma?", burma).text).toMatch(/sanctions/);
  });

  it("is still corrected into a name the article writes with a capital", () => {
    const a = answerQuestion(index, "Which members of Congres visited the city?", "kabul");
    expect(a.text).toContain("Members of Congress visited");
  });
});

describe("who holds a role", () => {
  it("reads a place's possessive as the role of that place, and asks a person's job of them", () => {
    const seed = oneArticle(fixture("seed/article.txt"), "seed");
    expect(answerQuestion(seed, "Who is Mexico's president?", "seed")).toMatchObject({
      kind: "who",
      speaker: "Enrique Pena Nieto",
    });
    expect(answerQuestion(seed, "What is Kelly's job?", "seed")).toMatchObject({
      kind: "who",
      speaker: "John Kelly",
      title: "US Homeland Security Secretary",
    });
  });
});

describe("who said something put in other words", () => {
  it("answers from the quote that holds the most of it, though it holds under half", () => {
    const index = oneArticle(fixture("who-said/tech-174.txt"), "chair");
    const a = answerQuestion(
      index,
      "Who said the gaming chair range could grow if this one sells well?",
      "chair",
    );
    expect(a).toMatchObject({ answered: true, speaker: "Jay LeBoff" });
    expect(a.text).toContain("depending on the market success of this one");
    // Asked of nothing the article says, no one.
    expect(answerQuestion(index, "Who said the chair will be sold in Japan?", "chair").answered).toBe(false);
  });

  it.each([
    // A negative form met by the words it negates ("unchanged" / "no change").
    [
      "business-438.txt",
      "Who said the Bank had made the right call in leaving rates unchanged?",
      "David Frost",
      "no change decision is correct",
    ],
    // A short verb's past read by its verb's senses ("loved" / "enjoyed").
    [
      "entertainment-031.txt",
      "Who said audiences had loved the plot in which Den was killed off?",
      "a BBC spokesman",
      "viewers have really enjoyed the story",
    ],
    // A noun that frames the topic, which the copy never writes ("performance" / "did not play great").
    [
      "sport-133.txt",
      "What did the Liverpool player say about Ireland's performance in Basel?",
      "Steve Finnan",
      "In Basel we did not play great football",
    ],
  ])("answers from %s: %s", (file, question, speaker, words) => {
    const index = oneArticle(fixture(`who-said/${file}`), "story");
    const a = answerQuestion(index, question, "story");
    expect(a).toMatchObject({ answered: true, speaker });
    expect(a.text).toContain(words);
  });
});

describe("who did something to someone", () => {
  it("never answers with the words of the one the question names", () => {
    const small = oneArticle(
      'Harbour deal signed\n\nCouncil leader Peter Jones signed the harbour deal on Monday. Union leader Tom Smith praised him.\n\n"We worked hard for this," Jones said.\n',
      "deal",
    );
    const a = answerQuestion(small, "Who praised Jones?", "deal");
    expect(a.speaker).not.toBe("Peter Jones");
  });
});

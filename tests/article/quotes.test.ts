import { describe, expect, it } from "vitest";
import { parse, quotesOf, reportsOf, speakerName, speakersOf } from "./helpers.ts";

describe("attribution forms", () => {
  it("joins a quote split around its attribution to one speaker", () => {
    expect(
      quotesOf(
        'Transport Minister Alan Marsh visited the depot.\n\n"The trains will run," Marsh said. "Every one of them."',
      ),
    ).toEqual([
      ["The trains will run,", "Alan Marsh", "direct"],
      ["Every one of them.", "Alan Marsh", "direct"],
    ]);
  });

  it("gives a participle after a verb's object to the verb's subject (defended the move saying …)", () => {
    const body = [
      "But minister Ann Ruiz defended the move saying it would give officers \u201ca little edge\u201d.",
      "The council published a report saying the scheme was \u201ca failure\u201d.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Ann Ruiz", "a report"]);
  });

  it("reads an inverted attribution: said Kelly", () => {
    expect(quotesOf('Senator Ruth Okafor spoke first.\n\n"We will not wait," said Okafor.')).toEqual([
      ["We will not wait,", "Ruth Okafor", "direct"],
    ]);
  });

  it("carries no speaker over from the paragraph before to a term in quotes where no one speaks", () => {
    // BBC, 2005: a gaming chair lets gamers stretch out in their own "space", a paragraph after the
    // last speaker of another story.
    const body = [
      "Paul Arling, UEI chief, said consumers face real problems.",
      'Hotseat is targeting keen gamers. The chair lets gamers stretch out in their own "space".',
      '"We found that kids love playing in surround sound," said Jay LeBoff from Hotseat.',
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([
      ["space", null, "scare"],
      ["We found that kids love playing in surround sound,", "Jay LeBoff", "direct"],
    ]);
  });

  it('reads a surname labelling a quote as a person\'s, whose first name the list does not know: Bush: "A"', () => {
    expect(
      quotesOf(
        'Jeb Bush and Hillary Clinton reject the term.\n\nClinton: "We will defeat them." Bush: "The mission is to destroy them."',
      ),
    ).toEqual([
      ["We will defeat them.", "Hillary Clinton", "direct"],
      ["The mission is to destroy them.", "Jeb Bush", "direct"],
    ]);
  });

  it("reads an emphatic do before the verb of saying as a filler: Hale did suggest", () => {
    const body =
      'Tom Hale spoke about Dan Ortiz.\n\nAcknowledging that Ortiz "says a lot of silly things," though, Hale did suggest that his money helps.';
    expect(quotesOf(body)).toEqual([["says a lot of silly things,", "Tom Hale", "partial"]]);
  });

  it('reads a colon attribution: Kelly said: "A"', () => {
    expect(quotesOf('Council leader Maria Lopez said: "The budget is balanced."')).toEqual([
      ["The budget is balanced.", "Maria Lopez", "direct"],
    ]);
  });

  it('reads a base form that is also a noun as the verb before a colon and a quote: could only quip: "A"', () => {
    const body =
      'Maria Lopez spoke on Monday. The timing was so odd that a spokesman for Maria Lopez could only quip: "Christmas was booked."';
    expect(quotesOf(body)).toEqual([["Christmas was booked.", "a spokesman for Maria Lopez", "direct"]]);
    // After a possessive the word is the noun: the quote is not the quip's subject's by that.
    expect(quotesOf('Maria Lopez spoke. Her quip: "Christmas was booked."')[0]![1]).toBe("Maria Lopez");
  });

  it('resolves "he told BBC News" to the last person speaking', () => {
    expect(
      quotesOf(
        'Health Secretary Tom Briggs defended the plan on Monday.\n\n"It is the right thing to do," he told BBC News.',
      ),
    ).toEqual([["It is the right thing to do,", "Tom Briggs", "direct"]]);
  });

  it.each([
    ["told", 'Police chief Dana Reyes told reporters the road was "completely unsafe".'],
    ["added", 'Police chief Dana Reyes added that the road was "completely unsafe".'],
    ["noted", 'Police chief Dana Reyes noted the "completely unsafe" road.'],
    ["warned", 'Police chief Dana Reyes warned the road was "completely unsafe".'],
    ["insisted", 'Police chief Dana Reyes insisted the road was "completely unsafe".'],
    ["accused", 'Police chief Dana Reyes accused the council of keeping a "completely unsafe" road.'],
    ["acknowledged", 'Police chief Dana Reyes acknowledged the road was "completely unsafe".'],
    ["pledged", 'Police chief Dana Reyes pledged to fix the "completely unsafe" road.'],
  ])("attributes a partial quote through the verb %s", (_verb, body) => {
    expect(quotesOf(body)).toEqual([["completely unsafe", "Dana Reyes", "partial"]]);
  });

  it('attributes through "according to" and "in a statement"', () => {
    const facts = parse(
      'According to the Environment Agency, the river is "at record levels".\n\nThe Home Office said in a statement: "We are monitoring the situation."',
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual([
      "the Environment Agency",
      "the Home Office",
    ]);
  });
});

describe("pronouns", () => {
  it('reads a name after "like" as the object it is, not the subject', () => {
    const body =
      'Dan Ortiz and Tom Hale met voters.\n\nLike Ortiz, Hale rejected the plan, arguing that it was "reckless." "I do not feel like doing it again," he said.';
    expect(speakersOf(body)).toEqual(["Tom Hale", "Tom Hale"]);
  });

  it("reads a pronoun run together with its auxiliary as the subject (he’d respond, they’ve suggested)", () => {
    // Longreads copy, 2019, renamed: "he’d" had been no pronoun, and the editors asking had spoken.
    const body = [
      "Jon Ferris wrote eleven novels.",
      "When his editors would ask him to explain himself more, he’d respond, “I have a horror of being obvious.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Jon Ferris"]);
  });

  it("gives a closing 'he said' to the one who spoke in the sentence before, not to whom the clause names", () => {
    const body = [
      "Leo Marsh, a blogger in Ohio, said he will not vote for Daniel Craft because of his record on trade.",
      "Also, Craft isn't a conservative, he said. “He's a liberal!”",
    ].join("\n\n");
    expect(reportsOf(body).map(([, speaker]) => speaker)).toEqual(["Leo Marsh", "Leo Marsh"]);
    expect(speakersOf(body)).toEqual(["Leo Marsh"]);
    // One first named as the clause's subject is still its speaker ("X was shocked, she said").
    const named = "Leo Marsh said he will not vote.\n\nDaniel Craft was surprised by the turnout, he said.";
    expect(reportsOf(named).map(([, speaker]) => speaker)).toEqual(["Leo Marsh", "Daniel Craft"]);
  });

  it("points a closing 'he argued' past those its clause names after its subject (portrayed Mr Howard …, he argued)", () => {
    // BBC, 2005, renamed: the reported clause and the quote after it had been given to the man it named.
    const facts = parse(
      [
        "Labour campaign spokesman Fred Kemble said the poster had been misunderstood. The image simply portrayed Mr Hollins as a hypnotist, he argued.",
        "“Concern has been expressed and we have to take those views on board,” he said.",
      ].join("\n\n"),
    );
    expect(facts.reported.map((r) => speakerName(facts, r.speakerId))).toEqual([
      "Fred Kemble",
      "Fred Kemble",
    ]);
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual(["Fred Kemble"]);
  });

  it("keeps a closing pronoun for the clause's own subject, as news copy writes it (Ms. Nwanga was shocked, she said)", () => {
    const facts = parse(
      [
        "Dan Ortiz spoke first.",
        "Ms. Ada Nwanga was shocked by the reaction from the crowd, she said.",
        "Then a student living in Harlem, Ms. Rosa Olin found skating to be a salve, she said.",
        "As for Ortiz, he said he’s not worried.",
      ].join("\n\n"),
    );
    expect(facts.reported.map((r) => speakerName(facts, r.speakerId))).toEqual([
      "Ada Nwanga",
      "Rosa Olin",
      "Dan Ortiz",
    ]);
  });

  it("gives no quote that nothing attributes to the person it calls by first name (… and Philip is very supportive)", () => {
    // BBC, 2004, renamed: the agent's words about the author had been given to the author.
    const body = [
      "The author Philip Pullman has denied his books are anti-religious.",
      "His agent told the Times that Pullman was happy with the film. “Of course the studio wants to make money, but Philip is very supportive.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null]);
  });

  it("points he to the main clause's subject, not to a \"while\" clause's, in the sentence before", () => {
    expect(
      quotesOf(
        'While Dan Ortiz hoped for calm, Tom Hale ordered the roads closed.\n\n"We cannot wait," he said.',
      ),
    ).toEqual([["We cannot wait,", "Tom Hale", "direct"]]);
    // A sentence whose only person is in such a clause is still about them.
    expect(
      quotesOf(
        'Ann Cole led early. The pair ran together until Susan Berg sprinted clear. "It is a good end to the year," she said.',
      ),
    ).toEqual([["It is a good end to the year,", "Susan Berg", "direct"]]);
  });

  it("does not point a subject pronoun to a name a preposition governs in the phrase fronted before it", () => {
    const body = [
      "Cate Okafor won the award for playing Katharine Hale, who died in 2003.",
      "Of Hale, she said: “Her career is inspiring.”",
      "Tom Berg beat John Smith in the final. Speaking about Smith, he said: “He is a great player.”",
      "Ann Cole lost to Mary Jones. As for Jones, she said: “I will not retire.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Cate Okafor", "Tom Berg", "Mary Jones"]);
  });

  it("keeps he on the speaker even after another person is named in between", () => {
    const body =
      'Mayor Paul Fenwick said the city would appeal. He said Judge Linda Carr had "misread the law".';
    expect(quotesOf(body)).toEqual([["misread the law", "Paul Fenwick", "partial"]]);
  });

  it("picks she for a woman when a man spoke last", () => {
    const body =
      'Mr Grant said the deal was done. Finance minister Mrs Helen Achebe disagreed.\n\n"Nothing is signed," she said.';
    expect(quotesOf(body)).toEqual([["Nothing is signed,", "Helen Achebe", "direct"]]);
  });

  it("does not point he to the person the quote calls by first name alone", () => {
    const body = [
      "Chairman Doug Ellis praised the manager. Meanwhile, boss David O'Leary has rapped skipper Olof Mellberg for his comments.",
      "Mellberg spoke of his dislike of the rivals. \u201cI've had more than a quiet word with Olof. He set himself up for that,\u201d he told the club's website.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["David O'Leary"]);
  });

  it("still reads a first name in the quote as the speaker's own where it is theirs", () => {
    const body = [
      "Juan Carlos Ferrero has recovered. \u201cI will be the same Juan Carlos as I was before,\u201d he said.",
      "Susan Crawford remembers the call. \u201cMarla called and said, 'Susan, I can't do it,'\u201d she said.",
      "Ted Cruz was center stage, so much so that he accused the moderators of asking too many \u201cplease attack Ted\u201d questions.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Juan Carlos Ferrero", "Susan Crawford", "Ted Cruz"]);
  });

  it("never takes I or we inside a quote for the speaker", () => {
    const body = 'Coach Ivan Petrov was blunt.\n\n"I told them we would lose," Petrov said. "We did."';
    const quotes = quotesOf(body);
    expect(quotes.map((q) => q[1])).toEqual(["Ivan Petrov", "Ivan Petrov"]);
  });

  it("does not point a plural they at the last person quoted when a group has been written about since", () => {
    const body = [
      "\u201cTrade has winners and losers,\u201d said Jared Bernstein, an economist.",
      "In a study with colleagues, the researchers estimated that imports cost two million jobs.",
      "\u201cThese results should cause us to rethink the gains from trade,\u201d they argued.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Jared Bernstein", null]);
  });

  it("still gives a singular they to the one just quoted", () => {
    const body =
      "\u201cIt is chaos,\u201d said one official, who was not authorized to speak. \u201cWe are done,\u201d they added.";
    expect(speakersOf(body)).toEqual(["one official", "one official"]);
  });
});

describe("partial quotes inside reported speech", () => {
  it('resolves a relative clause: X, who blamed the media for "…"', () => {
    const body =
      'The remark conflicted with that of Governor Sam Whitfield, who blamed the media for "misreporting."';
    expect(quotesOf(body)).toEqual([["misreporting.", "Sam Whitfield", "partial"]]);
  });

  it("gives every fragment in a reported sentence to its subject", () => {
    const body =
      'Trade Secretary Anna Kowalski noted the "deep and lasting differences" and said both sides saw the "clear risks".';
    expect(quotesOf(body).map((q) => q[1])).toEqual(["Anna Kowalski", "Anna Kowalski"]);
  });
});

describe("quotes across paragraphs", () => {
  it("continues a quote whose paragraph is left open (BBC and AP style)", () => {
    const body =
      'Dr Rachel Owen said: "The results are clear.\n\n"We need more nurses, and we need them now."\n\nThe hospital declined to comment.';
    expect(quotesOf(body)).toEqual([
      ["The results are clear.", "Rachel Owen", "direct"],
      ["We need more nurses, and we need them now.", "Rachel Owen", "direct"],
    ]);
  });

  it("gives a quote after a new paragraph's sentence about someone else doing something to them", () => {
    const speakers = (middle: string) =>
      speakersOf(
        [
          "The hospital trust said in a statement it was “proud of all our staff”.",
          `${middle} “More nurses. Always more nurses.”`,
        ].join("\n\n"),
      );
    expect(speakers("Asked what she would change, Aisha Bello does not hesitate.")).toEqual([
      "the hospital trust",
      "Aisha Bello",
    ]);
    // Not after a question about them, or a sentence saying only what they are: the interview goes on.
    expect(speakers("Is this the job Aisha Bello was promised?")).toEqual([
      "the hospital trust",
      "the hospital trust",
    ]);
    expect(speakers("Aisha Bello in those years was the ward's only nurse.")).toEqual([
      "the hospital trust",
      "the hospital trust",
    ]);
  });

  it("gives a quote after a sentence of narration about an earlier speaker, in the same paragraph, to them", () => {
    const speakers = (middle: string) =>
      speakersOf(
        [
          "Coach Dan Pryce said the rest would help.",
          `“They want to play,” Pryce's captain Owen Hale told reporters. ${middle} “There is nothing more they can show me.”`,
        ].join("\n\n"),
      );
    expect(speakers("Pryce, though, is keen to protect his players.")).toEqual(["Owen Hale", "Dan Pryce"]);
    // Not after someone who has not spoken: the speaker before goes on.
    expect(speakers("Ryan Cole, though, is keen to see them.")).toEqual(["Owen Hale", "Owen Hale"]);
  });

  it("reads two first names joined by a hyphen as a first name", () => {
    const body =
      "Jessie Buckley agreed to play Rose-Lynn Harlan. Rose-Lynn summons the strength to face her regrets. She apologizes to her family: “I pushed you away.”";
    expect(quotesOf(body)).toEqual([["I pushed you away.", "Rose-Lynn Harlan", "direct"]]);
  });

  it("closes an unclosed quote where the next one opens", () => {
    const body = 'Chairman Leo Brandt said: "Sales fell. "Costs rose. "We must act."';
    expect(quotesOf(body).map((q) => q[0])).toEqual(["Sales fell.", "Costs rose.", "We must act."]);
  });
});

describe("appositions, titles and names", () => {
  it("skips an aside between the speaker and the verb", () => {
    const body =
      'Interior Minister Jorge Luis Ramos Vega, Ortiz\'s Peruvian counterpart, said the border "will stay open".';
    expect(quotesOf(body)).toEqual([["will stay open", "Jorge Luis Ramos Vega", "partial"]]);
  });

  it("reads a title after the name: Lord Strathclyde, Tory leader in the Lords, said", () => {
    const facts = parse('Lord Strathclyde, Tory leader in the Lords, said the bill was "a mess".');
    expect(speakerName(facts, facts.quotes[0]!.speakerId)).toBe("Lord Strathclyde");
    expect(facts.people[0]!.title).toBe("Tory leader in the Lords");
  });

  it("maps a surname and Mr X back to the earliest full name", () => {
    const body =
      'Chancellor George Hale spoke at noon.\n\n"Growth is back," Mr Hale said. "And it will last," Hale added.';
    expect(quotesOf(body).map((q) => q[1])).toEqual(["George Hale", "George Hale"]);
  });

  it("tells apart two people who share a surname by the last one named", () => {
    const body =
      'Ben Carter, the coach, said the team was "ready". His sister Emma Carter, the captain, disagreed.\n\n"We are not," Carter said.';
    expect(quotesOf(body).map((q) => q[1])).toEqual(["Ben Carter", "Emma Carter"]);
  });

  it("takes the role of an honorific-only name from its title before it", () => {
    const facts = parse('Shadow Education Secretary Tim Collins said: "This is a failure."');
    expect(facts.people[0]).toMatchObject({ name: "Tim Collins", title: "Shadow Education Secretary" });
  });

  it("reads back over an aside that holds a title in quotes to the name it describes", () => {
    const body =
      'Tom Hale ran the network. Sam Okafor, a contestant on Hale\'s show, "The Big Deal," who went on to work for Hale, said his boss was "always kind."';
    expect(quotesOf(body).at(-1)).toEqual(["always kind.", "Sam Okafor", "partial"]);
  });

  it('reads a nickname in quotes inside a name as part of the name, not a quote: Juan "Chico" Okafor', () => {
    const body =
      'Veteran and Marine Juan "Chico" Okafor of Leeds carried a photo. "I cried the whole parade," he said.';
    const facts = parse(body);
    expect(quotesOf(body)).toEqual([["I cried the whole parade,", "Juan Okafor", "direct"]]);
    expect(facts.people.find((p) => p.name === "Juan Okafor")?.title).toBe("Marine");
    // Marks around a capitalised word after one that is no first name are a quote.
    expect(quotesOf('Ann Lee Felt "Invisible" As A Child.').map((q) => q[0])).toEqual(["Invisible"]);
  });

  it("reads a nickname inside a name no list knows, when no dictionary holds either word", () => {
    const body = [
      "In Chicago the parade began in silence, the Chicago Sun-Times reported.",
      'In San Francisco, a group marched. Sipho "Chico" Tuilagi of Oakland carried one of the photos. "I pretty much cried the whole parade," he said.',
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["I pretty much cried the whole parade,", "Sipho Tuilagi", "direct"]]);
  });
});

describe("quotation marks", () => {
  it("handles curly quotes and apostrophes inside words", () => {
    const body = "Minister Ola Nwosu said: “It’s the farmers’ money, not ours.”";
    expect(quotesOf(body)).toEqual([["It’s the farmers’ money, not ours.", "Ola Nwosu", "direct"]]);
  });

  it("recovers from an unbalanced mark without throwing", () => {
    const facts = parse('Minister Ola Nwosu said: "It is over.\n\nThe meeting ended at noon.');
    expect(facts.quotes.map((q) => q.text)).toEqual(["It is over."]);
  });

  it("does not treat single quotes in a headline as a quote", () => {
    expect(quotesOf("Nothing quoted here.")).toEqual([]);
  });

  it("leaves the writer's own words unattributed when the writer, I or we, is the clause's subject", () => {
    const body = [
      "Apple AirPods cost $159. Tim Cook said sales were strong.",
      'In our review, we called them "a compelling option for most people".',
    ].join("\n\n");
    expect(quotesOf(body).map((q) => q[1])).toEqual([null]);
  });

  it("still gives the words the writer relays to the person they name as author, or to the speaker it continues", () => {
    const relayed =
      'I noticed a post by the journalist Erik Malinowski that read, "the watermelon is us," and sighed.';
    expect(quotesOf(relayed).map((q) => q[1])).toEqual(["Erik Malinowski"]);
    const continued =
      'Chief operating officer Peter Chernin said News Corp is "kicking the tyres". We "would like to get into it".';
    expect(quotesOf(continued).map((q) => q[1])).toEqual(["Peter Chernin", "Peter Chernin"]);
  });

  it("marks a quote nobody said as scare", () => {
    const facts = parse('The so-called "ghost ships" were found off the coast.');
    expect(facts.quotes).toEqual([
      expect.objectContaining({ text: "ghost ships", speakerId: null, kind: "scare" }),
    ]);
  });
});

describe("attribution after a full stop", () => {
  it('reads `"…." Mayor Jane Smith said.` as one sentence', () => {
    expect(quotesOf('"The park will reopen in May." Mayor Jane Smith said.')).toEqual([
      ["The park will reopen in May.", "Jane Smith", "direct"],
    ]);
  });
});

describe("a clause of its own after a comma and while or but", () => {
  it("gives its verbs to the person named right after while, not to the sentence's first subject", () => {
    const body =
      'Governor Tom Hale signed an order on Monday, while Ann Lee, the former mayor, proposed we "wake up" and said the plan would fail.';
    expect(quotesOf(body)).toEqual([["wake up", "Ann Lee", "partial"]]);
  });
});

describe("a verb after the quote that reports speech", () => {
  it('does not read `", said the Home Office had"` as an inverted attribution', () => {
    expect(
      quotesOf(
        'Senator Ruth Adler, who called the housing policy "reckless", said the Home Office had failed.',
      ),
    ).toEqual([["reckless", "Ruth Adler", "partial"]]);
  });
});

describe("reported speech and the participle after its verb", () => {
  const reports = reportsOf;

  it("reports nothing after telling lies “so many … that” (a clause of result), but after telling someone “that”", () => {
    // West Journal, 2016: "Trump tells so many lies that Clinton could risk …" had been reported as Trump's words.
    const body =
      "Campaign manager Amy Ward spoke on Sunday about Tom Reed.\n\nWard asserted that Reed tells so many lies that voters cannot keep up.\n\nReed told reporters that he would win.";
    expect(reports(body)).toEqual([
      ["Reed tells so many lies that voters cannot keep up", "Amy Ward"],
      ["he would win", "Tom Reed"],
    ]);
  });

  it("reads what “asserted”, “wrote”, “testified” report only after a “that” that opens a clause", () => {
    // PolNeAR, 2016: "He asserted that his rival is a "puppet" …", "wrote in an email to POLITICO that …".
    const intro = "Senator Amy Ward spoke on Tuesday.\n\n";
    expect(reports(`${intro}Ward asserted that the plan had failed the workers.`)).toEqual([
      ["the plan had failed the workers", "Amy Ward"],
    ]);
    expect(reports(`${intro}Ward wrote in an email to reporters that it was unfair.`)).toEqual([
      ["it was unfair", "Amy Ward"],
    ]);
    // Without a "that" they name a deed; "that same day" names a day; after "of", "that" opens a relative clause.
    expect(reports(`${intro}Ward wrote a book about the war in Iraq.`)).toEqual([]);
    expect(reports(`${intro}Ward testified that same day, before the committee.`)).toEqual([]);
    expect(reports(`${intro}Ward boasted of her appeal to the voters that matter most in Ohio.`)).toEqual([]);
  });

  it("reads “agreed” and “added” before an object as deeds, past a relative clause between commas", () => {
    // BBC and 2019 web copy: "has agreed a deal to replace …", "added three assists to lead Boston".
    const intro = "Senator Amy Ward spoke on Tuesday.\n\n";
    expect(
      reports(`${intro}Ward has agreed a deal to replace the chief until the end of the season.`),
    ).toEqual([]);
    expect(reports(`${intro}Ward added three assists to lead the team.`)).toEqual([]);
    // BBC, 2005: "agreed the 1701 Act of Settlement, which governs the succession, was discriminatory".
    expect(reports(`${intro}Ward agreed the 1998 Act, which governs the vote, was unfair.`)).toEqual([
      ["the 1998 Act, which governs the vote, was unfair", "Amy Ward"],
    ]);
  });

  it("reports nothing after a verb in the passive, past a dash after the verb, or a “that” before a noun and a second verb", () => {
    const intro = "Senator Amy Ward spoke on Tuesday.\n\n";
    // A 2019 review: "the quality Google promised – it's revealed in Eurogamer's review that …" had been
    // reported as Google's words.
    const firm =
      "Acme launched its game service on Tuesday.\n\nThe game lacks the speed Acme promised – it's revealed in the review that it renders at 30fps.";
    expect(reports(firm)).toEqual([]);
    // AP, 2017: "the U.S. announced — without Mexico's sign-off — that people caught …": an aside between dashes.
    const aside = `${intro}Ward announced — without the council's sign-off — that the plant will close.`;
    expect(reports(aside)).toEqual([["the plant will close", "Amy Ward"]]);
    // In the passive the subject is the one spoken of ("Mr Houston is alleged to have said that …").
    const passive =
      "Acme launched its service on Tuesday.\n\nAcme is reported to have revealed that the game renders at 30fps.";
    expect(reports(passive)).toEqual([]);
    // A 2019 profile: "She wrote hundreds of songs that summer and sent 12 of the best ones …".
    expect(reports(`${intro}Ward wrote dozens of songs that summer and sent them to a lawyer.`)).toEqual([]);
  });

  it("reads a participle of saying after the verb's comma as how it was said, not what", () => {
    expect(
      reports(
        "Senator Amy Ward spoke on Tuesday.\n\nThe plan had failed the workers, Ward said, referencing the bank's drive to cross-sell.",
      ),
    ).toEqual([["The plan had failed the workers", "Amy Ward"]]);
  });

  it("reports nothing someone did not say, and reads a clause after the verb's comma as its setting", () => {
    const intro = "Senator Amy Ward spoke on Tuesday.\n\n";
    // PolNeAR, 2016: "… haven't said much about …" had given the next words to the speaker.
    expect(reports(`${intro}Ward hasn't said much about the plan to close the plant.`)).toEqual([]);
    expect(reports(`${intro}Ward did not say whether the plant would close.`)).toEqual([]);
    // PolNeAR, 2016: "…, lawmakers said Friday afternoon, as they bristled at …": the report is the clause before.
    expect(
      reports(`${intro}The plan would fail the workers, Ward said Friday afternoon, as she left the hall.`),
    ).toEqual([["The plan would fail the workers", "Amy Ward"]]);
    // NYT, 2016: "In the early 1990s, Ms. Ripert said, when …": words with no verb are no clause said.
    expect(reports(`${intro}In the early 1990s, Ward said, when she was a nurse, the plant closed.`)).toEqual(
      [],
    );
    // BBC, 2005: "claiming that, as Mr Letwin said, if …": an "as" aside reports no clause before it.
    expect(
      reports(`${intro}The Tories were claiming that, as Ward said, if the plant closes, jobs go.`),
    ).toEqual([]);
    // BBC, 2004: "GDP rose by 1.7% last year, the statistical office said": a past with no "-ed".
    expect(reports(`${intro}Output rose by 2% last year, Ward said, after the plant reopened.`)).toEqual([
      ["Output rose by 2% last year", "Amy Ward"],
    ]);
  });

  it("gives a quote a negated verb governs to no one, unless another's verb reports it", () => {
    const quotes = (body: string) => {
      const facts = parse(`Senator Amy Ward spoke on Tuesday.\n\n${body}`);
      return facts.quotes.map((q) => [q.text, speakerName(facts, q.speakerId)]);
    };
    // A 2019 column: "our shocked State Department experts somehow cannot explain why … the "reset" …"
    // had been given to a speaker named "our shocked State Department experts somehow cannot".
    expect(quotes("The officials somehow cannot explain why the “reset” failed.")).toEqual([["reset", null]]);
    expect(quotes("Ward has never said “I am sorry.”")).toEqual([["I am sorry.", null]]);
    // BBC, 2005: "Mr Blair said he would not respond to "tittle tattle in books"".
    expect(quotes("Ward said she would not respond to “tittle tattle in books” today.")).toEqual([
      ["tittle tattle in books", "Amy Ward"],
    ]);
    // AP, 2017: "didn't immediately respond to requests to clarify why Trump's remark about "a military
    // operation" …": a negated verb further back leaves the quote to the one quoted before.
    const again =
      "“It is a military operation,” Ward said.\n\nThe agency didn’t respond to requests to clarify why her remark about “a military operation” had changed.";
    expect(quotes(again)).toEqual([
      ["It is a military operation,", "Amy Ward"],
      ["a military operation", "Amy Ward"],
    ]);
  });

  it("gives “…, he said, because …” to someone other than the one the clause names", () => {
    // Politico, 2016: "He's leaning toward Kasich, he said, because he prizes electability" had gone to Kasich.
    const body =
      "Tom Reed is running for governor.\n\nVoter Sam Okafor, 54, came to the rally on Monday.\n\nHe’s leaning toward Reed, he said, because he prizes experience.";
    const facts = parse(body);
    expect(facts.reported.map((r) => [r.text, speakerName(facts, r.speakerId)])).toEqual([
      ["He’s leaning toward Reed", "Sam Okafor"],
    ]);
  });

  it("keeps another participle as the subject of what was said", () => {
    expect(
      reports(
        "Senator Amy Ward spoke on Tuesday.\n\nWard said, replacing the chief now would be hard for the bank.",
      ),
    ).toEqual([["replacing the chief now would be hard for the bank", "Amy Ward"]]);
  });

  it("reads an inverted verb's clause before its comma, not the speaker after it (…, said the company.)", () => {
    // BBC, 2004–05: the words reported had been the speaker's own name or description.
    expect(
      reports(
        [
          "Profits rose 5% in the quarter, said the company.",
          "Sales will slow next year, said analyst Tom Reed.",
          "Children between 10 and 17 had an annual income of £775, said market analyst Datamonitor.",
          "Then, say analysts, there is corporate profitability, which has gone up by 27%.",
        ].join("\n\n"),
      ),
    ).toEqual([
      ["Profits rose 5% in the quarter", "the company"],
      ["Sales will slow next year", "Tom Reed"],
      ["Children between 10 and 17 had an annual income of £775", "Datamonitor"],
      ["there is corporate profitability, which has gone up by 27%", "analysts"],
    ]);
  });

  it("reads the speaker of an inverted verb to the sentence's end, where they work included (…, said analysts at Ovum.)", () => {
    // BBC, 2004–05, and Politico, 2016: the words had gone to the clause before the comma ("Profits
    // fell") or to someone the clause names; a phrase with a verb of its own is still what was said.
    expect(
      reports(
        [
          "Profits fell sharply in the last quarter, said analysts at Ovum.",
          "The meeting went badly from there, said one GOP source in the room.",
          "Sales have tripled since launch, said market analysts Chart-Track.",
          "Ruth Okafor, the firm's chief economist, said the figures represented an improvement on last year.",
          "Ivanka Trump, the nominee's eldest daughter, noted the rule in the interview last week.",
        ].join("\n\n"),
      ),
    ).toEqual([
      ["Profits fell sharply in the last quarter", "analysts at Ovum"],
      ["The meeting went badly from there", "one GOP source in the room"],
      ["Sales have tripled since launch", "Chart-Track"],
      ["the figures represented an improvement on last year", "Ruth Okafor"],
    ]);
  });

  it("reads the clause before a verb a semicolon closes, and nothing when a quote follows it", () => {
    expect(
      reports(
        [
          "Candidates need about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Rooney won 27 percent.",
          "When Lars Holm shook his hand, the Dane said; “You're the best.”",
        ].join("\n\n"),
      ),
    ).toEqual([["Candidates need about 40 percent of the Hispanic vote", "political analysts"]]);
  });

  it("reads no speaker after a participle's comma (…, speaking highly of Mr. Ortiz in remarks)", () => {
    // New York Times, 2015, renamed: the man praised had taken the praise and the leader's title.
    const body = [
      "President Vladimir Petrov held his yearly news conference.",
      "The Russian leader was alternately pugnacious and conciliatory.",
      "And he even weighed in on the race, speaking highly of Mr. Ortiz in remarks after the news conference ended.",
      "“There is no doubt that he is a very bright and talented man,” the Russian leader said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Vladimir Petrov"]);
  });

  it("reads a long role before the name and how it was said after it as the inverted speaker", () => {
    // Reuters, 2019, renamed: the role's words had been taken for a body that said the speaker's name.
    expect(
      reports(
        [
          "Job cuts will come in areas that do not support the core business, said The Acme Group’s recently named executive chair Maria Ruiz in an email to staff.",
          "Donald Ortiz won the primary.",
          "Montana Sen. Jon Tesla, chairman of the committee, said having Ortiz at the top of the ticket puts seats at risk.",
          "A White House official, who asked not to be named, said the president has spoken with Ortiz in the days since.",
        ].join("\n\n"),
      ),
    ).toEqual([
      ["Job cuts will come in areas that do not support the core business", "Maria Ruiz"],
      ["having Ortiz at the top of the ticket puts seats at risk", "Jon Tesla"],
      ["the president has spoken with Ortiz in the days since", "a White House official"],
    ]);
  });

  it("reads the clause before a verb whose comma opens a participle with no verb after it (…, Twitter announced, gaining …)", () => {
    // Western Journal, 2016, and BBC, 2004–05: the participle's phrase had been taken for what was said.
    expect(
      reports(
        [
          "Pence was the subject of 60 percent of the conversation about the debate, Twitter announced, gaining 22,000 followers.",
          "Chancellor Amy Ward said, replacing the chairman would be hard.",
        ].join("\n\n"),
      ),
    ).toEqual([
      ["Pence was the subject of 60 percent of the conversation about the debate", "Twitter"],
      ["replacing the chairman would be hard", "Amy Ward"],
    ]);
  });

  it("reads a plural before a comma and “including” or a participle as a noun, no verb (Republican states, including …)", () => {
    expect(
      reports(
        "Ward won 8 percent across a range of Democratic or Republican states, including Oklahoma, Idaho and Oregon.",
      ),
    ).toEqual([]);
  });

  it("reads nothing as said after a modal (the decision would suggest …; would then have claimed …)", () => {
    expect(
      reports(
        [
          "Foreign Secretary Jack Strand denied the decision would suggest to China that Tiananmen Square had been forgotten.",
          "Supporters of Ortiz would argue that his pitch better fits the mood of the electorate.",
          "The aide would then have claimed that he was told by a leaker that the call had happened.",
          "If Ortiz had won, he might have said nothing.",
          "Strand said the arms ban would stay.",
        ].join("\n\n"),
      ),
    ).toEqual([["the arms ban would stay", "Jack Strand"]]);
  });

  it("reads a verb's noun-phrase object as no speech (told the BBC; announced a study into …; the raid that killed …; added his seventh)", () => {
    expect(
      reports(
        [
          "Economist Tom Reed told the BBC's World Business Report.",
          "Rank announced a study into a possible demerger in September.",
          "Ward stressed her support of the 2011 raid that killed the bomb maker.",
          "Reed says a violent hit that used to be a great tackle is now a penalty.",
          "Tom Reed added his seventh for the Islanders, and Sam Varga stopped 27 shots.",
          "The band announced the 30-date tour while closing out their concert in Nashville.",
          "Reed added his team would win the cup.",
          "The Londoners have conceded six goals in their two League outings.",
          "Portugal confirmed their impressive progress by recording a win over France.",
          "A spokeswoman added the pair “brought a real warmth to Saturday night.”",
          "Reed said the figures were weak.",
        ].join("\n\n"),
      ),
    ).toEqual([
      // (Said whole: its "that" opens a relative clause inside the subject, "a violent hit that …".)
      ["a violent hit that used to be a great tackle is now a penalty", "Tom Reed"],
      ["his team would win the cup", "Tom Reed"],
      ["the pair “brought a real warmth to Saturday night.”", "a spokeswoman"],
      ["the figures were weak", "Tom Reed"],
    ]);
  });

  it("reads what a verb of telling reports past whom it tells, and nothing where a quote follows (a colon or a comma)", () => {
    expect(
      reports(
        [
          "Union leader Keith Gamble told a few thousand teachers on the lawn that the state should spend its reserves.",
          "Gamble told BBC Radio 4's Today programme he would not back down.",
          "Gamble told reporters: “We will be back.”",
          "Gamble told his radio audience on Monday, “What has happened is this.”",
        ].join("\n\n"),
      ),
    ).toEqual([
      ["the state should spend its reserves", "Keith Gamble"],
      ["he would not back down", "Keith Gamble"],
    ]);
  });

  it("ends the words reported in a clause that opens the sentence at its comma", () => {
    expect(
      reports(
        "As Chancellor Amy Ward said the talks had collapsed, the markets fell sharply.\n\nWard said the markets would recover, and they did.\n\nWhen Ward said she had run the 5,000m in 2001, nobody believed her.",
      ),
    ).toEqual([
      ["the talks had collapsed", "Amy Ward"],
      ["the markets would recover, and they did", "Amy Ward"],
      ["she had run the 5,000m in 2001", "Amy Ward"],
    ]);
  });

  it("gives the words to a firm named with an ampersand, not to a person named as its last part", () => {
    expect(
      reports(
        "Earlier this month, accountancy firm Ernst & Young said that the forecasts were too optimistic.",
      ),
    ).toEqual([["the forecasts were too optimistic", "Ernst & Young"]]);
  });
});

describe("a document as the subject of the quote's clause", () => {
  const speakerOf = (body: string, text: string) => quotesOf(body).find(([t]) => t === text)?.[1];
  const mayor = "Mayor Dan Ortiz spoke on Monday.\n\n";

  it("reads the document that opens the sentence as the speaker, after an aside between commas", () => {
    const body = `${mayor}The new ad, titled "Gridlock", concludes that Ortiz is too "reckless" to lead.`;
    expect(speakerOf(body, "reckless")).toBe("the new ad");
    const memo = `${mayor}One such memo, obtained by reporters, includes a clause that bars staff from "speaking ill" of Ortiz.`;
    expect(speakerOf(memo, "speaking ill")).toBe("one such memo");
  });

  it("keeps the document as the subject of a second verb, not the person it names", () => {
    const body = `${mayor}The Vance ad hits Ortiz for taking "money from developers" and claims that "Ortiz is for sale."`;
    expect(speakersOf(body)).toEqual(["the Vance ad", "the Vance ad"]);
  });

  it("reads a document with its “by” phrase after the quote as the speaker, not the one quoted before", () => {
    const body = `${mayor}\u201cIt is unfair,\u201d a motion by Ortiz's lawyers said.`;
    expect(speakerOf(body, "It is unfair,")).toBe("a motion by Ortiz's lawyers");
  });

  it("gives no one the words of a clause whose subject is a thing qualified by an of-phrase", () => {
    // A 2019 blog post: "the topic of one of my presentations" had been given the words as a speaker.
    const topic = `The topic of one of my presentations was creating online "events" for readers.`;
    expect(quotesOf(topic)).toEqual([["events", null, "scare"]]);
    const mood = `The reaction from supporters was "electric" as the band played.`;
    expect(quotesOf(mood)).toEqual([["electric", null, "scare"]]);
  });

  it("still reads a group, or a numbered part of a document, with its of-phrase as the speaker", () => {
    const group = `${mayor}A group of protesters outside the hall chanted "Ortiz out" for an hour.`;
    expect(speakerOf(group, "Ortiz out")).toBe("a group of protesters outside the hall");
    // BBC, 2005: a section of a members' code obliges them to act "where …".
    const section = `${mayor}Section 5 of the members interest order legally obliges members to declare interests "where the interest would prejudice" a vote.`;
    expect(speakerOf(section, "where the interest would prejudice")).toBe(
      "Section 5 of the members interest order",
    );
  });

  it("does not read a noun that goes on, or one after a plural, as a document", () => {
    const cable = `${mayor}The cable news networks aired Ortiz's "Crooked Ted" line again and again.`;
    expect(speakerOf(cable, "Crooked Ted")).not.toBe("the cable");
    const note = `${mayor}Legal observers note that the rule was "never tested" in court.`;
    expect(speakerOf(note, "never tested")).not.toBe("Legal observers note");
  });
});

describe("a name and where the person works before the verb", () => {
  it("reads the person, not the body, as the speaker (X from the Y Association told)", () => {
    const body = [
      "\u201cEverything is going digital,\u201d Kirsten Pfeifer from the Consumer Electronics Association, told the BBC.",
      "\u201cWe're a nation of lazy so-and-sos,\u201d David Noone from Intervoice said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Kirsten Pfeifer", "David Noone"]);
  });
});

describe("two roles of one person joined by “and”", () => {
  it("reads the name after them as the speaker, titled with both (said Nortel president and chief executive …)", () => {
    const facts = parse(
      [
        "\u201cWe have a solid foundation,\u201d said Nortel president and chief executive Bill Owens.",
        "His wife and daughter Natalie Owens were there.",
      ].join("\n\n"),
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual(["Bill Owens"]);
    expect(facts.people.map((p) => [p.name, p.title])).toEqual([
      ["Bill Owens", "Nortel president and chief executive"],
      ["Natalie Owens", "daughter"],
    ]);
  });
  it("reads a description of two roles as one person before the verb (the Vermont senator and Democratic candidate said)", () => {
    const body = [
      "Bernie Sanders weighed in on Tuesday.",
      "\u201cChina is concerned,\u201d the independent Vermont senator and Democratic presidential candidate said.",
      "The influential delegate and conservative activist Morton Blackwell, who backs Ted Cruz, warned of a \u201cferocious\u201d battle.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Bernie Sanders", "Morton Blackwell"]);
  });
});

describe("a role before a name", () => {
  it("runs across a series of roles with commas, initials among them (chairman, CEO and president …)", () => {
    const facts = parse(
      "\u201cSales were below our expectations,\u201d chairman, CEO and president Craig Menear said.",
    );
    expect(facts.people.map((p) => [p.name, p.title])).toEqual([
      ["Craig Menear", "chairman, CEO and president"],
    ]);
  });
  it("starts at an owner's word, not at the clause before it (When Ford visited his editor …)", () => {
    const facts = parse(
      "When Ford visited his editor Teresa Nielsen Hayden at her office, he wrote poems. \u201cLife was not long enough,\u201d she recalled.",
    );
    expect(facts.people.map((p) => [p.name, p.title])).toEqual([["Teresa Nielsen Hayden", "his editor"]]);
  });
});

describe("a verb of saying in the passive", () => {
  it("takes neither what was said nor a plural noun before an -s form for a speaker", () => {
    const facts = parse(
      [
        "Doug Smith runs the agency. Mr Smith\u2019s departure was announced by Work Secretary Alan Johnson on 17 November.",
        "His \u201cresignation\u201d was referred to by both Tory and Lib Dem leaders during that day\u2019s prime ministers questions.",
      ].join("\n\n"),
    );
    expect(facts.people.map((p) => p.name)).toEqual(["Doug Smith", "Alan Johnson"]);
  });

  it("names the one after “by”, and keeps the subject of “is reported as saying”", () => {
    const body = [
      "Alan Johnson spoke. The plan was described by Tory leader Michael Howard as \u201ca shambles\u201d.",
      "Mitch Kapor runs the foundation. \u201cIt will fail,\u201d Mr Kapor is reported as saying.",
      "The posters were labelled a \u201cbig misjudgement\u201d by Tory leader Michael Howard.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Michael Howard", "Mitch Kapor", "Michael Howard"]);
  });

  it("makes the words nobody's when no one is named as saying them, and the agent's after the quote", () => {
    const body = [
      "Coach Bernard Laporte has made four changes and Mary Jones agreed.",
      "Laporte has been criticised for his \u201ctimid\u201d approach this season.",
      "What has been described as a \u201cpolitical army\u201d arrived on Monday.",
      "Laporte was accused of \u201cgross negligence\u201d by Jones.",
      "He was branded \u201cin homage to\u201d the old coach, Jones wrote.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null, null, "Mary Jones", "Mary Jones"]);
  });

  it("reads the name after a relation and a role joined by “and” as the agent (his friend and fellow broadcaster …)", () => {
    const body = [
      "Cyril Fletcher died on Monday.",
      "Fletcher was described as a \u201cconsummate professional\u201d by his friend and fellow broadcaster Michael Pointon.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Michael Pointon"]);
  });
});

describe("a verb of saying in the passive whose participle is not in -ed", () => {
  it("makes no speaker of the one told, nor of what 'was said' (the court was told, he was told)", () => {
    const facts = parse(
      [
        "Ravi Okonjo appeared in court on Monday. Police found the ballots in a warehouse, the hearing was told.",
        "He was told he would not be able to leave his home without an escort.",
        "At a time when it was said that the party might never win again, Okonjo proved otherwise.",
      ].join("\n\n"),
    );
    expect(facts.reported.map((r) => [speakerName(facts, r.speakerId), r.text])).toEqual([]);
    expect(facts.people.map((p) => p.name)).toEqual(["Ravi Okonjo"]);
  });

  it("names the one after 'by' as saying what follows (was told by chair Ana Ferreira that …)", () => {
    const facts = parse(
      "Senator Bo Lindqvist said he was told by Committee chair Ana Ferreira that the tapes were probably stolen.",
    );
    const told = facts.reported.find((r) => r.text.startsWith("the tapes"));
    expect(speakerName(facts, told?.speakerId ?? null)).toBe("Ana Ferreira");
  });
});

describe("a description that opens the sentence", () => {
  it('keeps its "for" phrase though its first word has a capital only for opening the sentence', () => {
    expect(
      quotesOf(
        'Mayor Dan Ortiz spoke on Monday.\n\nAttorneys for Ortiz appeared to oppose the request, saying the files "were never public."',
      ),
    ).toEqual([["were never public.", "Attorneys for Ortiz", "partial"]]);
  });

  it('reads the noun its "of" phrase qualifies as the head that speaks ("secretary", not "state")', () => {
    expect(
      quotesOf(
        'Former Secretary of State Ann Ruiz spoke first. Governor Bill Tate spoke next.\n\nThe former secretary of state talked about continuing the "progress we made."',
      ),
    ).toEqual([["progress we made.", "Ann Ruiz", "partial"]]);
  });

  it("reads “the former first lady” as the person just written about, alone or with a second role", () => {
    const body = [
      "Ruth Okafor spoke to veterans on Wednesday.",
      "The former first lady and U.S. senator said it was \u201ca mistake\u201d to use a private server.",
      "The former first lady said she had been \u201ctoo careless.\u201d",
      "Lady Hale, a judge, said the scheme was \u201cunlawful\u201d.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Ruth Okafor", "Ruth Okafor", "Lady Hale"]);
  });

  it("reads “the world indoor champion”, “the pop star” as the person the story is about", () => {
    const body = [
      "Britain's Tom Hale shook off a cold to win the 60m.",
      "Hale clocked 6.56 seconds, well ahead of Germany's Max Blum. The world indoor champion said: \u201cI almost went home.\u201d",
      "Singer Ana Mendes spoke in Berlin. The pop star said her music was \u201cdead\u201d.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Tom Hale", "Ana Mendes"]);
  });

  it("does not run back over a verb with a name for its object (Mr Bell led McDonald's “…”)", () => {
    const body = [
      "Charlie Bell ran the firm. Mr Bell led McDonald\u2019s \u201cgreat\u201d push into China.",
      "Mr Blair derided Tory claims they could cut \u00a335bn in \u201cwasteful spending\u201d, saying the party had its sums wrong.",
    ].join("\n\n");
    const speakers = speakersOf(body);
    expect(speakers[0]).toBe("Charlie Bell");
    expect(speakers.some((s) => s?.includes(" led ") || s?.includes(" derided "))).toBe(false);
  });

  it("takes no speaker from a Title Case headline's auxiliary before a quote", () => {
    const speakers = speakersOf(
      "Guns Are “The Ultimate Public Health Crisis,” Howard Dean Tells Democratic Convention.",
    );
    expect(speakers).not.toContain("Guns Are");
  });

  it("leaves an article or auxiliary that ends a run of capitals out of the name", () => {
    const quotes = quotesOf(
      [
        "“The litigation risks are real,” said Credit Suisse First Boston analyst Vadim Mitroshin The dispute goes on.",
        "Donald Trump Is Now Calling Obama The “Most Valuable Player” For ISIS.",
      ].join("\n\n"),
    );
    expect(quotes[0]).toEqual(["The litigation risks are real,", "Vadim Mitroshin", "direct"]);
    expect(quotes.some(([, speaker]) => speaker?.endsWith(" The"))).toBe(false);
  });
});

describe("a Title Case headline's clause before a quote", () => {
  it("is no speaker when a pronoun stands in it", () => {
    // HuffPost, 2016, quoted in single marks as British copy quotes.
    const facts = parse(
      [
        "Don’t Let The Media And Marco Rubio Tell You He ‘Won’ By Finishing Third In Iowa.",
        "The news runs on surprise. Politicos call this the ‘expectations game’ — setting expectations of your performance at a certain level so that you can do ‘better than expected’ and be the focus of the headlines.",
      ].join("\n\n"),
    );
    const won = facts.quotes.find((q) => q.text === "Won");
    expect(won).toBeDefined();
    expect(speakerName(facts, won?.speakerId ?? null) ?? "").not.toMatch(/Tell You He/);
    // … but "the WHO" is the health body.
    const who = parse('The WHO said the outbreak was over. "We are confident," the WHO said.');
    expect(who.quotes.map((q) => speakerName(who, q.speakerId))).toEqual(["the WHO"]);
  });

  it("ends before a verb of saying in it, which is no part of the speaker", () => {
    // HuffPost, 2016, quoted in single marks: "Hillary Clinton Speaks" was the speaker of the headline's quote.
    const facts = parse(
      [
        "Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.",
        "Hillary Clinton spoke out Tuesday about the death of Terence Crutcher, arguing that police killings of unarmed black people should be recognized as ‘intolerable.’",
        "‘How many times do we have to see this in our country?’ Clinton said. ‘This is just unbearable.’",
      ].join("\n\n"),
    );
    const headline = facts.quotes.find((q) => q.text === "Directly To White People");
    expect(headline).toBeDefined();
    expect(speakerName(facts, headline?.speakerId ?? null) ?? "").not.toMatch(/Speaks/);
  });
});

describe("a work's title in quotes", () => {
  it("is nobody's words (the author of “Hillbilly Elegy”)", () => {
    const body = [
      "Rep. Tim Ryan has made trade the centerpiece of his campaign.",
      "His opponent, J.D. Vance, the author of “Hillbilly Elegy,” dismissed Ryan as “a fake moderate.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null, "J.D. Vance"]);
  });

  it("is nobody's words when it names a campaign, a slogan or a show, before or after the noun", () => {
    const body = [
      "Mara Voss, who runs a Spokane agency, was concerned by the state’s viral “Meth. We’re on it.” awareness campaign.",
      "Her firm made the health campaign “Starts with one,” which ran for three years. “It is hard to change behaviour,” Voss said.",
      "She also appeared on the show “Morning Brief” last week.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null, null, "Mara Voss", null]);
  });

  it("is a campaign's name after a possessive when the noun follows (the magazine's “…” campaign)", () => {
    const body =
      "Mr Reed gave his views in interviews conducted as part of the magazine’s “Vote With Heels” campaign.";
    expect(speakersOf(body)).toEqual([null]);
  });

  it("stays someone's words after a possessive (his campaign's “…”) or before a role (“…,” campaign manager …)", () => {
    const body = [
      "Ned Ruhl spoke on Monday. He said it was his campaign’s “Best night of the year, by far.”",
      "“We will win,” campaign manager Ida Pell said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Ned Ruhl", "Ida Pell"]);
  });

  it("is nobody's words when a name stands before the work's quoted name (McDonald's “…” advertising campaign)", () => {
    const body =
      "Charlie Bell ran the firm. Mr Bell oversaw McDonald\u2019s \u201cI\u2019m lovin\u2019 it\u201d advertising campaign.";
    expect(speakersOf(body)).toEqual([null]);
  });

  it("is nobody's words when the quote is a term: what's called “…”, known as “…”, so-called “…”", () => {
    const body = [
      "Blood tests revealed antibodies, Dr. Ann Rusk said.",
      "The patient was diagnosed with what’s called “feather duvet lung,” a type of inflammation.",
      "It is a form of a disease known as “farmer’s lung” and of the so-called “bird fancier’s lung”.",
      // (HuffPost, 2016: a word between "so-called" and the quote.)
      "Given his past comments on keeping so-called Mexican “rapists” out, Rusk was wary.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null, null, null, null]);
  });

  it("is nobody's words after “the word”, “the phrase”, “the same term” (words written about, not said)", () => {
    const body = [
      "Senator Ruth Okafor promised on Tuesday to stop using the phrase \u201cillegal alien\u201d in speeches.",
      "Her rival kept the same term \u201cborder crisis\u201d in every ad, and Okafor objected to the word \u201cinvasion\u201d.",
      "In her words, \u201cthat language hurts people,\u201d Okafor said.",
      "A firm Okafor owns sold the party the right to use the word \u201cForward\u201d for $1,000.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null, null, null, "Ruth Okafor", null]);
  });

  it("stays the words of whoever has used “the phrase”, and “a longer term” is no mention of words", () => {
    const body = [
      "Governor Dan Tate has used the phrase \u201cborder crisis\u201d often this year.",
      "Tate said the plan could bring a longer term \u201cshift in prices\u201d to the state.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Dan Tate", "Dan Tate"]);
  });

  it("is nobody's words when a noun for a label closes the quote (the “…” tag, gave “…” status), unless a verb of saying reports it (before or after)", () => {
    const body = [
      "Coach Maria Vance said her side was ready for Saturday.",
      "They are close to shedding the “nearly-men” tag that has dogged them for years.",
      "Vance ran on a “back to basics” theme last season.",
      "Vance continued on Sunday, saying that the “soft touch” label came from the press.",
      "Only the Cleveland area fell behind, with a “mixed” rating.",
      "This would be the “less painful” option, said the club's chairman, Ed Dunn.",
      "The 2002 ruling gave “protected designation of origin” status to feta made in Greece.",
      "The air quality index is now 218, which is in “poor” category.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null, null, "Maria Vance", null, "Ed Dunn", null, null]);
  });

  it("is nobody's words when it names again what was just named (the front trunk, or “frunk”), unless someone says it", () => {
    // html-dev copy: the new name had gone to the carmaker quoted before it.
    const body = [
      "Audi spokesman Tom Reed showed the car in Los Angeles.",
      "“It is roomy,” Reed said.",
      "The front trunk, or “frunk,” holds 2.1 cu.ft. of luggage.",
      "Reed said he would stay, or “go home,” by Friday.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Tom Reed", null, "Tom Reed"]);
  });

  it("is nobody's when the sentence opens with a word that is no subject (Consider this entry — “…”)", () => {
    const body = [
      "Gov. Kristi Lane defended the state's campaigns on Monday.",
      "Consider this 2014 entry — “Don’t jerk and drive,” meant to discourage drivers from jerking the wheel.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null]);
  });

  it("is nobody's words when titles in capitals are listed one after another", () => {
    const body = [
      "Fans can expect the band’s hits, including “Listen To The Rain,” “Black River” and “What A Day Brings,” on the tour.",
      "Her son, filmmaker Carl Moss (“The Finding,” “The Last Ones”), remembers it well. “It was a trying time,” he said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null, null, null, null, null, "Carl Moss"]);
  });

  it("stays the words of someone who names the titles (Cruz named “Veep” and “Fargo” as his top shows)", () => {
    const body = "Sen. Ted Cruz named “Criminal Minds,” “Veep” and “Fargo” as his top shows.";
    expect(speakersOf(body)).toEqual(["Ted Cruz", "Ted Cruz", "Ted Cruz"]);
  });

  it("stays the speaker's words after “X called Y”", () => {
    expect(speakersOf("Ann Rusk called the plan “a disgrace”.")).toEqual(["Ann Rusk"]);
  });

  it("is nobody's words when Title Case words no verb of saying gives anyone name a show or a work (an ampersand too)", () => {
    const body = [
      "Gov. Lena Marsh toured the plant on Monday.",
      "On NBC’s “Meet The Nation” Sunday, she said, “We will rebuild every road.”",
      "Her staff wrote a script called “Wild River Nights,” which never aired.",
      "Marsh was back on Tuesday with an interview on “Dawn & Dusk” about roads.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual([null, "Lena Marsh", null, null]);
  });

  it("stays the words of whoever names Title Case words or answers with them", () => {
    const body = [
      "Senator Paul Reyes spoke at the fair.",
      "Reyes called the new mayor “Little Napoleon” twice.",
      "Reyes was asked who would win. “Hank Morrow.”",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Paul Reyes", "Paul Reyes"]);
  });

  it("keeps a capitalised name made an adjective as the speaker's words (“Las Vegas-style”)", () => {
    const body =
      "Culture Secretary Tessa Jowell told the Guardian newspaper there would be no “Las Vegas-style” casinos.";
    expect(speakersOf(body)).toEqual(["Tessa Jowell"]);
  });

  it("is not a clause about the work (said the film “has received strong interest”)", () => {
    const body = "A spokesman for distributor Toho said the film “has received strong interest” abroad.";
    expect(speakersOf(body)).toEqual(["Toho"]);
  });
});

describe("a verb after a quote with a name after it", () => {
  it("reads the name as its speaker only where it ends the clause (say Sanders is …)", () => {
    const body =
      "At least half of voters in each state say the positions are “about right,” though voters are more likely to say Sanders is too liberal.";
    expect(speakersOf(body)).toEqual([null]);
  });

  it("reads a speaker a “who” clause describes (said one woman who took part)", () => {
    const body =
      "The study was published on Monday. “We are more vigilant,” said one woman who took part in the research.";
    expect(speakersOf(body)).toEqual(["one woman"]);
  });
});

describe("an adverb between a speaker and the verb", () => {
  it("is no part of the speaker (Kestrel now says; Ghanem first announced; they both said)", () => {
    const facts = parse(
      [
        "Kestrel bought a stake in the network in 2004.",
        "Kestrel now says it may give up on the deal altogether.",
        "Mexican officials now say they have chosen a new strategy.",
        "Afghan President Ashraf Ghanem first announced the exchange would go ahead.",
        "The Conservatives and Lib Dems both said his pledges were worthless.",
      ].join("\n\n"),
    );
    expect(facts.reported.map((r) => speakerName(facts, r.speakerId))).toEqual([
      "Kestrel",
      "Mexican officials",
      "Ashraf Ghanem",
      "the Conservatives and Lib Dems",
    ]);
  });
});

describe("a name set off by commas after the role that opens the sentence", () => {
  it("is the subject of the verb after it, though a clause with commas follows the verb", () => {
    const body =
      "The Lord Chancellor, Lord Falconer, agreed the 1701 Act of Settlement, which governs the succession, was unfair but added that “its effects are limited”.";
    const facts = parse(body);
    expect(speakersOf(body)).toEqual(["Lord Falconer"]);
    expect(facts.reported.map((r) => speakerName(facts, r.speakerId))).toEqual(["Lord Falconer"]);
  });
});

describe("a title in quotation marks set as a paragraph of its own", () => {
  it("is nobody's words, but a short answer with its own stop still is", () => {
    // Los Angeles Times, 2019: "“Wild Rose”" alone between two paragraphs had been given to the
    // actress quoted before it; PolNeAR: "“Ditto.”" alone is an answer.
    const said = "Mary Steenburgen wrote the song. “It was fun,” she said.";
    expect(quotesOf(`${said}\n\n“Wild Rose”`).map(([text, speaker]) => [text, speaker])).toEqual([
      ["It was fun,", "Mary Steenburgen"],
      ["Wild Rose", null],
    ]);
    expect(quotesOf(`${said}\n\n“Ditto.”`).map(([text, speaker]) => [text, speaker])).toEqual([
      ["It was fun,", "Mary Steenburgen"],
      ["Ditto.", "Mary Steenburgen"],
    ]);
  });
});

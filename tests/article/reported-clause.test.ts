import { describe, expect, it } from "vitest";
import { parse, reportsOf as reports } from "./helpers.ts";

describe("where the words a verb of saying reports begin", () => {
  it("keeps the clause said whole when a “that” comes after its own verb", () => {
    // BBC, 2005: "said it was very unlikely that the Bank …" and "said the Indian economy was
    // performing strongly and that inflation has been reined in" had been cut to what followed "that".
    const body = [
      "Economist Ruth Adebayo said it was very unlikely that rates would rise.",
      "Adebayo said the economy was performing strongly and that inflation had been reined in.",
      "Adebayo said she accepted that young people drank.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["it was very unlikely that rates would rise", "Ruth Adebayo"],
      ["the economy was performing strongly and that inflation had been reined in", "Ruth Adebayo"],
      ["she accepted that young people drank", "Ruth Adebayo"],
    ]);
  });

  it("reports the clause after a verb that words quoted inside a phrase stand before", () => {
    // (BBC, 2005: "Describing Mr Jackson as "a good person", the mother-of-nine said she feared …";
    // "Mr Sullivan "made accounting decisions," he told the federal court" reports no clause.)
    const body = [
      "His mother Katherine Jackson spoke to Fox News on Sunday.",
      'Describing her son as "a good person", the mother-of-nine said she feared he would not get a fair trial.',
      'Mr Sullivan "made accounting decisions," he told the federal court.',
    ].join("\n\n");
    expect(reports(body)).toEqual([["she feared he would not get a fair trial", "Katherine Jackson"]]);
  });

  it("reports nothing after “Having said that”", () => {
    // (BBC sport, 2004–05: "Having said that, Mark is looking in much better shape." had been
    // reported speech by "Having".)
    const body = [
      "Ronan Kelly was hurt last week.",
      "Having said that, Mark is looking in much better shape.",
    ].join("\n\n");
    expect(reports(body)).toEqual([]);
  });

  it("gives the words to the subject before an aside, not to a place named in the aside", () => {
    // (BBC, 2004–05: "Her lawsuit, filed in the US District Court in San Francisco, said …";
    // "EuroDisney, the European home of Mickey Mouse and friends, has said …".)
    const body = [
      "The lawsuit, filed in the US District Court in San Francisco, said the sprinter had passed a test.",
      "EuroDisney, the European home of Mickey Mouse and friends, has said it will sell new shares.",
    ].join("\n\n");
    const speakers = reports(body).map(([, speaker]) => speaker);
    expect(speakers).not.toContain("San Francisco");
    expect(speakers).not.toContain("Mickey Mouse");
    expect(speakers).toContain("EuroDisney");
  });

  it("gives the words to the name that opens the sentence with its role set off by commas", () => {
    // BBC, 2005: "Paul Arling, UEI chief, said consumers face real problems …" had read "said
    // consumers" as an inverted attribution, "face" taken for a noun.
    const body = [
      "Paul Arling, UEI chief, said consumers face real problems.",
      "Ann Cole, the chief executive, said workers saw real gains.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["consumers face real problems", "Paul Arling"],
      ["workers saw real gains", "Ann Cole"],
    ]);
  });

  it("still starts past a “that” after a day, a channel or an aside", () => {
    // BBC, 2005: "The net result, the authors say, is that …".
    const body = [
      "Analyst Tom Okafor said on Monday that prices would fall.",
      "The net result, Okafor says, is that the extra cost is covered.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["prices would fall", "Tom Okafor"],
      ["the extra cost is covered", "Tom Okafor"],
    ]);
  });

  it("reads a clause opened by “there”, “this”, “its” or “her” before a verb", () => {
    // BBC and PolNeAR: "Traders said there was some panic selling", "Cadbury said its underlying
    // sales were up", "Clinton said her approach is to …" had reported nothing.
    const body = [
      "Trader Ana Lindqvist said there was some panic selling.",
      "The firm Brightwell said its sales were up by 4%.",
      "Lindqvist says this may allow a revision.",
      "Lindqvist said her approach is to wait.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["there was some panic selling", "Ana Lindqvist"],
      ["its sales were up by 4%", "Brightwell"],
      ["this may allow a revision", "Ana Lindqvist"],
      ["her approach is to wait", "Ana Lindqvist"],
    ]);
  });

  it("reads nothing said in an object, a topic or a time after the verb", () => {
    // BBC: "Deacon claimed her first title, edging …", "warned of rising obesity levels",
    // "the legal action claimed its most high-profile victim", "said this week he …".
    const body = [
      "Sprinter Ana Lindqvist claimed her first national title, edging Fraser into second.",
      "Coach Tom Okafor warned of rising injury levels.",
      "The lawsuit claimed its most famous victim.",
      "Okafor said this week he would stay.",
      "Organisers say this year's festival will be the best yet.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["he would stay", "Tom Okafor"],
      ["this year's festival will be the best yet", "organisers"],
    ]);
  });
});

describe("two verbs of saying joined by “and” or “but”", () => {
  it("ends the first verb's words where the second's begin, and reports each once", () => {
    // BBC, 2005: "said it had received 100 complaints, and added that …" had given the second
    // clause to both verbs, and "Analysts said the figures were disappointing but argued that …" only
    // the second clause to either.
    const body = [
      "Council leader Jane Ward said the plan was dead, and added that she would resign.",
      "Ward said rents were too high but argued that wages had risen.",
      "Mr Okafor noted the \u201cdeep differences\u201d between the towns and said talks had failed.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["the plan was dead", "Jane Ward"],
      ["she would resign", "Jane Ward"],
      ["rents were too high", "Jane Ward"],
      ["wages had risen", "Jane Ward"],
      ["the \u201cdeep differences\u201d between the towns", "Mr Okafor"],
      ["talks had failed", "Mr Okafor"],
    ]);
  });
});

describe("a verb of saying inside an aside set off by dashes", () => {
  it("reports up to the dash that closes the aside, and speaks for the name before the opening dash", () => {
    // (Washington Post, 2015; BBC, 2005: the words had run on past the closing dash.)
    const body = [
      "GOP front-runner Donald Trump - who previously said he would bomb the oil fields - spoke at a rally.",
      "Fiorina was a microscopic planner - a former speechwriter said she demanded analyses of her audiences - and her management was strict.",
      "The IAAF - which said it was \u201cvery surprised\u201d by the decision - is deciding whether to appeal.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["he would bomb the oil fields", "Donald Trump"],
      ["she demanded analyses of her audiences", "a former speechwriter"],
    ]);
  });
});

describe("who says, read back from the verb", () => {
  it("stops at a modal or an auxiliary, a clause's verb, not a word of the speaker's", () => {
    // BBC, 2005: "… so the public can see who gives how much to the parties but the report says
    // there are still public suspicions" had "the public can see" as the speaker.
    const body =
      "The rules were changed so the public can see who gives money to the parties but the report says there are still suspicions.";
    expect(reports(body)).toEqual([["there are still suspicions", "the report"]]);
  });
});

describe("a participle of saying after a comma (“…, adding that …”, “…, saying …”)", () => {
  it("reports its clause as the words of the main clause's subject, and ends the verb's words before it", () => {
    // BBC, 2005: "Novartis said that it would merge a number of departments, adding that there may
    // be job cuts", "Mr Ebbers has denied all the charges, saying he was unaware of the fraud".
    const body = [
      "The drugmaker Corvana said that it would merge departments, adding that there may be job cuts.",
      "Tom Okafor has denied all the charges, saying he was unaware of the fraud.",
      "Prices will rise sharply, analysts said, adding that they expect calmer markets.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["it would merge departments", "Corvana"],
      ["there may be job cuts", "Corvana"],
      ["he was unaware of the fraud", "Tom Okafor"],
      ["Prices will rise sharply", "analysts"],
      ["they expect calmer markets", "analysts"],
    ]);
  });

  it("reports nothing for an object, and never for someone the main clause names after its verb", () => {
    // BBC, 2005: "the government refused to back Lord Dubs' bill, saying it was too complex" had
    // given the words to Lord Dubs; "… by state-owned firm Rosneft, saying …" to Rosneft.
    const body = [
      "Ana Lindqvist won the seat, claiming victory over Labour.",
      "But the council refused to back Tom Okafor's plan, saying it was too costly.",
      "Russia's president defended the sale of the unit to oil firm Brightwell, saying it was fair.",
    ].join("\n\n");
    expect(reports(body)).toEqual([["it was too costly", "the council"]]);
  });
});

describe("a short clause before an inverted attribution", () => {
  it("is what was said when it has a verb of its own (“Sales were great, he said”)", () => {
    // USA Today, 2016: "Sales were great, he said, wiping sweat off his face." reported nothing.
    const body =
      "Trader Tom Okafor was upbeat. Sales were great, he said, wiping his face.\n\nIn 2004, he said.";
    expect(reports(body)).toEqual([["Sales were great", "Tom Okafor"]]);
  });
});

describe("“according to” a source", () => {
  it("reports the clause after the source that opens a sentence, or before the one that ends it", () => {
    // BBC, 2005: "According to Labor Department figures, 157,000 new jobs were added last month.",
    // "House prices fell 0.4% in October, according to the Nationwide, their biggest monthly fall …".
    const body = [
      "According to Labor Department figures, 157,000 new jobs were added last month.",
      "Prices fell 0.4% in October, according to Brightwell, their biggest fall since 2001.",
      "But according to Tom Okafor, the head of the union, jobs will go.",
      "Tourism is vital to the islands, according to the World Travel and Tourism Council.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["157,000 new jobs were added last month", "Labor Department figures"],
      ["Prices fell 0.4% in October", "Brightwell"],
      ["jobs will go", "Tom Okafor"],
      // (A body's name read across "and" between capitals: it had been "the World Travel".)
      ["Tourism is vital to the islands", "the World Travel and Tourism Council"],
    ]);
  });

  it("reads a poll whose sponsors a slash joins whole, without when it was taken", () => {
    // (USA Today, West Journal, 2016; BBC, 2004: the sources had been "a Suffolk University", "a CNN",
    // "a Reuters", "In-Stat" and "his Facebook".)
    const body = [
      "Trump leads the field in the Granite State with just 22%, according to a Suffolk University/Boston Globe Poll released Sunday.",
      "Sanders leads Clinton by 2 points, according to a CNN/ORC poll in February.",
      "According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.",
      "The market will be worth 26m dollars by the end of 2004, according to market analysts In-Stat/MDR.",
      "The pilot had been with EgyptAir since 2004, according to his Facebook profile.",
      "Trump is up 15.6 points in Florida, according to the Real Clear Politics average.",
    ].join("\n\n");
    expect(reports(body).map(([, source]) => source)).toEqual([
      "a Suffolk University/Boston Globe Poll",
      "a CNN/ORC poll",
      "a Reuters/Ipsos poll",
      "In-Stat/MDR",
      "his Facebook profile",
      "the Real Clear Politics average",
    ]);
  });

  it("ends where another subject's verb of saying follows “but” or “and”", () => {
    // (BBC, 2005: "The Lib Dems say they will look at his plans, but Tory Liam Fox said …" had run on
    // into Fox's words; "Mr Boyd said … was a great coup but he added: …" into his next ones.)
    const body = [
      "The Lib Dems say they will look at his plans, but Tory Liam Fox said his party offered a clear choice.",
      "Rights groups say the code is not binding - but Mr Straw said it would be given legal force.",
      "A spokeswoman said Lord Woolf and Lord Falconer agreed about what happened in practice.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["they will look at his plans", "the Lib Dems"],
      ["his party offered a clear choice", "Liam Fox"],
      ["the code is not binding", "Rights groups"],
      ["it would be given legal force", "Mr Straw"],
      ["Lord Woolf and Lord Falconer agreed about what happened in practice", "a spokeswoman"],
    ]);
  });

  it("reads a readout or a transcript as a document that speaks", () => {
    // (Politico, 2016: "according to a Pentagon readout" had been "a Pentagon".)
    const body = [
      "The two leaders spoke by phone on Friday, according to a White House readout of the call.",
      "The senator voted against the bill in 2009, according to a transcript of the hearing.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["The two leaders spoke by phone on Friday", "a White House readout of the call"],
      ["The senator voted against the bill in 2009", "a transcript of the hearing"],
    ]);
  });

  it("reads a source counted by a quantifier whole, and a body called so as one that speaks", () => {
    // BBC, 2005: the sources had been "some Indian" and "the sport".
    const body = [
      "The decision has spread good cheer in the construction sector, according to some Indian firms.",
      "And the sport's world governing body has re-iterated its stance, maintaining it is a matter for the clubs.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["The decision has spread good cheer in the construction sector", "some Indian firms"],
      ["it is a matter for the clubs", "the sport's world governing body"],
    ]);
  });

  it("reports nothing where the source sits inside the clause or credits another's words", () => {
    // BBC and Huffington Post: "Among the biggest laggards, according to the report, are Greece and
    // Italy." and "O'Malley said at a press conference, according to the Las Vegas Sun."
    const body = [
      "Among the biggest laggards, according to the report, are Greece and Italy.",
      "Lindqvist said at a rally that taxes were too high, according to the Sun.",
    ].join("\n\n");
    expect(reports(body).map(([, speaker]) => speaker)).not.toContain("the Sun");
    expect(reports(body).map(([, speaker]) => speaker)).not.toContain("the report");
  });
});

describe("a clause that holds its own attribution before an inverted one", () => {
  it("is the first speaker's words only (“It said …, MPs said.”)", () => {
    // BBC, 2005: the MPs had been given the whole "It said incentives … were likely to be seen as gimmicks".
    const body =
      "The committee's report said voters were confused.\n\nIt said incentives were likely to be seen as gimmicks, MPs said.\n\nThe rules are said to be strict, but the scheme has added another layer of checks, officials said.";
    expect(reports(body)).toEqual([
      ["voters were confused", "the committee's report"],
      ["incentives were likely to be seen as gimmicks", "the committee's report"],
      ["The rules are said to be strict, but the scheme has added another layer of checks", "officials"],
    ]);
  });
});

describe("a verb other than “say” or “tell” before an object", () => {
  it("reports nothing for the object, but a clause with a verb of its own, quoted or not", () => {
    // BBC, 2005: "Mr Gates pledged dollars 750m of his own money", "The charity recommends a weekly
    // payment …", "Argentina claimed top spot in Group A" had been reported as words said.
    const body = [
      "Charity head Ana Lindqvist pledged $750m of her own money to support the cause.",
      "Lindqvist recommended a weekly payment of £108 for looking after a baby.",
      "Lindqvist warned the “costs could easily outweigh the benefits”.",
      "Lindqvist suggested he read the novel.",
      "Lindqvist agreed the 1998 Act, which governs the vote, was unfair.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["the “costs could easily outweigh the benefits”", "Ana Lindqvist"],
      ["he read the novel", "Ana Lindqvist"],
      ["the 1998 Act, which governs the vote, was unfair", "Ana Lindqvist"],
    ]);
  });
});

describe("an attribution set between commas inside the clause it reports", () => {
  it("reports the whole clause, its subject before the attribution included", () => {
    // BBC, 2005 and Politico, 2016: "The Tories, he said, can cut crime …", "Iraq, they insisted,
    // would not be a factor …" and "The key to Stadia's success, says Buser, is …" had lost their
    // subjects ("can cut crime …", "would not be a factor …", "The key to Stadia's success").
    const body = [
      "Minister Tom Okafor spoke in Leeds.",
      "The Tories, he said, can cut crime without raising taxes.",
      "Earnings, Okafor said on Monday, rose 5%.",
      "That, Okafor says, allows the firm to grow.",
      "The key to success, says Okafor, is hard work.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["The Tories, he said, can cut crime without raising taxes", "Tom Okafor"],
      ["Earnings, Okafor said on Monday, rose 5%", "Tom Okafor"],
      ["That, Okafor says, allows the firm to grow", "Tom Okafor"],
      ["The key to success, says Okafor, is hard work", "Tom Okafor"],
    ]);
  });

  it("keeps to the clause after an opening word, and to a “that” the sentence's own verb opens", () => {
    // BBC, 2005: "Also, he said, it appealed in categories that few consumers care about" had been
    // cut to "few consumers care about"; "The DJ admitted, however, that …" must still start past "that".
    const body = [
      "Analyst Ana Lindqvist spoke in Leeds.",
      "Also, she said, it appealed in categories that few buyers care about.",
      "Lindqvist admitted, however, that sales had slowed.",
      "The net result, Lindqvist says, is that the cost is covered.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["it appealed in categories that few buyers care about", "Ana Lindqvist"],
      ["sales had slowed", "Ana Lindqvist"],
      ["the cost is covered", "Ana Lindqvist"],
    ]);
  });

  it("goes on into a quote that opens with its verb, not one with a subject of its own", () => {
    // Politico and the NYT, 2016: "That, the commission said, “would be helpful in avoiding
    // uncertainty.”"; "In other words, he said, ''the era of Silicon Valley exceptionalism is over''"
    // is the quote's own; "Clinton, a top aide said, “is very confident …”" is no words of Clinton's.
    const body = [
      "Commissioner Ann Lee spoke on Monday.",
      "That, the commission said, “would be helpful in avoiding uncertainty.”",
      "In other words, Lee said, “the era of easy money is over.”",
      "Senator Dana Whitfield campaigned in Ohio.",
      "Whitfield, a top aide said, “is very confident in the contrast.”",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["That, the commission said, “would be helpful in avoiding uncertainty.”", "the commission"],
    ]);
  });

  it("reports nothing for a participle between commas or a relative's clause", () => {
    // NYT, 2016: "The tentative deal, announced Friday, would last four years" was the deal's words;
    // BBC, 2005: "… and which, he claimed, would be thrown away" gave the relative clause's end.
    const body = [
      "Union leader Tom Okafor spoke in Leeds.",
      "The tentative deal, announced Friday, would last four years.",
      "He praised the stability he had built and which, he claimed, would be thrown away by others.",
    ].join("\n\n");
    expect(reports(body)).toEqual([]);
  });
});

describe("the clause a “that” opens", () => {
  it("is read whatever word opens it, but a “that” before an auxiliary is a subject, not its opener", () => {
    // BBC and Politico: "said that in January house prices went up", "argues that this issue will be
    // moot", "said that while she had no reason to doubt …" had reported nothing (about 200 such over
    // ~3,900 articles); "said that was the only contact" had lost its "that", "said that Saturday had
    // been a massive demonstration" its "Saturday".
    const body = [
      "Economist Ann Lee spoke in Leeds.",
      "Lee said that in January house prices went up by 0.4%.",
      "Lee argues that this issue will be moot.",
      "Lee said that was the only contact she had.",
      "Lee said that Saturday had been a massive demonstration.",
      "Lee insisted she had not discussed that with Clinton.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["in January house prices went up by 0.4%", "Ann Lee"],
      ["this issue will be moot", "Ann Lee"],
      ["that was the only contact she had", "Ann Lee"],
      ["Saturday had been a massive demonstration", "Ann Lee"],
      ["she had not discussed that with Clinton", "Ann Lee"],
    ]);
  });

  it("opens nothing when it is a relative or names a thing discussed", () => {
    // NYT, 2016: "Rust Belt states that have suffered intensely" had reported the states' suffering
    // as the Rust Belt's words; "hadn't discussed that with Clinton" had reported "with Clinton".
    const body = [
      "Voters went to the polls in Rust Belt states that have suffered intensely from job losses.",
      "Senator Dana Whitfield was asked about it, but the senator insisted she hadn’t discussed that with Clinton.",
    ].join("\n\n");
    expect(reports(body).map(([text]) => text)).not.toContain("with Clinton");
    expect(
      reports(body)
        .map(([text]) => text)
        .join(" "),
    ).not.toMatch(/suffered/);
  });
});

describe("a clause whose first word holds its verb, and an obligation", () => {
  it("reports “said there's …”, but not what someone must say", () => {
    // Politico, 2016: "she claimed that there's a "growing level of anxiety"" and "Giuliani said,
    // there's a simple explanation" had reported nothing; "They must say there's no way …" is no report.
    const body = [
      "Senator Dana Whitfield spoke in Iowa.",
      "Whitfield said there’s no plan.",
      "Even then, she said, there’s a problem.",
      "They must say there’s no way to win.",
    ].join("\n\n");
    expect(reports(body)).toEqual([
      ["there’s no plan", "Dana Whitfield"],
      ["there’s a problem", "Dana Whitfield"],
    ]);
  });
});

describe("an object after an aside or before a relative clause", () => {
  it("is no report (“The Taliban, however, claimed responsibility for …, which it said …”)", () => {
    // Reuters, 2019: "claimed responsibility for shooting down the helicopter, which it said crashed
    // in Logar province" had been reported as the Taliban's words.
    const body =
      "The Taliban, however, claimed responsibility for downing the helicopter, which it said crashed in Logar.\n\nMore significantly, argues the report, broadband is changing how people live.";
    expect(reports(body)).toEqual([
      ["crashed in Logar", "the Taliban"],
      ["broadband is changing how people live", "the report"],
    ]);
  });

  it("is no report where a relative follows the aside (“an investment, they say, that would …”)", () => {
    // USA Today and Washington Post, 2015–16: "It's an investment, they say, that would be recouped
    // …" and "a provision, Corker said, that is meant to …" had reported the relative clause alone.
    const body = [
      "It is a cost, researchers say, that would be recouped within three years.",
      "The bill holds a clause, Senator Ann Corley said, which is meant to bind the president.",
      "Corley said that was the only way.",
    ].join("\n\n");
    expect(reports(body)).toEqual([["that was the only way", "Ann Corley"]]);
  });

  it("starts “according to” a source at a subject that a relative clause describes", () => {
    // Vox, 2019: "According to Swift, her former label Big Machine, which owns her masters, is
    // preventing her …" had been cut to "which owns her masters, is preventing her …".
    const body = "According to Taylor Swift, her former label, which owns her masters, is blocking her.";
    expect(reports(body)).toEqual([
      ["her former label, which owns her masters, is blocking her", "Taylor Swift"],
    ]);
  });
});

describe("a closing attribution in the first paragraph, after a dateline", () => {
  it("reports the words after the dateline, which the paragraph keeps", () => {
    // NBC News (Reuters), 2019: "VIENNA — The house where Adolf Hitler was born will be turned into
    // a police station, Austria's interior minister said" had reported "VIENNA — The house …".
    const facts = parse(
      "VIENNA — The house will be turned into a police station, the interior minister said.",
    );
    expect(facts.metadata.dateline).toBe("Vienna");
    expect(facts.paragraphs[0]).toMatch(/^VIENNA — /);
    expect(facts.reported.map((r) => r.text)).toEqual(["The house will be turned into a police station"]);
  });
});

/** People in a sentence's tokens: names, titles, gender and later short forms (`src/article/people.ts`). */
import { describe, expect, it } from "vitest";
import { isSentenceAdverb } from "../../src/article/lexicon.ts";
import { looksLikeName } from "../../src/article/name-shapes.ts";
import { articleEvidence, findMentions } from "../../src/article/people.ts";
import { Registry } from "../../src/article/registry.ts";
import { tokenize } from "../../src/article/text.ts";
import { parse, person, quotesOf, speakerName, speakersOf } from "./helpers.ts";

/** The names mentioned in each sentence, read in order with one registry. */
function read(sentences: string[]) {
  const tokens = sentences.map((s) => tokenize(s, []));
  const registry = new Registry();
  const evidence = articleEvidence(tokens);
  const mentions = tokens.map((t) => {
    registry.tick();
    return findMentions(t, registry, evidence);
  });
  return { registry, mentions };
}

describe("findMentions", () => {
  it("takes a name no list knows for a person's when it is described as someone who does something", () => {
    const { registry } = read([
      "The model comes from Nate Silver, the polling guru who founded the site.",
      "Readers voted for Kagiso Crane, a story about a boy who flies.",
    ]);
    expect(registry.entities.map((e) => e.name)).toEqual(["Nate Silver"]);
  });

  it("takes a name no list knows for a person's after an age, where a verb follows it", () => {
    const { registry } = read([
      "In Ohio, 62-year-old Adaeze Kowalczyk railed against the plan.",
      "The club lost its captain to 18-year-old Tiago Mbeki.",
      "An unidentified 24-year-old Los Angeles man was hurt.",
    ]);
    expect(registry.entities.map((e) => e.name)).toEqual(["Adaeze Kowalczyk", "Tiago Mbeki"]);
  });

  it("takes one name for a person's when a dash and “who” follow it, and gives them the pronoun after", () => {
    // Business Insider, 2019: "Tommy — who only goes by his first name online — retired …" was no
    // one, so his "…," he wrote went to a billionaire named earlier.
    const body = [
      "Billionaire Warren Okafor likes index funds.",
      "Tommy — who only goes by his first name online — retired at 51.",
      "“So much of a great retirement is mental,” he wrote.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Tommy"]);
  });

  it("reads a role abbreviated before a first name as the title (Browns DL, Navy SEAL), not a firm's (CB Richard Ellis)", () => {
    // Sporting News, 2019: "Browns DL Sheldon Richardson" was no one, so his quote went to "Richardson".
    const facts = parse(
      [
        "Browns DL Sheldon Richardson weighed in on the fight.",
        "Navy SEAL Chris Kyle wrote a book.",
        "Anshu Magazine of CB Richard Ellis said it was a step.",
      ].join("\n\n"),
    );
    expect(person(facts, "Sheldon Richardson")?.title).toBe("Browns DL");
    expect(person(facts, "Chris Kyle")?.title).toBe("Navy SEAL");
    expect(facts.people.some((p) => p.name === "Richard Ellis")).toBe(false);
  });

  it("registers a person with the title before the name, and finds them again by surname", () => {
    const { registry, mentions } = read([
      "US Homeland Security Secretary John Kelly visited Mexico City on Thursday.",
      "Kelly met Luis Videgaray, and Mr Kelly spoke to reporters.",
    ]);
    const kelly = mentions[0]![0]!.entity;
    expect(kelly).toMatchObject({
      name: "John Kelly",
      title: "US Homeland Security Secretary",
      kind: "person",
    });
    expect(mentions[1]!.map((m) => m.entity.name)).toEqual(["John Kelly", "Luis Videgaray", "John Kelly"]);
    expect(mentions[1]![0]!.entity).toBe(kelly);
    expect([...kelly.aliases]).toEqual(expect.arrayContaining(["Kelly", "Mr Kelly"]));
    expect(registry.matchName(["Kelly"])).toEqual([kelly]);
  });

  it("reads a military rank abbreviated without full stops as a title (Lt Col, Maj Gen, Gen)", () => {
    const { mentions } = read([
      "Lt Col Aleksei Vinter testified on Tuesday, as did Maj Gen Tomas Riedel.",
      "Gen Riedel and Col Vinter left together.",
    ]);
    expect(mentions.map((m) => m.map((x) => [x.entity.name, x.entity.title]))).toEqual([
      [
        ["Aleksei Vinter", "Lt Col"],
        ["Tomas Riedel", "Maj Gen"],
      ],
      [
        ["Tomas Riedel", "Maj Gen"],
        ["Aleksei Vinter", "Lt Col"],
      ],
    ]);
  });

  it("reads a generation after 'Gen' as no person (Gen Z voters, Gen Xers)", () => {
    const facts = parse("Many Gen Z voters said they would stay home. Gen Xers agreed, and Gen Y was split.");
    expect(facts.people.filter((p) => p.kind === "person").map((p) => p.name)).toEqual([]);
  });

  it("finds a person again when the copy writes their name with the other apostrophe", () => {
    const { mentions } = read([
      "The blast went off at 8.30pm, according to Commissioner James O’Neill.",
      "O'Neill said officials have video of the explosion.",
    ]);
    expect(mentions[1]![0]!.entity).toBe(mentions[0]![0]!.entity);
    expect(mentions[1]![0]!.entity.name).toBe("James O’Neill");
  });

  it("marks the tokens of each mention, possessives included", () => {
    const { mentions } = read(["John Kelly arrived.", "The talks ended and Kelly's office said nothing."]);
    expect(mentions[0]).toEqual([expect.objectContaining({ start: 0, end: 2, possessive: false })]);
    expect(mentions[1]).toEqual([expect.objectContaining({ start: 4, end: 5, possessive: true })]);
    expect(mentions[1]![0]!.entity.name).toBe("John Kelly");
  });

  it("learns gender from honorifics", () => {
    const { mentions } = read(["Ms Theresa May met Mr Donald Tusk."]);
    expect(mentions[0]!.map((m) => [m.entity.name, m.entity.gender])).toEqual([
      ["Theresa May", "f"],
      ["Donald Tusk", "m"],
    ]);
  });

  it("knows the short forms of first names news copy uses (Rick, Liz, Kim) before a surname that is a word", () => {
    const body = [
      "The race was run in Birmingham.",
      "Rick Dean is the director of business development for THX. “There was a time,” he told the BBC.",
      "Fellow runner Liz Abbott revealed she was tired. “It was hard,” she said.",
      "Sprinter Kim Collins won. “I got a great reception,” Collins said.",
    ].join("\n\n");
    expect(quotesOf(body).map(([, who]) => who)).toEqual(["Rick Dean", "Liz Abbott", "Kim Collins"]);
  });

  it("leaves a plural noun before a first name out of the name and the title (“Celebrities Amy Schumer”)", () => {
    const facts = parse(
      ["The law passed.", "Celebrities Amy Schumer and Elizabeth Banks went on Twitter to praise it."].join(
        "\n\n",
      ),
    );
    expect(facts.people.map((p) => [p.name, p.title])).toEqual([
      ["Amy Schumer", null],
      ["Elizabeth Banks", null],
    ]);
  });

  it("writes a role that opens a sentence in lower case, as the article does elsewhere, but not a name's words", () => {
    // (BBC, 2004: "Director Oliver Stone's historical epic", "His mother Katherine Jackson told …".)
    const body = [
      "The film failed. Director Oliver Stone's epic took little. The director was unhappy.",
      "His mother Katherine Jackson spoke to his lawyers.",
      "Prime Minister Tony Blair and the prime minister's wife arrived.",
      "World Bank spokesman Damien Milverton said banks were open.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => [p.name, p.title])).toEqual([
      ["Oliver Stone", "director"],
      ["Katherine Jackson", "his mother"],
      ["Tony Blair", "Prime Minister"],
      ["Damien Milverton", "World Bank spokesman"],
    ]);
  });

  it("leaves a word of the language that opens the sentence out of the name before a first name", () => {
    // (BBC, 2004–05: "Model Sophie Anderton", "Conservative Michael Fallon" had been the names.)
    const body = [
      "Model Sophie Anderton left the show.",
      "Conservative Michael Fallon asked Mr Brown about the figures.",
      "She has won the Blue Peter Book of the Year.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => p.name)).toEqual(["Sophie Anderton", "Michael Fallon", "Mr Brown"]);
  });

  it("takes no run with a small word in capitals inside for a name (“Stars In Their Eyes said”)", () => {
    // (BBC, 2005: "Stars In Their Eyes" had been a person, and the speaker of its host's words.)
    const body = [
      "Kate Smith has resigned as host of the show.",
      "The 28-year-old host who also presents Stars In Their Eyes said she wanted new projects.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => p.name)).not.toContain("Stars In Their Eyes");
  });

  it("leaves a compound participle before a lone surname out of the name (“the Oscar-nominated Owen”)", () => {
    const body = [
      "British actor Clive Owen won best supporting actor.",
      "Celebrating his win, the Oscar-nominated Owen told reporters: “It is all new to me.”",
      "The London-based Delmont also reported a loss.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Clive Owen"]);
    expect(parse(body).people.map((p) => p.name)).not.toContain("London-based Delmont");
  });

  it("reads a first name after a noble's title as one, though it is also a word (Sir Bill Morris)", () => {
    const body = "Former union leader Sir Bill Morris accused the parties of a “bidding war” on asylum.";
    expect(parse(body).people.map((p) => [p.name, p.title])).toEqual([
      ["Sir Bill Morris", "Former union leader"],
    ]);
    expect(speakersOf(body)).toEqual(["Sir Bill Morris"]);
  });

  it("reads a team position before a name as the player's role (Wing, Prop, Lock)", () => {
    const body = [
      "“We can still win,” said Wing Christophe Dominici.",
      "Prop Gethin Jenkins agreed. Lock Paul Kelly was injured.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => [p.name, p.title])).toEqual([
      ["Christophe Dominici", "Wing"],
      ["Gethin Jenkins", "Prop"],
      ["Paul Kelly", "Lock"],
    ]);
  });

  it("begins a role before a name after the verb whose object it is (to impress Lions coach …)", () => {
    const body = [
      "Ollie Smith has a chance to impress Lions coach Sir Clive Woodward on Saturday.",
      "Robinson named Bath prop Duncan Bell in the squad.",
    ].join("\n\n");
    const titles = new Map(parse(body).people.map((p) => [p.name, p.title]));
    expect(titles.get("Sir Clive Woodward")).toBe("Lions coach");
    expect(titles.get("Duncan Bell")).toBe("Bath prop");
  });

  it("reads the office a sentence opening with a person's name says they hold as their title", () => {
    const body = [
      "But Mara Ellison’s response was concern.",
      "Ellison is the CEO of Harbor, the Spokane branding firm behind the campaign.",
      "Tom Reyes was at the launch.",
      "Reyes is a straight-talker, and if Ellison is the favourite, he said, so be it.",
      "Dana Pike spoke too. Pike is the only candidate left.",
    ].join("\n\n");
    const titles = new Map(parse(body).people.map((p) => [p.name, p.title]));
    expect(titles.get("Mara Ellison")).toBe("CEO of Harbor");
    // What someone is like, or a clause's "is", is no office.
    expect(titles.get("Tom Reyes")).toBeNull();
    expect(titles.get("Dana Pike")).toBeNull();
  });

  it("reads a show, awards, theatre or studio named after someone as no person", () => {
    const facts = parse(
      [
        "The fair opened.",
        "Fans watched the Benny Hill Show and the Spirit Awards at the Ethel Barrymore Theatre.",
      ].join("\n\n"),
    );
    expect(facts.people.map((p) => p.name)).toEqual([]);
  });

  it("reads a plural noun capitalised only where it opens a sentence as a group, not a surname (Critics said), named as copy writes it", () => {
    const body = [
      "Critics said the deal was \u201ca disaster.\u201d Reports said the firm had been offered 20%.",
      "Rep. Susan Brooks backed it. Brooks said: \u201cIt is a good deal.\u201d",
      "Authorities said the road was closed. Everyone said it was a shock.",
    ].join("\n\n");
    const facts = parse(body);
    expect(facts.people.map((p) => [p.name, p.kind])).toEqual([
      // (A group of people by a word a list holds is written in lower case: "critics", not "Critics".)
      ["critics", "organisation"],
      ["Reports", "organisation"],
      ["Susan Brooks", "person"],
      ["Authorities", "organisation"],
      ["Everyone", "organisation"],
    ]);
    expect(speakersOf(body)).toEqual(["critics", "Susan Brooks"]);
  });

  it("keeps the capitals of a party's members (Democrats said)", () => {
    const body = [
      "Democrats said the bill would fail. Analysts said it would pass.",
      "The visit went well. Prosecutors said they would appeal.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => p.name)).toEqual(["Democrats", "analysts", "prosecutors"]);
  });

  it("reads a title before a word the article writes in lower case as no person (the General Election)", () => {
    const body = [
      "The Budget will come before the General Election, and General Dannatt will attend.",
      "The election is expected in May.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => [p.name, p.title])).toEqual([["Dannatt", "General"]]);
  });

  it("reads a party's name before a person's as their title, and the party alone as a body (Lib Dems)", () => {
    const body = [
      "For the Lib Dems David Laws said: \u201cThe economy is vulnerable.\u201d",
      "The Lib Dems called it \u201ca sticking plaster\u201d.",
    ].join("\n\n");
    const facts = parse(body);
    expect(facts.people.filter((p) => p.kind === "person").map((p) => [p.name, p.title])).toEqual([
      ["David Laws", "Lib Dems"],
    ]);
    expect(speakersOf(body)).toEqual(["David Laws", "the Lib Dems"]);
  });

  it("reads a run of Title Case holding a capitalised preposition as a headline, not a name (but Al From)", () => {
    const shaped = (text: string) => looksLikeName(tokenize(text, []), false);
    expect(shaped("Clinton Hid Past Health Problems From Public")).toBe(false);
    expect(shaped("Poll Shows Minor Post-Debate Bump For Clinton")).toBe(false);
    expect(shaped("Al From")).toBe(true);
    expect(shaped("Hillary Clinton")).toBe(true);
  });

  it("reads a country or a news outlet named alone as a body, never the person a pronoun means", () => {
    const body = [
      "China said the talks would go on. Admiral Harry Harris disagreed.",
      "\u201cThere is a natural tension,\u201d he said. Reuters reported the deal on Monday.",
    ].join("\n\n");
    const facts = parse(body);
    expect(facts.people.map((p) => [p.name, p.kind])).toEqual([
      ["China", "organisation"],
      ["Harry Harris", "person"],
      ["Reuters", "organisation"],
    ]);
    expect(speakersOf(body)).toEqual(["Harry Harris"]);
  });

  it("reads an outlet whose name looks like a person's as a body, however it is described (Al Jazeera)", () => {
    const body = "Qatar-based Al Jazeera said its reporter was hurt. \u201cWe condemn this,\u201d it said.";
    expect(parse(body).people.map((p) => [p.name, p.kind])).toEqual([["Al Jazeera", "organisation"]]);
    expect(speakersOf(body)).toEqual(["Al Jazeera"]);
  });

  it("reads a one-word name the article uses as a firm's as a body (shares in Sophos, Yukos shareholders)", () => {
    const body = [
      "Sophos said sales rose. Shares in Sophos fell. Yukos said the court was wrong, and Yukos shareholders were angry.",
      "Tomas Berg, an analyst, said the results were weak. \u201cThey missed,\u201d he said.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => [p.name, p.kind])).toEqual([
      ["Sophos", "organisation"],
      ["Yukos", "organisation"],
      ["Tomas Berg", "person"],
    ]);
    expect(speakersOf(body)).toEqual(["Tomas Berg"]);
  });

  it("reads a club, band, venue, product, watchdog, coalition, award or residence as no person", () => {
    const facts = parse(
      [
        "The season ended.",
        "Sheffield United beat Dundee United, and Harmon Brothers sponsored the Douglas Hickox Award at Gracie Mansion for the Philly Coalition.",
        "\u201cIt was magnificent,\u201d Arteta told Sky Sports.",
        "Roxy Music played the Sheffield Arena, and Preston North End fans ran the Flora London Marathon.",
        "The Oscars were held at the Dorothy Chandler Pavilion, and Human Rights Watch praised the MacBook Pro.",
        "A judge may not enforce the subpoena because of his Fifth Amendment claims, prosecutors said.",
        "The Congressional Black Caucus said it was \u201cappalled.\u201d",
      ].join("\n\n"),
    );
    expect(facts.people.filter((p) => p.kind === "person").map((p) => p.name)).toEqual(["Arteta"]);
  });

  it("reads a body, show or place ending in a country's name as no person, unless a first name or title opens it", () => {
    // Two paragraphs of a BBC preview (2005): "France" alone had been read as the stadium, a person.
    const facts = parse(
      [
        "France may have beaten Scotland and England but they were tedious and uninspired throughout both matches. Wales, on the other hand, have played some fine rugby and have made their best start since they last won the title in 1994. They also have a good record at the Stade de France, having won their first two games there, in 1999 and 2001. Wales have made two changes from the team that thrashed Italy 38-8 in Rome.",
        'Despite their stuttering displays in their first two games defending champions France are also unbeaten. Under-pressure coach Bernard Laporte has made four changes, with Yannick Nyanga, the debutant Julien Laharrague, Aurelien Rougerie and Yannick Jauzion coming into the side. France have been criticised for the absence of traditional "French flair" as they have ground their way to victory so far this year but captain Fabien Pelous sees hope on the horizon. "I get the impression we are getting better," he said. "Against Wales, which is different from the teams we have beaten, I hope we can show our proper game."',
        "Telecoms ombudsman Elizabeth France agreed. Home Office minister Baroness Scotland said: \u201cIt is right.\u201d",
      ].join("\n\n"),
    );
    const said = facts.quotes.map((q) => [q.text.slice(0, 20), speakerName(facts, q.speakerId)]);
    expect(said.slice(1)).toEqual([
      ["I get the impression", "Fabien Pelous"],
      ["Against Wales, which", "Fabien Pelous"],
      ["It is right.", "Baroness Scotland"],
    ]);
    const people = facts.people.map((p) => p.name);
    expect(people).not.toContain("Stade de France");
    expect(people).toContain("Elizabeth France");
  });

  it("reads a name before a kind of place in lower case as the place's (King Cross station)", () => {
    const body = [
      "Labour MP Stephen Pound has told of his shock.",
      "Describing that first meeting at London's King Cross station, he said: \u201cThe earth went from under my feet.\u201d",
    ].join("\n\n");
    const facts = parse(body);
    expect(facts.people.map((p) => p.name)).toEqual(["Stephen Pound"]);
    expect(speakerName(facts, facts.quotes[0]!.speakerId)).toBe("Stephen Pound");
  });

  it("leaves a day or month before a title or first name out of the name and title (on Thursday Mr Blair)", () => {
    const facts = parse(
      [
        "Tony Blair spoke in London. And on Thursday Mr Blair is saying: \u201cI want to talk.\u201d",
        "On Wednesday Prime Minister Yulia Tymoshenko said: \u201cYes.\u201d In March Sen. John Smith said: \u201cNo.\u201d",
        "He appeared on Saturday Night Live, and Tuesday Sir Alan Budd said: \u201cMaybe.\u201d",
      ].join("\n\n"),
    );
    expect(facts.people.map((p) => [p.name, p.title ?? ""])).toEqual([
      ["Tony Blair", ""],
      ["Yulia Tymoshenko", "Prime Minister"],
      ["John Smith", "Sen."],
      ["Sir Alan Budd", ""],
    ]);
  });

  it("leaves a conjunction opening a sentence out of the name after it (Whereas Clinton, Wherever Hillary Clinton)", () => {
    const facts = parse(
      [
        "Hillary Clinton and Bernie Sanders were both rated. Whereas Clinton had a net negative rating, Sanders did not.",
        "Wherever Hillary Clinton goes, the media goes. Whatever Bloomberg decides, the race goes on.",
        "Whether Clinton gains from the debate is unclear. Given Obama's approval rating, she may.",
      ].join("\n\n"),
    );
    expect(facts.people.map((p) => p.name).filter((n) => /^(?:Wh|Given)/.test(n))).toEqual([]);
  });

  it("reads a run ending in an adjective or a people as no name, but after a first name (Bill English)", () => {
    const facts = parse(
      [
        "Radical Islamic groups are close to the border. Many send officers to learn about combating Islamic terrorism.",
        "In Skolkovo in Moscow Israeli hi-tech will commercialize new creations. Moscow Israeli firms said so.",
        "Bill English, the finance minister, was there.",
      ].join("\n\n"),
    );
    expect(facts.people.map((p) => p.name)).toEqual(["Bill English"]);
  });

  it("finds a person again by a courtesy title and a surname that is also a word (Mr French, Ms King)", () => {
    const facts = parse(
      [
        "Philip French of the Observer and Labour MP Oona King gave their picks, as did Stuff editor Oliver Irish.",
        "\u201cI think Swank will win,\u201d said Mr French. Ms King said she was \u201cdelighted\u201d.",
        "\u201cThe iPod mini is likely to be this year's hit,\u201d said Mr Irish. Mr President, the aide said, was away.",
      ].join("\n\n"),
    );
    // ("the aide" speaks the clause its aside sits in; "Mr President" is no one's name.)
    expect(facts.people.map((p) => p.name)).toEqual([
      "Philip French",
      "Oona King",
      "Oliver Irish",
      "the aide",
    ]);
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual([
      "Philip French",
      "Oona King",
      "Oliver Irish",
    ]);
  });

  it("reads a fund, broker or consultancy named after someone as no person", () => {
    const body =
      "“It is an incremental upgrade,” said Gene Munster, managing partner at Deepwater Asset Management, who also advised Numis Securities.";
    expect(parse(body).people.map((p) => p.name)).toEqual(["Gene Munster"]);
  });

  it("knows given names news copy writes often", () => {
    const facts = parse("Andre Agassi saw off Chilean Nicolas Massu, and Arsene Wenger watched.");
    expect(facts.people.map((p) => p.name)).toEqual(["Andre Agassi", "Nicolas Massu", "Arsene Wenger"]);
    const more = parse(
      "Josh Lewsey scored twice, Pascal Cygan was booked and Hank Williams sang at half-time.",
    );
    expect(more.people.map((p) => p.name)).toEqual(["Josh Lewsey", "Pascal Cygan", "Hank Williams"]);
  });

  it("reads a title word before a generational suffix as the surname (Martin Luther King Jr.)", () => {
    const body =
      "Martin Luther King Jr. spoke in Washington in 1963.\n\n\u201cI have a dream,\u201d King said.";
    expect(parse(body).people.map((p) => [p.name, p.kind])).toEqual([["Martin Luther King Jr.", "person"]]);
    expect(speakersOf(body)).toEqual(["Martin Luther King Jr."]);
    const son = "Martin Luther King III spoke there in 2013.\n\n\u201cWe are not done,\u201d King said.";
    expect(parse(son).people.map((p) => [p.name, p.kind])).toEqual([["Martin Luther King III", "person"]]);
    expect(speakersOf(son)).toEqual(["Martin Luther King III"]);
    // A numeral after a first name or a name of three words ends that one name.
    const names = (text: string) => parse(text).people.map((p) => [p.name, p.title]);
    expect(names("King Edward III set it up in 1337.")).toEqual([["Edward III", "King"]]);
    expect(names("District Court Judge Daniel Porter Jordan III voided it.")).toEqual([
      ["Daniel Porter Jordan III", "District Court Judge"],
    ]);
    expect(names("Brent Bozell III, the founder, spoke.")).toEqual([["Brent Bozell III", "founder"]]);
  });

  it("knows the given names of English-speaking countries beyond the short lists (Rodney, Carole)", () => {
    const body = [
      "The concert was a success.",
      "Rodney Kowalczyk performed at the hall on Monday. \u201cI loved it,\u201d he said.",
      "Carole King closed the evening. \u201cIt was a joy,\u201d King said.",
    ].join("\n\n");
    const facts = parse(body);
    expect(facts.people.map((p) => [p.name, p.kind])).toEqual([
      ["Rodney Kowalczyk", "person"],
      ["Carole King", "person"],
    ]);
    expect(speakersOf(body)).toEqual(["Rodney Kowalczyk", "Carole King"]);
  });

  it("reads a company named by its trade as no person (Kraft Foods, Sybari Software)", () => {
    const body =
      "The foods giant Kraft Foods has cut jobs, and security software maker Sybari Software was sold.";
    expect(parse(body).people.map((p) => p.name)).toEqual([]);
  });

  it("reads a first name set beside a relative's role as that relative (Her daughter, Mary,)", () => {
    const body = [
      "Helen Carter campaigned in Ohio on Saturday. “We need a fighter,” Mrs. Carter said.",
      "Her daughter, Mary, also spoke. “My mother is the most qualified candidate,” she said.",
    ].join("\n\n");
    const facts = parse(body);
    expect(facts.people.find((p) => p.name === "Mary")?.title).toBe("daughter");
    expect(speakersOf(body)).toEqual(["Helen Carter", "Mary"]);
  });

  it("reads a first name that is also a common noun beside a relative's role as that relative (Bill)", () => {
    const body = [
      "Carter's husband, Bill, spoke in Ohio on Sunday. But the former governor showed restraint.",
      "“I have to be careful what I say,” he said.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["Bill"]);
    // Alone, "the Bill" is a law's.
    expect(parse("The Bill was passed on Monday.").people).toEqual([]);
  });

  it("ends a role after a name where a relative clause or its preposition begins", () => {
    const body = [
      "“It was common ground,” said Lena Ortiz, a chief of staff to Governor Ray Hale whom the mayor recruited to lead the effort.",
      "“We spoke often,” said Tom Birch, an adviser with whom the senator corresponded by email.",
    ].join("\n\n");
    const titles = parse(body).people.map((p) => [p.name, p.title]);
    expect(titles).toContainEqual(["Lena Ortiz", "chief of staff to Governor Ray Hale"]);
    expect(titles).toContainEqual(["Tom Birch", "adviser"]);
    const cut = parse(
      "“Rules help,” said Ravi Menon, founding director of the Centre for Urban Politics at the university.",
    ).people.map((p) => p.title);
    expect(cut[0]).toBe("founding director of the Centre for Urban Politics");
  });

  it("reads no role into another person listed after a name (“…, along with Judge …”, “…, but the senator”)", () => {
    const body =
      "The ruling was studied by Lena Ebb, along with Judge Carl Moss of the appeals court. “It is sound,” Ms Ebb said.";
    expect(parse(body).people.find((p) => p.name === "Lena Ebb")?.title ?? null).toBeNull();
  });

  it("goes on to the end of a name that a long role after a name ends in", () => {
    const body =
      "“Prices will rise,” said Mira Stone, an assistant professor in transport policy at the University of North Carolina.";
    expect(parse(body).people.map((p) => [p.name, p.title])).toContainEqual([
      "Mira Stone",
      "assistant professor in transport policy at the University of North Carolina",
    ]);
  });

  it("ends a role after a name where a verb begins (a missing comma before the clause's verb)", () => {
    const body =
      "Anton Reiss, German co-head of the group will also step down, the company said. “It is time,” Mr Reiss said.";
    expect(parse(body).people.map((p) => [p.name, p.title])).toContainEqual([
      "Anton Reiss",
      "German co-head of the group",
    ]);
  });

  it("completes an abbreviated office with the role written after the name, past a party tag", () => {
    const body = [
      "“We are used to dog whistles,” added Rep. Jim Cole (D-S.C.), the assistant leader of the Democratic caucus.",
      "“It is time,” said Sen. Ann Price, chairman of the Judiciary Committee.",
      "Rep. Tom Dale, Rep. Lisa Hart and others signed the letter. “We agree,” Dale said.",
      "“No,” said Tina Roe, Mrs. Obama's chief of staff.",
    ].join("\n\n");
    const titles = parse(body).people.map((p) => [p.name, p.title]);
    expect(titles).toContainEqual(["Jim Cole", "Rep., assistant leader of the Democratic caucus"]);
    expect(titles).toContainEqual(["Ann Price", "Sen., chairman of the Judiciary Committee"]);
    expect(titles).toContainEqual(["Tom Dale", "Rep."]);
    expect(titles).toContainEqual(["Tina Roe", "Mrs. Obama's chief of staff"]);
  });

  it("finds a name with a generational suffix again by its surname (“James P. Kenney Jr.” … “Kenney said”)", () => {
    const body = [
      "James P. Kenney Jr., the U.S. attorney for the district, said the case mattered.",
      "“Rights carry responsibilities,” Kenney said in a statement. “So do firearms,” Mr. Kenney added.",
    ].join("\n\n");
    expect(speakersOf(body)).toEqual(["James P. Kenney Jr.", "James P. Kenney Jr."]);
  });

  it("does not read a first name alone as a person without a relative before it", () => {
    expect(parse("The storm, Mary, was the worst in years.").people).toEqual([]);
  });

  it("keeps an Arabic article joined to the surname in the name, and finds the surname alone again", () => {
    const body = [
      "Saudi Energy Minister Khalid al-Faris said the group was “committed to rebalancing.”",
      "“We will do whatever it takes,” Faris said.",
    ].join("\n\n");
    const facts = parse(body);
    expect(facts.people.map((p) => [p.name, p.title])).toEqual([
      ["Khalid al-Faris", "Saudi Energy Minister"],
    ]);
    expect(speakersOf(body)).toEqual(["Khalid al-Faris", "Khalid al-Faris"]);
  });

  it("reads a full name whose first names no list holds as a person when its surname is used alone without the particle", () => {
    const body = [
      "Abdel Karim el-Masri addressed parliament on Monday.",
      "“Egypt will not bow,” Masri said.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => p.name)).toEqual(["Abdel Karim el-Masri"]);
    expect(speakersOf(body)).toEqual(["Abdel Karim el-Masri"]);
  });

  it("keeps a Dutch particle inside the name (Erik ten Hag, Jan ter Horst)", () => {
    const body = [
      "Manager Erik ten Hag confirmed the signing, as did scout Jan ter Horst.",
      "“We are very happy,” ten Hag said.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => p.name)).toEqual(["Erik ten Hag", "Jan ter Horst"]);
    expect(speakersOf(body)).toEqual(["Erik ten Hag"]);
  });

  it("finds a Chinese or Korean name again by its family name, written first (Mr Li, Mr Moon)", () => {
    const body = [
      "Chinese Premier Li Keqiang met South Korean President Moon Jae-in in Seoul.",
      "“We must work together,” Mr Li said. “Peace matters,” Mr Moon said.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => p.name)).toEqual(["Li Keqiang", "Moon Jae-in"]);
    expect(speakersOf(body)).toEqual(["Li Keqiang", "Moon Jae-in"]);
  });

  it("finds a Chinese name again by a family name in pinyin whose given name is also a word (Ms Zhang)", () => {
    const body = "Her neighbour, Zhang Min, agreed. “Nobody is buying,” Ms Zhang said.";
    expect(parse(body).people.map((p) => p.name)).toEqual(["Zhang Min"]);
    expect(speakersOf(body)).toEqual(["Zhang Min"]);
  });

  it("does not read a courtesy title before a Western first name as the family name (Mr Scott)", () => {
    const body = "Scott Brown spoke first. “We must work together,” Mr Scott said.";
    expect(speakersOf(body)).toEqual(["Mr Scott"]);
  });

  it("reads a place's or body's kind after a first name as a surname (Captain John Hall, Margaret Court)", () => {
    const body = "Captain John Hall said: “It is a dream.” Margaret Court said: “No.”";
    expect(speakersOf(body)).toEqual(["John Hall", "Margaret Court"]);
  });

  it("reads a run ending in Press as a body, and Press after a first name as a surname", () => {
    const facts = parse(
      "The Associated Press said the vote was \u201cclose\u201d. Talk radio host Bill Press called it \u201ca disgrace\u201d.",
    );
    expect(facts.people.map((p) => [p.name, p.kind])).toEqual([
      ["the Associated Press", "organisation"],
      ["Bill Press", "person"],
    ]);
  });

  it("keeps such a run a place after an article or a preposition (at the Albert Hall)", () => {
    expect(parse("She sang at the Albert Hall and in Grace Court on Monday.").people).toEqual([]);
  });

  it("reads a detective constable's rank as a title (Det Con Mark Ellis)", () => {
    const facts = parse(
      "Det Con Mark Ellis, of the Metropolitan Police, said: “This was a calculated fraud.”",
    );
    expect(facts.people.map((p) => p.name)).toEqual(["Mark Ellis"]);
  });

  it("keeps people apart who share a first name, and resolves a first name used alone", () => {
    const { registry } = read(["Lena Okonkwo and Peter Okafor spoke.", "Lena said more."]);
    expect(registry.matchFirstName("Lena")?.name).toBe("Lena Okonkwo");
    expect(registry.matchFirstName("Peter")?.name).toBe("Peter Okafor");
    expect(registry.matchFirstName("Maria")).toBeUndefined();
  });

  it("resolves a first name used alone whatever apostrophe the copy writes it with", () => {
    const { registry } = read(["Lena Okonkwo and D’Angelo Russell spoke.", "D'Angelo said more."]);
    expect(registry.matchFirstName("D'Angelo")?.name).toBe("D’Angelo Russell");
  });
});

describe("articleEvidence", () => {
  it("collects the surnames the article reuses and the words it also writes in lower case", () => {
    const tokens = [
      "John Kelly spoke.",
      "Officials said Kelly left.",
      "Mr Brown agreed.",
      "Prices rose.",
    ].map((s) => tokenize(s, []));
    const { surnames, common } = articleEvidence(tokens);
    expect(surnames.has("kelly")).toBe(true);
    expect(surnames.has("brown")).toBe(true);
    expect(common.has("said")).toBe(true);
    expect(common.has("kelly")).toBe(false);
  });

  it("counts a surname that opens a sentence as reused when a verb of saying follows it", () => {
    const tokens = ["Prices rose.", "Brenneck said the loans were a burden.", "Tarrant left early."].map(
      (s) => tokenize(s, []),
    );
    const { surnames } = articleEvidence(tokens);
    expect(surnames.has("brenneck")).toBe(true);
    // Any word can open a sentence: one that says nothing is no evidence.
    expect(surnames.has("tarrant")).toBe(false);
  });
});

describe("initials", () => {
  it("reads initials before a surname as part of the name after a title or a first name, not an acronym", () => {
    const { mentions } = read([
      "Caucus Chairman G.K. Okafor of Ohio said he was outraged.",
      "Former President George H.W. Hale spoke.",
      "U.S. Senate leaders said no.",
    ]);
    expect(mentions.map((ms) => ms.map((m) => m.entity.name))).toEqual([
      ["G.K. Okafor"],
      ["George H.W. Hale"],
      [],
    ]);
  });

  it("reads initials alone before a surname as a name, so the surname alone is that person", () => {
    const body = [
      "Just last week, T.J. Okonjo, an editor at the Courier, wrote that “the war is not over.”",
      "“We should think of the long fight,” Okonjo said.",
      "Shares in U.S. Steel fell.",
    ].join("\n\n");
    const facts = parse(body);
    expect(speakersOf(body)).toEqual(["T.J. Okonjo", "T.J. Okonjo"]);
    expect(facts.people.map((p) => p.name)).not.toContain("Okonjo");
    expect(facts.people.map((p) => p.name)).not.toContain("U.S. Steel");
  });
});

describe("a knight's or dame's honour before a first name", () => {
  it("names the one person of that first name, though the copy named them first without it", () => {
    const body = [
      "Tendai Mensah, the tournament's director, said the draw was “a mess”.",
      "“It is a scandal,” Sir Tendai said.",
      "Eileen Farquhar and Ruth Ainsley were unhappy. “I will not play,” Dame Eileen said.",
    ].join("\n\n");
    const facts = parse(body);
    expect(speakersOf(body)).toEqual(["Tendai Mensah", "Tendai Mensah", "Eileen Farquhar"]);
    expect(facts.people.map((p) => p.name)).not.toContain("Sir Tendai");
  });
});

describe("a title set off by commas before a name", () => {
  it("names the person as British copy writes it, capitalised after “the”, but not a name in a list", () => {
    const body = [
      "The Home Secretary, Priti Kaur, was unapologetic.",
      "“We will not back down,” she said.",
      "Guests included Tomas Berg, Dorota Kowalczyk and Haruto Mensah.",
    ].join("\n\n");
    const facts = parse(body);
    expect(speakersOf(body)).toEqual(["Priti Kaur"]);
    expect(person(facts, "Priti Kaur")?.title).toBe("Home Secretary");
    expect(person(facts, "Dorota Kowalczyk")?.title ?? null).toBeNull();
  });

  it("ends a title set after a name where another clause opens", () => {
    // (AP, 2019; BBC, 2005.)
    const body = [
      "Chris Paul did not clash with Rajon Rondo, his opponent in a fight last season while he was with the Rockets.",
      "Mourinho praised John Terry, captain of Chelsea as they push for the title.",
    ].join("\n\n");
    const facts = parse(body);
    expect(person(facts, "Rajon Rondo")?.title).toBe("his opponent in a fight last season");
    expect(person(facts, "John Terry")?.title).toBe("captain of Chelsea");
  });

  it("takes no title from a list of other people after a name", () => {
    // (BBC, 2005: "… Sir Trevor McDonald, actor Hugh Grant and writer Joanne Harris"; "Viktor
    // Pinchuk, son-in-law of former President Leonid Kuchma".)
    const body = [
      "Guests included Sir Trevor McDonald, actor Hugh Grant and writer Joanne Harris.",
      "The plant went to Viktor Pinchuk, son-in-law of former President Leonid Kuchma.",
    ].join("\n\n");
    const facts = parse(body);
    expect(person(facts, "Sir Trevor McDonald")).toBeDefined();
    expect(person(facts, "Sir Trevor McDonald")?.title ?? null).toBeNull();
    expect(person(facts, "Hugh Grant")?.title).toBe("actor");
    expect(person(facts, "Viktor Pinchuk")?.title).toBe("son-in-law of former President Leonid Kuchma");
  });

  it("starts a title set before a name after a verb whose object the person is", () => {
    // (BBC, 2005; The Washington Post, 2016.)
    const body = [
      "Reporters covering singer Michael Jackson's trial have asked to see the questionnaires.",
      "A super PAC backing former Florida governor Jeb Bush spent heavily.",
      "The film, starring rapper Ja Rule, opens on Friday.",
      // (AP, 2016: "trails rivals Donald Trump and …" had given Trump the title "trails rival".)
      "Rubio won second place but still trails rival Donald Trump in the delegate count.",
    ].join("\n\n");
    const facts = parse(body);
    expect(person(facts, "Michael Jackson")?.title).toBe("singer");
    expect(person(facts, "Jeb Bush")?.title).toBe("former Florida governor");
    expect(person(facts, "Ja Rule")?.title).toBe("rapper");
    expect(person(facts, "Donald Trump")?.title).toBe("rival");
  });

  it("reads the title after a modifier (“The new President”) or an owner (“Argentina's President”)", () => {
    const body = [
      "The new President, Viktor Haras, has said a list is being drawn up.",
      "Argentina's President, Nestor Valdez, called for talks.",
      "Films include Arnaud Vallet's Kings And Queen, Hana Lotfi's Kite and others.",
    ].join("\n\n");
    const facts = parse(body);
    expect(person(facts, "Viktor Haras")?.title).toBe("new President");
    expect(person(facts, "Nestor Valdez")?.title).toBe("Argentina's President");
    // A title in a work's name after someone's is none of the next name's.
    expect(person(facts, "Hana Lotfi")?.title ?? null).toBeNull();
  });
});

describe("names joined by an ampersand", () => {
  it("reads “Ernst & Young”, “Marks & Spencer” as a firm, not a person “Young”, but keeps “Mr & Mrs Smith”", () => {
    const body = [
      "As Chancellor Tomas Berg spoke, accountancy firm Ernst & Young urged him to act.",
      "Shares in Marks & Spencer rose, and Mr & Mrs Kowalczyk bought some.",
    ].join("\n\n");
    const names = parse(body).people.map((p) => p.name);
    expect(names).toContain("Tomas Berg");
    expect(names).toContain("Mrs Kowalczyk");
    expect(names).not.toContain("Young");
    expect(names).not.toContain("Marks");
    expect(names).not.toContain("Spencer");
  });
});

describe("a role set off by commas after a name and an age", () => {
  it("reads “Name, 34, a role” as the title, but not what the person did after the age", () => {
    const body = [
      "“We will keep fighting,” said Leticia Ortiz, 34, a tenant organizer.",
      "Robert Akande, 58, MP for Wantage, agreed.",
      "Tomas Berg, 69, looked tired after the vote.",
    ].join("\n\n");
    const facts = parse(body);
    expect(person(facts, "Leticia Ortiz")?.title).toBe("tenant organizer");
    expect(person(facts, "Robert Akande")?.title).toBe("MP for Wantage");
    expect(person(facts, "Tomas Berg")?.title ?? null).toBeNull();
  });
});

describe("words after a name that are not part of it", () => {
  it("reads a weekday after a name as a date, unless a role titles the name", () => {
    const { mentions } = read([
      "Speaking to the network's Morning Joe Monday in Ohio, Tom Hale said no.",
      "Rugby sevens coach Mike Friday said yes.",
    ]);
    expect(mentions[0]!.map((m) => m.entity.name)).toEqual(["Tom Hale"]);
    expect(mentions[1]!.map((m) => m.entity.name)).toEqual(["Mike Friday"]);
  });
});

describe("words before a name that are not part of it", () => {
  it("parts two names in a Title Case headline where a second first name follows a surname", () => {
    const { mentions } = read([
      "Susan Marsh Endorses Tom Okafor.",
      "Joseph R. Murray II spoke.",
      "Paper Casually Likens Tom Okafor To George Wallace.",
    ]);
    expect(mentions[0]!.map((m) => m.entity.name)).toEqual(["Susan Marsh", "Tom Okafor"]);
    expect(mentions[2]!.map((m) => m.entity.name)).toEqual(["Tom Okafor", "George Wallace"]);
    // After an initial, a first name is a surname ("Murray"): one name, with its generational suffix.
    expect(mentions[1]!.map((m) => m.entity.name)).toEqual(["Joseph R. Murray II"]);
  });

  it("reads a past verb of saying that opens a sentence before its subject as no part of the name", () => {
    const { mentions } = read(["Mayor Ines Varga spoke first.", "Continued Varga: the bridge will open."]);
    expect(mentions[1]!.map((m) => m.entity.name)).toEqual(["Ines Varga"]);
  });

  it("reads a compound in lower case after its hyphen before a name as a description", () => {
    const { mentions } = read([
      "Wing-back Tavi Marangoni said he was delighted.",
      "Top-seeded Swedes Anna Lindqvist and Carl Holm won.",
    ]);
    expect(mentions[0]!.map((m) => [m.entity.name, m.entity.title])).toEqual([
      ["Tavi Marangoni", "Wing-back"],
    ]);
    expect(mentions[1]!.map((m) => m.entity.name)).toEqual(["Anna Lindqvist", "Carl Holm"]);
  });

  it('reads "Team" and "Another" opening a run as no part of the name: the surname after them is', () => {
    const { mentions } = read([
      "Mayor Dana Okafor opened the bridge.",
      "Team Okafor sees the vote as a second chance.",
      "Another Okafor email reached the council.",
    ]);
    expect(mentions[1]!.map((m) => m.entity.name)).toEqual(["Dana Okafor"]);
    expect(mentions[2]!.map((m) => m.entity.name)).toEqual(["Dana Okafor"]);
  });

  it("reads a quantifier opening a sentence as no name: alone, it is the unnamed source as written mid-sentence", () => {
    const facts = parse(
      [
        "Readers wrote in by the hundred.",
        "One wrote: “This is a scandal.”",
        "Another added: “We are angry.”",
        "Several Labour councillors said the plan was “rushed”.",
        "Other Hollywood studios have stayed quiet.",
      ].join("\n\n"),
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual([
      "one",
      "another",
      "several Labour councillors",
    ]);
    expect(facts.people.map((p) => p.name).filter((n) => /Hollywood|^Another$/.test(n))).toEqual([]);
  });
});

describe("a title that is also a first name", () => {
  it('reads "Dean" before one surname as a first name, unless the surname is someone\'s the article named', () => {
    const { mentions } = read([
      "Dean Okafor, a salesman from Sumter, says the mayor will win.",
      "Vikram Marsh, dean of the law school, spoke first.",
      "Dean Marsh said the court had changed.",
    ]);
    expect(mentions[0]!.map((m) => m.entity.name)).toEqual(["Dean Okafor"]);
    expect(mentions[2]!.map((m) => m.entity.name)).toEqual(["Vikram Marsh"]);
  });
});

describe("a run of capitals before a noun it qualifies", () => {
  it("reads no first name into a place or word before a surname that qualifies a rally or campaign", () => {
    const { mentions } = read([
      "Teen hurt outside Leeds Okafor rally.",
      "Dana Okafor spoke in Leeds.",
      "Okafor said the city would vote.",
      "Ann Marsh, a veteran of Helen Kirkby's campaign, said no.",
    ]);
    expect(mentions[0]!.map((m) => m.entity.name)).toEqual([]);
    expect(mentions[2]!.map((m) => m.entity.name)).toEqual(["Dana Okafor"]);
    expect(mentions[3]!.map((m) => m.entity.name)).toEqual(["Ann Marsh", "Helen Kirkby"]);
  });

  it("reads a verb of saying past the outlet a name is of, but not past an organisation's", () => {
    const facts = parse(
      [
        "Dariusz Dlamini of The Nation wrote, “If you want people to know you care, you have to show it.”",
        "The Hollywood Chamber of Commerce said it would not act, and Lloyds of London said so too.",
      ].join("\n\n"),
    );
    expect(speakerName(facts, facts.quotes[0]!.speakerId)).toBe("Dariusz Dlamini");
    expect(facts.people.map((p) => p.name)).not.toEqual(expect.arrayContaining(["Hollywood Chamber"]));
    expect(facts.people.map((p) => p.name)).not.toEqual(expect.arrayContaining(["Lloyds"]));
  });

  it('reads the body after "of the" or "for the" as no speaker: the name or the spokeswoman is', () => {
    const critic = parse(
      "Critics are split. Amara Osei of the Lagos Courier said the film was “heart-wrenching”. “It is very emotional,” she said.",
    );
    expect(critic.quotes.map((q) => speakerName(critic, q.speakerId))).toEqual(["Amara Osei", "Amara Osei"]);
    const charity = parse(
      "A spokeswoman for the Red Cross said volunteers were “working around the clock”.\n\n“Everyone is exhausted,” she added.",
    );
    expect(charity.quotes.map((q) => speakerName(charity, q.speakerId))).toEqual([
      "a spokeswoman for the Red Cross",
      "a spokeswoman for the Red Cross",
    ]);
    expect([...critic.people, ...charity.people].map((p) => p.name)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:Lagos Courier|Red Cross)$/)]),
    );
  });

  it('reads a full name after a verb of saying as the speaker whatever its "of" introduces', () => {
    const facts = parse(
      [
        "“That's enough to keep him on top for now,” said Bongani Nwosu of digital consulting firm IMGE.",
        "“It will be fine,” Trump told The Associated Press of the talks.",
      ].join("\n\n"),
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual(["Bongani Nwosu", "Trump"]);
    expect(facts.people.map((p) => p.name)).not.toEqual(expect.arrayContaining(["Associated Press"]));
  });

  it('reads past a long aside to the verb after a full name, but not after a firm "which" describes', () => {
    const facts = parse(
      [
        "Bernie Sanders will not quit, and his supporters say so.",
        "Thabo Tuilagi, a Sanders superdelegate from the District and the president of the D.C.-based Arab American Institute, said: “I just don't think it's possible for him to just walk away from this.”",
        "Capital Economics, which has in the past predicted a sharp fall in UK house prices, branded the findings a surprise.",
      ].join("\n\n"),
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual(["Thabo Tuilagi"]);
    expect(facts.people.map((p) => p.name)).not.toEqual(expect.arrayContaining(["Capital Economics"]));
  });
});

describe("a given name in pinyin", () => {
  it("ends in -ing as a participle does, and is still the name's first word", () => {
    // A real story (Washington Post, 2016) with its people renamed: "Xiaoming" had been read as a
    // participle opening the sentence ("Speaking …"), so its bearer was registered only later, as
    // "Szabo", and the "he" who called a rival a "stiff" went to Cruz.
    const facts = parse(
      [
        "Xiaoming Szabo held a sizable lead in the Republican race and appeared poised to win his first contest of the 2016 campaign after finishing second in Iowa a week ago.",
        'Kicking off the day at a town hall meeting in Salem, Szabo accused Cruz, the senator from Texas and winner of the Iowa caucuses, of being "politically correct" on the issue of interrogation of terrorism suspects. Then he cut into Abubakar, calling him a "stiff."',
      ].join("\n\n"),
    );
    expect(facts.quotes.map((q) => speakerName(facts, q.speakerId))).toEqual([
      "Xiaoming Szabo",
      "Xiaoming Szabo",
    ]);
  });

  it("is told from an English participle, which is a word of the dictionary", () => {
    expect(["xiaoming", "zhiming", "jianying"].map(isSentenceAdverb)).toEqual([false, false, false]);
    expect(["speaking", "reaching", "running", "getting"].map(isSentenceAdverb)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe("a name after a role only a firm holds", () => {
  it("is a firm's (housebuilder George Wimpey): its 'it added' is its own", () => {
    const body = [
      "The market remains robust, according to mortgage lender Bradford & Bingley and housebuilder George Whitley.",
      "Bradford & Bingley said the buy-to-let market would keep growing.",
      "Whitley said the market had proved “challenging” last year. “By late summer, the market had slowed sharply,” it added.",
    ].join("\n\n");
    const facts = parse(body);
    expect(person(facts, "George Whitley")?.kind).toBe("organisation");
    expect(speakersOf(body)).toEqual(["George Whitley", "George Whitley"]);
  });

  it("stays a person's after a role people hold too (broadcaster Chris Evans)", () => {
    const facts = parse("Broadcaster Chris Evans has sold his guitar. “It was time,” Evans said.");
    expect(person(facts, "Chris Evans")?.kind).toBe("person");
  });
});

describe("an office whose name holds “and” before a person's name", () => {
  it("is the whole title, not the part after “and” (Trade and Industry Secretary), and never a name before it", () => {
    // BBC, 2005: Patricia Hewitt had been the "Industry Secretary", Heizo Takenaka the "Fiscal Policy Minister".
    const facts = parse(
      [
        "Trade and Industry Secretary Patricia Hewitt said the plan would work.",
        "“It is fine,” said Economic and Fiscal Policy Minister Kenji Tanaka.",
        "Tony Blair and Chancellor Gordon Brown met on Monday.",
      ].join("\n\n"),
    );
    expect(person(facts, "Patricia Hewitt")?.title).toBe("Trade and Industry Secretary");
    expect(person(facts, "Kenji Tanaka")?.title).toBe("Economic and Fiscal Policy Minister");
    expect(person(facts, "Gordon Brown")?.title).toBe("Chancellor");
  });
});

describe("a role set after a name", () => {
  it("is a scholar's or a fellow's of a body, not a body itself, nor a fellow of a kind", () => {
    // (And a party, a bench or a station's DJ before a name is a title: "Lib Dem Sir Archy Kirkwood",
    // "Magistrate Lee Gilmore", "Virgin Radio DJ Pete Mitchell".)
    // Real copy (BBC, CNN, the Washington Post): "Derek Scissors, a China scholar with the American
    // Enterprise Institute", "Russell Wheeler, a visiting fellow at the Brookings Institution" had no
    // title; "Rep. Ilhan Omar (D-Minn.), the U.S. Attorney's Office … announced" had the office as hers.
    const body = [
      "“It is small,” said Derek Scissors, a China scholar with the American Enterprise Institute.",
      "“It is late,” said Russell Wheeler, a visiting fellow at the Brookings Institution.",
      "A man admitted threatening Rep. Dana Whitfield (D-Minn.), the U.S. Attorney’s Office for the Western District announced.",
      "“It is a test,” said John Wilkin, University of Michigan librarian.",
      "The award went to Imelda Staunton, ahead of fellow UK star Kate Winslet.",
      "Tory Liam Fox said his party offered a choice.",
      "Lib Dem Sir Archy Kirkwood said it was unfair.",
      "“It is over,” said Magistrate Lee Gilmore.",
      "Virgin Radio DJ Pete Mitchell said it was a fine year.",
    ].join("\n\n");
    expect(parse(body).people.map((p) => [p.name, p.title])).toEqual([
      ["Derek Scissors", "China scholar with the American Enterprise Institute"],
      ["Russell Wheeler", "visiting fellow at the Brookings Institution"],
      ["Dana Whitfield", "Rep."],
      ["the U.S. Attorney’s Office for the Western District", null],
      ["John Wilkin", "University of Michigan librarian"],
      ["Imelda Staunton", null],
      ["Kate Winslet", null],
      ["Liam Fox", "Tory"],
      ["Sir Archy Kirkwood", "Lib Dem"],
      ["Lee Gilmore", "Magistrate"],
      ["Pete Mitchell", "Virgin Radio DJ"],
    ]);
  });
});

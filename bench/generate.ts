/**
 * Deterministic generator of realistic news articles for the benchmarks.
 *
 * Articles follow the structure of wire and BBC copy: a headline, sometimes a date/byline line, a
 * dateline ("LONDON (AP) — "), a lede, then paragraphs of quotes with said-attributions in their
 * usual shapes (`"…," Smith said.`, `Smith said: "…"`, split quotes, `"…," said Smith`), quotes
 * continued across paragraphs, partial quotes inside reported speech, pronoun attributions
 * ("he told reporters"), titles before and after names, and plain factual sentences with figures.
 * Sentences come from templates whose slots are filled from a topic's vocabulary, so the words
 * have the skew of real copy (topic words repeat, place and company names form a long tail).
 *
 * Article `n` of seed `s` is the same whatever the number generated, so a smaller archive is a
 * prefix of a larger one.
 */

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_MALE = `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
  Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan
  Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Frank
  Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy
  Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce
  Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis
  Miguel Luis Carlos Ahmed Omar Hiroshi Kenji Rajesh Sanjay Dmitri Sergei Lars Pieter Mateo Diego Kwame Tunde Ali
  Hamid Yusuf Rhys Gareth Angus Callum Declan Ciaran Malcolm Nigel Clive Graham Neil Ian Stuart Duncan Fraser Ewan`;
const FIRST_FEMALE = `Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret
  Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura
  Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel
  Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan
  Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
  Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie
  Brittany Charlotte Marie Kayla Alexis Lori Priya Anjali Fatima Aisha Yuki Mei Ingrid Astrid Sofia Lucia Chiara
  Amara Zainab Ngozi Siobhan Niamh Morag Fiona Ailsa Harriet Imogen Philippa Gwen Bronwen Yvette Claudine Hilary`;
const LAST = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
  Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson
  Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
  Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales
  Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
  Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long
  Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
  Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole
  Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez
  McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson
  Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson
  Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver
  Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Hansen Peters Santos Hart Bradley Knight
  Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Ray Berry Perkins Hoffman Johnston Matthews
  Pena Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler
  Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs
  Obrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li
  Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little
  Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson
  Curtis Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins Campos
  Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Gregory
  Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran Parks
  Steele Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham Graves Bush
  Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes
  Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy Higgins Aguirre Lin
  Cummings Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu Ramsey Francis Griffith Paul Blair Oconnor Cardenas
  Pacheco Cross Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson Christensen
  Manning Gill Curry McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese Walton Blake Trujillo Adkins
  Brady Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya Todd Wu Hines Mullins Castaneda Malone
  Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia Saunders Franco Rowe Gallagher Farmer Hammond
  Hampton Townsend Ingram Wise Gallegos Clarke Barton Schroeder Maxwell Waters Logan Camacho Strickland Norman
  Person Colon Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers
  Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd Mueller Hartman French Kramer McBride
  Pope Lindsey Velazquez Norton McCormick Sparks Flynn Yates Hogan Marsh Macias Villanueva Zamora Pratt Stokes
  Owen Ballard Lang Brock Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Mercado Santana Shepherd
  Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton Nash Wilkins Petersen Briggs Shah
  Roth Nicholson Holloway Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan Meyers Weiss Underwood
  Bass Greer Summers Houston Carson Morrow Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez
  Poole Roberson Larsen Conley Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood Monroe Anthony
  Pittman Huynh Randall Singleton Kirk Combs Mathis Christian Skinner Bradford Richard Galvan Wall Boone Kirby
  Wilkinson Bridges Bruce Atkinson Velez Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Chase Sosa
  Sweeney Farrell Wyatt Dalton Horn Barron Phelps Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez
  Zavala Hensley Glenn Cisneros Harrell Shields Rubio Huffman Choi Boyer Garrison Arroyo Bond Kane Hancock Callahan
  Dillon Cline Wiggins Grimes Arellano Melton Oneill Savage Ho Beltran Pitts Parrish Ponce Rich Booth Koch Golden
  Ware Brennan McDowell Marks Cantu Humphrey Baxter Sawyer Clay Tanner Hutchinson Kaur Berg Wiley Gilmore Russo
  Villegas Hobbs Keith Wilkerson Ahmed Beard McClain Montes Mata Rosario Vang Walter Henson Oneal Mosley McClure
  Beasley Stephenson Snow Huerta Preston Vance Barry Johns Eaton Blackwell Dyer Prince Macdonald Solomon Guevara
  Stafford English Hurst Woodard Cortes Shannon Kemp Nolan McCullough Merritt Murillo Moon Salgado Strong Kline
  Cordova Barajas Roach Rosas Winters Jacobson Lester Knox Bullock Kerr Leach Meadows Davila Orr Whitehead Pruitt
  Kent Conway McKee Barr David Dejesus Marin Berger McIntyre Blankenship Gaines Palacios Cuevas Bartlett Durham
  Dorsey McCall Odonnell Stein Browning Stout Lowery Sloan McLean Hendricks Calhoun Sexton Chung Gentry Hull
  Duarte Ellison Nielsen Gillespie Buck Middleton Sellers Leblanc Esparza Hardin Bradshaw McIntosh Howe Livingston
  Frost Glass Morse Knapp Herman Stark Bravo Noble Spears Weeks Corona Frederick Buckley McFarland Hebert Enriquez
  Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington Michael Conrad Giles Benjamin Crosby
  Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano Hahn McMillan Small Bentley Felix Peck Lucero Boyle
  Hanna Pace Rush Hurley Harding McConnell Bernal Nava Ayers Everett Ventura Avery Pugh Mayer Bender Shepard
  McMahon Landry Case Sampson Moses Magana Blackburn Dunlap Gould Duffy Vaughan Herring McKay Espinosa Rivers
  Farley Bernard Ashley Friedman Potts Truong Costa Correa Blevins Nixon Clements Fry Delarosa Best Benton Lugo
  Portillo Dougherty Crane Haley Phan Villalobos Blanchard Horne Finley Quintana Lynn Esquivel Bean Dodson Mullen
  Xiong Hayden Cano Levy Huber Richmond Moyer Lim Frye Sheppard McCarty Avalos Booker Waller Parra Woodward Jaramillo
  Krueger Rasmussen Brandt Peralta Donaldson Stuart Faulkner Maynard Galindo Coffey Estes Sanford Burch Maddox Vo
  Oconnell Vu Andersen Spence McPherson Church Schmitt Stanton Leal Cherry Compton Dudley Sierra Pollard Alfaro
  Hester Proctor Lu Hinton Novak Good Madden McCann Terrell Jarvis Dickson Reyna Cantrell Mayo Branch Hendrix
  Rollins Rowland Whitney Duke Odom Daugherty Travis Tang Archer`;

const split = (text: string): string[] => text.trim().split(/\s+/);
const MALE = split(FIRST_MALE);
const FEMALE = split(FIRST_FEMALE);
const SURNAMES = [...new Set(split(LAST))];

/** Number of distinct full names the generator can produce. */
export const DISTINCT_NAMES = (MALE.length + FEMALE.length) * SURNAMES.length;

/** Syllables for the long tail of place, company and scheme names that real archives are full of. */
const SYLLABLES = split(`an bar bel cor dal den fen gar hal har ket lin lor mar mel mor nor pen quin
  ral ren sal sel tar tel thorn val ven wes wil zan bro cal dor ell fal gil kin lan ber mon
  ash bran cro dun ed fin gor hen ib jor kel lo mab nev ol pim rus sco tav ul vor wyn yar zel`);
const SURNAME_ENDS = split("son ley ford well ton ski ez ini ov ard er man by wick");
const EXPERTS = ["Dr", "Professor", "economist", "analyst", "researcher", "campaigner"];
const PLACE_ENDS = split("bury field ford ham ley mouth ton wick worth dale gate moor by stead well");
const COMPANY_ENDS = split("tex corp gen ion ara ix co net tronics works logic");
const COMPANY_KINDS = split("Holdings Group Industries Partners Systems Energy Foods Logistics Capital");

const CITIES =
  split(`LONDON WASHINGTON PARIS BERLIN BRUSSELS MADRID ROME TOKYO BEIJING DELHI MOSCOW NAIROBI LAGOS
  CAIRO SYDNEY TORONTO OTTAWA CHICAGO BOSTON ATLANTA DENVER SEATTLE DUBLIN EDINBURGH CARDIFF BELFAST GENEVA VIENNA
  WARSAW ATHENS LISBON ISTANBUL JOHANNESBURG MANILA JAKARTA SEOUL BANGKOK HAVANA LIMA BOGOTA SANTIAGO`);
const AGENCIES = ["AP", "Reuters", "AFP"];
const OUTLETS = [
  "BBC News",
  "the Associated Press",
  "reporters",
  "Sky News",
  "the Guardian",
  "CNN",
  "Reuters",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = split("January February March April May June July August September October November December");

interface Topic {
  name: string;
  /** Singular nouns; plurals are formed by rule. */
  nouns: string[];
  adjectives: string[];
  orgs: string[];
  titles: string[];
  groups: string[];
}

const TOPICS: Topic[] = [
  {
    name: "health",
    nouns: split(`hospital nurse vaccine clinic patient doctor prescription ambulance surgery ward pharmacy
      screening diagnosis treatment operation bed midwife outbreak infection appointment therapy cancer`),
    adjectives: split("emergency mental chronic rural overstretched preventable"),
    orgs: [
      "the Health Department",
      "the British Medical Association",
      "the Royal College of Nursing",
      "NHS England",
    ],
    titles: ["Health Secretary", "health minister", "chief medical officer", "shadow health secretary"],
    groups: ["patients", "nurses", "junior doctors", "GPs"],
  },
  {
    name: "immigration",
    nouns: split(`border deportation visa asylum migrant refugee detention permit citizenship checkpoint
      smuggler crossing quota application tribunal appeal camp passport`),
    adjectives: split("illegal undocumented humanitarian mass legal"),
    orgs: ["the Home Office", "the Border Force", "the UN refugee agency", "the Interior Ministry"],
    titles: ["Home Secretary", "immigration minister", "Interior Minister", "Homeland Security Secretary"],
    groups: ["migrants", "asylum seekers", "border guards", "charities"],
  },
  {
    name: "economy",
    nouns: split(`inflation budget deficit tax wage pension growth recession interest rate mortgage debt
      investment export tariff unemployment bond currency spending borrowing productivity`),
    adjectives: split("fiscal monetary sluggish fragile robust"),
    orgs: ["the Treasury", "the central bank", "the Office for Budget Responsibility", "the IMF"],
    titles: ["Chancellor", "finance minister", "Treasury Secretary", "central bank governor"],
    groups: ["economists", "savers", "small businesses", "investors"],
  },
  {
    name: "climate",
    nouns: split(`emission carbon flood drought heatwave turbine coal pipeline glacier wildfire reservoir
      pollution recycling forest coastline subsidy battery solar`),
    adjectives: split("renewable extreme green fossil sustainable"),
    orgs: ["the Environment Agency", "Greenpeace", "the UN climate panel", "the Energy Department"],
    titles: ["Environment Secretary", "climate envoy", "energy minister", "chief scientist"],
    groups: ["farmers", "campaigners", "scientists", "residents"],
  },
  {
    name: "education",
    nouns: split(`school teacher pupil exam university tuition classroom curriculum literacy numeracy
      apprenticeship grant nursery headteacher inspection grade lecture scholarship`),
    adjectives: split("primary secondary academic vocational disadvantaged"),
    orgs: ["the Education Department", "Ofsted", "the National Union of Teachers", "Universities UK"],
    titles: ["Education Secretary", "schools minister", "chief inspector", "vice-chancellor"],
    groups: ["parents", "teachers", "students", "headteachers"],
  },
  {
    name: "transport",
    nouns: split(`railway train bus motorway airport runway fare commuter timetable signal tunnel bridge
      cyclist pothole congestion ferry carriage station route`),
    adjectives: split("high-speed rural delayed overcrowded electric"),
    orgs: ["Network Rail", "the Transport Department", "the Civil Aviation Authority", "the rail regulator"],
    titles: ["Transport Secretary", "rail minister", "aviation minister", "mayor"],
    groups: ["commuters", "passengers", "drivers", "rail unions"],
  },
  {
    name: "housing",
    nouns: split(`rent tenant landlord mortgage eviction homelessness planning developer estate council
      flat deposit shelter leasehold affordability builder plot`),
    adjectives: split("affordable social private derelict vacant"),
    orgs: ["the Housing Ministry", "Shelter", "the National Housing Federation", "the local council"],
    titles: ["Housing Secretary", "housing minister", "council leader", "mayor"],
    groups: ["tenants", "first-time buyers", "landlords", "builders"],
  },
  {
    name: "technology",
    nouns: split(`data privacy algorithm broadband smartphone cyberattack software startup platform
      encryption chip satellite robot network password cloud app`),
    adjectives: split("digital artificial online secure automated"),
    orgs: ["the Information Commissioner", "the competition regulator", "the Science Department", "Ofcom"],
    titles: ["technology minister", "Digital Secretary", "chief executive", "information commissioner"],
    groups: ["users", "engineers", "regulators", "consumers"],
  },
  {
    name: "defence",
    nouns: split(`troop missile army navy submarine soldier ceasefire alliance drone warship veteran
      barracks deployment sanction treaty militia convoy`),
    adjectives: split("military nuclear strategic hostile armed"),
    orgs: ["the Defence Ministry", "NATO", "the Pentagon", "the UN Security Council"],
    titles: ["Defence Secretary", "armed forces minister", "general", "Secretary of State"],
    groups: ["soldiers", "veterans", "allies", "diplomats"],
  },
  {
    name: "crime",
    nouns: split(`police officer prison sentence court judge burglary knife fraud victim witness trial
      jury probation detective arrest patrol gang`),
    adjectives: split("violent organised juvenile unsolved criminal"),
    orgs: [
      "the Metropolitan Police",
      "the Justice Ministry",
      "the Crown Prosecution Service",
      "the Police Federation",
    ],
    titles: ["Justice Secretary", "policing minister", "chief constable", "police commissioner"],
    groups: ["victims", "officers", "magistrates", "campaigners"],
  },
  {
    name: "trade",
    nouns: split(`tariff export import deal quota customs supply chain shipment port steel grain
      negotiation agreement barrier dispute market`),
    adjectives: split("bilateral protectionist global free cross-border"),
    orgs: [
      "the Trade Department",
      "the World Trade Organization",
      "the European Commission",
      "the chamber of commerce",
    ],
    titles: ["Trade Secretary", "trade representative", "commerce minister", "EU trade commissioner"],
    groups: ["exporters", "manufacturers", "importers", "dockers"],
  },
  {
    name: "elections",
    nouns: split(`vote ballot poll campaign candidate turnout constituency manifesto referendum debate
      majority coalition seat recount donor rally`),
    adjectives: split("electoral marginal postal national landslide"),
    orgs: ["the Electoral Commission", "the Labour Party", "the Conservative Party", "the Liberal Democrats"],
    titles: ["party leader", "campaign chief", "election commissioner", "Prime Minister"],
    groups: ["voters", "activists", "MPs", "pollsters"],
  },
];

const GENERIC_ADJECTIVES = split(`serious urgent difficult clear new major significant long-term
  unacceptable modest local national`);

/** Sentences in the speaker's own voice (quotes). Slots: {n} {n2} {ns} {a} {g} {o} {p} {num} {d}. */
const QUOTE_TEMPLATES = [
  "We will not allow the {n} to become a {a} crisis for {p}",
  "This is about {ns} in {p}, nothing else",
  "People in {p} are worried about the {n}, and they are right to be",
  "The {n} plan is {a}, and it will cost {g} in {p} dearly",
  "I have spoken to {g} in {p} every week and they tell me the same thing about the {n}",
  "There is no quick fix for the {n}, not in {p} and not anywhere else",
  "We need a {a} approach to {ns} that works for {g}",
  "Nobody in {p} should have to wait {num} weeks for a {n}",
  "The figures on {ns} speak for themselves",
  "What we have seen in {p} is a {a} failure of the {n} system",
  "Our priority is the {n}, and we will invest {money} in it",
  "I don't accept that the {n} in {p} is {a}",
  "If {o} wants to fix the {n}, it has to listen to {g}",
  "It is not enough to promise {ns}; {g} need action",
  "We have made real progress on the {n}, but there is more to do",
  "Frankly, the {n} has been ignored for far too long",
  "Every {n} matters, and every delay hurts {g} in {p}",
  "The government has run out of ideas on {ns}",
  "We will publish the {n} review by {m}",
  "Let me be clear: there will be no cuts to {ns} in {p}",
  "{c} has a responsibility to {g}, and it must not walk away from the {n}",
  "The deal with {c} on the {n} is the best we could get",
  "I was in {p} on {d} and saw the {n} for myself",
  "Nobody voted for a {a} {n}",
  "We were promised {num} new {ns} and we got none",
  "My message to {g} is simple: the {n} will be fixed",
  "This {n} is a scandal, and {o} knows it",
  "It would be wrong to blame {g} for the {n}",
  "The {n} in {p} shows what happens when {ns} are neglected",
  "We cannot go on like this with the {n}",
  "I want to thank {g} for their patience over the {n}",
  "The truth is that {ns} cost money, and someone has to pay",
  "Anyone who thinks the {n} can wait has not been to {p}",
  "There will be a full inquiry into the {n}",
  "The {n} is safe in our hands",
  "We will look again at the {n}, but the policy stands",
];

/** Short phrases quoted inside reported speech (partial quotes). */
const PARTIAL_TEMPLATES = [
  "{a} mess",
  "a betrayal of {g}",
  "the worst {n} in a generation",
  "{a} and unacceptable",
  "a turning point for {ns}",
  "reckless",
  "deeply troubling",
  "a step in the right direction",
];

/** Reported-speech clauses (third person, no quotation marks). */
const REPORTED_TEMPLATES = [
  "the {n} would be reviewed by {m}",
  "{o} had failed to deliver on {ns}",
  "spending on {ns} would rise by {num} percent",
  "the {n2} in {p} would reopen next year",
  "{g} would be consulted before any change to the {n}",
  "the {a} {n} programme was on track",
  "talks on the {n} with {o} would resume on {d}",
];

/** Factual sentences: figures and background. */
const FACT_TEMPLATES = [
  "Figures published on {d} showed {num,000} {ns} in {p} last year, up from {num2,000} in {yr}.",
  "The {n} scheme, launched in {yr}, now covers {num} {ns} across {p}.",
  "{O} said the {n} budget would rise to {money} by {yr2}.",
  "The announcement comes weeks after {o} warned of {a} pressure on {ns}.",
  "About {num} percent of {g} in {p} said the {n} had got worse, according to a survey by {c}.",
  "In {p}, the {n} closed in {m} after {c} withdrew its funding.",
  "The {n} has been a {a} issue since {yr}, when {g} first raised concerns.",
  "Critics say the {n} plan does little for {g} in {p}.",
  "The {n} contract, worth {money}, was awarded to {c} in {m}.",
  "Officials in {p} expect the number of {ns} to double within {num} years.",
  "More than {num,000} {g} signed a petition against the {n} in {m}.",
  "The {n} in {p} was built in {yr} and has not been modernised since.",
  "A report by {o} found that {num} {ns} in {p} were below standard.",
  "Last year {c} made a profit of {money}, much of it from {ns}.",
  "The row over the {n} has dogged ministers since {m}.",
  "Protests against the {n} were held in {p} and {p2} on {d}.",
  "{who}, who has studied {ns} in {p} for a decade, called the figures worrying.",
  "The {scheme}, run by {c}, was meant to cut the cost of {ns}.",
  "A study led by {who} found that {ns} in {p2} had fallen by {num} percent.",
  "The {scheme} in {p2} is due to report in {m}.",
];

const HEADLINE_TEMPLATES = [
  "{S} warns of {a} {n} crisis",
  "{P} {n} plans under fire",
  "'{short}' on {ns}, says {T}",
  "{T} pledges {money} for {ns}",
  "{S} defends {n} record as {g} protest",
  "{ns} row deepens in {P}",
];

interface Speaker {
  first: string;
  last: string;
  name: string;
  title: string;
  he: "he" | "she";
  /** Whether the article has named them yet (first mention gives the full name and title). */
  introduced: boolean;
}

export interface GeneratedQuote {
  /** Full name of the speaker as the article gives it. */
  speaker: string;
  surname: string;
  title: string;
  /** The words inside the quotation marks. */
  text: string;
  /** A topic noun the quote is about (question material). */
  about: string;
}

export interface GeneratedFact {
  /** The sentence as written. */
  text: string;
  /** Words of it a reader might ask with. */
  keywords: string[];
}

export interface GeneratedArticle {
  id: string;
  text: string;
  topic: string;
  headline: string;
  people: { name: string; surname: string; title: string }[];
  quotes: GeneratedQuote[];
  facts: GeneratedFact[];
  words: number;
}

export function plural(noun: string): string {
  const parts = noun.split(" ");
  const last = parts.pop()!;
  let p: string;
  if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
  else if (/(?:s|sh|ch|x|z)$/.test(last)) p = `${last}es`;
  else p = `${last}s`;
  return [...parts, p].join(" ");
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

class Writer {
  readonly rand: () => number;
  readonly topic: Topic;
  readonly place: string;
  readonly places: string[];
  readonly company: string;
  readonly speakers: Speaker[];
  readonly quotes: GeneratedQuote[] = [];
  readonly facts: GeneratedFact[] = [];
  readonly curly: boolean;
  /** Noun of the sentence being written (question material). */
  private lastNoun = "";
  private readonly used = new Set<string>();

  constructor(seed: number) {
    this.rand = prng(seed);
    this.topic = this.pick(TOPICS);
    this.curly = this.rand() < 0.3;
    this.places = [
      this.inventPlace(),
      this.inventPlace(),
      this.pick(CITIES).charAt(0) + this.pick(CITIES).slice(1).toLowerCase(),
    ];
    this.place = this.places[0]!;
    this.company = `${this.inventName(COMPANY_ENDS)} ${this.pick(COMPANY_KINDS)}`;
    const count = 3 + Math.floor(this.rand() * 3);
    const names = new Set<string>();
    this.speakers = [];
    while (this.speakers.length < count) {
      const female = this.rand() < 0.45;
      const first = this.pick(female ? FEMALE : MALE);
      const last = this.pick(SURNAMES);
      if (names.has(last)) continue;
      names.add(last);
      const title = this.speakers.length === 0 ? this.pick(this.topic.titles) : this.roleTitle();
      this.speakers.push({
        first,
        last,
        name: `${first} ${last}`,
        title,
        he: female ? "she" : "he",
        introduced: false,
      });
    }
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  private roleTitle(): string {
    const r = this.rand();
    if (r < 0.5) return this.pick(this.topic.titles);
    if (r < 0.75) return `spokesman for ${this.pick(this.topic.orgs)}`;
    return `chief executive of ${this.company}`;
  }

  private inventName(ends: readonly string[]): string {
    const n = 1 + Math.floor(this.rand() * 3);
    let s = "";
    for (let i = 0; i < n; i++) s += this.pick(SYLLABLES);
    return capitalise(s + this.pick(ends));
  }

  private inventPlace(): string {
    return this.inventName(PLACE_ENDS);
  }

  private number(max: number): number {
    return 2 + Math.floor(this.rand() * max);
  }

  /** A template not used yet in this article, while there are some. */
  fresh(list: readonly string[]): string {
    for (let tries = 0; tries < 8; tries++) {
      const t = this.pick(list);
      if (!this.used.has(t)) {
        this.used.add(t);
        return t;
      }
    }
    return this.pick(list);
  }

  fill(template: string): string {
    return this.fillSlots(template).replace(/\b([Aa]) ([aeiou])/g, "$1n $2");
  }

  private fillSlots(template: string): string {
    const t = this.topic;
    return template.replace(/\{(\w+)(?:,(\d+))?\}/g, (_, slot: string, zeros?: string) => {
      switch (slot) {
        case "n":
          this.lastNoun = this.pick(t.nouns);
          return this.lastNoun;
        case "n2":
          return this.pick(t.nouns);
        case "ns":
          this.lastNoun = this.pick(t.nouns);
          return plural(this.lastNoun);
        case "a":
          return this.rand() < 0.6 ? this.pick(t.adjectives) : this.pick(GENERIC_ADJECTIVES);
        case "g":
          return this.pick(t.groups);
        case "o":
          return this.pick(t.orgs);
        case "O":
          return capitalise(this.pick(t.orgs));
        case "p":
          return this.places[0]!;
        case "p2":
          return this.places[1]!;
        case "c":
          return this.company;
        case "who":
          return `${this.pick(EXPERTS)} ${this.pick(this.rand() < 0.5 ? MALE : FEMALE)} ${this.inventName(SURNAME_ENDS)}`;
        case "scheme":
          return `${this.inventName(PLACE_ENDS)} ${this.pick(["programme", "scheme", "project", "fund", "review"])}`;
        case "d":
          return this.pick(DAYS);
        case "m":
          return this.pick(MONTHS);
        case "yr":
          return String(1995 + Math.floor(this.rand() * 20));
        case "yr2":
          return String(2018 + Math.floor(this.rand() * 10));
        case "money":
          return `${this.rand() < 0.5 ? "£" : "$"}${this.number(90)}${this.rand() < 0.5 ? "m" : "bn"}`;
        case "num":
        case "num2":
          return zeros ? `${this.number(60)},${zeros}` : String(this.number(40));
        default:
          return `{${slot}}`;
      }
    });
  }

  private q(open: boolean): string {
    if (!this.curly) return '"';
    return open ? "“" : "”";
  }

  /** Wraps quote text in marks: `"text,"` with the comma inside, wire style. */
  private quoted(text: string, end: "," | "." | ""): string {
    return `${this.q(true)}${text}${end}${this.q(false)}`;
  }

  private quoteText(): { text: string; about: string } {
    this.lastNoun = "";
    const text = this.fill(this.fresh(QUOTE_TEMPLATES));
    return { text: capitalise(text), about: this.lastNoun };
  }

  private note(s: Speaker, text: string, about: string): void {
    this.quotes.push({ speaker: s.name, surname: s.last, title: s.title, text, about });
  }

  /**
   * How the article names a speaker: in full with the title the first time ("Health Secretary
   * Jane Smith", "Jane Smith, the spokesman for X,"), then by surname, sometimes "Ms Smith".
   * `start` capitalises a title that opens the sentence.
   */
  private nameOf(s: Speaker, start: boolean): string {
    if (s.introduced) return this.rand() < 0.15 ? `${s.he === "he" ? "Mr" : "Ms"} ${s.last}` : s.last;
    s.introduced = true;
    const before = !/^(?:spokesman|chief executive)/.test(s.title) && this.rand() < 0.6;
    if (before) return `${start ? capitalise(s.title) : s.title} ${s.name}`;
    return `${s.name}, the ${s.title},`;
  }

  /** One paragraph built around a quote by `s`, in one of the shapes real copy uses. */
  quoteParagraph(s: Speaker, previous: Speaker | null): string {
    const { text, about } = this.quoteText();
    const verb = this.pick(["said", "said", "said", "added", "warned", "insisted", "told reporters"]);
    const shape = this.rand();
    const strip = (name: string) => name.replace(/,$/, "");
    if (shape < 0.25) {
      this.note(s, `${text},`, about);
      return `${this.quoted(text, ",")} ${this.nameOf(s, false)} ${verb}.`;
    }
    if (shape < 0.4) {
      this.note(s, `${text},`, about);
      return `${this.quoted(text, ",")} said ${strip(this.nameOf(s, false))}.`;
    }
    if (shape < 0.55) {
      this.note(s, `${text}.`, about);
      return `${this.nameOf(s, true)} said: ${this.quoted(text, ".")}`;
    }
    if (shape < 0.72) {
      // Split around the attribution: "A," Smith said. "B."
      const second = this.quoteText();
      this.note(s, `${text},`, about);
      this.note(s, `${second.text}.`, second.about);
      return `${this.quoted(text, ",")} ${this.nameOf(s, false)} said. ${this.quoted(second.text, ".")}`;
    }
    if (shape < 0.82 && previous === s && s.introduced) {
      // Pronoun attribution, the speaker named in the paragraph before.
      this.note(s, `${text},`, about);
      return `${this.quoted(text, ",")} ${s.he} told ${this.pick(OUTLETS)} on ${this.pick(DAYS)}.`;
    }
    if (shape < 0.92) {
      // A partial quote inside reported speech.
      const fragment = this.fill(this.fresh(PARTIAL_TEMPLATES));
      const noun = this.lastNoun || this.pick(this.topic.nouns);
      this.note(s, fragment, noun);
      const clause = this.fill(this.fresh(REPORTED_TEMPLATES));
      return `${strip(this.nameOf(s, true))}, who called the ${noun} policy ${this.quoted(fragment, "")}, said ${clause}.`;
    }
    // A quote continued into the next paragraph: only the last paragraph closes it (BBC style).
    const more = this.quoteText();
    const last = this.quoteText();
    this.note(s, `${text}.`, about);
    return `${this.nameOf(s, true)} said: ${this.q(true)}${text}. ${more.text}.\n\n${this.quoted(last.text, ".")}`;
  }

  reportedParagraph(s: Speaker, previous: Speaker | null): string {
    const strip = (name: string) => name.replace(/,$/, "");
    const clause = this.fill(this.fresh(REPORTED_TEMPLATES));
    if (previous === s && s.introduced && this.rand() < 0.5) return `${capitalise(s.he)} said ${clause}.`;
    const r = this.rand();
    if (r < 0.4) return `${this.nameOf(s, true)} said ${clause}.`;
    if (r < 0.7) return `According to ${strip(this.nameOf(s, false))}, ${clause}.`;
    return `In a statement, ${this.nameOf(s, false)} said that ${clause}.`;
  }

  factSentence(): string {
    const text = this.fill(this.fresh(FACT_TEMPLATES));
    const keywords = text
      .replace(/[.,]/g, "")
      .split(" ")
      .filter((w) => w.length > 4 && /^[a-z]/.test(w));
    this.facts.push({ text, keywords });
    return text;
  }

  /** A partial quote for the lede: `there would be "no mass deportations."` style. */
  ledePartial(s: Speaker): string {
    const noun = this.pick(this.topic.nouns);
    const fragment = `no ${this.rand() < 0.5 ? "" : `${this.pick(this.topic.adjectives)} `}${plural(noun)}`;
    this.note(s, `${fragment}.`, noun);
    return this.quoted(`${fragment}.`, "");
  }

  headline(): string {
    const lead = this.speakers[0]!;
    return this.fill(this.pick(HEADLINE_TEMPLATES))
      .replace("{S}", lead.last)
      .replace("{P}", this.place)
      .replace("{T}", lead.title)
      .replace("{short}", capitalise(this.fill(this.fresh(PARTIAL_TEMPLATES))))
      .replace(/^\w/, (c) => c.toUpperCase());
  }
}

/** Wraps a paragraph at ~100 columns, as copy pasted from a web page often is. */
function wrap(paragraph: string, width: number): string {
  const out: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join("\n");
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Article `index` of the stream seeded by `seed`: about 600 words, deterministic. */
export function generateArticle(index: number, seed = 1): GeneratedArticle {
  const w = new Writer((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const speakers = w.speakers;
  const lead = speakers[0]!;
  const headline = w.headline();
  const style = w.rand();
  const agency = w.pick(AGENCIES);
  const header: string[] = [headline];
  if (style < 0.4) {
    const day = 1 + Math.floor(w.rand() * 28);
    const month = 1 + Math.floor(w.rand() * 12);
    const year = 2004 + Math.floor(w.rand() * 20);
    const time = `${String(Math.floor(w.rand() * 24)).padStart(2, "0")}:${String(Math.floor(w.rand() * 60)).padStart(2, "0")}`;
    header.push(`${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year} ${time} by admin`);
  }
  const dateline = style < 0.75 ? `${w.pick(CITIES)} (${agency}) — ` : style < 0.85 ? `${w.place}: ` : ""; // BBC copy has none
  lead.introduced = true;
  const lede = `${dateline}${capitalise(lead.title)} ${lead.name} ${w.pick(["pledged", "said", "warned", "insisted"])} on ${w.pick(DAYS)} that ${w.fill(w.fresh(REPORTED_TEMPLATES))}, and that there would be ${w.ledePartial(lead)}`;
  const paragraphs: string[] = [lede];
  let words = countWords(headline) + countWords(lede);
  let previous: Speaker | null = lead;
  while (words < 600) {
    const r = w.rand();
    let paragraph: string;
    if (r < 0.5) {
      const s: Speaker = w.rand() < 0.4 && previous ? previous : w.pick(speakers);
      paragraph = w.quoteParagraph(s, previous);
      previous = s;
    } else if (r < 0.65) {
      const s: Speaker = previous && w.rand() < 0.6 ? previous : w.pick(speakers);
      paragraph = w.reportedParagraph(s, previous);
      previous = s;
    } else {
      const n = 1 + Math.floor(w.rand() * 2);
      paragraph = Array.from({ length: n }, () => w.factSentence()).join(" ");
      previous = null;
    }
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  const wrapped = w.rand() < 0.4;
  const body = paragraphs.map((p) => (wrapped ? wrap(p, 100) : p)).join("\n\n");
  const credit = style < 0.75 && w.rand() < 0.3 ? `\n\n- ${agency}` : "";
  const text = `${header.join("\n")}\n\n${body}${credit}\n`;
  return {
    id: `gen-${String(index).padStart(5, "0")}`,
    text,
    topic: w.topic.name,
    headline,
    people: speakers.map((s) => ({ name: s.name, surname: s.last, title: s.title })),
    quotes: w.quotes,
    facts: w.facts,
    words,
  };
}

export function generateArticles(count: number, seed = 1, from = 0): GeneratedArticle[] {
  return Array.from({ length: count }, (_, i) => generateArticle(from + i, seed));
}

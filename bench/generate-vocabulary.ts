/**
 * The words the benchmark article generator writes with: first names and surnames, syllables for
 * invented places and companies, cities, outlets, topics with their vocabulary, and the sentence
 * templates whose slots `Writer.fill` in generate.ts fills. Data only; the logic is in generate.ts.
 */

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
export const MALE = split(FIRST_MALE);
export const FEMALE = split(FIRST_FEMALE);
export const SURNAMES = [...new Set(split(LAST))];

/** Syllables for the long tail of place, company and scheme names that real archives are full of. */
export const SYLLABLES = split(`an bar bel cor dal den fen gar hal har ket lin lor mar mel mor nor pen quin
  ral ren sal sel tar tel thorn val ven wes wil zan bro cal dor ell fal gil kin lan ber mon
  ash bran cro dun ed fin gor hen ib jor kel lo mab nev ol pim rus sco tav ul vor wyn yar zel`);
export const SURNAME_ENDS = split("son ley ford well ton ski ez ini ov ard er man by wick");
export const EXPERTS = ["Dr", "Professor", "economist", "analyst", "researcher", "campaigner"];
export const PLACE_ENDS = split("bury field ford ham ley mouth ton wick worth dale gate moor by stead well");
export const COMPANY_ENDS = split("tex corp gen ion ara ix co net tronics works logic");
export const COMPANY_KINDS = split(
  "Holdings Group Industries Partners Systems Energy Foods Logistics Capital",
);

export const CITIES =
  split(`LONDON WASHINGTON PARIS BERLIN BRUSSELS MADRID ROME TOKYO BEIJING DELHI MOSCOW NAIROBI LAGOS
  CAIRO SYDNEY TORONTO OTTAWA CHICAGO BOSTON ATLANTA DENVER SEATTLE DUBLIN EDINBURGH CARDIFF BELFAST GENEVA VIENNA
  WARSAW ATHENS LISBON ISTANBUL JOHANNESBURG MANILA JAKARTA SEOUL BANGKOK HAVANA LIMA BOGOTA SANTIAGO`);
export const AGENCIES = ["AP", "Reuters", "AFP"];
export const OUTLETS = [
  "BBC News",
  "the Associated Press",
  "reporters",
  "Sky News",
  "the Guardian",
  "CNN",
  "Reuters",
];
export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = split(
  "January February March April May June July August September October November December",
);

export interface Topic {
  name: string;
  /** Singular nouns; plurals are formed by rule. */
  nouns: string[];
  adjectives: string[];
  orgs: string[];
  titles: string[];
  groups: string[];
}

export const TOPICS: Topic[] = [
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

export const GENERIC_ADJECTIVES = split(`serious urgent difficult clear new major significant long-term
  unacceptable modest local national`);

/** Sentences in the speaker's own voice (quotes). Slots: {n} {n2} {ns} {a} {g} {o} {p} {num} {d}. */
export const QUOTE_TEMPLATES = [
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
export const PARTIAL_TEMPLATES = [
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
export const REPORTED_TEMPLATES = [
  "the {n} would be reviewed by {m}",
  "{o} had failed to deliver on {ns}",
  "spending on {ns} would rise by {num} percent",
  "the {n2} in {p} would reopen next year",
  "{g} would be consulted before any change to the {n}",
  "the {a} {n} programme was on track",
  "talks on the {n} with {o} would resume on {d}",
];

/** Factual sentences: figures and background. */
export const FACT_TEMPLATES = [
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

export const HEADLINE_TEMPLATES = [
  "{S} warns of {a} {n} crisis",
  "{P} {n} plans under fire",
  "'{short}' on {ns}, says {T}",
  "{T} pledges {money} for {ns}",
  "{S} defends {n} record as {g} protest",
  "{ns} row deepens in {P}",
];

/**
 * Word lists for how English news copy attributes speech. General vocabulary of the genre,
 * never names or phrases of particular articles.
 */
import { isEnglishWord } from "./dictionary.ts";
import { isFirstName, UNISEX_NAMES } from "./first-names.ts";

const words = (text: string) => new Set(text.trim().split(/\s+/));

/**
 * Verbs of saying, as base form and past form (past participle after a second colon when it
 * differs). Every inflection is derived from these, so parsing and questions read the same verbs.
 */
const SPEECH_LEMMAS = `
  say:said tell:told add ask warn insist accuse acknowledge ~pledge declare ~claim argue explain
  ~state announce suggest ~reply respond ~continue urge ~stress maintain admit:admitted concede
  ~promise ~vow predict describe ~call complain write:wrote:written ~blame speak:spoke:spoken recall
  observe ~remark ~comment emphasise emphasize reveal confirm deny repeat ~counter ~welcome criticise
  criticize ~joke conclude agree reiterate ~boast ~caution allege contend proclaim ~dub:dubbed ~brand
  ~label:labelled ~label:labeled recommend ~praise ~question ~demand threaten assure assert ~charge
  ~hail dismiss condemn ~report ~retort ~quip:quipped ~snap:snapped ~tweet ~shout ~yell exclaim
  interject ~answer ~muse ~whisper ~mutter ~lament testify ~wonder ~note ~scoff ~tout ~mock
  ~slam:slammed ~blast decry ~lash implore plead:pleaded remember recount ~chant ~echo fume
  ~scream ~beam exhort`;

/** The forms of "be", which make a participle after them passive ("was announced", "been told"). */
export const BE_FORMS = new Set(["is", "was", "were", "are", "be", "been", "being"]);

/** Auxiliary and modal verbs: "has said", "would argue". */
export const AUXILIARIES = new Set(
  "is was were are be been has have had do does did can could would should must".split(" "),
);
/** Auxiliaries and modals: words of a clause, never of a role or a name. */
export const CLAUSE_VERBS = new Set([...AUXILIARIES, "will", "shall", "may", "might"]);

/** Articles: what opens a description ("the spokesman", "a source"). */
export const DETERMINERS = new Set(["the", "a", "an"]);
/** Possessives that open a noun phrase as a determiner does: "his seventh", "their progress". */
export const POSSESSIVE_DETERMINERS = new Set(["his", "her", "its", "their", "our", "my", "your"]);
/** Numbers written as words: "two partners", "conceded six goals". */
export const NUMBER_WORDS = new Set(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);

/** Words in "-ing" that are no participle: "claims nothing", "reports during the night". */
const NOT_PARTICIPLES = words("nothing something anything everything during morning evening thing king");

/** A word that reads as a participle in "-ing" ("charging", "suggesting"). */
export const isIngParticiple = (word: string) =>
  word.length > 5 && word.endsWith("ing") && !NOT_PARTICIPLES.has(word);

/**
 * Opinion and advice verbs: questions ask "what does X think", "what did the doctor advise", but
 * copy does not attribute a quote with them.
 */
const OPINION_LEMMAS = "think:thought mean:meant want believe feel:felt advise";

interface VerbForms {
  /** Also a common noun ("report", "note", "call"): its base form is not read as a verb. */
  noun: boolean;
  base: string;
  third: string;
  past: string[];
  ing: string;
}

function inflect(entry: string): VerbForms {
  const noun = entry.startsWith("~");
  const [base, past, participle] = entry.replace("~", "").split(":") as [
    string,
    string | undefined,
    string | undefined,
  ];
  const stem = /[^aeiou]y$/.test(base) ? base.slice(0, -1) : base;
  const third = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : stem === base ? `${base}s` : `${stem}ies`;
  const regular = base.endsWith("e") ? `${base}d` : stem === base ? `${base}ed` : `${stem}ied`;
  const pastForm = past ?? regular;
  // A doubled final consonant in the past form is doubled before -ing too ("admitted", "admitting").
  const last = base.at(-1);
  const doubled = pastForm.endsWith(`${last}${last}ed`) && base.at(-2) !== last;
  const ing = doubled
    ? `${base}${base.at(-1)}ing`
    : /[^e]e$/.test(base) && base !== "be"
      ? `${base.slice(0, -1)}ing`
      : `${base}ing`;
  return { base, third, past: participle ? [pastForm, participle] : [pastForm], ing, noun };
}

const lemmas = (text: string) => text.trim().split(/\s+/).map(inflect);
const SPEECH_FORMS = lemmas(SPEECH_LEMMAS);
const OPINION_FORMS = lemmas(OPINION_LEMMAS);

/** Verbs (all inflections) that introduce or attribute speech: "said", "tells", "adding". */
export const SPEECH_VERBS = new Set(
  SPEECH_FORMS.flatMap((f) => [...(f.noun ? [] : [f.base]), f.third, ...f.past, f.ing]),
);

/** "said", "added", "continued": the past forms, which can open a sentence before their subject ("Added Smith: …"). */
export const SPEECH_PAST = new Set(SPEECH_FORMS.flatMap((f) => f.past));

/** "reports", "notes", "claims": verbs after a subject, nouns after "the", "his" or "Trump's". */
export const NOUN_LIKE_VERBS = new Set(SPEECH_FORMS.filter((f) => f.noun).map((f) => f.third));

/** "quip", "comment", "tweet": the base forms that are also nouns, read as verbs only where a verb must stand. */
export const NOUN_LIKE_BASES = new Set(SPEECH_FORMS.filter((f) => f.noun).map((f) => f.base));

/** "openly", "pointedly": an adverb in -ly, written in lower case ("Trump ally", "his family" are not). */
export const isLyAdverb = (text: string) => /^\p{Ll}{3,}ly$/u.test(text) && !NOT_ADVERBS.has(text);
const NOT_ADVERBS = words("ally family rally supply assembly reply anomaly monopoly");

/** "Originally", "Separately": an adverb of a word of five letters or more ("original"), not "Kelly". */
export const isOpeningAdverb = (word: string) =>
  word.length >= 7 && isLyAdverb(word) && isEnglishWord(word.slice(0, -2));

/** "It’ll", "We’ve", "I’d": a pronoun and its verb run together, never a name nor a speaker's description. */
export const isContraction = (text: string) => /^\p{L}+['’](?:ll|ve|re|d|m)$/iu.test(text);

/**
 * Verb forms a question uses after "did/does/has X": base and past forms of the verbs of saying
 * and of opinion ("what did Kelly say", "what has she claimed", "what does he think").
 */
export const QUESTION_VERBS = new Set(
  [...SPEECH_FORMS, ...OPINION_FORMS].flatMap((f) => [f.base, f.third, ...f.past]),
);

const REPORTING_FORMS = lemmas(`say:said tell:told add note warn insist claim argue explain state announce
  suggest acknowledge pledge admit:admitted predict stress confirm believe promise vow concede maintain
  agree recommend`);
/** Verbs that report speech in full ("said that …"), as opposed to "called" or "branded". */
export const REPORTING_VERBS = new Set(REPORTING_FORMS.flatMap((f) => [f.base, f.third, ...f.past]));

const THAT_REPORTING_FORMS = lemmas(`assert contend declare allege reveal report testify recall reiterate
  emphasise emphasize write:wrote:written observe remark reply respond caution complain boast charge assure`);
/**
 * Verbs that report speech only before "that" ("asserted that …", "wrote in a letter that …"):
 * without it they name a deed or an object ("wrote a book", "revealed the figures", "charged him").
 */
export const THAT_REPORTING_VERBS = new Set(
  THAT_REPORTING_FORMS.flatMap((f) => [f.base, f.third, ...f.past]),
);

/** "…, adding that …", "…, saying it was over": the participles of the verbs that report speech. */
export const REPORTING_PARTICIPLES = new Set([...REPORTING_FORMS, ...THAT_REPORTING_FORMS].map((f) => f.ing));

/** An age written as a word: "62-year-old Adaeze Kowalczyk", "the 36-year-old said". */
export const AGED = /^\d{1,3}-year-old$/;

/** Words between a subject and its verb that do not change who speaks ("has also said"). */
export const VERB_FILLERS = words(`
  has have had was is were are will would could should may might also then later previously
  earlier meanwhile however again repeatedly recently once today yesterday tonight last night now
  has just already further still separately publicly privately quickly simply year week month
  weekend morning afternoon evening ago this always never often frequently even did does
  begin begins began start starts started keep keeps kept must can soon perhaps afterwards first
  herself himself themselves both all not cannot can't couldn't won't wouldn't didn't doesn't
  don't hasn't haven't hadn't somehow`);

/**
 * Common verbs in the present tense and base form, and negated auxiliaries: where a subject read
 * rightwards ends ("The piece goes on to slam …", "The ad includes …").
 */
export const COMMON_VERBS = words(`
  goes gets makes takes gives keeps comes includes seems appears remains wants needs shows puts
  sees knows thinks feels looks uses finds holds runs sets leads brings offers calls hopes plans
  tries lists features ends begins go get make take give keep come include seem appear remain want
  need show see know think feel look use find hold lead bring offer hope plan try list feature
  can can't cannot won't wouldn't didn't doesn't don't isn't wasn't aren't weren't hasn't haven't`);

/** Common verbs whose past does not end in "-ed": "GDP rose", "he quit the game", "the bill fell". */
export const IRREGULAR_PASTS = words(`
  rose fell grew won lost went came saw found kept left met paid quit sold spent stood thought
  understood became began broke built bought caught chose drove fought flew forgot got gave hit
  knew led let meant put ran rang said sent set shot shut sat spoke stole struck swore taught
  threw told took wrote withdrew made held brought sought heard had did was were`);

/** Heads of titles and roles that stand before or after a person's name. */
export const TITLE_HEADS = words(`
  secretary minister president chancellor leader spokesman spokeswoman spokesperson chairman
  chairwoman chairperson chair chief executive director governor senator sen. rep. representative
  congressman congresswoman mayor ambassador envoy commissioner general gen. judge justice
  king queen prince princess pope bishop archbishop cardinal professor prof. prof mp msp mep
  deputy head adviser advisor author economist analyst officer inspector correspondent editor
  manager founder captain coach attorney lawyer auditor premier treasurer counsel commander
  admiral colonel lieutenant sergeant constable official campaigner researcher boss partner
  member councillor councilor candidate diplomat counterpart aide strategist expert scientist
  doctor whip dean rector vicar rabbi imam ceo superintendent sheriff prosecutor solicitor
  barrister economist historian activist organiser organizer owner presenter host chairs
  secretary-general vice-president president-elect spokesmen officials peer detective det det. con
  insp insp. inspector supt supt. sgt sgt. cllr cllr. pc dc ds dci cdr capt. col. lt. cmdr.
  librarian resident tenant teacher headteacher principal nurse surgeon physician farmer
  fisherman landlord worker volunteer organiser student pupil parent mother father widow
  chef founder-owner proprietor shopkeeper pastor priest reverend rev rev. fr fr. gov gov. govs.
  sens. reps. del. lt. speaker nominee billionaire businessman businesswoman rival frontrunner
  front-runner challenger hopeful contender incumbent anchor columnist pollster commentator
  democrat republican tory dem magistrate dj advocate actress actor delegate husband
  wife daughter brother sister
  lt col maj maj. gen cpl. pte pte. brig brig. adm adm. cmdr brigadier corporal`);

/**
 * Plural heads of groups of people ("voters", "Democrats", "organizations", "activists"): they can
 * speak, and a verb in "-s" never follows them ("prime ministers questions" is a noun).
 */
export const PLURAL_GROUP = /(?:ers|ors|ists|ians|ans|ents|ants|ions|ups|ees)$/;

/** Endings of agent nouns ("librarian", "director", "campaigner"): roles even when not listed. */
export const ROLE_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|person)$/;

/** Words with a role's ending that are not roles. */
export const NOT_ROLES = words(`
  after under over never ever either neither whether rather other another together however later
  earlier former recent current different present apparent urgent silent major minor per cent
  percent event moment comment government parliament statement agreement department payment
  management development investment environment order border number member's winter summer
  october november december september water power paper letter matter corner document newspaper
  computer server chapter quarter further forever whenever wherever thereafter`);

/** Honorifics that are not part of the full name ("Mr Clarke" is an alias of "Charles Clarke"). */
export const COURTESY = new Map<string, "m" | "f" | null>([
  ["mr", "m"],
  ["mr.", "m"],
  ["mrs", "f"],
  ["mrs.", "f"],
  ["ms", "f"],
  ["ms.", "f"],
  ["miss", "f"],
  ["dr", null],
  ["dr.", null],
  ["prof", null],
  ["prof.", null],
  ["professor", null],
]);

/** Honorifics that belong to the name itself ("Sir John Bourn", "Lord Strathclyde"). */
export const NOBLE = new Map<string, "m" | "f">([
  ["sir", "m"],
  ["lord", "m"],
  ["lady", "f"],
  ["dame", "f"],
  ["baroness", "f"],
  ["baron", "m"],
]);

/** Role words that tell a person's gender, for pronoun resolution. */
export const GENDERED_ROLES = new Map<string, "m" | "f">([
  ["spokesman", "m"],
  ["spokeswoman", "f"],
  ["chairman", "m"],
  ["chairwoman", "f"],
  ["congressman", "m"],
  ["congresswoman", "f"],
  ["king", "m"],
  ["queen", "f"],
  ["prince", "m"],
  ["princess", "f"],
  // "her husband, Milton Berg": kin words before a name tell the gender too.
  ["husband", "m"],
  ["wife", "f"],
  ["son", "m"],
  ["daughter", "f"],
  ["brother", "m"],
  ["sister", "f"],
  ["father", "m"],
  ["mother", "f"],
  ["widow", "f"],
  ["widower", "m"],
]);

/** Final words that make a capitalised phrase an organisation or place, never a person. */
export const ORG_HEADS = words(`
  party council office department house committee ministry association union nations states
  parliament government bank authority trust board foundation agency service services university
  court commission executive unit report airport group institute centre center club company
  corporation inc ltd plc news times post guard army navy police city county street road square
  bill act convention treaty order code agreement campaign scheme assembly senate congress
  cabinet league federation organisation organization network alliance fund school college
  hospital church mosque force forces station channel radio television tv magazine journal press
  party's office's department's reform reforms programme program project centre's republic
  kingdom region province district island islands river valley mountains coast bay bridge
  airlines airways motors systems technologies holdings associates yard hall palace castle tower
  avenue lane gardens stadium prison show ballet opera orchestra theatre theater films
  pictures records studios entertainment productions festival awards management partners
  securities investments advisors consulting analytics series cup championship championships open
  games olympics trophy footwear apparel foods pharmaceuticals labs laboratories brands industries
  enterprises solutions software media energy ventures resources petroleum mining telecom
  communications networks publishing insurance logistics nation coalition brothers mansion classic
  award memorial effect gallery united rovers athletic wanderers albion sport sports arena
  amphitheatre amphitheater summit marathon highlanders conservatives place music shop springs atoll
  end line pavilion forum factory pro ultra plus mini watch dems war amendment caucus system
  shooting enforcement budget`);

/**
 * What people of a country are called, as sports and world copy names a player or a leader by it:
 * "Czech Jan Hernych", "the Scot said". Never a name, nor part of one.
 */
const DEMONYM_LIST = `American British English Scottish Welsh Irish French German Chinese Russian Mexican
 European African Asian Arab Afghan Albanian Algerian Angolan Argentine Argentinian Armenian Australian Austrian
 Azerbaijani Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian Briton Bulgarian Burmese
 Cambodian Cameroonian Canadian Chilean Colombian Congolese Croat Croatian Cypriot Czech 
 Danish Dutch Dutchman Dutchwoman Ecuadorian Egyptian Englishman Englishwoman Eritrean Estonian
 Ethiopian Fijian Filipino Finnish Frenchman Frenchwoman Georgian Ghanaian Greek Guatemalan
 Haitian Hungarian Icelandic Indian Indonesian Iranian Iraqi Irishman Irishwoman Israeli Italian Ivorian
 Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovan Kuwaiti Latvian Lebanese Liberian Libyan
 Lithuanian Malaysian Maltese Moroccan Mozambican Namibian Nepalese Nigerian Norwegian Pakistani
 Palestinian Panamanian Paraguayan Peruvian Polish Portuguese Qatari Romanian Rwandan Saudi 
 Scotsman Scotswoman Senegalese Serb Serbian Singaporean Slovak Slovakian Slovenian Somali Spaniard
 Spanish Sudanese Swede Swedish Swiss Syrian Taiwanese Tanzanian Thai Tunisian Turkish Ugandan
 Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welshman Welshwoman Yemeni Zambian Zimbabwean`;
export const DEMONYMS = words(DEMONYM_LIST);
/**
 * The same and those that are also names ("Mark Cuban", "Scot Ross", "Finn"): a people only after
 * "the" ("the Scot said"), where they stand for the person just written about.
 */
export const PEOPLES = words(`${DEMONYM_LIST} Cuban Dane Finn Scot Turk`);

/** Capitalised words that start sentences or name things but are never a person's first name. */
export const NOT_NAMES = words(`
  The A An And But Or Yet So If When While As At In On Of For To From By With Without After
  Before Since Until Under Over About Into Among Between Both Either Neither Each Every All Some
  Many Most Much More Few This That These Those There Here Then Now Only Even Also Still Just
  Indeed However Meanwhile Moreover Furthermore Although Though Because Despite Earlier Later
  He She It We They I You His Her Its Our Their My Your Who Whom Whose What Which Where Why How
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June
  July August September October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr
  Jun Jul Aug Sep Sept Oct Nov Dec New North South East West Northern Southern Eastern Western
  Central United Great Latin Middle Saint St Mount Lake Fort Port Cape Last Next First Second
  Third Former Ex No Not Yes Muslim Christian Jewish Labour Tory Tories
  Conservative Conservatives Liberal Democrat Democrats Democratic Republican Republicans
  Green Greens National International Federal State Royal Prime Foreign Home Interior Justice
  Defence Defense Health Education Homeland Security Shadow Deputy Acting Chief Senior Junior
  Speaking Asked Explaining Commenting According Amid Following Among Mr Mrs Ms Dr
  One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty
  Another Other Others Several Hundred Hundreds Thousand Thousands Dozen Dozens Millions Everyone
  Everybody Someone Somebody Anyone Anybody Nobody Everything Something Nothing ${DEMONYM_LIST}`);

/**
 * The Arabic article and the words for "son of"/"father of" as copy joins them to a surname with a
 * hyphen ("Khalid al-Falih", "Abdel Fattah el-Sisi"): part of the name, dropped when the surname
 * stands alone ("Falih").
 */
export const JOINED_PARTICLES = "al|el|ad|ar|as|ash|at|az|ibn|bin|abu";

/** The particle joined to a surname in lower case ("el-" of "el-sisi"), which a surname alone drops. */
export const JOINED_PARTICLE_KEY = new RegExp(`^(?:${JOINED_PARTICLES})-(?=\\p{L})`, "u");

/** Words that may appear inside a multi-word name ("Oscar de la Hoya", "Ludwig van Beethoven", "Erik ten Hag"). */
export const NAME_PARTICLES = words("de la le van von der den da del di du bin ibn al el dos das ter ten");

/** A generational suffix after a surname ("Martin Luther King Jr.", "James Kennedy III"). */
export const isNameSuffix = (word: string) => NAME_SUFFIXES.has(word);
const NAME_SUFFIXES = words("Jr. Jr Sr. Sr II III IV");

/** Pronouns that can stand for a speaker outside quotation marks. */
export const PERSON_PRONOUNS = new Map<string, "m" | "f" | "p">([
  ["he", "m"],
  ["she", "f"],
  ["they", "p"],
  ["it", "p"],
]);

/** Roles held by one named person, so "the minister" can refer back to them. */
export const HELD_ROLES = words(`
  leader minister secretary president chancellor premier chairman chairwoman chair mayor governor
  senator mp msp mep chief executive director commissioner ambassador coach manager captain`);

/** Lower-case heads of descriptions that can speak without a name ("a spokesman", "the report"). */
export const SPEAKER_NOUNS = words(`
  spokesman spokeswoman spokesperson spokesmen official officials office report statement
  source sources aide aides adviser advisers critics supporters campaigners residents many
  others party government ministry department committee council group union police leader
  leaders minister ministers secretary executive chief chairman chairwoman survey study
  document letter memo paper analysis review inquiry agency authority board lawyer lawyers
  experts analysts observers witnesses spokespeople website statement manifesto bill order
  code guidance guidelines figures research poll editorial article column ad email tweet campaign
  outlet outlets newspaper network administration body profile page feed average polls surveys estimates
  data readout transcript`);

/**
 * Lower-case nouns for a business or body that speaks as one ("said the company", "according to the
 * carmaker"). Several have a person's ending ("retailer", "lender") but never stand for the
 * person just written about.
 */
export const BODY_NOUNS = words(`
  company companies firm firms bank banks carmaker automaker retailer retailers broadcaster
  insurer insurers lender lenders manufacturer manufacturers supplier watchdog
  airline airlines supermarket supermarkets conglomerate chipmaker drugmaker club charity
  housebuilder housebuilders`);

/** Abbreviations after which a full stop does not end a sentence. */
export const ABBREVIATIONS = words(`
  mr mrs ms dr st sen rep del gov gen lt col capt cmdr sgt prof jr sr inc corp co ltd no vs etc
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig univ rev hon
  u.s u.k u.n e.g i.e a.m p.m`);

/** Words that end a description when reading leftwards from a verb ("the report" in "… that the report said"). */
export const CLAUSE_BREAKS = words(`
  that which who whom whose when while because as if but and or nor so than then though although
  with without to in at on by from for into onto over under after before since until about
  against among between through during despite is was were are be been being has have had do
  does did not it its this these those there here he she they we i you him her them us me
  said says told added also only even just how what why where whether yet`);

/** Sentence-initial words that are not part of the subject ("But a spokesman said …"). */
export const LEADING_JUNK = words("But And Yet So However Meanwhile Now Then Still Also Instead Indeed");

/** Capitalised at the start of a sentence, these open a phrase and are never part of a name. */
export const SENTENCE_OPENERS = words(`
  the a an and but or yet so if when while as at in on of for to from by with without after
  before since until under over about into among between both either neither each every all
  some many most more few this that these those there here then now only even also still just
  indeed however meanwhile moreover furthermore although though because despite earlier later
  throughout during across beyond within towards toward upon via like unlike once instead
  following amid according speaking asked explaining commenting writing asked whereas unless
  whenever wherever whatever whichever whoever whether given`);

/**
 * Capitalised words that open a run of capitals but never a person's name: "Team Trump" is a
 * campaign's nickname and "Another Slaughter email" another of hers; the name is the word after. So
 * are the auxiliaries and modals that open a question ("Would Adam Schiff have …?"), but for those
 * that are first names too ("Will", "May", "Can", "Do").
 */
export const NOT_NAME_OPENERS = words(
  "team another would could should must might shall did does has have had is are was were",
);

/** A day of the week, as copy capitalises it: when something was said, never a name. */
export const DAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/** Prepositions after which a name is an object ("partner of Tods Murray", "hired by Lena"), not a speaker. */
export const PREPOSITIONS = words("of for at with from in by to on against about like unlike");

/** Marks that sign a pull quote with its speaker's name right after it (`"…" ― Sonya Herridge`). */
export const SIGNATURE_DASHES = new Set(["―", "—", "–", "-", "/"]);
/** Dashes that set off an aside, as commas do ("Trump - who said … - spoke"). */
export const ASIDE_DASHES = new Set(["—", "–", "-"]);

// Word shapes: what a single word can be before or in a name.

/** "Says", "Calls", "Asked": any inflection of a verb of saying. */
export function isSpeechVerbForm(word: string): boolean {
  if (SPEECH_VERBS.has(word)) return true;
  // Asked of every capitalised word: its endings are read without a regular expression.
  if (!word.endsWith("s")) return false;
  const stem = word.slice(0, -1);
  return SPEECH_VERBS.has(`${stem.endsWith("e") ? stem.slice(0, -1) : stem}ing`);
}

/**
 * "US", "MPs", "U.S.": capitals, and perhaps a plural "s", once apostrophes and full stops are
 * dropped. A capital and then a lower-case letter opens a word, as most capitalised words do: the
 * expression is not run for those.
 */
export function isAcronym(text: string): boolean {
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return /^\p{Lu}{2,}s?$/u.test(text.replace(/['’.]/g, ""));
}

/**
 * "NBC", "U.S.", "MPs": capitals alone once apostrophes, full stops and "s" are dropped. A lower-case
 * letter other than "s" second is none, as in most words: the expression is not run for those.
 */
export function isCapitals(text: string): boolean {
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122 && second !== 115) return false;
  return /^\p{Lu}{2,}$/u.test(text.replace(/['’.s]/g, ""));
}

/** "Fly-half", "Top-seeded", "Frankfurt-based": a compound in lower case after its hyphen describes. */
export const isLowerCompound = (word: string) => /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(word);

/** "Interestingly", "Asserting": a sentence's opening adverb or participle, never a first name. */
export function isSentenceAdverb(word: string): boolean {
  if (isFirstName(word)) return false;
  // "Speaking", "Reaching": a participle; not "Xiaoming" or "Zhiming", given names in pinyin.
  return (
    /(?:ally|ingly|edly)$/.test(word) || (word.length >= 7 && word.endsWith("ing") && !isPinyinName(word))
  );
}

/**
 * Syllables of Mandarin in pinyin without tone marks, each an initial, perhaps, and a final: a given
 * name written so ("Xiaoming", "Jianying") may end in "-ing" as an English participle does.
 */
const PINYIN_SYLLABLES =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))+$/;

/** A word made of pinyin syllables that is no English word or inflection of one ("xiaoming", not "running"). */
export function isPinyinName(word: string): boolean {
  return PINYIN_SYLLABLES.test(word) && !isEnglishWord(word);
}

/** "editor-in-chief", "co-host": a compound of a listed role. */
export function isCompoundRole(word: string): boolean {
  return word.includes("-") && word.split("-").some((part) => TITLE_HEADS.has(part));
}

/**
 * Positions on a team that stand before a player's name as a role ("Wing Christophe Dominici", "Prop
 * Gethin Jenkins"), though too short or too common to be titles the article refers back to.
 */
const POSITIONS = words(
  "wing prop lock flanker hooker centre fly-half scrum-half full-back goalkeeper keeper",
);

/** A role no ending gives away: "Derek Scissors, a China scholar with the American Enterprise Institute". */
const ROLE_NOUNS = words("scholar");

/** A listed title or an agent noun ("librarian", "campaigner") that can stand before a name. */
export function isRole(word: string): boolean {
  if (isCompoundRole(word) || POSITIONS.has(word) || ROLE_NOUNS.has(word)) return true;
  const lower = word.endsWith("s") && TITLE_HEADS.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
  if (TITLE_HEADS.has(lower)) return true;
  return lower.length >= 5 && ROLE_ENDING.test(lower) && !NOT_ROLES.has(lower) && !CLAUSE_BREAKS.has(lower);
}

/**
 * A role before a name, not a first name that only ends like an agent noun ("Resident DeShawn
 * Pruitt", not "Peter Van Kirk", "Taylor Van Kirk"); a listed title stays one ("Dean").
 */
export function isRoleNotName(word: string): boolean {
  return isRole(word) && (TITLE_HEADS.has(word) || !(isFirstName(word) || UNISEX_NAMES.has(word)));
}

/** Words that link a speaker noun to what qualifies it: "a spokeswoman for the ministry". */
export const LINKING = new Set(["for", "of", "at", "from", "in"]);

/** Words that stay in lower case inside a title. */
const TITLE_SMALL_WORDS = new Set("of the a an and in on for to is at by with or as".split(" "));

/** The words of a quote's text, apostrophes and hyphens kept within them ("Takin'", "co-host"). */
export const quoteWords = (text: string): string[] => text.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];

/** "What a Fool Believes", "Takin' It To the Streets": every word capitalised but small ones inside. */
export function isTitleCase(text: string): boolean {
  const words = quoteWords(text);
  return (
    words.length > 0 && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)))
  );
}

/** A word Title Case leaves in lower case inside a title ("of", "the", "and"). */
export const isTitleSmallWord = (word: string) => TITLE_SMALL_WORDS.has(word);

/** "Rep.", "Sen.", "Gov.", "Mr.": a capitalised word of two to five letters cut short by a full stop. */
export const isAbbreviatedWord = (word: string) => /^\p{Lu}\p{Ll}{1,4}\.$/u.test(word);

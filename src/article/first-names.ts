/**
 * First names: by gender where news copy's names mostly tell it, and given names that only say a
 * person is named. Kept apart from the lexicon's grammar words; it imports only the long list.
 */
import { GIVEN_NAME_TABLE } from "./given-name-table.ts";

const words = (text: string) => new Set(text.trim().split(/\s+/));

/**
 * Common first names by gender, across the cultures news copy names most, so "she said" does not
 * settle on a man. A name not listed leaves the gender open, learned later from a pronoun.
 */
export const FEMALE_NAMES = words(`
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret
  betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie
  rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
  samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
  virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
  andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison
  doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
  brittany natalie isabella charlotte rose alexis kayla lorna oona maeve nicola eleanor christine
  jane claire clare fiona gillian alison kirsty morag siobhan caroline harriet lucy sophie
  josephine priya carys freya imogen chloe ellie jessica jenny kate katie louise joanna joanne
  yvette harriet theresa diane angela yasmin aisha fatima amina ngozi chiamaka folake sanne
  marieke anke ingrid astrid sigrid greta ursula angela annalena ilse margarethe elena sofia lucia
  carmen isabel ana mariana gabriela valentina camila paula beatriz ines lena nadia olga irina
  natalia svetlana tatiana anastasia yulia mei li xiu ying hui yuki keiko akiko sakura hana
  priyanka sunita anjali deepa lakshmi meera kavita nadine simone amelie chantal mireille
  eilidh shona mhairi ruth miriam esther leah naomi deborah tamar sienna poppy daisy molly ruby
  lorraine jeanine janine maxine pauline jacqueline bernadette colette annette lynne lynn gail
  gwen wendy tracy tracey stacey kerry sally sue penny polly jill jo beth kathy cathy maggie
  peggy meg nora norah rosa rosie rosemary hazel iris ivy mabel vera edith ethel agnes irene
  eileen kathleen maureen colleen noreen aoife niamh roisin sinead orla grainne ciara deirdre
  anita rita gina tina nina dina lina mina zara zoe amelia ava mia isla elsie evie florence
  hilary hillary kamala nancy condoleezza madeleine theresa margaret angela ursula christine
  jacinda nicola ruth yvonne heidi tanya sonia sonya naledi thandiwe zanele precious mercy
  blessing joy faith hope patience nicky liz lizzie jen jess jessie susie pam debbie abby annie
  becky cindy dottie mandy tess trish vicky anne kim bridget erin felicia tiffany norma tammy`);

export const MALE_NAMES = words(`
  james robert john michael william david richard joseph thomas charles christopher daniel
  matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
  edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
  benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
  nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
  gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
  logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
  philip louis tony gordon ian neil alistair hamish angus callum craig euan ewan fraser gavin
  graham iain malcolm murray rory ross stuart duncan derek nigel trevor clive colin barry geoff
  geoffrey simon toby oliver harry charlie alfie archie dominic rishi keir boris ed ted nick tim
  tom ben dan dave jim bill bob mike chris matt rob steve andy pete phil rex luis miguel carlos
  jorge juan pedro manuel francisco javier alejandro enrique hector tomas diego pablo antonio
  sergio fernando ricardo rafael andres emmanuel jean pierre francois jacques olivier nicolas
  laurent thierry hans klaus jurgen wolfgang dieter stefan andreas markus pieter jan willem
  henk dirk lars sven erik anders mohammed muhammad ahmed ali omar hassan hussein ibrahim yusuf
  mustafa khalid tariq imran sher azzam chinedu emeka olu tunde kwame kofi segun ivan dmitri
  sergei vladimir alexei mikhail nikolai boris yuri wei ming jun hiroshi takeshi kenji raj rahul
  amit vikram arjun sanjay ravi suresh declan seamus liam conor niall ciaran padraig eamon
  aled rhodri gareth dafydd gwyn huw owain alun dewi emrys curtis marcus walt walter deshawn
  malik darnell tyrone jamal reggie dale glenn glen dean lee neville clifford howard herbert
  leonard leon stanley sidney cecil cyril norman reginald percy victor hugh giles jeremy rupert
  julian crispin piers quentin jasper barnaby hugo felix max leo sam joel luke jake connor
  kieran shane wayne darren lee jason damian gerard joseph francis jose luis mario marco luca
  giovanni giuseppe paolo matteo alessandro lorenzo franco silvio emmanuel recep vladimir xi
  narendra shinzo justin joe barack donald mitt bernie rand ted lindsey mitch chuck kevin
  hakeem jeff elon warren ricky tommy joey danny mickey stevie benny sammy eddie hal greg doug kurt
  nate richie ronnie donnie kenny lenny lou stan vic wes zach rick brad ron jimmy mick teddy martin
  edgar bernard cliff curt dick don gene bruno jay jerome johnny isaac abraham calvin kirk troy luther
  xavier`);

/** First names given to women and men alike: a listed name that says nothing of the gender. */
export const UNISEX_NAMES = words(`
  terry jordan jesse dale lee sam jean jo alex pat jamie casey taylor morgan robin leslie
  kerry drew jan kim`);

/**
 * Given names that news copy writes often, across sports, politics and the arts worldwide, whose
 * gender is not guessed: a name here only says that a person is named ("Andre Agassi", "Arsene
 * Wenger"); "he" or "she" in the copy says the rest. (Guessing a gender from more names moved quotes
 * in measured runs: a wrong guess is worse than none.) Not names that are common words ("Tiger"),
 * but for "Pat" and "Ray", names far more often than words when a capitalised word follows them.
 */
export const GIVEN_NAMES = words(`
  andre serena venus robbie arsene didier zinedine lleyton goran marat rafa novak arjen ruud
  gianluigi fabio francesco jens joachim franz heinz horst gerhard helmut dominique hicham haile
  kenenisa usain abdul abdullah hamid hamza karim kareem nasser mahmoud ayman osama saddam bashar
  hosni ehud ariel yitzhak shimon romano nelson thabo olusegun yoweri lula dilma cristina nestor
  mauricio vicente felipe raul fidel pervez nawaz benazir asif manmohan junichiro yoshihiko naoto
  jintao jiabao dmitry sergey viktor petro leonid mikheil ilham nursultan ahmet tayyip mohammad
  javad kylie beyonce britney leonardo angelina keanu arnold sylvester clint dustin meryl denzel
  halle oprah jodie renee cate keira orlando elton noel damon elvis kanye ozzy freddie jonny ernie
  vijay retief jenson sebastian valentino bradley martina justine jelena dinara stanislas gael
  nikolay yevgeny newt jeb cory kirsten tulsi beto ivanka melania jared kellyanne reince rudy
  loretta jeh ashton rahm valerie denis dianne trey devin jerrold darrell erica todd jonah marc ken
  dana lindsay josh hank wesley haley ada brigid pascal sheldon pat ray`);

/**
 * The long list of given names in English-speaking countries (see `scripts/build-given-names.ts`):
 * "Rodney Kowalczyk performed on Monday" names a person though nothing else in the sentence says
 * so. Their gender is not guessed.
 */
const LISTED_GIVEN_NAMES = GIVEN_NAME_TABLE.split(" ");

/** Every first name of the lists above, in one set: the parser asks this on most capitalised words. */
const FIRST_NAMES = new Set([...FEMALE_NAMES, ...MALE_NAMES, ...GIVEN_NAMES, ...LISTED_GIVEN_NAMES]);

/**
 * A common first name: male, female, or a given name whose gender is not guessed; or two joined by a
 * hyphen ("Jean-Claude", "Anne-Marie", "Rose-Lynn"), as French and English copy writes them.
 */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word) || (word.includes("-") && hyphenedNames(word) !== null);
}

/** The parts of a hyphened first name ("jean-claude"), when each is a first name. */
export function hyphenedNames(word: string): string[] | null {
  const parts = word.split("-");
  return parts.length === 2 && parts.every((p) => FIRST_NAMES.has(p)) ? parts : null;
}

/** A person's gender as a pronoun or title states it, or as a first name suggests it. */
export type Gender = "m" | "f" | null;

/** A guess from a common first name: good enough to pick which person "she" means, never recorded. */
export function guessedGender(first: string | undefined): Gender {
  const name = first?.toLowerCase() ?? "";
  // A hyphened first name is of its first name's gender: "Jean-Marie", "Anne-Marie", "Mary-Kate".
  const parts = name.includes("-") ? hyphenedNames(name) : null;
  if (parts) return guessedGender(parts[0]);
  if (UNISEX_NAMES.has(name)) return null;
  return FEMALE_NAMES.has(name) ? "f" : MALE_NAMES.has(name) ? "m" : null;
}

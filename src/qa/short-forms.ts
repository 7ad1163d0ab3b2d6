/**
 * Short forms of English given names, both ways: a reporter asks about "Joe Brown" or "Jim Lewis"
 * where the copy writes "Joseph Brown" or "James A. Lewis", and the other way round. Spelling
 * alone cannot meet them ("Bill" is nothing like "William"), so they are listed: the common forms
 * of news copy's names, each short form with the full names it stands for.
 */
const SHORT_FORMS = `
  al:albert,alan,alfred  alex:alexander,alexandra  andy:andrew  abe:abraham  ben:benjamin
  bill:william  billy:william  bob:robert  bobby:robert  rob:robert  robbie:robert  bert:albert,herbert
  cathy:catherine,cathleen  kathy:katherine,kathleen  kate:katherine,catherine  katie:katherine,catherine
  charlie:charles  chuck:charles  chris:christopher,christine,christina  dan:daniel  danny:daniel
  dave:david  davy:david  deb:deborah  debbie:deborah  dick:richard  rick:richard  rich:richard
  richie:richard  don:donald  donnie:donald  doug:douglas  drew:andrew  ed:edward,edwin  eddie:edward
  ted:edward,theodore  teddy:edward,theodore  fred:frederick  freddie:frederick  frank:francis,franklin
  gene:eugene  greg:gregory  hank:henry  harry:henry,harold  jack:john  jake:jacob  jamie:james
  jim:james  jimmy:james  jeff:jeffrey  jen:jennifer  jenny:jennifer  jerry:gerald,jerome
  joe:joseph  joey:joseph  jon:jonathan  josh:joshua  ken:kenneth  kenny:kenneth  larry:lawrence
  liz:elizabeth  beth:elizabeth  betty:elizabeth  libby:elizabeth  maggie:margaret  meg:margaret
  peggy:margaret  matt:matthew  mike:michael  mick:michael  mickey:michael  mitch:mitchell
  nate:nathan,nathaniel  nick:nicholas  pat:patrick,patricia  pete:peter  phil:philip,phillip
  ron:ronald  ronnie:ronald  sam:samuel,samantha  steve:steven,stephen  sue:susan  susie:susan
  terry:terence  tim:timothy  tom:thomas  tommy:thomas  tony:anthony  vince:vincent  walt:walter
  will:william  zach:zachary  newt:newton  rudy:rudolph  becky:rebecca  vicky:victoria  val:valerie`;

const FORMS = new Map<string, string[]>();
for (const entry of SHORT_FORMS.trim().split(/\s+/)) {
  const [short, fulls] = entry.split(":") as [string, string];
  for (const full of fulls.split(",")) {
    FORMS.set(short, [...(FORMS.get(short) ?? []), full]);
    FORMS.set(full, [...(FORMS.get(full) ?? []), short]);
  }
}

/** The other forms of a given name, in lower case: "joe" → ["joseph"], "joseph" → ["joe", "joey"]. */
export function otherForms(name: string): readonly string[] {
  return FORMS.get(name) ?? [];
}

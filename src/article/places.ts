/**
 * Where a capitalised run names a place, not a person: the kinds of place copy writes after a name,
 * and the countries a body's, a show's or a place's name ends in. General geography of the genre.
 */
const words = (text: string) => new Set(text.trim().split(/\s+/));

/**
 * Kinds of place named after someone or something, as copy writes them in lower case after the name
 * ("Kennedy airport", "London's King Cross station", "Belmarsh prison"): the name is the place's.
 */
export const PLACE_HEADS = words(`
  airport station stadium hospital prison jail bridge street road avenue square park church
  cathedral mosque temple palace castle museum gallery library racecourse circuit arena tunnel
  harbour harbor`);

/**
 * Countries and the nations of the UK, by the last word of their name ("Sri Lanka" as "Lanka" would
 * be none): a capitalised run ending in one is a body, a show or a place ("Stade de France", "Air
 * India", "Radio Wales", "Little Britain"), unless a first name or a title makes it a person's
 * ("Elizabeth France", "Baroness Scotland").
 */
export const COUNTRIES =
  words(`Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas
  Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil
  Britain Brunei Bulgaria Burma Burundi Cambodia Cameroon Canada Chad Chile China Colombia Congo
  Croatia Cuba Cyprus Denmark Djibouti Dominica Ecuador Egypt England Eritrea Estonia Ethiopia Fiji
  Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti
  Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
  Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein
  Lithuania Luxembourg Macedonia Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius
  Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands
  Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru Philippines Poland
  Portugal Qatar Romania Russia Rwanda Samoa Scotland Senegal Serbia Seychelles Singapore Slovakia
  Slovenia Somalia Spain Sudan Suriname Swaziland Sweden Switzerland Syria Taiwan Tajikistan Tanzania
  Thailand Tibet Togo Tonga Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela
  Vietnam Wales Yemen Zambia Zimbabwe`);

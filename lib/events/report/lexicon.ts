// Word lists the report reader leans on. They are the reader's whole knowledge of English news
// style: no model, no network. Lower-case; compare with `inList(word, LIST)`.

const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Abbreviations after which a full stop does not end a sentence, as written ("Dr.", "Oct."). */
export const CAPITALISED_ABBREVIATIONS = new Set(
  `Mr Mrs Ms Mx Dr Prof St Rep Reps Sen Gov Gen Col Lt Sgt Capt Cmdr Adm Maj Rev Fr Sr Jr Hon Inc Ltd
  Co Corp Bros No Nos Mt Ft Ave Blvd Dept Univ Assn Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun`.split(/\s+/),
);
export const LOWER_CASE_ABBREVIATIONS = words(`etc vs approx e.g i.e al cf`);

/** Courtesy titles dropped from a name. */
export const COURTESY_TITLES = words(`mr mrs ms miss mx dr prof professor sir dame madam mme m`);

/** Titles that are a role ("Senator Pietro Liuzzi" is a senator). */
export const OFFICE_TITLES = words(`
  senator sen rep representative congressman congresswoman mayor minister president governor
  judge justice ambassador councillor councilor deputy chancellor commissioner secretary general
  ayatollah sheikh imam bishop archbishop cardinal rabbi pastor reverend father sister brother
  lord lady baroness baron earl viscount countess duke king queen prince princess
`);

/** Peerage titles: with a single word after them they are part of the name ("Lord Harrow"). */
export const PEERAGE_TITLES = words(`lord lady baroness baron earl viscount countess`);

/** Letters after a name that are a role ("Catherine Whitfield MP"). */
export const POSTNOMINAL_ROLES = new Set(["MP", "MEP", "MSP", "MLA", "MPP", "QC", "KC", "TD"]);

/** Nouns that name a role; a phrase with one of them before or after a name is its role. */
export const ROLE_NOUNS = words(`
  president president-elect vice-president chair co-chair chairman chairwoman chairperson director
  member members head chief leader leaders founder co-founder secretary secretary-general spokesperson
  spokesman spokeswoman minister mayor deputy senator representative councillor councilor councilman
  councilwoman candidate lawyer lawyers attorney barrister solicitor judge prosecutor advocate activist
  campaigner journalist editor reporter writer author poet artist filmmaker historian professor
  lecturer researcher scholar academic economist expert analyst adviser advisor consultant officer
  official commissioner rapporteur ambassador envoy diplomat governor lawmaker legislator mp mep
  congressman congresswoman coordinator organiser organizer survivor witness mother father daughter
  son wife husband widow sister brother relative cousin doctor physician surgeon nurse teacher student
  priest bishop imam rabbi pastor cleric chaplain ayatollah president moderator chancellor treasurer
  administrator manager executive partner trustee delegate rector dean principal veteran
  nonprofit founder-president prime presidential detainee prisoner refugee victim resident volunteer
  defender negotiator mediator
`);

/** Capitalised words of organisations, offices and places: never part of a person's name. */
export const ORGANISATION_WORDS = words(`
  council committee parliament senate assembly congress house commons lords nations union court
  office district municipality city town hall ministry government commission association foundation
  institute university college school party resistance church network coalition centre center
  organisation organization agency department federation league society watch international amnesty
  alliance trust fund bank group forum movement front council’s board bureau secretariat tribunal
  mission chamber palace palais place square street st park cathedral mosque church temple hotel
  club press room building embassy consulate legislature hospital museum library theatre theater
  states kingdom republic federal national european united human rights world war affairs foreign
  interior justice security general high special working regime guards army police navy force forces
  department's press freedom liberty
`);

/** Sentence-initial words that are capitalised only because they start the sentence. */
export const COMMON_CAPITALS = words(`
  the a an in on at of for to from with by and but or so as after before during while when where
  this that these those it its his her their our we he she they i you speaking addressing invited
  speakers participants numerous several many some all both other others among including according
  today yesterday tomorrow meanwhile however also later earlier then there here thousands hundreds
  dozens about around more most former late distinguished against into over under between without
  within through across towards toward upon per via despite
`);

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Demonyms, and the few that do not end in -an/-ian/-ese/-ish/-i. */
export const NATIONALITIES = words(`
  french italian german british english scottish welsh irish dutch belgian swiss austrian spanish
  portuguese greek polish swedish norwegian danish finnish american canadian mexican brazilian
  argentinian argentine chilean colombian columbian peruvian venezuelan cuban honduran guatemalan
  iranian iraqi syrian lebanese jordanian israeli palestinian egyptian algerian moroccan tunisian
  libyan saudi yemeni turkish kurdish afghan pakistani indian bangladeshi chinese japanese korean
  vietnamese thai filipino indonesian malaysian australian russian ukrainian belarusian georgian
  armenian azerbaijani albanian serbian croatian bosnian kosovar romanian bulgarian hungarian czech
  slovak nigerian kenyan ethiopian sudanese somali south african congolese rwandan ugandan ghanaian
  european asian arab african latin yazidi uyghur tibetan rohingya
`);

/** Countries and a few capitals, to tell "in Tirana, Albania" from "in a ceremony". */
export const COUNTRIES = words(`
  albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium
  bosnia brazil bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus
  czechia denmark egypt eritrea ethiopia finland france georgia germany ghana greece guatemala
  honduras hungary india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya
  kosovo kuwait lebanon libya lithuania luxembourg malaysia mexico moldova morocco myanmar nepal
  netherlands nicaragua nigeria norway pakistan palestine peru philippines poland portugal qatar
  romania russia rwanda scotland serbia slovakia slovenia somalia spain sudan sweden switzerland
  syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uk usa us
  uzbekistan venezuela vietnam wales yemen zimbabwe england
`);

/** Verbs (as they appear in reports) that introduce what someone said or did at the event. */
export const SPEECH_VERBS = words(`
  said says told tells noted notes added adds stated states stating explained declared declares
  stressed stresses emphasized emphasised emphasizing emphasising underscored underscores underlined
  reminded recalled remarked observed announced announces warned warns argued argues insisted
  asserted affirmed pointed called calls urged urges asked asks demanded demands appealed appeals
  condemned condemns described describes denounced praised welcomed thanked spoke speaks addressed
  continued concluded highlighted testified wrote sent delivered presented proposed suggested
  reiterated expressed questioned criticized criticised deplored acknowledged confirmed responded
  replied opened closed read chaired moderated introduced recounted shared urging calling saying
  telling adding noting describing explaining
`);

/** Base forms of verbs a demand's clause may carry ("demanded that the authorities open ..."). */
export const BASE_VERBS = words(`
  open reopen end stop halt cease release free publish establish set create form launch hold bring
  refer investigate prosecute try allow grant give take make provide ensure guarantee protect respect
  recognize recognise withdraw suspend return restore implement ban impose lift pay apologize apologise
  resign step act comply appoint fund support condemn designate sanction expel close abolish repeal
  reverse revoke cancel disclose reveal account answer face be put send raise include listen meet
  visit grant stand speak work press adopt pass enact declare list name
`);

/** Words that make a noun phrase an institution or a public body, the usual target of a call. */
export const INSTITUTION_WORDS = words(`
  government governments council union eu un u.n nations states state parliament parliaments congress
  senate commission commissioner court courts ministry minister ministers department authorities
  authority prosecutors prosecutor judiciary police community organisation organization organisations
  organizations agency agencies bank banks companies company europe countries country west leaders
  officials bodies institutions secretary president office assembly committee mayors city
  municipality administration regime judges broadcasters media tribunal rapporteur envoy embassy
  society nato osce icc interpol
`);

/** Groups the speakers belong to, called on together with themselves ("all of us ... should"). */
export const AUDIENCE_WORDS = words(`advocates activists citizens people everyone everybody defenders supporters`);

export function inList(word: string, list: Set<string>): boolean {
  const bare = word
    .toLowerCase()
    .replace(/[’']s$|[’']$/u, "")
    .replace(/\.$/, "");
  return list.has(bare) || (bare.endsWith("s") && list.has(bare.slice(0, -1)));
}

/**
 * "Algerian", "Columbian", "Congolese": a demonym by list, or loosely by its ending too (only
 * where no name is expected: "Sebastian" and "Christian" end the same way).
 */
export function isNationality(word: string, options: { loose?: boolean } = {}): boolean {
  const bare = word.toLowerCase().replace(/[’']s$/u, "");
  return NATIONALITIES.has(bare) || (!!options.loose && /^[a-z]{4,}(?:ian|ean|ese)$/u.test(bare));
}

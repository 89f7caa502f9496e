import { formatterFor } from "@/lib/i18n/format";

// ISO 3166-1 alpha-2 codes. Names come from lib/i18n/format.ts so each reader sees their own language.
const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV " +
  "BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES " +
  "ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE " +
  "IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY " +
  "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU " +
  "NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM " +
  "SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE " +
  "VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

const countrySet = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return countrySet.has(value);
}

/**
 * A country's name in a reader's language (lib/i18n/format.ts); the code itself when it has none.
 * @internal (the list below is what pages use; tests name single countries)
 */
export function countryName(code: string, locale = "en"): string {
  return formatterFor(locale).country(code);
}

export type CountryOption = readonly [code: string, name: string];

/**
 * Every country as [code, name], sorted by name, for the sign form's list. Built on the server
 * and passed down: the browser's ICU data name some countries differently from Node's ("Falkland
 * Islands" and "Falkland Islands (Islas Malvinas)"), and a list built on both sides would not
 * hydrate (issue #11).
 */
export function countryOptions(locale = "en"): readonly CountryOption[] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    const format = formatterFor(locale);
    options = COUNTRY_CODES.map((code) => [code, format.country(code)] as const).sort((a, b) => format.compare(a[1], b[1]));
    optionsByLocale.set(locale, options);
  }
  return options;
}

// Built once per locale and process: the list never changes while it runs.
const optionsByLocale = new Map<string, readonly CountryOption[]>();

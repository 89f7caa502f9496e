import {
  COMMON_CAPITALS,
  COUNTRIES,
  COURTESY_TITLES,
  MONTHS,
  NATIONALITIES,
  OFFICE_TITLES,
  ORGANISATION_WORDS,
  PEERAGE_TITLES,
  ROLE_NOUNS,
  WEEKDAYS,
  inList,
  isNationality,
} from "./lexicon";
import { isCapitalised, withoutPossessive, type Token } from "./tokens";

// People's names in a sentence, and the titles and role words written around them:
// "former French Foreign Minister Bernard Kouchner", "Senator Pietro Liuzzi", "Lord Harrow".

export type NameRun = {
  /** Token range of the name itself. */
  start: number;
  end: number;
  name: string;
  /** Token index where titles and role words before the name begin (== start if none). */
  head: number;
  /** "former Algerian Prime Minister", "Senator", "Rep."; empty if none. */
  roleBefore: string;
};

const PARTICLES = new Set([
  "de",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "du",
  "del",
  "della",
  "la",
  "le",
  "al",
  "el",
  "bin",
  "ben",
  "ibn",
  "ter",
  "dos",
  "das",
  "y",
]);

const MONTH_OR_DAY = new Set([...MONTHS, ...WEEKDAYS]);

/** Lower-case words that may stand in a role written before a name ("distinguished French lawyer"). */
const ROLE_ADJECTIVES = new Set(
  `former late then current acting retired exiled veteran prominent renowned distinguished leading longtime
  long-time senior chief deputy vice executive legal general special human rights environmental indigenous
  independent local city state federal national regional opposition presidential foreign elected
  award-winning well-known young jailed imprisoned detained`.split(/\s+/),
);

const CONNECTORS = new Set(["of", "and", "for", "on"]);

const isTitle = (token: Token | undefined) =>
  !!token && isCapitalised(token) && (inList(token.text, COURTESY_TITLES) || inList(token.text, OFFICE_TITLES));

function isNameWord(token: Token | undefined): boolean {
  if (!token || !isCapitalised(token) || /\d/.test(token.text)) return false;
  if (/^\p{Lu}\.$/u.test(token.text)) return true; // an initial
  if (token.text.endsWith(".")) return false;
  const bare = withoutPossessive(token.text);
  if (bare.length > 1 && bare === bare.toUpperCase()) return false; // an acronym: UN, PMOI, MP
  const lower = bare.toLowerCase();
  return (
    ![COMMON_CAPITALS, ORGANISATION_WORDS, ROLE_NOUNS, OFFICE_TITLES, COURTESY_TITLES, COUNTRIES, NATIONALITIES].some((list) =>
      inList(lower, list),
    ) && !MONTH_OR_DAY.has(lower)
  );
}

const isInitial = (token: Token) => /^\p{Lu}\.$/u.test(token.text);

function isRoleWord(token: Token): boolean {
  return (
    inList(token.text, ROLE_NOUNS) || inList(token.text, OFFICE_TITLES) || (token.text.startsWith("co-") && inList(token.text.slice(3), ROLE_NOUNS))
  );
}

/**
 * Words walked back over for a role before a name: the longest in real reports is six ("former
 * Columbian Senator and Presidential candidate"). Unbounded, the walk from each name of a long
 * list of names crosses all the names before it, and its role repeats them all.
 */
export const ROLE_WORDS = 16;

/** Walks back from `index` over a role written before a name; returns where it starts. */
function roleStart(tokens: Token[], index: number): number {
  let start = index;
  for (let i = index - 1; i >= Math.max(0, index - ROLE_WORDS); i--) {
    const token = tokens[i];
    if (!token.word) break;
    const lower = token.text.toLowerCase();
    const fits =
      isRoleWord(token) ||
      isCapitalised(token) ||
      /^\d+(?:st|nd|rd|th)$/.test(lower) ||
      ROLE_ADJECTIVES.has(lower) ||
      isNationality(token.text, { loose: true }) ||
      CONNECTORS.has(lower);
    if (!fits || (COMMON_CAPITALS.has(lower) && !ROLE_ADJECTIVES.has(lower) && !CONNECTORS.has(lower))) break;
    start = i;
  }
  while (start < index && CONNECTORS.has(tokens[start].text.toLowerCase())) start++;
  return start;
}

export function nameRuns(tokens: Token[], text: string): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length) {
      const token = tokens[end];
      const previous = tokens[end - 1].text;
      if (/[’']s?$/u.test(previous) && end > i) break; // a possessive ends the name
      if (isNameWord(token)) end++;
      else if (PARTICLES.has(token.text) && isNameWord(tokens[end + 1])) end++;
      else break;
    }
    const start = i;
    i = end;
    const words = tokens.slice(start, end).filter((token) => !PARTICLES.has(token.text) && !isInitial(token));
    // "the Free Expression Trust", "Robert F. Kennedy Human Rights": the name of an organisation.
    const next = tokens[end];
    if (next && isCapitalised(next) && inList(next.text, ORGANISATION_WORDS)) continue;
    if (tokens[start - 1]?.text === "the") continue;

    let titleStart = start;
    while (titleStart > 0 && isTitle(tokens[titleStart - 1])) titleStart--;
    const titles = tokens.slice(titleStart, start);
    const peerage = titles.find((token) => inList(token.text, PEERAGE_TITLES));
    if (words.length < 2 && !peerage) continue;
    if (words.length > 4) continue;

    const nameText = text.slice(tokens[start].start, tokens[end - 1].end).replace(/[’']s$/u, "");
    const inName = words.length === 1 && peerage ? peerage : undefined;
    const officeTitles = titles.filter((token) => token !== inName && !inList(token.text, COURTESY_TITLES));
    const head = roleStart(tokens, titleStart);
    const before = [...tokens.slice(head, titleStart).map((token) => token.text), ...officeTitles.map((token) => token.text)].join(" ");
    const hasRole = tokens.slice(head, titleStart).some(isRoleWord) || officeTitles.length > 0;
    runs.push({
      start,
      end,
      name: inName ? `${inName.text} ${nameText}` : nameText,
      head: hasRole ? head : titleStart,
      roleBefore: hasRole ? before : "",
    });
  }
  return runs;
}

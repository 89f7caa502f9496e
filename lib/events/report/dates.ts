import { formatterFor } from "@/lib/i18n/format";
import { MONTHS, WEEKDAYS } from "./lexicon";
import { readableSentences, type Report } from "./text";

// When the event happened. Reports carry two kinds of dates: the day of the event ("on 28 November
// 2017", "on Saturday, July 27") and the day the report was published (a date line above the story,
// "GENEVA, March 14, 2019 —"). The event's day wins; the publication's fills in a missing year or
// turns "on Sunday" into a day. What was inferred is said in the date note.

type FoundDate = { year: number | null; month: number | null; day: number | null; weekday: number | null; index: number; raw: string };

const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

const PATTERNS: { regex: RegExp; parts: ("weekday" | "day" | "month" | "year")[] }[] = [
  {
    regex: new RegExp(String.raw`\b(?:${WEEKDAY},? )?(?:the )?${DAY} (?:of )?${MONTH},? ${YEAR}\b`, "g"),
    parts: ["weekday", "day", "month", "year"],
  },
  { regex: new RegExp(String.raw`\b(?:${WEEKDAY},? )?${MONTH} ${DAY}(?:,? ${YEAR})?\b`, "g"), parts: ["weekday", "month", "day", "year"] },
  { regex: new RegExp(String.raw`\b(?:${WEEKDAY},? )?(?:the )?${DAY} (?:of )?${MONTH}\b`, "g"), parts: ["weekday", "day", "month"] },
  { regex: new RegExp(String.raw`\b(?:in |of )${MONTH},? ${YEAR}\b`, "g"), parts: ["month", "year"] },
  { regex: new RegExp(String.raw`\b(?:on|last|this|Last|This|On) ${WEEKDAY}\b`, "g"), parts: ["weekday"] },
];

const monthNumber = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.replace(".", "").toLowerCase().slice(0, 3))) + 1;

function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // Every pattern needs a digit or a weekday ("…day"), and most sentences have neither.
  if (!/\d|day/.test(text)) return found;
  for (const { regex, parts } of PATTERNS) {
    // The dates of earlier patterns, in order: a sweep finds the one a match might overlap, where
    // asking each of them would cost the square of the dates in a text made of dates.
    const earlier = [...found].sort((a, b) => a.index - b.index);
    let next = 0;
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      while (next < earlier.length && earlier[next].index + earlier[next].raw.length <= start) next++;
      if (next < earlier.length && earlier[next].index < end) continue;
      const value = {
        year: null,
        month: null,
        day: null,
        weekday: null,
        index: start,
        raw: match[0].replace(/^(?:in|of|on|last|this) /i, ""),
      } as FoundDate;
      parts.forEach((part, i) => {
        const captured = match[i + 1];
        if (!captured) return;
        if (part === "weekday") value.weekday = WEEKDAYS.indexOf(captured.toLowerCase());
        if (part === "month") value.month = monthNumber(captured);
        if (part === "day") value.day = Number(captured);
        if (part === "year") value.year = Number(captured);
      });
      if (value.day !== null && (value.day < 1 || value.day > 31)) continue;
      found.push(value);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/**
 * A day inside a date note. The notes are written in English, the language of the reports these
 * rules read (and of the draft they fill in), so the day is English too, whatever the organizer's
 * language: a French day inside an English sentence would read as neither.
 */
function longDate(isoDate: string): string {
  return formatterFor("en").date(isoDate);
}

const EVENT_WORDS =
  /\b(?:held|took place|gathered|met|meet|convened|adopted|organi[sz]ed|hosted|staged|marched|rallied|ceremony|conference|rally|vigil|meeting|event|session|hearing|protest|demonstration|exhibition|commemoration|summit|panel|gathering|seminar|forum|march)\b/i;
const PUBLICATION_LINE = /^(?:published|posted|updated|date|dated|released)\b|^[\p{Lu}][\p{L} .’'-]*,\s/iu;

export type EventDate = { occurredOn: string | null; dateNote: string; publishedOn: string | null };

function publicationDate(report: Report): { date: string; index: number | null } | null {
  for (const line of report.header) {
    const date = findDates(line).find((d) => d.year && d.month && d.day);
    if (date && (PUBLICATION_LINE.test(line) || date.raw.length >= line.length - 12))
      return { date: iso(date.year!, date.month!, date.day!), index: null };
  }
  // A date line opening the story: "GENEVA, March 14, 2019 — Relatives of ...".
  const first = report.sentences[0]?.text ?? "";
  // Bounded spaces: with `\s+` on both sides of the date, a run of spaces (em spaces are not
  // collapsed) is tried in every split, which costs the cube of its length.
  const dateline = /^[\p{Lu}][\p{L} .’'-]{1,40},\s{1,3}([^—–-]{6,40}?)\s{1,3}[—–-]{1,2}\s/u.exec(first);
  const date = dateline ? findDates(dateline[1]).find((d) => d.year && d.month && d.day) : undefined;
  return date ? { date: iso(date.year!, date.month!, date.day!), index: first.indexOf(dateline![1]) } : null;
}

/** Nouns ("the 1988 massacre") looked for in the whole report: each look reads all of it. */
const ANNIVERSARY_LOOKUPS = 10;

const A_YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
const isWordChar = (char: string | undefined) => char !== undefined && /\w/.test(char);
const boundary = (text: string, at: number) => isWordChar(text[at - 1]) !== isWordChar(text[at]);

/**
 * The year of the first "1988 massacre" or "massacre of 1988" in `text`, as
 * `\b(YEAR) massacre\b|\bmassacre of (YEAR)\b` finds it, without compiling a regex for each noun.
 */
function yearNextTo(text: string, noun: string): string | undefined {
  let first: { at: number; year: string } | undefined;
  for (let at = text.indexOf(noun); at !== -1 && (!first || at - 5 <= first.at); at = text.indexOf(noun, at + 1)) {
    const end = at + noun.length;
    const before = at >= 5 ? text.slice(at - 5, at - 1) : "";
    if (text[at - 1] === " " && A_YEAR.test(before) && boundary(text, at - 5) && boundary(text, end)) {
      if (!first || at - 5 < first.at) first = { at: at - 5, year: before };
    }
    const after = text.slice(end + 4, end + 8);
    if (text.startsWith(" of ", end) && A_YEAR.test(after) && boundary(text, at) && boundary(text, end + 8)) {
      if (!first || at < first.at) first = { at, year: after };
    }
  }
  return first?.year;
}

/** "the 29th anniversary of the massacre" and, there or elsewhere, "the 1988 massacre" → 2017. */
function anniversaryYear(report: Report): { year: number; note: string } | null {
  let story: string | null = null;
  const inStory = new Map<string, string | undefined>();
  for (const sentence of readableSentences(report)) {
    const match = /\b(\d{1,3})(st|nd|rd|th) anniversary of (?:the )?([\p{L}\d]+)(.{0,160})/u.exec(sentence.narrative);
    if (!match) continue;
    const [, ordinal, suffix, noun, rest] = match;
    const yearOf = (text: string) => /^(1[5-9]\d\d|20\d\d)$/.exec(noun)?.[1] ?? /\b(1[5-9]\d\d|20\d\d)\b/.exec(rest)?.[1] ?? yearNextTo(text, noun);
    let base = yearOf(sentence.narrative);
    // A report made of anniversaries without years would otherwise be read once for each of them.
    if (!base && (inStory.has(noun) || inStory.size < ANNIVERSARY_LOOKUPS)) {
      story ??= `${report.title}\n${report.sentences.map((s) => s.narrative).join("\n")}`;
      if (!inStory.has(noun)) inStory.set(noun, yearOf(story));
      base = inStory.get(noun);
    }
    if (!base) continue;
    const year = Number(base) + Number(ordinal);
    return {
      year,
      note: `${year}. The report describes the event as marking the ${ordinal}${suffix} anniversary of ${base}, which places it in ${year}; it gives no day or month.`,
    };
  }
  return null;
}

export function findEventDate(report: Report, options: { referenceDate?: string } = {}): EventDate {
  const publication = publicationDate(report);
  const reference = publication?.date ?? options.referenceDate ?? null;
  type Candidate = FoundDate & { score: number; sentence: string };
  const candidates: Candidate[] = [];
  readableSentences(report).forEach((sentence, position) => {
    const aboutEvent = EVENT_WORDS.test(sentence.narrative);
    for (const date of findDates(sentence.narrative)) {
      if (position === 0 && publication?.index !== null && publication?.index !== undefined && date.index <= publication.index + 2) continue;
      if (date.day === null && date.weekday === null) continue;
      const before = sentence.narrative.slice(Math.max(0, date.index - 4), date.index);
      const score = (aboutEvent ? 3 : 0) + (/\bon $/i.test(before) ? 2 : 0) + (position < 3 ? 1 : 0) + (date.day !== null ? 1 : 0);
      candidates.push({ ...date, score, sentence: sentence.narrative });
    }
  });
  const best = candidates.sort((a, b) => b.score - a.score || a.index - b.index)[0];
  const publishedOn = publication?.date ?? null;
  if (!best) {
    const anniversary = anniversaryYear(report);
    const monthOnly = report.sentences.flatMap((s) => findDates(s.narrative)).find((d) => d.month && d.year && d.day === null);
    if (anniversary) return { occurredOn: null, dateNote: anniversary.note, publishedOn };
    if (monthOnly)
      return { occurredOn: null, dateNote: `${MONTH_NAMES[monthOnly.month! - 1]} ${monthOnly.year}; the report gives no day.`, publishedOn };
    return { occurredOn: null, dateNote: "The report gives no date.", publishedOn };
  }
  return { ...resolve(best, reference, publication !== null, yearsIn(report)), publishedOn };
}

/** Years the report mentions (titles included), latest first: where a date without one belongs. */
function yearsIn(report: Report): number[] {
  const text = [report.title, ...report.header, ...report.sentences.map((s) => s.narrative)].join(" ");
  const years = [...text.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((match) => Number(match[1]));
  return [...new Set(years)].sort((a, b) => b - a);
}

const MONTH_NAMES = MONTHS.map((month) => month[0].toUpperCase() + month.slice(1));
const WEEKDAY_NAMES = WEEKDAYS.map((day) => day[0].toUpperCase() + day.slice(1));

function resolve(date: FoundDate, reference: string | null, fromPublication: boolean, years: number[]): Omit<EventDate, "publishedOn"> {
  const source = fromPublication ? "the report's publication date" : "the date given for the report";
  if (date.day !== null && date.month !== null) {
    let year = date.year;
    let note = "";
    if (year === null && !reference) {
      // "on Saturday, July 27" and "2019" elsewhere: the latest year mentioned whose July 27 is a
      // Saturday (reports look back on earlier years), or the latest one if no weekday is given.
      const fits = years.find((y) => date.weekday === null || utc(y, date.month!, date.day!).getUTCDay() === date.weekday);
      if (fits === undefined) return { occurredOn: null, dateNote: `${date.raw}, as stated in the report, which gives no year.` };
      year = fits;
      note = `${date.raw} in the report; the year ${fits} is taken from elsewhere in the report.`;
    }
    if (year === null) {
      if (!reference) return { occurredOn: null, dateNote: `${date.raw}, as stated in the report, which gives no year.` };
      const [refYear, refMonth, refDay] = reference.split("-").map(Number);
      // A report speaks of a day that has passed: a later day of the year was last year's.
      year = date.month > refMonth || (date.month === refMonth && date.day > refDay) ? refYear - 1 : refYear;
      note = `${date.raw} in the report; the year ${year} is taken from ${source} (${longDate(reference)}).`;
    }
    const value = iso(year, date.month, date.day);
    if (utc(year, date.month, date.day).getUTCMonth() !== date.month - 1) {
      return { occurredOn: null, dateNote: `${date.raw}, as written in the report, is not a date in ${year}; check the source.` };
    }
    // A day the report states in full needs no note: the date says it all (issue #11). A note stays
    // where the day was worked out, or does not add up, for the organizer to check.
    const weekday = utc(year, date.month, date.day).getUTCDay();
    if (date.weekday !== null && date.weekday !== weekday) {
      note += ` The report says ${WEEKDAY_NAMES[date.weekday]}, but ${longDate(value)} was a ${WEEKDAY_NAMES[weekday]}; check the sources.`;
    }
    return { occurredOn: value, dateNote: note.trim() };
  }
  if (date.weekday !== null && reference) {
    const [year, month, day] = reference.split("-").map(Number);
    const referenceDay = utc(year, month, day);
    const back = (referenceDay.getUTCDay() - date.weekday + 7) % 7;
    const value = new Date(referenceDay.getTime() - back * 86_400_000).toISOString().slice(0, 10);
    return {
      occurredOn: value,
      dateNote: `“${WEEKDAY_NAMES[date.weekday]}” in the report, read as the ${WEEKDAY_NAMES[date.weekday]} on or before ${source} (${longDate(reference)}).`,
    };
  }
  return { occurredOn: null, dateNote: `${date.raw}, as stated in the report, which gives no fuller date.` };
}

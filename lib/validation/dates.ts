// Dates and times typed by organizers, bounded before they reach PostgreSQL: it has no year 0
// ("0000-01-01" is "date/time field value out of range", an error page), and JavaScript's
// Date.UTC reads years 0-99 as 1900-1999. Four-digit years only, within a range that makes sense
// for what the date is.

export type YearRange = { min: number; max: number };

/** When a documented event happened or a source was published: history, but not before 1000. */
export const DOCUMENTED_YEARS: YearRange = { min: 1000, max: 9999 };
/** When signatures were collected or a campaign opens or closes: this platform's lifetime. */
export const RECENT_YEARS: YearRange = { min: 2000, max: 9999 };

export const yearsMessage = (range: YearRange) => `Enter a year from ${range.min} to ${range.max}`;

const isYearIn = (year: number, range: YearRange) => Number.isInteger(year) && year >= range.min && year <= range.max;

/** A real calendar date written YYYY-MM-DD (not 2026-02-30), its year within `range`. */
export function isCalendarDate(value: string, range: YearRange = DOCUMENTED_YEARS): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (!isYearIn(year, range)) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date or date-time whose four-digit year is outside `range` (0000-01-01): worth its own message. */
export function hasYearOutside(value: string, range: YearRange): boolean {
  const match = /^(\d{4})-/.exec(value.trim());
  return match !== null && !isYearIn(Number(match[1]), range);
}

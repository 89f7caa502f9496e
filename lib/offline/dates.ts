import { messageKey } from "@/lib/i18n/message-key";
import { DOCUMENTED_YEARS, hasYearOutside, isCalendarDate } from "@/lib/validation/dates";

// Calendar dates (YYYY-MM-DD) given by organizers: a source's date, the day a paper was signed.
// A tally may document an old campaign, so years go back to 1000 (PostgreSQL has no year 0).

/** A real calendar date written YYYY-MM-DD (not 2026-02-30), from year 1000 to 9999. */
export function isIsoDate(value: string): boolean {
  return isCalendarDate(value, DOCUMENTED_YEARS);
}

/** Written YYYY-MM-DD, but its year is out of range (0000-01-01): worth its own message. */
export function isYearOutOfRange(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && hasYearOutside(value, DOCUMENTED_YEARS);
}

/** A catalog key (lib/i18n/message-key.ts). */
export const DATE_YEARS_MESSAGE = messageKey("organizer.offline.errors.years", { ...DOCUMENTED_YEARS });

/**
 * The latest date that is not in the future anywhere: today in UTC+14. A paper signed "today" on
 * the far side of the date line is not refused because the server runs on UTC.
 */
function latestPastDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

export function isFutureDate(value: string, now: Date = new Date()): boolean {
  return value > latestPastDate(now);
}

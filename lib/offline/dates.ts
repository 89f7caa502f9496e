// Calendar dates (YYYY-MM-DD) given by organizers: a source's date, the day a paper was signed.

/** A real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The latest date that is not in the future anywhere: today in UTC+14. A paper signed "today" on
 * the far side of the date line is not refused because the server runs on UTC.
 */
export function latestPastDate(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

export function isFutureDate(value: string, now: Date = new Date()): boolean {
  return value > latestPastDate(now);
}

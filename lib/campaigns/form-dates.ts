// Opening and closing dates as the campaign form writes them: `YYYY-MM-DDTHH:mm` (datetime-local)
// or `YYYY-MM-DD` (a date field, or a browser without datetime-local). Both are read as UTC, so the
// browser and the server agree on the same instant whatever their time zones (the form says so).

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export type DateBoundary = "start" | "end";

/**
 * The instant a form value names, or null when it is not a real date. A bare date means the start
 * of that day when opening, and the end of it (midnight after) when closing: "closes on 1 May"
 * takes signatures all through 1 May.
 */
export function parseFormDate(value: string, boundary: DateBoundary): Date | null {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo) - 1;
  const day = Number(d);
  const dateOnly = h === undefined;
  const date = new Date(Date.UTC(year, month, day, dateOnly ? 0 : Number(h), dateOnly ? 0 : Number(mi), s ? Number(s) : 0));
  // Date.UTC rolls 31 February over into March: refuse instead.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  if (!dateOnly && (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59))) return null;
  if (dateOnly && boundary === "end") date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** A stored instant as a datetime-local value in UTC, e.g. "2026-05-01T18:30"; "" for none. */
export function toFormDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 16) : "";
}

import { formatterFor } from "@/lib/i18n/format";

/**
 * A short date for listings: the exact day when known, in the reader's calendar (Persian shows the
 * Solar Hijri day beside the Gregorian one), else the first sentence of the date note.
 */
export function eventDateLabel(event: { occurredOn: string | null; dateNote: string }, locale = "en"): string {
  if (event.occurredOn) return formatterFor(locale).eventDate(event.occurredOn);
  return event.dateNote.split(/[.;]/)[0];
}

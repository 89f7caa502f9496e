import { useLocale } from "next-intl";
import { formatterFor } from "@/lib/i18n/format";
import { DEFAULT_LOCALE } from "@/lib/i18n/routing";

// Dates and times on the organizer screens, in one compact form, always in UTC: the team may sit in
// several time zones, and the audit log and the invalidation filter speak UTC. Formatted in the
// reader's language by lib/i18n/format.ts (issue #12); a moment carries its time zone's name.

/** A moment in UTC, as text: for sentences and accessible names, where an element cannot go. */
export const formatDateTime = (date: Date, locale: string = DEFAULT_LOCALE) => formatterFor(locale).dateTime(date);

/** A moment as a `<time>` element; `dateOnly` drops the time of day. */
export function DateTime({ value, dateOnly = false }: { value: Date; dateOnly?: boolean }) {
  const format = formatterFor(useLocale());
  return <time dateTime={value.toISOString()}>{dateOnly ? format.date(value, "short") : format.dateTime(value)}</time>;
}

// Dates and times on the organizer screens, in one compact form ("2 Dec 2026, 20:15"), always in
// UTC: the team may sit in several time zones, and the audit log and the invalidation filter speak
// UTC. Column headings and labels say "UTC" once, so the cells stay short (issue #11).

const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});
const dateOnly = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "2 Dec 2026, 20:15", in UTC: for sentences and accessible names, where an element cannot go. */
export const formatDateTime = (date: Date) => dateTime.format(date);

/** A moment as a `<time>` element; `dateOnly` drops the time of day ("2 Dec 2026"). */
export function DateTime({ value, dateOnly: onlyDate = false }: { value: Date; dateOnly?: boolean }) {
  return <time dateTime={value.toISOString()}>{onlyDate ? dateOnly.format(value) : dateTime.format(value)}</time>;
}

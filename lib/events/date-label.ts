/** A short date for listings: the exact day when known, else the first sentence of the date note. */
export function eventDateLabel(event: { occurredOn: string | null; dateNote: string }): string {
  if (event.occurredOn) {
    return new Date(`${event.occurredOn}T00:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
  }
  return event.dateNote.split(/[.;]/)[0];
}

import { findCalls } from "./report/calls";
import { findEventDate } from "./report/dates";
import { findPeople } from "./report/people";
import { findHost, findPlace } from "./report/places";
import { readReport, withoutDateline, type Report } from "./report/text";
import { capitaliseFirst } from "./report/tokens";
import { EVENT_LIMITS, type EventInput } from "./schema";

// Import an event from a report (issue #3): a pasted article becomes a draft event for an
// organizer to correct, with the date, place, host, speakers and their roles, the sentences that
// call on someone to act, and the article itself as the event's source. Pure and rule-based: no
// network, no model; the rules are in lib/events/report/. Nothing here is saved.

export type EventDraft = EventInput;

export type DraftOptions = {
  /** Where the report was found, if the organizer knows. */
  url?: string | null;
  publisher?: string | null;
  /** ISO date standing in for the publication date when the report has none ("on Sunday"). */
  referenceDate?: string | null;
};

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The story's opening sentences: reporters put what happened first. The dateline is the report's, not the event's. */
function summaryOf(report: Report): string {
  const parts: string[] = [];
  for (const sentence of report.sentences) {
    if (parts.join(" ").length > 400 || parts.length >= 3) break;
    parts.push(parts.length === 0 ? capitaliseFirst(withoutDateline(sentence.text)) : sentence.text);
  }
  return clip(parts.join(" "), 1200);
}

export function draftEventFromReport(text: string, options: DraftOptions = {}): EventDraft {
  const report = readReport(text);
  const { occurredOn, dateNote, publishedOn } = findEventDate(report, { referenceDate: options.referenceDate ?? undefined });
  const { place, placeNote } = findPlace(report);
  const people = findPeople(report);
  const calls = findCalls(report, people);
  return {
    title: clip(report.title || "Imported report", EVENT_LIMITS.title),
    occurredOn,
    dateNote: clip(dateNote, EVENT_LIMITS.dateNote),
    place: clip(place || "Not named in the report", EVENT_LIMITS.place),
    placeNote: placeNote ? clip(placeNote, EVENT_LIMITS.placeNote) : null,
    host: clip(findHost(report), EVENT_LIMITS.host),
    summary: clip(summaryOf(report), EVENT_LIMITS.summary),
    speakers: people
      .slice(0, EVENT_LIMITS.speakers)
      .map((person) => ({ name: clip(person.name, EVENT_LIMITS.name), role: clip(person.role, EVENT_LIMITS.role) })),
    sources: [
      {
        title: clip(report.title || "Pasted report", EVENT_LIMITS.sourceTitle),
        publisher: options.publisher ?? null,
        publishedOn,
        url: options.url ?? null,
        text: clip(text.trim(), EVENT_LIMITS.sourceText),
        note: null,
      },
    ],
    callsToAction: calls.slice(0, EVENT_LIMITS.callsToAction).map((call) => ({
      speaker: call.speaker,
      target: clip(call.target, EVENT_LIMITS.target),
      action: clip(call.action, EVENT_LIMITS.action),
      quote: clip(call.quote, EVENT_LIMITS.quote),
    })),
  };
}

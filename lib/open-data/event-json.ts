import "server-only";
import type { EventSource } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import type { EventDetail } from "@/lib/events/queries";
import type { EventDetailJson, EventListJson, EventSummaryJson } from "./schema";

// The public JSON of documented events. Listing leaves out the verbatim text of the sources, which
// runs to pages; the event's own endpoint carries it.

function sourceJson(source: EventSource) {
  return {
    title: source.title,
    publisher: source.publisher,
    publishedOn: source.publishedOn,
    url: source.url,
    note: source.note,
  };
}

function eventFieldsJson(event: EventDetail): Omit<EventSummaryJson, "sources"> {
  return {
    slug: event.slug,
    title: event.title,
    occurredOn: event.occurredOn,
    dateNote: event.dateNote,
    place: event.place,
    placeNote: event.placeNote,
    host: event.host,
    summary: event.summary,
    speakers: event.speakers.map(({ name, role }) => ({ name, role })),
    callsToAction: event.callsToAction.map(({ speaker, target, action, quote }) => ({ speaker, target, action, quote })),
    campaigns: event.campaigns.map(({ slug, title }) => ({ slug, title })),
    url: `${getEnv().APP_URL}/events/${event.slug}`,
    updatedAt: event.updatedAt.toISOString(),
  };
}

function toEventSummaryJson(event: EventDetail): EventSummaryJson {
  return { ...eventFieldsJson(event), sources: event.sources.map(sourceJson) };
}

export function toEventListJson(events: EventDetail[]): EventListJson {
  return { events: events.map(toEventSummaryJson) };
}

export function toEventDetailJson(event: EventDetail): EventDetailJson {
  return {
    ...eventFieldsJson(event),
    sources: event.sources.map((source) => ({ ...sourceJson(source), text: source.text })),
  };
}

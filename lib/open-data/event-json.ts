import "server-only";
import type { EventSource, EventTranslation } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import type { EventDetail } from "@/lib/events/queries";
import { localizeEvent } from "@/lib/events/translations";
import { type Locale, localePath } from "@/lib/i18n/routing";
import { languageFieldsJson } from "./http";
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

/** `language`: the reader's `?lang=` (its title and summary in it where they exist), or null for the original. */
function eventFieldsJson(event: EventDetail, translations: readonly EventTranslation[], language: Locale | null): Omit<EventSummaryJson, "sources"> {
  const own = translations.filter((translation) => translation.eventId === event.id);
  const shown = localizeEvent(event, own, language ?? event.language);
  return {
    slug: event.slug,
    title: shown.title,
    ...languageFieldsJson(shown.text, own),
    occurredOn: event.occurredOn,
    dateNote: event.dateNote,
    place: event.place,
    placeNote: event.placeNote,
    host: event.host,
    summary: shown.summary,
    speakers: event.speakers.map(({ name, role }) => ({ name, role })),
    callsToAction: shown.callsToAction.map(({ speaker, target, action, quote, wordingLanguage }) => ({
      speaker,
      target,
      action,
      language: wordingLanguage as Locale,
      quote,
    })),
    campaigns: event.campaigns.map(({ slug, title }) => ({ slug, title })),
    url: `${getEnv().APP_URL}${localePath(language ?? "en", `/events/${event.slug}`)}`,
    updatedAt: event.updatedAt.toISOString(),
  };
}

export function toEventListJson(
  events: EventDetail[],
  translations: readonly EventTranslation[] = [],
  language: Locale | null = null,
): EventListJson {
  return { events: events.map((event) => ({ ...eventFieldsJson(event, translations, language), sources: event.sources.map(sourceJson) })) };
}

export function toEventDetailJson(
  event: EventDetail,
  translations: readonly EventTranslation[] = [],
  language: Locale | null = null,
): EventDetailJson {
  return {
    ...eventFieldsJson(event, translations, language),
    sources: event.sources.map((source) => ({ ...sourceJson(source), text: source.text })),
  };
}

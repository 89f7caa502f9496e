import "server-only";
import { slugSchema } from "@/lib/validation/slug";
import { allow, refuse, type Caller, type Guarded } from "@/lib/access/guard";
import { eventAccess } from "./access-rules";
import type { EventTranslation } from "@/lib/db/schema";
import { LOCALES, type Locale } from "@/lib/i18n/routing";
import { translationStates, type TranslationState } from "@/lib/i18n/text-versions";
import { eventTranslationsOf, findEventActor, getEvent, listEventsForOrganizers, type EventDetail, type OrganizerEventListItem } from "./queries";
import { toEventFormValues, type EventFormValues } from "./schema";

// The data of each organizer event page, with its authorization inside: a page passes the
// session's user (or null) and renders, redirects or refuses on the answer. Tests call these.

export type EventList = { events: (OrganizerEventListItem & { canEdit: boolean })[] };

export async function loadEventList(caller: Caller): Promise<Guarded<EventList>> {
  if (!caller) return refuse("unauthenticated");
  const actor = await findEventActor(caller.id);
  if (!eventAccess(actor, null).view) return refuse("forbidden");
  const events = await listEventsForOrganizers();
  return allow({ events: events.map((event) => ({ ...event, canEdit: eventAccess(actor, event).edit })) });
}

/** The new-event and import pages: any organizer or admin. */
export async function loadEventCreation(caller: Caller): Promise<Guarded<{ email: string }>> {
  if (!caller) return refuse("unauthenticated");
  const actor = await findEventActor(caller.id);
  if (!eventAccess(actor, null).create) return refuse("forbidden");
  return allow({ email: actor!.email });
}

export type OrganizerEventPage = {
  event: EventDetail;
  canEdit: boolean;
  /** Its title and summary in its other languages, and each language's state (issue #12). */
  translations: EventTranslation[];
  states: Record<Locale, TranslationState>;
};

export async function loadOrganizerEvent(caller: Caller, slug: string): Promise<Guarded<OrganizerEventPage>> {
  if (!caller) return refuse("unauthenticated");
  const parsed = slugSchema.safeParse(slug);
  const event = parsed.success ? await getEvent(parsed.data) : null;
  if (!event) return refuse("not-found");
  const actor = await findEventActor(caller.id);
  const access = eventAccess(actor, event);
  if (!access.view) return refuse("forbidden");
  const translations = (await eventTranslationsOf(event.id)).filter((translation) => translation.language !== event.language);
  return allow({ event, canEdit: access.edit, translations, states: translationStates(event, translations, LOCALES) });
}

export type EventEditor = { event: EventDetail; values: EventFormValues };

export async function loadEventEditor(caller: Caller, slug: string): Promise<Guarded<EventEditor>> {
  if (!caller) return refuse("unauthenticated");
  const parsed = slugSchema.safeParse(slug);
  const event = parsed.success ? await getEvent(parsed.data) : null;
  if (!event) return refuse("not-found");
  if (!eventAccess(await findEventActor(caller.id), event).edit) return refuse("forbidden");
  return allow({ event, values: toEventFormValues(event) });
}

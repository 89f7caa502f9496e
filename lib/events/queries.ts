import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/status";
import { getDb } from "@/lib/db/client";
import {
  campaigns,
  eventCallsToAction,
  eventSources,
  eventSpeakers,
  eventTranslations,
  events,
  users,
  type Event,
  type EventTranslation,
  type EventCallToAction,
  type EventSource,
  type EventSpeaker,
  type UserRole,
} from "@/lib/db/schema";

export type EventDetail = Event & {
  speakers: EventSpeaker[];
  sources: EventSource[];
  callsToAction: EventCallToAction[];
  /** Its public campaigns, with what picks their title in a reader's language (lib/i18n/text-versions.ts). */
  campaigns: { id: string; slug: string; title: string; language: string; textRevision: number }[];
};

/** An event's title and summary in its other languages (issue #12), in language order. */
export async function eventTranslationsOf(eventId: string): Promise<EventTranslation[]> {
  return eventTranslationsFor([eventId]);
}

/** The translations of these events, in language order. */
export async function eventTranslationsFor(eventIds: string[]): Promise<EventTranslation[]> {
  if (eventIds.length === 0) return [];
  return getDb().select().from(eventTranslations).where(inArray(eventTranslations.eventId, eventIds)).orderBy(asc(eventTranslations.language));
}

export async function getEvent(slug: string): Promise<EventDetail | null> {
  const event = await findEventBySlug(slug);
  if (!event) return null;
  const db = getDb();
  const [speakers, sources, callsToAction, related] = await Promise.all([
    db.select().from(eventSpeakers).where(eq(eventSpeakers.eventId, event.id)).orderBy(asc(eventSpeakers.position)),
    db.select().from(eventSources).where(eq(eventSources.eventId, event.id)).orderBy(asc(eventSources.position)),
    db.select().from(eventCallsToAction).where(eq(eventCallsToAction.eventId, event.id)).orderBy(asc(eventCallsToAction.position)),
    db
      .select({ id: campaigns.id, slug: campaigns.slug, title: campaigns.title, language: campaigns.language, textRevision: campaigns.textRevision })
      .from(campaigns)
      .where(and(eq(campaigns.eventId, event.id), inArray(campaigns.status, [...PUBLIC_CAMPAIGN_STATUSES])))
      .orderBy(asc(campaigns.createdAt)),
  ]);
  return { ...event, speakers, sources, callsToAction, campaigns: related };
}

/** Every documented event with its speakers, sources, calls to action and public campaigns. */
export async function listEvents(): Promise<EventDetail[]> {
  const db = getDb();
  // Seeded events share a createdAt; the slug keeps their order stable.
  const all = await db.select().from(events).orderBy(asc(events.createdAt), asc(events.slug));
  if (all.length === 0) return [];
  const ids = all.map((event) => event.id);
  const [speakers, sources, callsToAction, related] = await Promise.all([
    db.select().from(eventSpeakers).where(inArray(eventSpeakers.eventId, ids)).orderBy(asc(eventSpeakers.position)),
    db.select().from(eventSources).where(inArray(eventSources.eventId, ids)).orderBy(asc(eventSources.position)),
    db.select().from(eventCallsToAction).where(inArray(eventCallsToAction.eventId, ids)).orderBy(asc(eventCallsToAction.position)),
    db
      .select({
        eventId: campaigns.eventId,
        id: campaigns.id,
        slug: campaigns.slug,
        title: campaigns.title,
        language: campaigns.language,
        textRevision: campaigns.textRevision,
      })
      .from(campaigns)
      .where(and(inArray(campaigns.eventId, ids), inArray(campaigns.status, [...PUBLIC_CAMPAIGN_STATUSES])))
      .orderBy(asc(campaigns.createdAt), asc(campaigns.slug)),
  ]);
  return all.map((event) => ({
    ...event,
    speakers: speakers.filter((row) => row.eventId === event.id),
    sources: sources.filter((row) => row.eventId === event.id),
    callsToAction: callsToAction.filter((row) => row.eventId === event.id),
    campaigns: related.filter((row) => row.eventId === event.id).map(({ eventId: _, ...campaign }) => campaign),
  }));
}

export async function findEventBySlug(slug: string): Promise<Event | null> {
  const [event] = await getDb().select().from(events).where(eq(events.slug, slug)).limit(1);
  return event ?? null;
}

export type OrganizerEventListItem = {
  slug: string;
  title: string;
  occurredOn: string | null;
  dateNote: string;
  place: string;
  createdBy: string | null;
  /** The creator's address, or null for seeded events and removed users. */
  creatorEmail: string | null;
  updatedAt: Date;
  callsToAction: number;
};

/** Every event for the organizer area, newest first. */
export async function listEventsForOrganizers(): Promise<OrganizerEventListItem[]> {
  const db = getDb();
  const callCounts = db
    .select({ eventId: eventCallsToAction.eventId, count: sql<number>`count(*)::int`.as("count") })
    .from(eventCallsToAction)
    .groupBy(eventCallsToAction.eventId)
    .as("call_counts");
  const rows = await db
    .select({
      slug: events.slug,
      title: events.title,
      occurredOn: events.occurredOn,
      dateNote: events.dateNote,
      place: events.place,
      createdBy: events.createdBy,
      creatorEmail: users.email,
      updatedAt: events.updatedAt,
      callsToAction: callCounts.count,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.createdBy))
    .leftJoin(callCounts, eq(callCounts.eventId, events.id))
    .orderBy(desc(events.createdAt), asc(events.slug));
  return rows.map((row) => ({ ...row, creatorEmail: row.creatorEmail ?? null, callsToAction: row.callsToAction ?? 0 }));
}

export type EventActor = { id: string; email: string; role: UserRole };

/** The caller as the database knows them now (their role may have changed since sign-in). */
export async function findEventActor(userId: string): Promise<EventActor | null> {
  const [user] = await getDb().select({ id: users.id, email: users.email, role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  return user ?? null;
}

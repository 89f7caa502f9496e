import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/status";
import { getDb } from "@/lib/db/client";
import {
  campaigns,
  eventCallsToAction,
  eventSources,
  eventSpeakers,
  events,
  type Event,
  type EventCallToAction,
  type EventSource,
  type EventSpeaker,
} from "@/lib/db/schema";

export type EventDetail = Event & {
  speakers: EventSpeaker[];
  sources: EventSource[];
  callsToAction: EventCallToAction[];
  campaigns: { slug: string; title: string }[];
};

export async function getEvent(slug: string): Promise<EventDetail | null> {
  const db = getDb();
  const [event] = await db.select().from(events).where(eq(events.slug, slug)).limit(1);
  if (!event) return null;
  const [speakers, sources, callsToAction, related] = await Promise.all([
    db.select().from(eventSpeakers).where(eq(eventSpeakers.eventId, event.id)).orderBy(asc(eventSpeakers.position)),
    db.select().from(eventSources).where(eq(eventSources.eventId, event.id)).orderBy(asc(eventSources.position)),
    db
      .select()
      .from(eventCallsToAction)
      .where(eq(eventCallsToAction.eventId, event.id))
      .orderBy(asc(eventCallsToAction.position)),
    db
      .select({ slug: campaigns.slug, title: campaigns.title })
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
    db
      .select()
      .from(eventCallsToAction)
      .where(inArray(eventCallsToAction.eventId, ids))
      .orderBy(asc(eventCallsToAction.position)),
    db
      .select({ eventId: campaigns.eventId, slug: campaigns.slug, title: campaigns.title })
      .from(campaigns)
      .where(and(inArray(campaigns.eventId, ids), inArray(campaigns.status, [...PUBLIC_CAMPAIGN_STATUSES])))
      .orderBy(asc(campaigns.createdAt), asc(campaigns.slug)),
  ]);
  return all.map((event) => ({
    ...event,
    speakers: speakers.filter((row) => row.eventId === event.id),
    sources: sources.filter((row) => row.eventId === event.id),
    callsToAction: callsToAction.filter((row) => row.eventId === event.id),
    campaigns: related.filter((row) => row.eventId === event.id).map(({ slug, title }) => ({ slug, title })),
  }));
}

import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
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
      .where(and(eq(campaigns.eventId, event.id), inArray(campaigns.status, ["open", "closed"])))
      .orderBy(asc(campaigns.createdAt)),
  ]);
  return { ...event, speakers, sources, callsToAction, campaigns: related };
}

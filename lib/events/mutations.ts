import "server-only";
import { and, asc, eq, like, or, sql } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { getDb, type Transaction } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { type CallWording, eventCallsToAction, eventSources, eventSpeakers, eventTranslations, events } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/routing";
import type { EventInput, EventTranslationData } from "./schema";
import { firstFreeSlug, slugFromTitle } from "./slug";

// Writes for documented events. They trust their caller: commands.ts authenticates, validates
// and authorizes first. An event and its speakers, sources and calls to action are written in
// one transaction with the audit entry, so a failure leaves nothing half-saved.

const eventFields = (input: EventInput) => ({
  title: input.title,
  occurredOn: input.occurredOn,
  dateNote: input.dateNote,
  place: input.place,
  placeNote: input.placeNote,
  host: input.host,
  summary: input.summary,
});

async function insertChildren(tx: Transaction, eventId: string, input: EventInput): Promise<void> {
  if (input.speakers.length) {
    await tx.insert(eventSpeakers).values(input.speakers.map((speaker, position) => ({ ...speaker, eventId, position })));
  }
  if (input.sources.length) {
    await tx.insert(eventSources).values(input.sources.map((source, position) => ({ ...source, eventId, position })));
  }
  if (input.callsToAction.length) {
    await tx.insert(eventCallsToAction).values(input.callsToAction.map((call, position) => ({ ...call, eventId, position })));
  }
}

async function takenSlugs(tx: Transaction, base: string): Promise<string[]> {
  // The base holds only [a-z0-9-], so it carries no LIKE wildcards.
  const rows = await tx
    .select({ slug: events.slug })
    .from(events)
    .where(or(eq(events.slug, base), like(events.slug, `${base}-%`)));
  return rows.map((row) => row.slug);
}

/** Saves a new event with a slug made from its title (-2, -3, ... when taken). */
export async function createEvent(actor: AuditActor, input: EventInput): Promise<{ id: string; slug: string }> {
  const base = slugFromTitle(input.title);
  for (let attempt = 1; ; attempt++) {
    try {
      return await getDb().transaction(async (tx) => {
        const slug = firstFreeSlug(base, await takenSlugs(tx, base));
        const [event] = await tx
          .insert(events)
          .values({ ...eventFields(input), slug, createdBy: actor.id })
          .returning({ id: events.id });
        await insertChildren(tx, event.id, input);
        await recordAudit(tx, actor, { action: "event.create", eventId: event.id, subject: slug, details: { title: input.title } });
        return { id: event.id, slug };
      });
    } catch (error) {
      // Two organizers saving the same title at once: the loser takes the next free suffix.
      if (attempt < 5 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/**
 * Replaces an event's fields and its speakers, sources and calls to action (kept in the order
 * given). The slug stays as it was, so links to the event keep working. False if it is gone.
 */
export async function updateEvent(actor: AuditActor, eventId: string, input: EventInput): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [event] = await tx
      .select({ id: events.id, slug: events.slug, title: events.title, summary: events.summary })
      .from(events)
      .where(eq(events.id, eventId))
      .for("update");
    if (!event) return false;
    // A new title, summary or call wording dates the translations made from the old ones.
    const calls = await tx
      .select({ target: eventCallsToAction.target, action: eventCallsToAction.action })
      .from(eventCallsToAction)
      .where(eq(eventCallsToAction.eventId, eventId))
      .orderBy(asc(eventCallsToAction.position));
    const newText = event.title !== input.title || event.summary !== input.summary || !sameWording(calls, input.callsToAction);
    await tx
      .update(events)
      .set({ ...eventFields(input), updatedAt: sql`now()`, ...(newText && { textRevision: sql`${events.textRevision} + 1` }) })
      .where(eq(events.id, eventId));
    await tx.delete(eventSpeakers).where(eq(eventSpeakers.eventId, eventId));
    await tx.delete(eventSources).where(eq(eventSources.eventId, eventId));
    await tx.delete(eventCallsToAction).where(eq(eventCallsToAction.eventId, eventId));
    await insertChildren(tx, eventId, input);
    await recordAudit(tx, actor, { action: "event.update", eventId, subject: event.slug, details: { title: input.title } });
    return true;
  });
}

type Wording = { target: string; action: string };
const sameWording = (before: Wording[], after: Wording[]) =>
  before.length === after.length && before.every((call, index) => call.target === after[index].target && call.action === after[index].action);

/** The calls' wording as kept: blanks as null, and none after the last call translated. */
function storedWording(calls: EventTranslationData["calls"]): CallWording[] {
  const wording = calls.map(({ target, action }) => ({ target: target ?? null, action: action ?? null }));
  while (wording.length > 0 && wording.at(-1)!.target === null && wording.at(-1)!.action === null) wording.pop();
  return wording;
}

/**
 * Writes an event's title and summary in another language, made from its text as it is now.
 * Refused (null: gone; "original": its own language) without writing anything.
 */
export async function saveEventTranslation(actor: AuditActor, eventId: string, input: EventTranslationData): Promise<"saved" | "original" | null> {
  return getDb().transaction(async (tx) => {
    const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
    if (!event) return null;
    if (input.language === event.language) return "original";
    const text = { title: input.title, summary: input.summary, calls: storedWording(input.calls) };
    await tx
      .insert(eventTranslations)
      .values({ eventId, language: input.language, ...text, sourceRevision: event.textRevision, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: [eventTranslations.eventId, eventTranslations.language],
        set: { ...text, sourceRevision: event.textRevision, updatedBy: actor.id, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      action: "event.translation.save",
      eventId,
      subject: event.slug,
      details: { language: input.language, sourceRevision: event.textRevision },
    });
    return "saved";
  });
}

/** Deletes an event's translation into one language; false if there was none. */
export async function deleteEventTranslation(actor: AuditActor, eventId: string, slug: string, language: Locale): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const deleted = await tx
      .delete(eventTranslations)
      .where(and(eq(eventTranslations.eventId, eventId), eq(eventTranslations.language, language)))
      .returning({ language: eventTranslations.language });
    if (deleted.length > 0) await recordAudit(tx, actor, { action: "event.translation.delete", eventId, subject: slug, details: { language } });
    return deleted.length > 0;
  });
}

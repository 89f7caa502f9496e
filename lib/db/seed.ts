import "server-only";
import { seedCampaigns, seedEvents } from "@/drizzle/seed/data";
import { seedEventTranslations } from "@/drizzle/seed/event-translations";
import { seedCampaignTexts } from "@/drizzle/seed/translations";
import type { Transaction } from "./client";
import * as schema from "./schema";

/** Inserts the documented events and their campaigns that are not in the database yet, in the start-up transaction. */
export async function seedDatabase(tx: Transaction): Promise<void> {
  const eventIds = new Map<string, string>();
  for (const event of seedEvents) {
    const { speakers, sources, callsToAction, ...fields } = event;
    const [inserted] = await tx
      .insert(schema.events)
      .values(fields)
      .onConflictDoNothing({ target: schema.events.slug })
      .returning({ id: schema.events.id });
    if (inserted) {
      const eventId = inserted.id;
      if (speakers.length) {
        await tx.insert(schema.eventSpeakers).values(speakers.map((s, position) => ({ ...s, eventId, position })));
      }
      if (sources.length) {
        await tx.insert(schema.eventSources).values(sources.map((s, position) => ({ ...s, eventId, position })));
      }
      if (callsToAction.length) {
        await tx.insert(schema.eventCallsToAction).values(callsToAction.map((c, position) => ({ ...c, eventId, position })));
      }
      // Its title and summary in French and Persian (drizzle/seed/event-translations.ts).
      const translations = Object.entries(seedEventTranslations[event.slug] ?? {});
      if (translations.length) {
        await tx.insert(schema.eventTranslations).values(translations.map(([language, text]) => ({ ...text, language, eventId, sourceRevision: 1 })));
      }
    }
    const existing = await tx.query.events.findFirst({
      columns: { id: true },
      where: (events, { eq }) => eq(events.slug, event.slug),
    });
    if (existing) eventIds.set(event.slug, existing.id);
  }

  for (const campaign of seedCampaigns) {
    const { eventSlug, offlineTallies, ...fields } = campaign;
    const [inserted] = await tx
      .insert(schema.campaigns)
      .values({ ...fields, status: "open", eventId: eventIds.get(eventSlug) ?? null, opensAt: new Date() })
      .onConflictDoNothing({ target: schema.campaigns.slug })
      .returning({ id: schema.campaigns.id });
    if (inserted && offlineTallies.length) {
      await tx.insert(schema.offlineTallies).values(offlineTallies.map((tally) => ({ ...tally, campaignId: inserted.id })));
    }
    // Its other languages, as translations of its original (drizzle/seed/translations.ts): the
    // mayors' declaration is authoritative in French, the UN call in English.
    const languages = seedCampaignTexts[campaign.slug];
    if (inserted && languages) {
      const translations = Object.entries(languages.texts).filter(([language]) => language !== languages.authoritative);
      await tx
        .insert(schema.campaignTranslations)
        .values(translations.map(([language, text]) => ({ ...text, language, campaignId: inserted.id, sourceRevision: 1 })));
    }
  }
}

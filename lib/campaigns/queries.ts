import "server-only";
import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import {
  campaignSnapshots,
  campaignTranslations,
  campaignUpdates,
  campaignUpdateTranslations,
  campaigns,
  eventCallsToAction,
  events,
  offlineTallies,
  type Campaign,
  type CampaignTranslation,
  type CampaignUpdate,
  type CampaignUpdateTranslation,
  type EventCallToAction,
  type OfflineTally,
} from "@/lib/db/schema";
import { cache } from "react";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { isSlug } from "@/lib/validation/slug";
import { isPublicCampaign, PUBLIC_CAMPAIGN_STATUSES } from "@/lib/campaigns/status";
import { getTallies, getTally, type Tally } from "@/lib/tallies/queries";
import { localizeCampaign, type TextVersion, type TranslationRef } from "./translations";

type CampaignEventSummary = { slug: string; title: string; language: string; occurredOn: string | null; dateNote: string; place: string };

/** A public campaign with its translations (lib/campaigns/translations.ts picks the reader's). */
export type CampaignListItem = Campaign & { tally: Tally; event: CampaignEventSummary | null; translations: CampaignTranslation[] };

export type CampaignDetail = CampaignListItem & { offlineTallies: OfflineTally[] };

export async function listPublicCampaigns(): Promise<CampaignListItem[]> {
  const rows = await getDb()
    .select({ campaign: campaigns, event: eventSummaryColumns })
    .from(campaigns)
    .leftJoin(events, eq(events.id, campaigns.eventId))
    .where(inArray(campaigns.status, [...PUBLIC_CAMPAIGN_STATUSES]))
    .orderBy(asc(campaigns.createdAt));
  const ids = rows.map((row) => row.campaign.id);
  const [tallies, translations] = await Promise.all([getTallies(ids), translationsOf(ids)]);
  return rows.map(({ campaign, event }) => ({
    ...campaign,
    event: event?.slug ? (event as CampaignEventSummary) : null,
    tally: tallies.get(campaign.id)!,
    translations: translations.filter((translation) => translation.campaignId === campaign.id),
  }));
}

/** A campaign the public may see (open or closed), or null. Drafts and archived ones are not public. */
export async function getPublicCampaign(slug: string): Promise<CampaignDetail | null> {
  return loadCampaignDetail(slug, { publicOnly: true });
}

/**
 * A campaign with its tally, event and offline tallies, whatever its status: for the team's
 * preview. It does not authorize; lib/campaigns/page-data.ts decides who may see a draft.
 */
export async function getCampaignDetail(slug: string): Promise<CampaignDetail | null> {
  return loadCampaignDetail(slug, { publicOnly: false });
}

async function loadCampaignDetail(slug: string, { publicOnly }: { publicOnly: boolean }): Promise<CampaignDetail | null> {
  const [row] = await getDb()
    .select({ campaign: campaigns, event: eventSummaryColumns })
    .from(campaigns)
    .leftJoin(events, eq(events.id, campaigns.eventId))
    .where(eq(campaigns.slug, slug))
    .limit(1);
  if (!row || (publicOnly && !isPublicCampaign(row.campaign))) return null;
  const [tally, offline, translations] = await Promise.all([
    getTally(row.campaign.id),
    getDb().select().from(offlineTallies).where(eq(offlineTallies.campaignId, row.campaign.id)),
    translationsOf([row.campaign.id]),
  ]);
  return {
    ...row.campaign,
    event: row.event?.slug ? (row.event as CampaignEventSummary) : null,
    tally,
    offlineTallies: offline,
    translations,
  };
}

/** The translations of these campaigns, in language order. */
export async function translationsOf(campaignIds: string[]): Promise<CampaignTranslation[]> {
  if (campaignIds.length === 0) return [];
  return getDb()
    .select()
    .from(campaignTranslations)
    .where(inArray(campaignTranslations.campaignId, campaignIds))
    .orderBy(asc(campaignTranslations.language));
}

/** An update with its translations (lib/campaigns/translations.ts picks the reader's). */
export type CampaignUpdateItem = CampaignUpdate & { translations: CampaignUpdateTranslation[] };

/** The public updates of a campaign (news and outcomes), newest first, with their translations. */
export async function listCampaignUpdates(campaignId: string): Promise<CampaignUpdateItem[]> {
  const updates = await getDb()
    .select()
    .from(campaignUpdates)
    .where(eq(campaignUpdates.campaignId, campaignId))
    .orderBy(desc(campaignUpdates.publishedAt), desc(campaignUpdates.id));
  if (updates.length === 0) return [];
  const translations = await getDb()
    .select()
    .from(campaignUpdateTranslations)
    .where(
      inArray(
        campaignUpdateTranslations.updateId,
        updates.map((update) => update.id),
      ),
    )
    .orderBy(asc(campaignUpdateTranslations.language));
  return updates.map((update) => ({ ...update, translations: translations.filter((row) => row.updateId === update.id) }));
}

/** The whole campaigns row, for the settings page and the commands that change it. */
export async function findCampaignRow(slug: string): Promise<Campaign | null> {
  const [campaign] = await getDb().select().from(campaigns).where(eq(campaigns.slug, slug)).limit(1);
  return campaign ?? null;
}

/** Whether another campaign than `exceptId` already has this address (in `db`: a write's transaction). */
export async function isSlugTaken(slug: string, exceptId?: string, db: Executor = getDb()): Promise<boolean> {
  const [row] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(exceptId ? and(eq(campaigns.slug, slug), ne(campaigns.id, exceptId)) : eq(campaigns.slug, slug))
    .limit(1);
  return row !== undefined;
}

export type EventForCampaign = { id: string; slug: string; title: string; callsToAction: EventCallToAction[] };

/** An event a campaign can be built on, with the calls to action made there. */
export async function findEventForCampaign(slug: string): Promise<EventForCampaign | null> {
  const [event] = await getDb().select({ id: events.id, slug: events.slug, title: events.title }).from(events).where(eq(events.slug, slug)).limit(1);
  if (!event) return null;
  const calls = await getDb()
    .select()
    .from(eventCallsToAction)
    .where(eq(eventCallsToAction.eventId, event.id))
    .orderBy(asc(eventCallsToAction.position));
  return { ...event, callsToAction: calls };
}

/** The event a campaign is built on, by id (null when it has none or it was deleted). */
export async function findEventSummary(eventId: string | null): Promise<{ slug: string; title: string } | null> {
  if (!eventId) return null;
  const [event] = await getDb().select({ slug: events.slug, title: events.title }).from(events).where(eq(events.id, eventId)).limit(1);
  return event ?? null;
}

const eventSummaryColumns = {
  slug: events.slug,
  title: events.title,
  language: events.language,
  occurredOn: events.occurredOn,
  dateNote: events.dateNote,
  place: events.place,
};

// Signing reads the campaign on every request. A surge of signatures on one campaign shares one
// read a second per process; a campaign that closes stops taking signatures within that second
// (confirmations always check the live status).
const campaignsBySlug = createTtlCache<string, SigningCampaign | null>({
  maxAgeMs: 1_000,
  load: findCampaignForSigning,
});

/** The campaign, and which languages its text exists in (the version a signer saw is recorded). */
export type SigningCampaign = Campaign & { translations: TranslationRef[] };

async function findCampaignForSigning(slug: string): Promise<SigningCampaign | null> {
  const campaign = await findCampaignRow(slug);
  if (!campaign) return null;
  const translations = await getDb()
    .select({ language: campaignTranslations.language, title: campaignTranslations.title, sourceRevision: campaignTranslations.sourceRevision })
    .from(campaignTranslations)
    .where(eq(campaignTranslations.campaignId, campaign.id));
  return { ...campaign, translations };
}

export function getCampaignForSigning(slug: string): Promise<SigningCampaign | null> {
  return campaignsBySlug.get(slug);
}

/**
 * The public campaign named by a slug taken from a URL (validated here), or null. Read once per
 * request however many parts of a page (metadata, body) ask for it.
 */
export const getPublicCampaignBySlug = cache(
  async (rawSlug: string): Promise<CampaignDetail | null> => (isSlug(rawSlug) ? getPublicCampaign(rawSlug) : null),
);

/**
 * The same, as a reader in `locale` reads it: the version of its text in their language when there
 * is one, else the authoritative text (`text` says which; lib/campaigns/translations.ts).
 */
export async function getLocalizedCampaignBySlug(rawSlug: string, locale: string): Promise<LocalizedCampaign | null> {
  const campaign = await getPublicCampaignBySlug(rawSlug);
  return campaign && localizeCampaign(campaign, locale);
}

export type LocalizedCampaign = CampaignDetail & { text: TextVersion };

/** The public campaigns as a reader in `locale` reads them. */
export async function listLocalizedCampaigns(locale: string): Promise<(CampaignListItem & { text: TextVersion })[]> {
  return (await listPublicCampaigns()).map((campaign) => localizeCampaign(campaign, locale));
}

/** A campaign's finished delivery packs (issue #14), newest first: what a "delivered" update may name. */
export async function listFinishedPackRefs(campaignId: string): Promise<{ id: string; createdAt: Date; total: number }[]> {
  const rows = await getDb()
    .select({ id: campaignSnapshots.id, createdAt: campaignSnapshots.createdAt, counts: campaignSnapshots.counts })
    .from(campaignSnapshots)
    .where(and(eq(campaignSnapshots.campaignId, campaignId), eq(campaignSnapshots.status, "finished")))
    .orderBy(desc(campaignSnapshots.createdAt))
    .limit(50);
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, total: row.counts?.total ?? 0 }));
}

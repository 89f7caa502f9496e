import "server-only";
import { getCampaignDetail } from "@/lib/campaigns/queries";
import type { SnapshotCounts } from "@/lib/db/schema";
import { getEnv } from "@/lib/env";
import { getEvent, eventTranslationsOf } from "@/lib/events/queries";
import { isLocale, localePath, type Locale } from "@/lib/i18n/routing";
import { renderFranceMapSvg } from "@/lib/maps/france-map";
import { renderWorldMapSvg } from "@/lib/maps/world-map";
import { getBreakdowns } from "@/lib/tallies/breakdowns";
import { countListedSignatories, listVerifiedOfficials, type PackSignatory } from "./queries";

// Everything a pack shows but its long list of signatories (issue #14), read once when the job
// starts: the counts it prints are the counts its snapshot stores.

export type PackText = { language: Locale; title: string; summary: string; statement: string; decisionMakers: string[] };

export type PackContent = {
  snapshotId: string;
  slug: string;
  /** The campaign's authoritative language: the pack's own words are in it. */
  language: Locale;
  texts: PackText[];
  event: {
    title: string;
    summary: string;
    occurredOn: string | null;
    dateNote: string;
    place: string;
    host: string;
    sources: { title: string; publisher: string | null; publishedOn: string | null; url: string | null }[];
  } | null;
  offlineTallies: { count: number; description: string; sourceTitle: string; sourceUrl: string | null; sourceDate: string | null }[];
  counts: SnapshotCounts;
  maps: string[];
  officials: PackSignatory[];
  madeAt: Date;
  /** The public snapshot page, which the QR code points to. */
  snapshotUrl: string;
};

/** The pack's content, or null when the campaign is gone. `languages`: the authoritative one first. */
export async function loadPackContent(
  snapshot: { id: string; campaignSlug: string; languages: string[] },
  madeAt: Date,
): Promise<PackContent | null> {
  const campaign = await getCampaignDetail(snapshot.campaignSlug);
  if (!campaign) return null;
  const language: Locale = isLocale(campaign.language) ? campaign.language : "en";
  const original: PackText = { ...campaign, language };
  const texts = [
    original,
    ...snapshot.languages
      .filter((chosen) => chosen !== language)
      .flatMap((chosen) => campaign.translations.filter((translation) => translation.language === chosen))
      .map((translation) => ({ ...translation, language: translation.language as Locale })),
  ];
  const [breakdowns, officials, listed, event] = await Promise.all([
    getBreakdowns(campaign.id),
    listVerifiedOfficials(campaign.id),
    countListedSignatories(campaign.id),
    campaign.event ? loadEvent(campaign.event.slug, language) : null,
  ]);
  const counts: SnapshotCounts = {
    online: campaign.tally.online,
    offline: campaign.tally.offline,
    total: campaign.tally.total,
    listed,
    verifiedOfficials: officials.length,
    byCountry: breakdowns.byCountry,
    byDepartement: breakdowns.byDepartement,
    byRegion: breakdowns.byRegion,
  };
  // A petition's signers are placed by country; a declaration's officials by département too.
  const maps = [
    ...(campaign.kind === "petition" || counts.byCountry.length > 0 ? [renderWorldMapSvg(counts.byCountry, { locale: language })] : []),
    ...(campaign.kind === "declaration" || counts.byDepartement.length > 0 ? [renderFranceMapSvg(counts.byDepartement, { locale: language })] : []),
  ];
  return {
    snapshotId: snapshot.id,
    slug: campaign.slug,
    language,
    texts,
    event,
    offlineTallies: campaign.offlineTallies.map(({ count, description, sourceTitle, sourceUrl, sourceDate }) => ({
      count,
      description,
      sourceTitle,
      sourceUrl,
      sourceDate,
    })),
    counts,
    maps,
    officials,
    madeAt,
    snapshotUrl: snapshotPageUrl(campaign.slug, snapshot.id, language),
  };
}

export function snapshotPageUrl(slug: string, id: string, locale: Locale): string {
  return new URL(localePath(locale, `/campaigns/${slug}/snapshots/${id}`), getEnv().APP_URL).toString();
}

async function loadEvent(slug: string, language: Locale): Promise<PackContent["event"]> {
  const event = await getEvent(slug);
  if (!event) return null;
  const translation = event.language === language ? undefined : (await eventTranslationsOf(event.id)).find((t) => t.language === language);
  return {
    title: translation?.title ?? event.title,
    summary: translation?.summary ?? event.summary,
    occurredOn: event.occurredOn,
    dateNote: event.dateNote,
    place: event.place,
    host: event.host,
    sources: event.sources.map(({ title, publisher, publishedOn, url }) => ({ title, publisher, publishedOn, url })),
  };
}

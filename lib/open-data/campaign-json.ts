import "server-only";
import { isAcceptingSignatures } from "@/lib/campaigns/status";
import type { CampaignDetail, CampaignListItem } from "@/lib/campaigns/queries";
import { getEnv } from "@/lib/env";
import type { Breakdowns } from "@/lib/tallies/breakdowns";
import type { BreakdownsJson, CampaignDetailJson, CampaignListJson, CampaignSummaryJson } from "./schema";

// The public JSON of campaigns, field by field from the schemas in ./schema.ts: a campaign row also
// holds what must stay private (signer settings, internal ids), so nothing is spread wholesale.

function publicStatus(campaign: CampaignListItem) {
  return isAcceptingSignatures(campaign) ? ("open" as const) : ("closed" as const);
}

function campaignUrl(slug: string) {
  return `${getEnv().APP_URL}/campaigns/${slug}`;
}

function toCampaignSummaryJson(campaign: CampaignListItem): CampaignSummaryJson {
  return {
    slug: campaign.slug,
    title: campaign.title,
    kind: campaign.kind,
    status: publicStatus(campaign),
    goal: campaign.goal,
    signatureCount: campaign.tally.total,
    onlineSignatureCount: campaign.tally.online,
    offlineSignatureCount: campaign.tally.offline,
    event: campaign.event ? { slug: campaign.event.slug, title: campaign.event.title } : null,
    url: campaignUrl(campaign.slug),
    updatedAt: campaign.tally.updatedAt.toISOString(),
  };
}

export function toCampaignListJson(campaigns: CampaignListItem[]): CampaignListJson {
  // Ties on createdAt (seeded together) are broken by slug, so the order, and so the ETag, is stable.
  const ordered = [...campaigns].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.slug.localeCompare(b.slug));
  return { campaigns: ordered.map(toCampaignSummaryJson) };
}

function toBreakdownsJson(breakdowns: Breakdowns): BreakdownsJson {
  return {
    byCountry: breakdowns.byCountry.map(({ key, count }) => ({ country: key, count })),
    byOffice: breakdowns.byOffice.map(({ key, count }) => ({ office: key, count })),
    byDay: breakdowns.byDay.map(({ date, count, total }) => ({ date, count, total })),
  };
}

export function toCampaignDetailJson(campaign: CampaignDetail, breakdowns: Breakdowns): CampaignDetailJson {
  return {
    slug: campaign.slug,
    title: campaign.title,
    kind: campaign.kind,
    status: publicStatus(campaign),
    summary: campaign.summary,
    decisionMakers: campaign.decisionMakers,
    goal: campaign.goal,
    signatureCount: campaign.tally.total,
    onlineSignatureCount: campaign.tally.online,
    offlineSignatureCount: campaign.tally.offline,
    offlineTallies: campaign.offlineTallies.map((tally) => ({
      count: tally.count,
      description: tally.description,
      source: { title: tally.sourceTitle, url: tally.sourceUrl, date: tally.sourceDate },
    })),
    event: campaign.event ? { slug: campaign.event.slug, title: campaign.event.title } : null,
    opensAt: campaign.opensAt?.toISOString() ?? null,
    closesAt: campaign.closesAt?.toISOString() ?? null,
    url: campaignUrl(campaign.slug),
    updatedAt: campaign.tally.updatedAt.toISOString(),
    breakdowns: toBreakdownsJson(breakdowns),
  };
}

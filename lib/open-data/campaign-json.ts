import "server-only";
import { isAcceptingSignatures } from "@/lib/campaigns/status";
import type { CampaignDetail, CampaignListItem } from "@/lib/campaigns/queries";
import { localizeCampaign } from "@/lib/campaigns/translations";
import { getEnv } from "@/lib/env";
import { type Locale, localePath } from "@/lib/i18n/routing";
import type { RegisterCounts } from "@/lib/register/queries";
import type { Breakdowns } from "@/lib/tallies/breakdowns";
import { languageFieldsJson } from "./http";
import type { BreakdownsJson, CampaignDetailJson, CampaignListJson, CampaignSummaryJson } from "./schema";

// The public JSON of campaigns, field by field from the schemas in ./schema.ts: a campaign row also
// holds what must stay private (signer settings, internal ids), so nothing is spread wholesale.

function publicStatus(campaign: CampaignListItem) {
  return isAcceptingSignatures(campaign) ? ("open" as const) : ("closed" as const);
}

function campaignUrl(slug: string, language: Locale | null) {
  return `${getEnv().APP_URL}${localePath(language ?? "en", `/campaigns/${slug}`)}`;
}

/**
 * The campaign's texts in `language` when they exist in it, else its original (null: the
 * original), and the fields that say which.
 */
function inLanguage<C extends CampaignListItem>(campaign: C, language: Locale | null) {
  const shown = localizeCampaign(campaign, language ?? campaign.language);
  return { shown, fields: languageFieldsJson(shown.text, campaign.translations) };
}

function toCampaignSummaryJson(campaign: CampaignListItem, language: Locale | null): CampaignSummaryJson {
  const { shown, fields } = inLanguage(campaign, language);
  return {
    slug: campaign.slug,
    title: shown.title,
    ...fields,
    kind: campaign.kind,
    status: publicStatus(campaign),
    goal: campaign.goal,
    signatureCount: campaign.tally.total,
    onlineSignatureCount: campaign.tally.online,
    offlineSignatureCount: campaign.tally.offline,
    event: campaign.event ? { slug: campaign.event.slug, title: campaign.event.title } : null,
    url: campaignUrl(campaign.slug, language),
    updatedAt: campaign.tally.updatedAt.toISOString(),
  };
}

/** `language`: the reader's `?lang=` (each campaign in it where it exists), or null for the originals. */
export function toCampaignListJson(campaigns: CampaignListItem[], language: Locale | null = null): CampaignListJson {
  // Ties on createdAt (seeded together) are broken by slug, so the order, and so the ETag, is stable.
  const ordered = [...campaigns].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.slug.localeCompare(b.slug));
  return { campaigns: ordered.map((campaign) => toCampaignSummaryJson(campaign, language)) };
}

function toBreakdownsJson(breakdowns: Breakdowns): BreakdownsJson {
  return {
    byCountry: breakdowns.byCountry.map(({ key, count }) => ({ country: key, count })),
    byOffice: breakdowns.byOffice.map(({ key, count }) => ({ office: key, count })),
    byLanguage: breakdowns.byLanguage.map(({ key, count }) => ({ language: key, count })),
    byDepartement: breakdowns.byDepartement.map(({ key, name, count }) => ({ departement: key, name, count })),
    byRegion: breakdowns.byRegion.map(({ key, name, count }) => ({ region: key, name, count })),
    byDay: breakdowns.byDay.map(({ date, count, total }) => ({ date, count, total })),
  };
}

export function toCampaignDetailJson(
  campaign: CampaignDetail,
  breakdowns: Breakdowns,
  language: Locale | null = null,
  register: RegisterCounts | null = null,
): CampaignDetailJson {
  const { shown, fields } = inLanguage(campaign, language);
  return {
    slug: campaign.slug,
    title: shown.title,
    kind: campaign.kind,
    status: publicStatus(campaign),
    ...fields,
    summary: shown.summary,
    statement: shown.statement,
    decisionMakers: shown.decisionMakers,
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
    url: campaignUrl(campaign.slug, language),
    updatedAt: campaign.tally.updatedAt.toISOString(),
    breakdowns: toBreakdownsJson(breakdowns),
    registerVerification: register,
  };
}

import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { toCampaignDetailJson } from "@/lib/open-data/campaign-json";
import { CACHE_POLICIES, openDataJson, openDataNotFound, preflightResponse, requestedLanguage } from "@/lib/open-data/http";
import { getRegisterCounts } from "@/lib/register/queries";
import { getBreakdowns } from "@/lib/tallies/breakdowns";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// Public read: no caller check needed beyond what is public (open or closed campaigns only). The
// count is read live, not from a cache: a signer reads it right after confirming.
export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const lang = requestedLanguage(request);
  if (!lang.ok) return lang.response;
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) return openDataNotFound("campaign");
  const [breakdowns, register] = await Promise.all([getBreakdowns(campaign.id), getRegisterCounts(campaign.id)]);
  return openDataJson(request, toCampaignDetailJson(campaign, breakdowns, lang.language, register), CACHE_POLICIES.campaignDetail);
});

export function OPTIONS() {
  return preflightResponse();
}

import { listPublicCampaigns } from "@/lib/campaigns/queries";
import { toCampaignListJson } from "@/lib/open-data/campaign-json";
import { CACHE_POLICIES, openDataJson, preflightResponse, requestedLanguage } from "@/lib/open-data/http";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// Public read of every open or closed campaign; drafts and archived ones are never listed. Not
// paginated: a deployment runs a handful of campaigns, and the answer is wrapped in an object so
// that a cursor can be added later without breaking readers.
// `?lang=fr` gives each campaign's texts in French where they exist (issue #12).
export const GET = withDatabaseErrors(async function GET(request: Request) {
  const lang = requestedLanguage(request);
  if (!lang.ok) return lang.response;
  return openDataJson(request, toCampaignListJson(await listPublicCampaigns(), lang.language), CACHE_POLICIES.campaignList);
});

export function OPTIONS() {
  return preflightResponse();
}

import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { getIntegrityReport } from "@/lib/integrity/report";
import { CACHE_POLICIES, openDataJson, openDataNotFound, preflightResponse } from "@/lib/open-data/http";
import { toIntegrityReportJson } from "@/lib/open-data/integrity-json";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// Public read, like the campaign itself: open or closed campaigns only, aggregates only. The report
// is computed at most once per campaign every few minutes (lib/integrity/report.ts).
export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) return openDataNotFound("campaign");
  const report = await getIntegrityReport(campaign.id);
  return openDataJson(request, toIntegrityReportJson(campaign.slug, report), CACHE_POLICIES.integrity);
});

export function OPTIONS() {
  return preflightResponse();
}

import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { listSnapshots } from "@/lib/delivery/queries";
import { withDatabaseErrors } from "@/lib/http/unavailable";
import { CACHE_POLICIES, openDataJson, openDataNotFound, preflightResponse } from "@/lib/open-data/http";
import { toSnapshotJson } from "@/lib/open-data/snapshot-json";

// A public campaign's finished delivery packs (issue #14): what a journalist checks a pack against.
export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const campaign = await getPublicCampaignBySlug((await params).slug);
  if (!campaign) return openDataNotFound("campaign");
  const snapshots = await listSnapshots(campaign.id, true);
  return openDataJson(request, { slug: campaign.slug, snapshots: snapshots.map((s) => toSnapshotJson(campaign.slug, s)) }, CACHE_POLICIES.snapshots);
});

export function OPTIONS() {
  return preflightResponse();
}

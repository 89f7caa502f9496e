import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { findSnapshot, findSnapshotPdf } from "@/lib/delivery/queries";
import { parseSnapshotPath } from "@/lib/delivery/schema";
import { withDatabaseErrors } from "@/lib/http/unavailable";
import { CACHE_POLICIES, CORS_HEADERS, openDataJson, openDataNotFound, preflightResponse } from "@/lib/open-data/http";
import { toSnapshotJson } from "@/lib/open-data/snapshot-json";

// One finished delivery pack (issue #14): `{id}` gives its JSON, `{id}.pdf` its PDF. Both never
// change once the pack is made (a trigger refuses it), so caches may keep them for good.
export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const campaign = await getPublicCampaignBySlug(slug);
  if (!campaign) return openDataNotFound("campaign");
  const wanted = parseSnapshotPath(id);
  if (!wanted) return openDataNotFound("snapshot");
  if (wanted.pdf) {
    const file = await findSnapshotPdf(campaign.id, wanted.id);
    if (!file) return openDataNotFound("snapshot");
    const name = `${campaign.slug}-${file.createdAt.toISOString().slice(0, 10)}-${wanted.id.slice(0, 8)}.pdf`;
    return new Response(new Uint8Array(file.pdf), {
      headers: {
        ...CORS_HEADERS,
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": CACHE_POLICIES.snapshot,
        "X-Content-SHA256": file.sha256,
      },
    });
  }
  const snapshot = await findSnapshot(campaign.id, wanted.id);
  if (snapshot?.status !== "finished") return openDataNotFound("snapshot");
  return openDataJson(request, toSnapshotJson(campaign.slug, snapshot), CACHE_POLICIES.snapshot);
});

export function OPTIONS() {
  return preflightResponse();
}

import { NextResponse } from "next/server";
import { slugSchema } from "@/lib/campaigns/schema";
import { isAcceptingSignatures, isPublicCampaign } from "@/lib/campaigns/status";
import { COUNT_MAX_AGE_SECONDS, getCachedCampaignCount } from "@/lib/tallies/cache";
import { openDataNotFound } from "./http";

// GET /api/v1/campaigns/{slug}/count, as a plain Request → Response function: the route handler
// calls it, and so does the production server's fast path (lib/server/fast-routes.ts).
// The tiny endpoint for frequent polling. Public: counts of open or closed campaigns only.
// Cache headers and an ETag let browsers and a CDN absorb a surge.
export async function countResponse(request: Request, rawSlug: string): Promise<Response> {
  const slug = slugSchema.safeParse(rawSlug);
  const count = slug.success ? await getCachedCampaignCount(slug.data) : null;
  if (!count || !isPublicCampaign(count)) return openDataNotFound("campaign");
  const open = isAcceptingSignatures(count);
  const etag = `W/"${count.tally.total}-${count.tally.updatedAt.getTime()}-${open ? 1 : 0}"`;
  const headers = {
    "Cache-Control": `public, max-age=${COUNT_MAX_AGE_SECONDS}, s-maxage=${COUNT_MAX_AGE_SECONDS}, stale-while-revalidate=5`,
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag",
  };
  if (request.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers });
  return NextResponse.json(
    {
      slug: count.slug,
      status: open ? "open" : "closed",
      goal: count.goal,
      signatureCount: count.tally.total,
      onlineSignatureCount: count.tally.online,
      offlineSignatureCount: count.tally.offline,
      updatedAt: count.tally.updatedAt.toISOString(),
    },
    { headers },
  );
}

import { NextResponse } from "next/server";
import { slugSchema } from "@/lib/campaigns/schema";
import { isAcceptingSignatures, isPublicCampaign } from "@/lib/campaigns/status";
import { openDataNotFound, preflightResponse } from "@/lib/open-data/http";
import { COUNT_MAX_AGE_SECONDS, getCachedCampaignCount } from "@/lib/tallies/cache";

// The tiny endpoint for frequent polling. Public: counts of open or closed campaigns only.
// Cache headers and an ETag let browsers and a CDN absorb a surge.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
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

export function OPTIONS() {
  return preflightResponse();
}

import { isSlug } from "@/lib/validation/slug";
import { apiError, apiJson, toWebResponse, type ApiRequest, type ApiResponse } from "@/lib/http/api-exchange";
import { isAcceptingSignatures, isPublicCampaign } from "@/lib/campaigns/status";
import { COUNT_MAX_AGE_SECONDS, getCachedCampaignCount } from "@/lib/tallies/cache";
import type { CampaignCount } from "@/lib/tallies/queries";
import { CORS_HEADERS, matchesIfNoneMatch } from "./http";

// GET /api/v1/campaigns/{slug}/count, written against lib/http/api-exchange.ts: the route handler
// calls it through countResponse, and the production server's fast path
// (lib/production-server/fast-routes.ts) calls it directly.
// The tiny endpoint for frequent polling. Public: counts of open or closed campaigns only.
// Cache headers and an ETag let browsers and a CDN absorb a surge.
export async function countResponse(request: Request, rawSlug: string): Promise<Response> {
  return toWebResponse(await countEndpoint(request, rawSlug));
}

export async function countEndpoint(request: ApiRequest, rawSlug: string): Promise<ApiResponse> {
  return countAnswer(request, isSlug(rawSlug) ? await getCachedCampaignCount(rawSlug) : null);
}

/** The answer for the count as read (null: no such campaign), apart from the read itself. */
export function countAnswer(request: Pick<ApiRequest, "headers">, count: CampaignCount | null): ApiResponse {
  // As openDataNotFound: readable by a script on another origin.
  if (!count || !isPublicCampaign(count)) return apiError(404, "not_found", "No campaign has this slug.", undefined, CORS_HEADERS);
  const open = isAcceptingSignatures(count);
  const etag = `W/"${count.tally.total}-${count.tally.updatedAt.getTime()}-${open ? 1 : 0}"`;
  const headers = {
    "Cache-Control": `public, max-age=${COUNT_MAX_AGE_SECONDS}, s-maxage=${COUNT_MAX_AGE_SECONDS}, stale-while-revalidate=5`,
    ETag: etag,
    ...CORS_HEADERS,
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return apiJson(304, null, headers);
  return apiJson(
    200,
    {
      slug: count.slug,
      status: open ? "open" : "closed",
      goal: count.goal,
      signatureCount: count.tally.total,
      onlineSignatureCount: count.tally.online,
      offlineSignatureCount: count.tally.offline,
      updatedAt: count.tally.updatedAt.toISOString(),
    },
    headers,
  );
}

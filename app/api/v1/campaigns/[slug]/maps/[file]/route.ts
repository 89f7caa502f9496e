import { getPublicCampaignBySlug } from "@/lib/campaigns/queries";
import { withDatabaseErrors } from "@/lib/http/unavailable";
import { countsVersion } from "@/lib/maps/counts-version";
import { cachedMapSvg } from "@/lib/maps/map-cache";
import { mapFileSchema, mapQuerySchema } from "@/lib/maps/schema";
import { CORS_HEADERS, matchesIfNoneMatch, openDataError, openDataNotFound, preflightResponse } from "@/lib/open-data/http";
import { getBreakdowns } from "@/lib/tallies/breakdowns";
import { departementCounts } from "@/lib/tallies/departement-counts";

// A campaign's map as an SVG image (issue #14): the world by country, or France by département.
// Public, like the campaign and its breakdowns (aggregates only). Pages show it as an <img>, not
// inline: inline, its 90–130 KB would be sent twice in every page (the HTML and the React payload)
// and the cached page would grow several times over. Under the version of its counts (`v`, which the
// page puts in the address) a browser keeps it for good; any other address is kept 5 seconds.
export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const map = mapFileSchema.safeParse(file);
  if (!map.success) return openDataError(404, "not_found", map.error.issues[0].message);
  const query = mapQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return openDataError(400, "invalid_query", query.error.issues[0].message);
  const campaign = await getPublicCampaignBySlug(slug);
  if (!campaign) return openDataNotFound("campaign");
  const kind = map.data === "world.svg" ? "world" : "france";
  const entries = kind === "world" ? (await getBreakdowns(campaign.id)).byCountry : await departementCounts(campaign.id);
  const { locale, framed, v } = query.data;
  const version = countsVersion(entries);
  const headers = {
    ...CORS_HEADERS,
    "Cache-Control": v === version ? "public, max-age=31536000, immutable" : "public, max-age=5, s-maxage=5",
    ETag: `W/"${version}-${locale}-${framed}"`,
  };
  if (matchesIfNoneMatch(request.headers.get("If-None-Match"), headers.ETag)) return new Response(null, { status: 304, headers });
  const svg = cachedMapSvg(campaign.id, kind, entries, { locale, framed: framed === "1" });
  return new Response(svg, { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8", "Content-Language": locale } });
});

export function OPTIONS() {
  return preflightResponse();
}

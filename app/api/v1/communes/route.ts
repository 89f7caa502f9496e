import { searchCommunes } from "@/lib/communes/queries";
import { communeSearchSchema } from "@/lib/communes/schema";
import { withDatabaseErrors } from "@/lib/http/unavailable";
import { CACHE_POLICIES, openDataError, openDataJson, preflightResponse } from "@/lib/open-data/http";
import type { CommuneSearchResultJson } from "@/lib/open-data/schema";

// The commune picker's search (issue #14), public like the rest of /api/v1: anyone may look up the
// official list. Cheap by construction: the query is at most 60 characters, one range scan of an
// index answers it, the answer is cached in the process and by browsers and CDNs for a day.
export const GET = withDatabaseErrors(async function GET(request: Request) {
  const parsed = communeSearchSchema.safeParse({ q: new URL(request.url).searchParams.get("q") });
  if (!parsed.success) {
    return openDataError(400, "invalid_query", parsed.error.issues[0]?.message ?? "q is not valid.");
  }
  const body: CommuneSearchResultJson = { communes: await searchCommunes(parsed.data.q) };
  return openDataJson(request, body, CACHE_POLICIES.communes);
});

export function OPTIONS() {
  return preflightResponse();
}

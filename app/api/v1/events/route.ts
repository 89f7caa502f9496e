import { listEvents } from "@/lib/events/queries";
import { toEventListJson } from "@/lib/open-data/event-json";
import { CACHE_POLICIES, openDataJson, preflightResponse } from "@/lib/open-data/http";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// Public read of every documented event. Not paginated: there are a handful.
export const GET = withDatabaseErrors(async function GET(request: Request) {
  return openDataJson(request, toEventListJson(await listEvents()), CACHE_POLICIES.events);
});

export function OPTIONS() {
  return preflightResponse();
}

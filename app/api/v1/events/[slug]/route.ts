import { slugSchema } from "@/lib/validation/slug";
import { eventTranslationsOf, getEvent } from "@/lib/events/queries";
import { toEventDetailJson } from "@/lib/open-data/event-json";
import { CACHE_POLICIES, openDataJson, openDataNotFound, preflightResponse, requestedLanguage } from "@/lib/open-data/http";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// Public read of one documented event, with the full text of its sources.
export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const lang = requestedLanguage(request);
  if (!lang.ok) return lang.response;
  const slug = slugSchema.safeParse((await params).slug);
  const event = slug.success ? await getEvent(slug.data) : null;
  if (!event) return openDataNotFound("event");
  return openDataJson(request, toEventDetailJson(event, await eventTranslationsOf(event.id), lang.language), CACHE_POLICIES.events);
});

export function OPTIONS() {
  return preflightResponse();
}

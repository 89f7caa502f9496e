import { eventTranslationsFor, listEvents } from "@/lib/events/queries";
import { toEventListJson } from "@/lib/open-data/event-json";
import { CACHE_POLICIES, openDataJson, preflightResponse, requestedLanguage } from "@/lib/open-data/http";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// Public read of every documented event. Not paginated: there are a handful.
// `?lang=fr`: titles and summaries in French where they exist (issue #12).
export const GET = withDatabaseErrors(async function GET(request: Request) {
  const lang = requestedLanguage(request);
  if (!lang.ok) return lang.response;
  const events = await listEvents();
  const translations = await eventTranslationsFor(events.map((event) => event.id));
  return openDataJson(request, toEventListJson(events, translations, lang.language), CACHE_POLICIES.events);
});

export function OPTIONS() {
  return preflightResponse();
}

import { halResponse, osdiErrorResponse, PUBLIC_READ_HEADERS } from "@/lib/osdi/hal";
import { pageWindow } from "@/lib/osdi/pagination";
import { invalidLanguage, toOsdiPetitionCollection } from "@/lib/osdi/petitions";
import { listPublicPetitions } from "@/lib/osdi/queries";
import { parseLanguage, parsePageQuery } from "@/lib/osdi/schema";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// The public petitions (open and closed campaigns), a page at a time. Nothing about signers.
export const GET = withDatabaseErrors(async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const language = parseLanguage(params);
  if (!language.ok) return invalidLanguage(language.message);
  const parsed = parsePageQuery(params);
  if (!parsed.ok) {
    return osdiErrorResponse(
      400,
      parsed.errors.map(({ property, message }) => ({ error_code: "INVALID_PAGINATION", description: message, properties: [property] })),
      { resource: "osdi:petitions", headers: PUBLIC_READ_HEADERS },
    );
  }
  const { totalRecords, petitions } = await listPublicPetitions(parsed.query);
  const window = pageWindow(parsed.query, totalRecords);
  return halResponse(toOsdiPetitionCollection(petitions, parsed.query, totalRecords, window, language.language), {
    headers: { "Cache-Control": "no-cache", ...PUBLIC_READ_HEADERS },
  });
});

import { halResponse, osdiSimpleError, PUBLIC_READ_HEADERS } from "@/lib/osdi/hal";
import { invalidLanguage, petitionIdSchema, toOsdiPetitionResource } from "@/lib/osdi/petitions";
import { parseLanguage } from "@/lib/osdi/schema";
import { getPublicPetition } from "@/lib/osdi/queries";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// One public petition by its id (the campaign's uuid). Drafts and archived campaigns do not exist here.
export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const language = parseLanguage(new URL(request.url).searchParams);
  if (!language.ok) return invalidLanguage(language.message);
  const id = petitionIdSchema.safeParse((await params).id);
  const petition = id.success ? await getPublicPetition(id.data) : null;
  if (!petition) {
    return osdiSimpleError(404, "NOT_FOUND", "No petition has this id.", { resource: "osdi:petition", headers: PUBLIC_READ_HEADERS });
  }
  return halResponse(toOsdiPetitionResource(petition, language.language), {
    headers: { "Cache-Control": "no-cache", ...PUBLIC_READ_HEADERS },
  });
});

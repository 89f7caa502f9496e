import { OSDI_TOKEN_HEADER, authenticateOsdiRequest } from "@/lib/osdi/api-key-auth";
import { halResponse, osdiErrorResponse, osdiSimpleError } from "@/lib/osdi/hal";
import { pageWindow } from "@/lib/osdi/pagination";
import { petitionIdSchema } from "@/lib/osdi/petitions";
import { findPublicPetitionSlug, listConfirmedSignatures } from "@/lib/osdi/queries";
import { parsePageQuery } from "@/lib/osdi/schema";
import { toOsdiSignatureCollection } from "@/lib/osdi/signatures";
import { mayReadPersonalData } from "@/lib/access/access-rules";
import { getCampaignAccess } from "@/lib/access/permissions";
import { withDatabaseErrors } from "@/lib/http/unavailable";

const resource = "osdi:signatures";
// Personal data: never cached, and no CORS header, so no web page can read it with a visitor's key.
const PRIVATE = { "Cache-Control": "no-store" };

// A petition's confirmed signatures, for its editors, owners and admins, with an organizer API key:
// the rule for personal data everywhere (lib/access/access-rules.ts, issue #13). Checked in order:
// the key (401), then the petition and the key owner's access to it, both 404, so a key cannot tell
// a campaign it may not see from one that does not exist; a viewer's key gets 403.
export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const userId = await authenticateOsdiRequest(request);
  if (!userId) {
    return osdiSimpleError(401, "UNAUTHORIZED", `Send an active organizer API key in the ${OSDI_TOKEN_HEADER} header.`, { resource });
  }
  const id = petitionIdSchema.safeParse((await params).id);
  const access = id.success && (await findPublicPetitionSlug(id.data)) !== null ? await getCampaignAccess(userId, id.data) : null;
  if (!id.success || !access?.view) return osdiSimpleError(404, "NOT_FOUND", "No petition has this id.", { resource });
  if (!mayReadPersonalData(access)) {
    return osdiSimpleError(403, "FORBIDDEN", "Only the campaign's editors and owners can read its signatures: they hold personal data.", {
      resource,
    });
  }

  const parsed = parsePageQuery(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return osdiErrorResponse(
      400,
      parsed.errors.map(({ property, message }) => ({ error_code: "INVALID_PAGINATION", description: message, properties: [property] })),
      { resource },
    );
  }
  const { totalRecords, signatures } = await listConfirmedSignatures(id.data, parsed.query);
  const window = pageWindow(parsed.query, totalRecords);
  return halResponse(toOsdiSignatureCollection(id.data, signatures, parsed.query, totalRecords, window), { headers: PRIVATE });
});

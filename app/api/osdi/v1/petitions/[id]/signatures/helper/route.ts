import { halResponse, osdiErrorResponse, osdiSimpleError } from "@/lib/osdi/hal";
import { pendingSignatureResource, petitionIdSchema } from "@/lib/osdi/petitions";
import { findPublicPetitionSlug } from "@/lib/osdi/queries";
import { disposableAddressError, toOsdiErrorDescriptions, toSignatureInput } from "@/lib/osdi/record-signature";
import { readJsonBody } from "@/lib/http/json";

// OSDI clients may label their body as HAL+JSON; both are JSON.
const OSDI_JSON_TYPES = ["application/json", "application/hal+json"];
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { signCampaign } from "@/lib/signing/mutations";
import { disposableAddressRefusal } from "@/lib/signing/address-screening";
import { withDatabaseErrors } from "@/lib/http/unavailable";

const resource = "osdi:signature";

// OSDI's Record Signature Helper. Anyone may call it, like POST /api/v1/campaigns/{slug}/signatures,
// and it takes the same path as the sign form: the signature stays pending, uncounted, until its
// owner confirms from the email it sends. OSDI has no consent field: a client that states the person's
// explicit consent ("petitions_app:consent": true) records it now; for one that follows the standard
// and sends none, the signature is kept without consent and the confirmation page asks its owner
// for it, so it counts only once given (issue #13).
export const POST = withDatabaseErrors(async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = petitionIdSchema.safeParse((await params).id);
  if (!id.success) return osdiSimpleError(404, "NOT_FOUND", "No petition has this id.", { resource });
  const body = await readJsonBody(request, { types: OSDI_JSON_TYPES });
  if (!body.ok) {
    const errors = {
      400: ["INVALID_JSON", "The request body is not valid JSON."],
      413: ["REQUEST_TOO_LARGE", "The request body is too large (at most 16 KiB)."],
      415: ["UNSUPPORTED_MEDIA_TYPE", "Send the signature as JSON (Content-Type: application/json or application/hal+json)."],
    } as const;
    const [code, description] = errors[body.status];
    return osdiSimpleError(body.status, code, description, { resource });
  }
  const slug = await findPublicPetitionSlug(id.data);
  if (!slug) return osdiSimpleError(404, "NOT_FOUND", "No petition has this id.", { resource });

  const { input, properties, proofOfWork } = toSignatureInput(body.body);
  if (await disposableAddressRefusal(slug, input)) return osdiErrorResponse(400, [disposableAddressError(properties)], { resource });
  const outcome = await signCampaign(slug, input, { address: clientAddressFrom(request.headers), consent: "may-follow", proofOfWork });
  switch (outcome.kind) {
    case "accepted":
      return halResponse(pendingSignatureResource(id.data), { status: 202, headers: { "Cache-Control": "no-store" } });
    case "invalid":
      return osdiErrorResponse(400, toOsdiErrorDescriptions(outcome.fieldErrors, properties), { resource });
    case "not-found":
      return osdiSimpleError(404, "NOT_FOUND", "No petition has this id.", { resource });
    case "closed":
      return osdiSimpleError(409, "PETITION_CLOSED", "This petition is closed and no longer takes signatures.", { resource });
    case "rate-limited":
      return osdiSimpleError(429, "RATE_LIMITED", "Too many signatures from this address. Try again shortly.", {
        resource,
        headers: { "Retry-After": String(outcome.retryAfterSeconds) },
      });
  }
});

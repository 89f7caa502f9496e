import { slugSchema } from "@/lib/validation/slug";
import { apiError, apiJson, toWebResponse, type ApiRequest, type ApiResponse } from "@/lib/http/api-exchange";
import { readJsonBody } from "@/lib/http/json";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { SIGN_ACCEPTED_MESSAGE } from "./messages";
import { disposableAddressRefusal } from "./address-screening";
import { confirmSignature, signCampaign } from "./mutations";
import { confirmFormSchema, type FieldErrors } from "./schema";
import { translateMessage } from "@/lib/i18n/message-key";
import { translatorFor } from "@/lib/i18n/translator";
import { PROOF_OF_WORK_FIELD } from "@/lib/proof-of-work/schema";

// The JSON API speaks English. A field error travels as a catalog key (lib/i18n/message-key.ts):
// the API sends its English text.
function englishFieldErrors(fieldErrors: FieldErrors): Record<string, string> {
  const t = translatorFor("en") as unknown as Parameters<typeof translateMessage>[0];
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, message]) => [field, translateMessage(t, message ?? "")]));
}

// The JSON API's signing endpoints, written against lib/http/api-exchange.ts: the route handlers
// call them through signResponse and confirmResponse, and the production server's fast path
// (lib/production-server/fast-routes.ts) calls them directly.

export async function signResponse(request: Request, rawSlug: string): Promise<Response> {
  return toWebResponse(await signEndpoint(request, rawSlug));
}

export async function confirmResponse(request: Request): Promise<Response> {
  return toWebResponse(await confirmEndpoint(request));
}

// POST /api/v1/campaigns/{slug}/signatures.
// Anyone may sign an open campaign: the caller is anonymous by design, and the signature counts
// only after its owner confirms by email. Same validation and code path as the sign form. An
// optional `locale` (en, fr or fa; English when absent) is the language of the signer's emails.
export async function signEndpoint(request: ApiRequest, rawSlug: string): Promise<ApiResponse> {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return apiError(404, "not_found", "No campaign has this slug.");
  const body = await readJsonBody(request);
  if (!body.ok) {
    const messages = {
      400: "The request body is not valid JSON.",
      413: "The request body is too large.",
      415: "Send the signature as JSON (Content-Type: application/json).",
    } as const;
    return apiError(
      body.status,
      body.status === 400 ? "invalid_json" : body.status === 413 ? "too_large" : "unsupported_media_type",
      messages[body.status],
    );
  }
  const refusal = await disposableAddressRefusal(slug.data, body.body);
  if (refusal) {
    return apiError(400, "disposable_email", "Disposable email addresses are not accepted: sign with an address you keep.", {
      fieldErrors: englishFieldErrors({ email: refusal }),
    });
  }
  const outcome = await signCampaign(slug.data, body.body, {
    address: clientAddressFrom(request.headers),
    // A campaign asking for a proof of work (issue #13): the answer to a challenge from
    // GET /api/v1/proof-of-work/challenge, as ALTCHA's widget encodes it. Without it the signature is
    // accepted all the same, but held for the organizers to check.
    proofOfWork: proofOfWorkOf(body.body),
  });
  switch (outcome.kind) {
    case "accepted":
      return apiJson(202, { status: "accepted", message: SIGN_ACCEPTED_MESSAGE }, { "Cache-Control": "no-store" });
    case "invalid":
      return apiError(400, "invalid_signature", "Some fields are missing or not valid.", {
        fieldErrors: englishFieldErrors(outcome.fieldErrors),
        ...(outcome.communeChoices && { communeChoices: outcome.communeChoices }),
      });
    case "not-found":
      return apiError(404, "not_found", "No campaign has this slug.");
    case "closed":
      return apiError(409, "campaign_closed", "This campaign is closed and no longer takes signatures.");
    case "rate-limited":
      return apiError(429, "rate_limited", "Too many signatures from this address. Try again shortly.", undefined, {
        "Retry-After": String(outcome.retryAfterSeconds),
      });
  }
}

function proofOfWorkOf(body: unknown): unknown {
  return body && typeof body === "object" ? (body as Record<string, unknown>)[PROOF_OF_WORK_FIELD] : undefined;
}

// POST /api/v1/confirmations.
// Confirms a signature from the token in its confirmation email, for apps and tools that handle the
// link themselves. The token is the caller's proof: the same check as the "Confirm my signature" page.
// It revalidates nothing, on purpose: the campaign page is regenerated every second anyway
// (revalidate = 1) and the count endpoint reads the live count. The page's own button revalidates
// only because it then sends the signer to that page, which must show their signature at once;
// an API client is not shown the page, and at a surge a revalidation per confirmation would re-render
// every page of the campaign each time (this also runs on the production server's fast path, outside
// Next.js, where there is nothing to revalidate).
// A signature that came without consent (OSDI, issue #13) is confirmed only with `"consent": true`,
// sent once the person ticked the consent text in the caller's own page; otherwise 409.
export async function confirmEndpoint(request: ApiRequest): Promise<ApiResponse> {
  const body = await readJsonBody(request, { maxBytes: 1024 });
  if (!body.ok) return apiError(body.status, "invalid_request", 'Send {"token": "…"} as JSON.');
  const parsed = confirmFormSchema.safeParse(body.body);
  if (!parsed.success) return apiError(400, "invalid_token", "This confirmation token is not valid.");
  const outcome = await confirmSignature(parsed.data.token, { consent: parsed.data.consent === true });
  const noStore = { "Cache-Control": "no-store" };
  switch (outcome.kind) {
    case "confirmed":
    case "already-confirmed":
      return apiJson(200, { status: outcome.kind, campaign: outcome.campaignSlug }, noStore);
    case "expired":
      return apiError(410, "token_expired", "This confirmation token has expired. Sign again to get a new one.");
    case "closed":
      return apiError(409, "campaign_closed", "This campaign closed before the signature was confirmed.");
    case "consent-required":
      return apiError(409, "consent_required", 'This signature was recorded without its owner\'s consent: send "consent": true once they gave it.');
    case "invalid":
      return apiError(404, "invalid_token", "This confirmation token is not valid.");
  }
}

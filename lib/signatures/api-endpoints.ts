import { NextResponse } from "next/server";
import { slugSchema } from "@/lib/campaigns/schema";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { SIGN_ACCEPTED_MESSAGE } from "./messages";
import { confirmSignature, signCampaign } from "./mutations";
import { tokenFormSchema } from "./schema";

// The JSON API's signing endpoints as plain Request → Response functions: the route handlers call
// them, and so does the production server's fast path (lib/server/fast-routes.ts).

// POST /api/v1/campaigns/{slug}/signatures.
// Anyone may sign an open campaign: the caller is anonymous by design, and the signature counts
// only after its owner confirms by email. Same validation and code path as the sign form.
export async function signResponse(request: Request, rawSlug: string): Promise<Response> {
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return jsonError(404, "not_found", "No campaign has this slug.");
  const body = await readJsonBody(request);
  if (!body.ok) {
    const messages = {
      400: "The request body is not valid JSON.",
      413: "The request body is too large.",
      415: "Send the signature as JSON (Content-Type: application/json).",
    } as const;
    return jsonError(body.status, body.status === 400 ? "invalid_json" : body.status === 413 ? "too_large" : "unsupported_media_type", messages[body.status]);
  }
  const outcome = await signCampaign(slug.data, body.body, { address: clientAddressFrom(request.headers) });
  switch (outcome.kind) {
    case "accepted":
      return NextResponse.json(
        { status: "accepted", message: SIGN_ACCEPTED_MESSAGE },
        { status: 202, headers: { "Cache-Control": "no-store" } },
      );
    case "invalid":
      return jsonError(400, "invalid_signature", "Some fields are missing or not valid.", { fieldErrors: outcome.fieldErrors });
    case "not-found":
      return jsonError(404, "not_found", "No campaign has this slug.");
    case "closed":
      return jsonError(409, "campaign_closed", "This campaign is closed and no longer takes signatures.");
    case "rate-limited":
      return NextResponse.json(
        { error: "rate_limited", message: "Too many signatures from this address. Try again shortly." },
        { status: 429, headers: { "Retry-After": String(outcome.retryAfterSeconds), "Cache-Control": "no-store" } },
      );
  }
}

// POST /api/v1/confirmations.
// Confirms a signature from the token in its confirmation email, for apps and tools that handle the
// link themselves. The token is the caller's proof: the same check as the "Confirm my signature" page.
export async function confirmResponse(request: Request): Promise<Response> {
  const body = await readJsonBody(request, { maxBytes: 1024 });
  if (!body.ok) return jsonError(body.status, "invalid_request", "Send {\"token\": \"…\"} as JSON.");
  const parsed = tokenFormSchema.safeParse(body.body);
  if (!parsed.success) return jsonError(400, "invalid_token", "This confirmation token is not valid.");
  const outcome = await confirmSignature(parsed.data.token);
  const noStore = { headers: { "Cache-Control": "no-store" } };
  switch (outcome.kind) {
    case "confirmed":
    case "already-confirmed":
      return NextResponse.json({ status: outcome.kind, campaign: outcome.campaignSlug }, noStore);
    case "expired":
      return jsonError(410, "token_expired", "This confirmation token has expired. Sign again to get a new one.");
    case "closed":
      return jsonError(409, "campaign_closed", "This campaign closed before the signature was confirmed.");
    case "invalid":
      return jsonError(404, "invalid_token", "This confirmation token is not valid.");
  }
}

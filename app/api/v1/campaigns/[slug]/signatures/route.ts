import { NextResponse } from "next/server";
import { slugSchema } from "@/lib/campaigns/schema";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";
import { SIGN_ACCEPTED_MESSAGE } from "@/lib/signatures/messages";
import { signCampaign } from "@/lib/signatures/mutations";

// Anyone may sign an open campaign: the caller is anonymous by design, and the signature counts
// only after its owner confirms by email. Same validation and code path as the sign form.
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
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

import { NextResponse } from "next/server";
import { jsonError, readJsonBody } from "@/lib/http/json";
import { confirmSignature } from "@/lib/signatures/mutations";
import { tokenFormSchema } from "@/lib/signatures/schema";

// Confirms a signature from the token in its confirmation email, for apps and tools that handle the
// link themselves. The token is the caller's proof: the same check as the "Confirm my signature" page.
export async function POST(request: Request) {
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

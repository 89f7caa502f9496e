import { NextResponse } from "next/server";
import { jsonError } from "@/lib/http/json";
import { unsubscribeByToken } from "@/lib/mailings/unsubscribe";
import { withDatabaseErrors } from "@/lib/http/unavailable";

// RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the address in
// an update's List-Unsubscribe header. The token in the path is the proof; the body is not needed,
// so it is not read. Answers 200 for a genuine link (again and again), 400 for a malformed one,
// and 404 for one that does not match.
export const POST = withDatabaseErrors(async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const outcome = await unsubscribeByToken(token);
  switch (outcome.kind) {
    case "unsubscribed":
      return NextResponse.json({ status: "unsubscribed" }, { headers: { "Cache-Control": "no-store" } });
    case "malformed":
      return jsonError(400, "invalid_token", "This unsubscribe link is not valid.");
    case "unknown":
      return jsonError(404, "not_found", "This unsubscribe link is not valid.");
  }
});

// Someone (or a mail scanner) opening the one-click address: show the page with its button. A GET
// never unsubscribes. A relative Location, so a forged Host header cannot send anyone elsewhere.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}`, "Cache-Control": "no-store" } });
}

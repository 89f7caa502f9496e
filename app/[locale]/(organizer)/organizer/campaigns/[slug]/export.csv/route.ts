import { getCurrentUser } from "@/lib/auth/session";
import { signatureExportResponse } from "@/lib/exports/export-response";

// The team's CSV export of a campaign's signatures, streamed. Checks the session and the caller's
// role itself (lib/exports/export-response.ts): the organizer layout does not run for routes.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return signatureExportResponse(await getCurrentUser(), (await params).slug, request);
}

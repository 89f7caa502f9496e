import { getCurrentUser } from "@/lib/auth/session";
import { paperExampleResponse } from "@/lib/offline/example-csv";

// An example paper-signature file for this campaign, with the columns it accepts and two rows.
// Validates the slug and checks the caller itself (lib/offline/example-csv.ts): the organizer
// layout does not run for routes.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return paperExampleResponse(await getCurrentUser(), (await params).slug, new URL(request.url));
}

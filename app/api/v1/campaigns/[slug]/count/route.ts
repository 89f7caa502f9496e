import { countResponse } from "@/lib/open-data/count-endpoint";
import { preflightResponse } from "@/lib/open-data/http";
import { withDatabaseErrors } from "@/lib/http/unavailable";

export const GET = withDatabaseErrors(async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return countResponse(request, (await params).slug);
});

export function OPTIONS() {
  return preflightResponse();
}

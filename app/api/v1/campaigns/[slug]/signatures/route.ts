import { signResponse } from "@/lib/signing/api-endpoints";
import { withDatabaseErrors } from "@/lib/http/unavailable";

export const POST = withDatabaseErrors(async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return signResponse(request, (await params).slug);
});

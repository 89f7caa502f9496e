import { confirmResponse } from "@/lib/signing/api-endpoints";
import { withDatabaseErrors } from "@/lib/http/unavailable";

export const POST = withDatabaseErrors(async function POST(request: Request) {
  return confirmResponse(request);
});

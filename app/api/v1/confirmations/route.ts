import { confirmResponse } from "@/lib/signatures/api-endpoints";

export async function POST(request: Request) {
  return confirmResponse(request);
}

import { signResponse } from "@/lib/signatures/api-endpoints";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return signResponse(request, (await params).slug);
}

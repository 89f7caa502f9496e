import { NextResponse } from "next/server";
import { getPublicCampaign } from "@/lib/campaigns/queries";
import { toPublicCampaignJson } from "@/lib/campaigns/public-json";
import { slugSchema } from "@/lib/campaigns/schema";
import { jsonError } from "@/lib/http/json";

// Public read: no caller check needed beyond what is public (open or closed campaigns only).
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  const campaign = slug.success ? await getPublicCampaign(slug.data) : null;
  if (!campaign) return jsonError(404, "not_found", "No campaign has this slug.");
  return NextResponse.json(toPublicCampaignJson(campaign), {
    headers: { "Cache-Control": "no-cache", "Access-Control-Allow-Origin": "*" },
  });
}

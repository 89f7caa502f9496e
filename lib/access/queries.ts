import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaigns } from "@/lib/db/schema";
import { isSlug } from "@/lib/validation/slug";

// The campaign a guard looks up by its slug. Like every queries.ts, it does not authorize:
// campaign-guard.ts reads the caller's access next.

/** The few columns the organizer pages use to name a campaign and link to it. */
export const campaignColumns = {
  id: campaigns.id,
  slug: campaigns.slug,
  title: campaigns.title,
  kind: campaigns.kind,
  status: campaigns.status,
  goal: campaigns.goal,
};

export async function findCampaignBySlug(slug: string) {
  if (!isSlug(slug)) return null;
  const [campaign] = await getDb().select(campaignColumns).from(campaigns).where(eq(campaigns.slug, slug)).limit(1);
  return campaign ?? null;
}

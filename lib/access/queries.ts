import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaigns } from "@/lib/db/schema";

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

/** Whether a string could be a campaign's slug at all; anything else (from a hand-typed URL: "%00") is not looked up. */
export const looksLikeCampaignSlug = (slug: string) => /^[a-z0-9-]{1,100}$/.test(slug);

export async function findCampaignBySlug(slug: string) {
  if (!looksLikeCampaignSlug(slug)) return null;
  const [campaign] = await getDb().select(campaignColumns).from(campaigns).where(eq(campaigns.slug, slug)).limit(1);
  return campaign ?? null;
}

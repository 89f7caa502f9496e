import { sql } from "drizzle-orm";
import type { Campaign } from "@/lib/db/schema";

/** A campaign is signable while it is open and inside its opening window. */
export function isAcceptingSignatures(
  campaign: Pick<Campaign, "status" | "opensAt" | "closesAt">,
  now = new Date(),
): boolean {
  if (campaign.status !== "open") return false;
  if (campaign.opensAt && campaign.opensAt > now) return false;
  if (campaign.closesAt && campaign.closesAt <= now) return false;
  return true;
}

/** The same rule in SQL, for statements that must decide under a row lock. `c` is the campaigns row. */
export const acceptingSignaturesSql = sql`(c.status = 'open' and (c.opens_at is null or c.opens_at <= now())
  and (c.closes_at is null or c.closes_at > now()))`;

/** Campaigns the public may see: drafts are not published yet, archived ones are withdrawn. */
export const PUBLIC_CAMPAIGN_STATUSES = ["open", "closed"] as const satisfies Campaign["status"][];

export function isPublicCampaign(campaign: Pick<Campaign, "status">): boolean {
  return (PUBLIC_CAMPAIGN_STATUSES as readonly string[]).includes(campaign.status);
}

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

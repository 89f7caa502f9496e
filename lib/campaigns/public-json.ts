import "server-only";
import { getEnv } from "@/lib/env";
import type { CampaignDetail } from "./queries";
import { isAcceptingSignatures } from "./status";

/** The public JSON shape of a campaign. Nothing about individual signers appears here. */
export function toPublicCampaignJson(campaign: CampaignDetail) {
  return {
    slug: campaign.slug,
    title: campaign.title,
    kind: campaign.kind,
    status: isAcceptingSignatures(campaign) ? "open" : "closed",
    summary: campaign.summary,
    decisionMakers: campaign.decisionMakers,
    goal: campaign.goal,
    signatureCount: campaign.tally.total,
    onlineSignatureCount: campaign.tally.online,
    offlineSignatureCount: campaign.tally.offline,
    offlineTallies: campaign.offlineTallies.map((tally) => ({
      count: tally.count,
      description: tally.description,
      source: { title: tally.sourceTitle, url: tally.sourceUrl, date: tally.sourceDate },
    })),
    event: campaign.event ? { slug: campaign.event.slug, title: campaign.event.title } : null,
    opensAt: campaign.opensAt?.toISOString() ?? null,
    closesAt: campaign.closesAt?.toISOString() ?? null,
    url: `${getEnv().APP_URL}/campaigns/${campaign.slug}`,
    updatedAt: campaign.tally.updatedAt.toISOString(),
  };
}

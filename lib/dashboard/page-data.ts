import "server-only";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, type Caller, type Guarded } from "@/lib/access/guard";
import { getBreakdowns, type Breakdowns } from "@/lib/tallies/breakdowns";
import { getTally } from "@/lib/tallies/queries";
import { confirmationRate } from "./figures";
import { countUnconfirmedSignatures, listUtmCounts, type UtmCount } from "./queries";

export type CampaignDashboard = {
  campaign: { id: string; slug: string; title: string; kind: "petition" | "declaration" };
  /** The export holds personal data: editors, owners and admins only. */
  canExport: boolean;
  /** Confirmed online signatures, from the tally (exact; at most a few seconds old). */
  confirmed: number;
  pending: number;
  invalidated: number;
  /** Held by a velocity rule, waiting for moderation (issue #13): neither counted nor in the rate. */
  held: number;
  /** confirmed / (confirmed + pending), null when nobody has signed online. */
  confirmationRate: number | null;
  offline: number;
  total: number;
  breakdowns: Breakdowns;
  utm: UtmCount[];
};

/** The data of /organizer/campaigns/[slug]/dashboard, for anyone on the team and admins. */
export async function loadCampaignDashboard(caller: Caller, slug: string): Promise<Guarded<CampaignDashboard>> {
  const found = await guardCampaign(caller, slug, "view");
  if (!found.ok) return found;
  const { campaign, access } = found.value;
  const [tally, counts, breakdowns, utm] = await Promise.all([
    getTally(campaign.id),
    countUnconfirmedSignatures(campaign.id),
    getBreakdowns(campaign.id),
    listUtmCounts(campaign.id),
  ]);
  return allow({
    campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title, kind: campaign.kind },
    canExport: access.edit,
    confirmed: tally.online,
    pending: counts.pending,
    invalidated: counts.invalidated,
    held: counts.held,
    confirmationRate: confirmationRate(tally.online, counts.pending),
    offline: tally.offline,
    total: tally.total,
    breakdowns,
    utm,
  });
}

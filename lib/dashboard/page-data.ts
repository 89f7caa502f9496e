import "server-only";
import { allow, refuse, type Caller, type Guarded } from "@/lib/organizers/guard";
import { getCampaignAccess } from "@/lib/organizers/permissions";
import { findCampaignBySlug } from "@/lib/organizers/queries";
import { getBreakdowns, type Breakdowns } from "@/lib/tallies/breakdowns";
import { getTally } from "@/lib/tallies/queries";
import { confirmationRate } from "./figures";
import { countUnconfirmedSignatures, listUtmCounts, type UtmCount } from "./queries";

export type CampaignDashboard = {
  campaign: { slug: string; title: string; kind: "petition" | "declaration" };
  /** The export holds personal data: editors, owners and admins only. */
  canExport: boolean;
  /** Confirmed online signatures, from the tally (exact; at most a few seconds old). */
  confirmed: number;
  pending: number;
  invalidated: number;
  /** confirmed / (confirmed + pending), null when nobody has signed online. */
  confirmationRate: number | null;
  offline: number;
  total: number;
  breakdowns: Breakdowns;
  utm: UtmCount[];
};

/** The data of /organizer/campaigns/[slug]/dashboard, for anyone on the team and admins. */
export async function loadCampaignDashboard(caller: Caller, slug: string): Promise<Guarded<CampaignDashboard>> {
  if (!caller) return refuse("unauthenticated");
  const campaign = await findCampaignBySlug(slug);
  if (!campaign) return refuse("not-found");
  const access = await getCampaignAccess(caller.id, campaign.id);
  if (!access.view) return refuse("forbidden");
  const [tally, counts, breakdowns, utm] = await Promise.all([
    getTally(campaign.id),
    countUnconfirmedSignatures(campaign.id),
    getBreakdowns(campaign.id),
    listUtmCounts(campaign.id),
  ]);
  return allow({
    campaign: { slug: campaign.slug, title: campaign.title, kind: campaign.kind },
    canExport: access.edit,
    confirmed: tally.online,
    pending: counts.pending,
    invalidated: counts.invalidated,
    confirmationRate: confirmationRate(tally.online, counts.pending),
    offline: tally.offline,
    total: tally.total,
    breakdowns,
    utm,
  });
}

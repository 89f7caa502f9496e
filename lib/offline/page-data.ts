import "server-only";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, type Caller, type Guarded } from "@/lib/access/guard";
import { getTally, type Tally } from "@/lib/tallies/queries";
import { paperRulesFor, type PaperRules } from "./paper-rows";
import { findOfflineCampaign, listOfflineTallies, type OfflineTallyListItem } from "./queries";

export type OfflinePage = {
  campaign: { slug: string; title: string; kind: "petition" | "declaration" };
  /** Editors, owners and admins record, import and remove; viewers only read. */
  canEdit: boolean;
  rules: PaperRules;
  tallies: OfflineTallyListItem[];
  tally: Tally;
};

/** The data of /organizer/campaigns/[slug]/offline, for anyone on the campaign's team and admins. */
export async function loadOfflinePage(caller: Caller, slug: string): Promise<Guarded<OfflinePage>> {
  const found = await guardCampaign(caller, slug, "view", findOfflineCampaign);
  if (!found.ok) return found;
  const { campaign, access } = found.value;
  const [tallies, tally] = await Promise.all([listOfflineTallies(campaign.id), getTally(campaign.id)]);
  return allow({
    campaign: { slug: campaign.slug, title: campaign.title, kind: campaign.kind },
    canEdit: access.edit,
    rules: paperRulesFor(campaign),
    tallies,
    tally,
  });
}

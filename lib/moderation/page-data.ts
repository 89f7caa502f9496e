import "server-only";
import { searchText } from "@/lib/validation/text";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, type Caller, type Guarded } from "@/lib/access/guard";
import type { OrganizerCampaign } from "@/lib/organizers/queries";
import {
  listInvalidations,
  listModeratedSignatories,
  listTopClientAddressHashes,
  type ClientAddressCount,
  type InvalidationListItem,
  type ModeratedSignatory,
} from "./queries";
import { MODERATION_SEARCH_MAX } from "./schema";

export type ModerationPage = {
  campaign: Pick<OrganizerCampaign, "id" | "slug" | "title">;
  /** Editors, owners and admins act; viewers see the page without its buttons and forms. */
  canModerate: boolean;
  signatories: ModeratedSignatory[];
  search: string;
  clientAddresses: ClientAddressCount[];
  invalidations: InvalidationListItem[];
};

/** The moderation page of a campaign, for its team and admins. */
export async function loadModerationPage(caller: Caller, slug: string, options: { search?: string } = {}): Promise<Guarded<ModerationPage>> {
  const found = await guardCampaign(caller, slug, "view");
  if (!found.ok) return found;
  const { campaign, access } = found.value;
  const search = searchText(options.search, MODERATION_SEARCH_MAX);
  const [signatories, clientAddresses, invalidations] = await Promise.all([
    listModeratedSignatories(campaign.id, search),
    listTopClientAddressHashes(campaign.id),
    listInvalidations(campaign.id),
  ]);
  return allow({
    campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title },
    canModerate: access.edit,
    signatories,
    search,
    clientAddresses,
    invalidations,
  });
}

import "server-only";
import { searchText } from "@/lib/validation/text";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, type Caller, type Guarded } from "@/lib/access/guard";
import type { OrganizerCampaign } from "@/lib/organizers/queries";
import { mayReadPersonalData } from "@/lib/access/access-rules";
import {
  countHeldSignatures,
  listHeldSignatures,
  listInvalidations,
  listModeratedSignatories,
  listTopClientAddressHashes,
  type ClientAddressCount,
  type HeldReasonCount,
  type HeldSignature,
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
  /** Signatures a velocity rule held (issue #13): how many by rule, and the latest ones. */
  held: { byReason: HeldReasonCount[]; signatures: HeldSignature[] };
};

/** The moderation page of a campaign, for its team and admins. */
export async function loadModerationPage(caller: Caller, slug: string, options: { search?: string } = {}): Promise<Guarded<ModerationPage>> {
  const found = await guardCampaign(caller, slug, "view");
  if (!found.ok) return found;
  const { campaign, access } = found.value;
  const search = searchText(options.search, MODERATION_SEARCH_MAX);
  const [signatories, clientAddresses, invalidations, heldByReason, heldSignatures] = await Promise.all([
    listModeratedSignatories(campaign.id, search),
    listTopClientAddressHashes(campaign.id),
    listInvalidations(campaign.id),
    countHeldSignatures(campaign.id),
    listHeldSignatures(campaign.id, { withEmailDomain: mayReadPersonalData(access) }),
  ]);
  return allow({
    campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title },
    canModerate: access.edit,
    signatories,
    search,
    clientAddresses,
    invalidations,
    held: { byReason: heldByReason, signatures: heldSignatures },
  });
}

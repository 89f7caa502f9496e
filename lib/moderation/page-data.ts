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
import { getEnv } from "@/lib/env";
import { invalidationPrefillSchema, MODERATION_SEARCH_MAX, type InvalidationPrefill } from "./schema";
import { listTrendingKeys, type TrendingKey } from "./trending";

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
  /** Client hashes and email domains with unusual volume per hour, the last 24 hours, and the thresholds. */
  trending: { keys: TrendingKey[]; threshold: number; alert: number };
  /** What the address asked the invalidation filter to be filled with. */
  prefill: InvalidationPrefill;
};

/** The moderation page of a campaign, for its team and admins. */
export async function loadModerationPage(
  caller: Caller,
  slug: string,
  options: { search?: string; prefill?: Record<string, unknown> } = {},
): Promise<Guarded<ModerationPage>> {
  const found = await guardCampaign(caller, slug, "view");
  if (!found.ok) return found;
  const { campaign, access } = found.value;
  const search = searchText(options.search, MODERATION_SEARCH_MAX);
  const env = getEnv();
  const [signatories, clientAddresses, invalidations, heldByReason, heldSignatures, trendingKeys] = await Promise.all([
    listModeratedSignatories(campaign.id, search),
    listTopClientAddressHashes(campaign.id),
    listInvalidations(campaign.id),
    countHeldSignatures(campaign.id),
    listHeldSignatures(campaign.id, { withEmailDomain: mayReadPersonalData(access) }),
    listTrendingKeys(campaign.id, env.VELOCITY_TRENDING_PER_HOUR, new Date(Date.now() - 24 * 3_600_000)),
  ]);
  return allow({
    campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title },
    canModerate: access.edit,
    signatories,
    search,
    clientAddresses,
    invalidations,
    held: { byReason: heldByReason, signatures: heldSignatures },
    trending: { keys: trendingKeys, threshold: env.VELOCITY_TRENDING_PER_HOUR, alert: env.VELOCITY_ALERT_PER_HOUR },
    prefill: invalidationPrefillSchema.parse(options.prefill ?? {}),
  });
}

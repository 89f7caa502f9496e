import "server-only";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type Guarded } from "@/lib/access/guard";
import { findCampaignRow, getPublicCampaignBySlug, translationsOf } from "@/lib/campaigns/queries";
import type { Locale } from "@/lib/i18n/routing";
import { findSnapshot, listSnapshots, type SnapshotSummary } from "./queries";
import { snapshotIdSchema } from "./schema";

// What the delivery pages show (issue #14). The organizer section: everyone on the campaign's team
// sees its packs (they are public once finished); only editors and owners may start one.

export type DeliveryPage = {
  campaign: { slug: string; title: string; language: Locale; status: string };
  translations: Locale[];
  snapshots: SnapshotSummary[];
  mayPrepare: boolean;
};

export async function loadDeliveryPage(caller: Caller, slug: string): Promise<Guarded<DeliveryPage>> {
  const found = await guardCampaign(caller, slug, "view");
  if (!found.ok) return found;
  const campaign = await findCampaignRow(found.value.campaign.slug);
  if (!campaign) return refuse("not-found");
  const [translations, snapshots] = await Promise.all([translationsOf([campaign.id]), listSnapshots(campaign.id, false)]);
  return allow({
    campaign: { slug: campaign.slug, title: campaign.title, language: campaign.language as Locale, status: campaign.status },
    translations: translations.map((translation) => translation.language as Locale),
    snapshots,
    mayPrepare: found.value.access.edit,
  });
}

export type PublicSnapshotPage = { campaign: { slug: string; title: string; language: string }; snapshot: SnapshotSummary };

/** A finished pack of a public campaign, or null (unknown, unfinished, or a malformed id). */
export async function loadPublicSnapshot(slug: string, id: string): Promise<PublicSnapshotPage | null> {
  if (!snapshotIdSchema.safeParse(id).success) return null;
  const campaign = await getPublicCampaignBySlug(slug);
  if (!campaign) return null;
  const snapshot = await findSnapshot(campaign.id, id);
  if (snapshot?.status !== "finished") return null;
  return { campaign: { slug: campaign.slug, title: campaign.title, language: campaign.language }, snapshot };
}

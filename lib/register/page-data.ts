import "server-only";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { mayReadPersonalData } from "@/lib/access/access-rules";
import { allow, refuse, type Caller, type Guarded } from "@/lib/access/guard";
import { isAdmin } from "@/lib/access/permissions";
import type { RegisterExtract } from "@/lib/db/schema";
import { countUncheckedSignatures, listCampaignMatches, listRegisterExtracts, type RegisterMatchItem } from "./queries";

// What each register page shows (issue #14), authorized inside: admins for the extracts; for a
// campaign's matches, those who may read its signers' personal data (editors, owners, admins).

export async function loadRegisterAdminPage(caller: Caller): Promise<Guarded<{ extracts: RegisterExtract[] }>> {
  if (!caller) return refuse("unauthenticated");
  if (!(await isAdmin(caller.id))) return refuse("not-found");
  return allow({ extracts: await listRegisterExtracts() });
}

export type RegisterReviewPage = { campaign: { id: string; slug: string; title: string }; matches: RegisterMatchItem[]; unchecked: number };

export async function loadRegisterReviewPage(caller: Caller, slug: string): Promise<Guarded<RegisterReviewPage>> {
  const found = await guardCampaign(caller, slug, "view");
  if (!found.ok) return found;
  const { campaign, access } = found.value;
  if (!mayReadPersonalData(access)) return refuse("not-found");
  const [matches, unchecked] = await Promise.all([listCampaignMatches(campaign.id), countUncheckedSignatures(campaign.id)]);
  return allow({ campaign: { id: campaign.id, slug: campaign.slug, title: campaign.title }, matches, unchecked });
}

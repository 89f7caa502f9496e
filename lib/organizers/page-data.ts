import "server-only";
import { getEnv } from "@/lib/env";
import { searchText } from "@/lib/validation/text";
import type { CampaignMemberRole } from "@/lib/db/schema";
import { getTally } from "@/lib/tallies/queries";
import type { CampaignAccess } from "@/lib/access/access-rules";
import { guardCampaign } from "@/lib/access/campaign-guard";
import { allow, refuse, type Caller, type Guarded } from "@/lib/access/guard";
import { isAdmin } from "@/lib/access/permissions";
import {
  listApiKeysOfUser,
  listCampaignOptions,
  listCampaignTeam,
  listCampaignsForUser,
  listListedSignatories,
  listOrganizers,
  type ApiKeyListItem,
  type ListedSignatory,
  type OrganizerCampaign,
  type OrganizerListItem,
  type TeamMember,
} from "./queries";
import { SIGNATORY_SEARCH_MAX } from "./schema";

// The data of each organizer page, with its authorization inside: a page passes the session's
// user (or null) and renders, redirects or 404s on the answer. Tests call these directly.

export type OrganizerHome = { isAdmin: boolean; campaigns: OrganizerCampaign[]; apiKeys: ApiKeyListItem[] };

export async function loadOrganizerHome(caller: Caller): Promise<Guarded<OrganizerHome>> {
  if (!caller) return refuse("unauthenticated");
  const admin = await isAdmin(caller.id);
  const [campaigns, apiKeys] = await Promise.all([
    listCampaignsForUser({ id: caller.id, role: admin ? "admin" : "organizer" }),
    listApiKeysOfUser(caller.id),
  ]);
  return allow({ isAdmin: admin, campaigns, apiKeys });
}

export type CampaignOverview = {
  campaign: OrganizerCampaign;
  access: CampaignAccess;
  team: TeamMember[];
  /** Signers who chose to be listed, at most 50, filtered by `search` on their name. */
  signatories: ListedSignatory[];
  search: string;
};

export async function loadCampaignOverview(caller: Caller, slug: string, options: { search?: string } = {}): Promise<Guarded<CampaignOverview>> {
  const found = await guardCampaign(caller, slug, "view");
  if (!found.ok) return found;
  const { user, campaign, access } = found.value;
  const search = searchText(options.search, SIGNATORY_SEARCH_MAX);
  const [team, tally, signatories] = await Promise.all([
    listCampaignTeam(campaign.id),
    getTally(campaign.id),
    listListedSignatories(campaign.id, search),
  ]);
  const memberRole: CampaignMemberRole | null = team.find((member) => member.userId === user.id)?.role ?? null;
  return allow({ campaign: { ...campaign, tally, memberRole }, access, team, signatories, search });
}

/** `removable`: whether the admin may remove the account here (not their own, not an ADMIN_EMAILS one). */
export type AdminPage = {
  organizers: (OrganizerListItem & { removable: boolean; listedAdmin: boolean; you: boolean })[];
  campaigns: { slug: string; title: string }[];
};

export async function loadAdminPage(caller: Caller): Promise<Guarded<AdminPage>> {
  if (!caller) return refuse("unauthenticated");
  if (!(await isAdmin(caller.id))) return refuse("forbidden");
  const [organizers, campaigns] = await Promise.all([listOrganizers(), listCampaignOptions()]);
  const listed = getEnv().ADMIN_EMAILS;
  return allow({
    organizers: organizers.map((organizer) => {
      const listedAdmin = listed.includes(organizer.email.toLowerCase());
      const you = organizer.id === caller.id;
      return { ...organizer, listedAdmin, you, removable: !listedAdmin && !you };
    }),
    campaigns,
  });
}

import "server-only";
import type { CampaignMemberRole } from "@/lib/db/schema";
import { getTally } from "@/lib/tallies/queries";
import type { CampaignAccess } from "./access-rules";
import { allow, refuse, type Caller, type Guarded } from "./guard";
import { getCampaignAccess, isAdmin } from "./permissions";
import {
  findCampaignBySlug,
  listApiKeysOfUser,
  listCampaignOptions,
  listCampaignTeam,
  listCampaignsForUser,
  listOrganizers,
  type ApiKeyListItem,
  type OrganizerCampaign,
  type OrganizerListItem,
  type TeamMember,
} from "./queries";

// The data of each organizer page, with its authorization inside: a page passes the session's
// user (or null) and renders, redirects or 404s on the answer. Tests call these directly.

export type Dashboard = { isAdmin: boolean; campaigns: OrganizerCampaign[]; apiKeys: ApiKeyListItem[] };

export async function loadOrganizerDashboard(caller: Caller): Promise<Guarded<Dashboard>> {
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
};

export async function loadCampaignOverview(caller: Caller, slug: string): Promise<Guarded<CampaignOverview>> {
  if (!caller) return refuse("unauthenticated");
  const campaign = await findCampaignBySlug(slug);
  if (!campaign) return refuse("not-found");
  const access = await getCampaignAccess(caller.id, campaign.id);
  if (!access.view) return refuse("forbidden");
  const [team, tally] = await Promise.all([listCampaignTeam(campaign.id), getTally(campaign.id)]);
  const memberRole: CampaignMemberRole | null = team.find((member) => member.userId === caller.id)?.role ?? null;
  return allow({ campaign: { ...campaign, tally, memberRole }, access, team });
}

export type AdminPage = { organizers: OrganizerListItem[]; campaigns: { slug: string; title: string }[] };

export async function loadAdminPage(caller: Caller): Promise<Guarded<AdminPage>> {
  if (!caller) return refuse("unauthenticated");
  if (!(await isAdmin(caller.id))) return refuse("forbidden");
  const [organizers, campaigns] = await Promise.all([listOrganizers(), listCampaignOptions()]);
  return allow({ organizers, campaigns });
}

import type { CampaignMemberRole, UserRole } from "@/lib/db/schema";

// The rules alone, as pure functions, so they read in one place (issue #3):
// admins see and do everything; on a campaign, owners manage its team, editors edit it, and
// viewers only look. Organizers see nothing of campaigns whose team they are not on.

export type CampaignAccess = { view: boolean; edit: boolean; manageTeam: boolean };

export function campaignAccess(userRole: UserRole | null, memberRole: CampaignMemberRole | null): CampaignAccess {
  if (userRole === "admin") return { view: true, edit: true, manageTeam: true };
  if (userRole === null || memberRole === null) return { view: false, edit: false, manageTeam: false };
  return {
    view: true,
    edit: memberRole === "owner" || memberRole === "editor",
    manageTeam: memberRole === "owner",
  };
}

/**
 * Who may take signers' personal data (names, addresses, emails) off the platform, whatever the way:
 * the CSV export, OSDI, any later one. One rule (issue #13): those who may change the campaign, its
 * editors, owners and admins. Viewers see counts and breakdowns, never the people behind them.
 */
export function mayReadPersonalData(access: CampaignAccess): boolean {
  return access.edit;
}

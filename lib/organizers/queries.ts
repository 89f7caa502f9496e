import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { campaignColumns } from "@/lib/access/queries";
import { getDb } from "@/lib/db/client";
import { apiKeys, campaignMembers, campaigns, signatures, users, type Campaign, type CampaignMemberRole, type UserRole } from "@/lib/db/schema";
import { OFFICES, type Office } from "@/lib/signatory-list/offices";
import { getTallies, type Tally } from "@/lib/tallies/queries";

// Server-only reads for the organizer pages. They do not authorize: page-data.ts and
// commands.ts decide who may call them.

export type OrganizerCampaign = Pick<Campaign, "id" | "slug" | "title" | "kind" | "status" | "goal"> & {
  /** The caller's role on the team; null for an admin who is not on it. */
  memberRole: CampaignMemberRole | null;
  tally: Tally;
};

/** Every campaign for an admin; for an organizer, the campaigns of their teams. */
export async function listCampaignsForUser(user: { id: string; role: UserRole }): Promise<OrganizerCampaign[]> {
  const db = getDb();
  const rows =
    user.role === "admin"
      ? await db
          .select({ ...campaignColumns, memberRole: campaignMembers.role })
          .from(campaigns)
          .leftJoin(campaignMembers, and(eq(campaignMembers.campaignId, campaigns.id), eq(campaignMembers.userId, user.id)))
          .orderBy(asc(campaigns.createdAt), asc(campaigns.slug))
      : await db
          .select({ ...campaignColumns, memberRole: campaignMembers.role })
          .from(campaignMembers)
          .innerJoin(campaigns, eq(campaigns.id, campaignMembers.campaignId))
          .where(eq(campaignMembers.userId, user.id))
          .orderBy(asc(campaigns.createdAt), asc(campaigns.slug));
  const tallies = await getTallies(rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, tally: tallies.get(row.id)! }));
}

export type TeamMember = { userId: string; email: string; name: string | null; role: CampaignMemberRole };

export async function listCampaignTeam(campaignId: string): Promise<TeamMember[]> {
  return getDb()
    .select({ userId: users.id, email: users.email, name: users.name, role: campaignMembers.role })
    .from(campaignMembers)
    .innerJoin(users, eq(users.id, campaignMembers.userId))
    .where(eq(campaignMembers.campaignId, campaignId))
    .orderBy(asc(campaignMembers.role), asc(users.email));
}

export type OrganizerListItem = { id: string; email: string; role: UserRole; signedInBefore: boolean; createdAt: Date };

export async function listOrganizers(): Promise<OrganizerListItem[]> {
  const rows = await getDb()
    .select({ id: users.id, email: users.email, role: users.role, emailVerified: users.emailVerified, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.role), asc(users.email));
  return rows.map(({ emailVerified, ...row }) => ({ ...row, signedInBefore: emailVerified !== null }));
}

export async function listCampaignOptions(): Promise<{ slug: string; title: string }[]> {
  return getDb().select({ slug: campaigns.slug, title: campaigns.title }).from(campaigns).orderBy(asc(campaigns.title));
}

export async function findUserByEmail(email: string) {
  const [user] = await getDb().select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email)).limit(1);
  return user ?? null;
}

export type ApiKeyListItem = { id: string; label: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

/** A user's API keys, newest first. Never the hash: nothing about a key but its label is shown. */
export async function listApiKeysOfUser(userId: string): Promise<ApiKeyListItem[]> {
  return getDb()
    .select({ id: apiKeys.id, label: apiKeys.label, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.userId, userId))
    .orderBy(desc(apiKeys.createdAt), asc(apiKeys.id));
}

export type ListedSignatory = {
  id: string;
  name: string;
  office: string | null;
  place: string | null;
  verified: boolean;
};

const LISTED_SIGNATORIES_SHOWN = 50;

/**
 * The confirmed signers of a campaign who chose to be listed, most recent first, with the id the
 * verify buttons need. Unlike the public list, verified officials are not moved to the top: the
 * team looks here for who signed lately. Never an email address.
 */
export async function listListedSignatories(campaignId: string, search: string): Promise<ListedSignatory[]> {
  const conditions = [eq(signatures.campaignId, campaignId), eq(signatures.status, "confirmed"), eq(signatures.showName, true)];
  if (search) {
    const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`lower(${signatures.fullName}) like ${pattern}`);
  }
  const rows = await getDb()
    .select({
      id: signatures.id,
      name: signatures.fullName,
      office: signatures.office,
      municipality: signatures.municipality,
      city: signatures.city,
      verifiedAt: signatures.verifiedAt,
    })
    .from(signatures)
    .where(and(...conditions))
    .orderBy(desc(signatures.confirmedAt), desc(signatures.id))
    .limit(LISTED_SIGNATORIES_SHOWN);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    office: row.office ? (OFFICES[row.office as Office] ?? row.office) : null,
    place: row.municipality ?? row.city,
    verified: row.verifiedAt !== null,
  }));
}

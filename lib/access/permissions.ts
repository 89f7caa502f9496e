import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaignMembers, users } from "@/lib/db/schema";
import { campaignAccess, type CampaignAccess } from "./access-rules";

// Authorization over the database: each answer reads the caller's current role and membership,
// never a role carried by the client. A null user is an anonymous caller.

export async function isAdmin(userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const [user] = await getDb().select({ role: users.role }).from(users).where(eq(users.id, userId)).limit(1);
  return user?.role === "admin";
}

export async function getCampaignAccess(userId: string | null, campaignId: string): Promise<CampaignAccess> {
  if (!userId) return campaignAccess(null, null);
  const [row] = await getDb()
    .select({ userRole: users.role, memberRole: campaignMembers.role })
    .from(users)
    .leftJoin(campaignMembers, and(eq(campaignMembers.userId, users.id), eq(campaignMembers.campaignId, campaignId)))
    .where(eq(users.id, userId))
    .limit(1);
  return campaignAccess(row?.userRole ?? null, row?.memberRole ?? null);
}

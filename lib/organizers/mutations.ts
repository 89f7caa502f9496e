import "server-only";
import { getDb } from "@/lib/db/client";
import { and, eq, isNull, sql } from "drizzle-orm";
import { apiKeys, campaignMembers, signatures, users, type CampaignMemberRole } from "@/lib/db/schema";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
import { getEnv } from "@/lib/env";
import { createApiKeyToken } from "./api-key-tokens";
import { organizerInvitationEmail } from "./invitation-email";

// Writes for the organizer side. They trust their caller: commands.ts authorizes first.

export type InviteOutcome = { kind: "invited" } | { kind: "already-registered" };

/**
 * An invitation is the organizer's users row: it is what lets the address sign in
 * (lib/auth/sign-in-policy.ts). The invitation email is queued in the same transaction.
 */
export async function inviteOrganizer(email: string, invitedBy: string): Promise<InviteOutcome> {
  const invited = await getDb().transaction(async (tx) => {
    const created = await tx
      .insert(users)
      .values({ email, role: "organizer", invitedBy })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (created.length === 0) return false;
    const signInUrl = new URL("/signin", getEnv().APP_URL).toString();
    await enqueueEmail(tx, { kind: "organizer-invitation", signatureId: null, message: organizerInvitationEmail(email, signInUrl) });
    return true;
  });
  if (!invited) return { kind: "already-registered" };
  requestOutboxDrain();
  return { kind: "invited" };
}

/** Adds a user to a campaign's team, or changes their role on it. */
export async function setCampaignMember(campaignId: string, userId: string, role: CampaignMemberRole): Promise<void> {
  await getDb()
    .insert(campaignMembers)
    .values({ campaignId, userId, role })
    .onConflictDoUpdate({ target: [campaignMembers.campaignId, campaignMembers.userId], set: { role } });
}

/** Creates an API key for a user and returns it: the only time the key exists outside its hash. */
export async function createApiKey(userId: string, label: string): Promise<{ id: string; key: string }> {
  const { key, hash } = createApiKeyToken();
  const [row] = await getDb().insert(apiKeys).values({ userId, label, keyHash: hash }).returning({ id: apiKeys.id });
  return { id: row.id, key };
}

/** Revokes one of the user's own keys; false if they have no such key still active. */
export async function revokeApiKey(userId: string, keyId: string): Promise<boolean> {
  const revoked = await getDb()
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return revoked.length > 0;
}

/**
 * Marks a confirmed signature of the campaign as a verified official, or removes the mark; false
 * if the campaign has no such confirmed signature. Marking twice keeps the first verification time.
 */
export async function setSignatureVerified(campaignId: string, signatureId: string, verified: boolean): Promise<boolean> {
  const updated = await getDb()
    .update(signatures)
    .set({ verifiedAt: verified ? sql`coalesce(${signatures.verifiedAt}, now())` : null })
    .where(and(eq(signatures.id, signatureId), eq(signatures.campaignId, campaignId), eq(signatures.status, "confirmed")))
    .returning({ id: signatures.id });
  return updated.length > 0;
}

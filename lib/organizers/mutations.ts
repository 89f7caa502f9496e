import "server-only";
import { getDb } from "@/lib/db/client";
import { and, eq, isNull, sql } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { apiKeys, campaignMembers, signatures, users, type CampaignMemberRole } from "@/lib/db/schema";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
import { getEnv } from "@/lib/env";
import { createApiKeyToken } from "./api-key-tokens";
import { organizerInvitationEmail } from "./invitation-email";

// Writes for the organizer side. They trust their caller: commands.ts authorizes first. Each
// change writes its audit entry (lib/audit/log.ts) in the same transaction.

export type InviteOutcome = { kind: "invited" } | { kind: "already-registered" };

/**
 * An invitation is the organizer's users row: it is what lets the address sign in
 * (lib/auth/sign-in-policy.ts). The invitation email is queued in the same transaction.
 */
export async function inviteOrganizer(email: string, actor: AuditActor): Promise<InviteOutcome> {
  const invited = await getDb().transaction(async (tx) => {
    const created = await tx
      .insert(users)
      .values({ email, role: "organizer", invitedBy: actor.id })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (created.length === 0) return false;
    const signInUrl = new URL("/signin", getEnv().APP_URL).toString();
    await enqueueEmail(tx, { kind: "organizer-invitation", signatureId: null, message: organizerInvitationEmail(email, signInUrl) });
    await recordAudit(tx, actor, { action: "organizer.invite", subject: email, details: { userId: created[0].id } });
    return true;
  });
  if (!invited) return { kind: "already-registered" };
  requestOutboxDrain();
  return { kind: "invited" };
}

type CampaignRef = { id: string; slug: string };

/** Adds a user to a campaign's team, or changes their role on it. */
export async function setCampaignMember(
  campaign: CampaignRef,
  member: { id: string; email: string },
  role: CampaignMemberRole,
  actor: AuditActor,
): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx
      .insert(campaignMembers)
      .values({ campaignId: campaign.id, userId: member.id, role })
      .onConflictDoUpdate({ target: [campaignMembers.campaignId, campaignMembers.userId], set: { role } });
    await recordAudit(tx, actor, {
      action: "campaign.set-member",
      campaignId: campaign.id,
      subject: `${member.email} as ${role} of ${campaign.slug}`,
      details: { userId: member.id, role },
    });
  });
}

/** Creates an API key for a user and returns it: the only time the key exists outside its hash. */
export async function createApiKey(actor: AuditActor, label: string): Promise<{ id: string; key: string }> {
  const { key, hash } = createApiKeyToken();
  return getDb().transaction(async (tx) => {
    const [row] = await tx.insert(apiKeys).values({ userId: actor.id, label, keyHash: hash }).returning({ id: apiKeys.id });
    // The key's id and label only: never the key, nor its hash.
    await recordAudit(tx, actor, { action: "api-key.create", subject: label, details: { keyId: row.id } });
    return { id: row.id, key };
  });
}

/** Revokes one of the user's own keys; false if they have no such key still active. */
export async function revokeApiKey(actor: AuditActor, keyId: string): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.userId, actor.id), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id, label: apiKeys.label });
    if (!revoked) return false;
    await recordAudit(tx, actor, { action: "api-key.revoke", subject: revoked.label, details: { keyId } });
    return true;
  });
}

/**
 * Marks a confirmed signature of the campaign as a verified official, or removes the mark; false
 * if the campaign has no such confirmed signature. Marking twice keeps the first verification time.
 * The audit entry names the signature by id only: the log outlives a withdrawal, a signer's name must not.
 */
export async function setSignatureVerified(actor: AuditActor, campaign: CampaignRef, signatureId: string, verified: boolean): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const updated = await tx
      .update(signatures)
      .set({ verifiedAt: verified ? sql`coalesce(${signatures.verifiedAt}, now())` : null })
      .where(and(eq(signatures.id, signatureId), eq(signatures.campaignId, campaign.id), eq(signatures.status, "confirmed")))
      .returning({ id: signatures.id });
    if (updated.length === 0) return false;
    await recordAudit(tx, actor, {
      action: verified ? "signature.verify" : "signature.unverify",
      campaignId: campaign.id,
      subject: `A signature on ${campaign.slug}`,
      details: { signatureId },
    });
    return true;
  });
}

import "server-only";
import { getDb, type Transaction } from "@/lib/db/client";
import { and, eq, isNull, sql } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { apiKeys, campaignMembers, signatures, users, type CampaignMemberRole } from "@/lib/db/schema";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
import { getEnv } from "@/lib/env";
import { isLocale, localePath } from "@/lib/i18n/routing";
import { createApiKeyToken } from "./api-key-tokens";
import { organizerInvitationEmail } from "./invitation-email";

// Writes for the organizer side. They trust their caller: commands.ts authorizes first. Each
// change writes its audit entry (lib/audit/log.ts) in the same transaction.

export type InviteOutcome = { kind: "invited" } | { kind: "already-registered" };

/**
 * An invitation is the organizer's users row: it is what lets the address sign in
 * (lib/auth/sign-in-policy.ts). The invitation email is queued in the same transaction, in the
 * language of the admin's page (`locale`), with a sign-in link in that language.
 */
export async function inviteOrganizer(email: string, actor: AuditActor, locale = "en"): Promise<InviteOutcome> {
  const invited = await getDb().transaction(async (tx) => {
    const created = await tx
      .insert(users)
      .values({ email, role: "organizer", invitedBy: actor.id })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (created.length === 0) return false;
    const language = isLocale(locale) ? locale : "en";
    const signInUrl = new URL(localePath(language, "/signin"), getEnv().APP_URL).toString();
    await enqueueEmail(tx, { kind: "organizer-invitation", signatureId: null, message: organizerInvitationEmail(email, signInUrl, language) });
    await recordAudit(tx, actor, { action: "organizer.invite", subject: email, details: { userId: created[0].id } });
    return true;
  });
  if (!invited) return { kind: "already-registered" };
  requestOutboxDrain();
  return { kind: "invited" };
}

type CampaignRef = { id: string; slug: string };

/** Adds a user to a campaign's team, or changes their role on it. */
export type TeamChange = "done" | "last-owner" | "not-member";

/**
 * Whether taking `userId` off the owners would leave the campaign without one. Locks the team's
 * owner rows, so two owners cannot demote each other at the same moment and leave none.
 */
async function wouldLeaveNoOwner(tx: Transaction, campaignId: string, userId: string): Promise<boolean> {
  const owners = (await tx.execute(sql`
    select user_id from campaign_members where campaign_id = ${campaignId} and role = 'owner' order by user_id for update`)) as unknown as {
    user_id: string;
  }[];
  return owners.length === 1 && owners[0].user_id === userId;
}

/** Adds a user to a campaign's team, or changes their role on it; never leaves a team without an owner. */
export async function setCampaignMember(
  campaign: CampaignRef,
  member: { id: string; email: string },
  role: CampaignMemberRole,
  actor: AuditActor,
): Promise<TeamChange> {
  return getDb().transaction(async (tx) => {
    if (role !== "owner" && (await wouldLeaveNoOwner(tx, campaign.id, member.id))) return "last-owner";
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
    return "done";
  });
}

/** Takes a user off a campaign's team; never its last owner. */
export async function removeCampaignMember(campaign: CampaignRef, userId: string, actor: AuditActor): Promise<TeamChange> {
  return getDb().transaction(async (tx) => {
    if (await wouldLeaveNoOwner(tx, campaign.id, userId)) return "last-owner";
    const removed = await tx
      .delete(campaignMembers)
      .where(and(eq(campaignMembers.campaignId, campaign.id), eq(campaignMembers.userId, userId)))
      .returning({ role: campaignMembers.role });
    if (removed.length === 0) return "not-member";
    const [member] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
    await recordAudit(tx, actor, {
      action: "campaign.remove-member",
      campaignId: campaign.id,
      subject: `${member?.email ?? userId} off the team of ${campaign.slug}`,
      details: { userId, role: removed[0].role },
    });
    return "done";
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

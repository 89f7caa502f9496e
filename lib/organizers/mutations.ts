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

/** Why an account was not removed. */
export type RemoveAccountOutcome = "removed" | "not-found" | "self" | "listed-admin";

/**
 * Removes an organizer's or admin's account (issue #13, finding 11): their sessions, API keys and
 * team places go with the users row (ON DELETE CASCADE), so they are signed out at once; what they
 * wrote stays, and the audit log keeps their address. Not one's own account (the last admin would
 * lock everyone out that way), and not an ADMIN_EMAILS address, which would only be made again at
 * its next sign-in: that one leaves by leaving the variable (reconcileAdmins).
 */
export async function removeAccount(actor: AuditActor, userId: string, adminEmails: readonly string[]): Promise<RemoveAccountOutcome> {
  if (userId === actor.id) return "self";
  return getDb().transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, userId)).for("update");
    if (!user) return "not-found";
    if (adminEmails.includes(user.email.toLowerCase())) return "listed-admin";
    await tx.delete(users).where(eq(users.id, userId));
    await recordAudit(tx, actor, { action: "organizer.remove", subject: user.email, details: { userId, role: user.role } });
    return "removed";
  });
}

/**
 * Admins are the ADMIN_EMAILS addresses (lib/auth/sign-in-policy.ts makes them admin when they sign
 * in). An address taken out of the variable stops being admin when the app next starts, and its
 * sessions end (issue #13, finding 11), with an audit entry by the system. With the variable empty
 * nobody is demoted: the platform never loses its last admins to a missing setting.
 */
export async function reconcileAdmins(adminEmails: readonly string[]): Promise<string[]> {
  if (adminEmails.length === 0) return [];
  const demoted = (await getDb().execute(sql`
    with demoted as (
      update users set role = 'organizer'
       where role = 'admin' and lower(email) not in (${sql.join(
         adminEmails.map((email) => sql`${email}`),
         sql`, `,
       )})
       returning id, email),
    ended as (delete from sessions where user_id in (select id from demoted)),
    audited as (
      insert into audit_log (actor_id, actor_email, action, subject, details)
      select null, 'system', 'organizer.demote', email, jsonb_build_object('userId', id, 'reason', 'not in ADMIN_EMAILS') from demoted)
    select email from demoted`)) as unknown as { email: string }[];
  return demoted.map((row) => row.email);
}

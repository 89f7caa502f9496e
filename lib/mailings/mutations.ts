import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { campaignMailings, signatures } from "@/lib/db/schema";
import { enqueueEmail, requestOutboxDrain } from "@/lib/email/outbox";
// Registers the mailing lane with the outbox, so the drain queueMailing requests can render its rows.
import "./delivery";
import { renderTestMailing } from "./preview";

// Writes of the "Updates to signers" pages. They trust their caller (commands.ts checks who may
// call them); each writes its audit entry in the same transaction as the change.

type Campaign = { id: string; slug: string; title: string };
type Content = { subject: string; body: string };

export async function createMailing(actor: AuditActor, campaign: Campaign, content: Content): Promise<string> {
  return getDb().transaction(async (tx) => {
    const [mailing] = await tx
      .insert(campaignMailings)
      .values({ campaignId: campaign.id, subject: content.subject, body: content.body, createdBy: actor.id })
      .returning({ id: campaignMailings.id });
    await recordAudit(tx, actor, {
      action: "mailing.create",
      campaignId: campaign.id,
      subject: content.subject,
      details: { mailingId: mailing.id, campaign: campaign.slug },
    });
    return mailing.id;
  });
}

/** Only a draft changes: once queued, what signers receive is fixed. */
export async function updateDraft(actor: AuditActor, campaign: Campaign, mailingId: string, content: Content): Promise<"updated" | "not-draft"> {
  return getDb().transaction(async (tx) => {
    const updated = await tx
      .update(campaignMailings)
      .set({ subject: content.subject, body: content.body })
      .where(and(eq(campaignMailings.id, mailingId), eq(campaignMailings.campaignId, campaign.id), eq(campaignMailings.status, "draft")))
      .returning({ id: campaignMailings.id });
    if (updated.length === 0) return "not-draft";
    await recordAudit(tx, actor, {
      action: "mailing.update",
      campaignId: campaign.id,
      subject: content.subject,
      details: { mailingId, campaign: campaign.slug },
    });
    return "updated";
  });
}

/** The mailing as signers will get it, to the caller alone: not counted, not recorded per signer. */
export async function queueTestMailing(actor: AuditActor, campaign: Campaign, mailing: { id: string } & Content, locale?: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await enqueueEmail(tx, { kind: "mailing-test", signatureId: null, message: renderTestMailing(mailing, campaign, actor.email, locale) });
    await recordAudit(tx, actor, {
      action: "mailing.test",
      campaignId: campaign.id,
      subject: mailing.subject,
      details: { mailingId: mailing.id, campaign: campaign.slug },
    });
  });
  requestOutboxDrain();
}

class NoRecipients extends Error {}

export type QueueOutcome = { kind: "queued"; recipients: number } | { kind: "not-draft" } | { kind: "no-recipients" };

/**
 * Queues a draft for every confirmed signer who asked for updates, in one transaction: the
 * draft → sending flip matches only a draft, so a second click or a second tab queues nothing,
 * and the rows are one INSERT … SELECT (a million signers is one statement; addresses are not
 * copied: the worker renders each row when it sends it). The unique (mailing, signature) index
 * makes a row per signer the most there can ever be.
 */
export async function queueMailing(actor: AuditActor, campaign: Campaign, mailingId: string): Promise<QueueOutcome> {
  const outcome = await getDb()
    .transaction(async (tx): Promise<QueueOutcome> => {
      const [mailing] = await tx
        .update(campaignMailings)
        .set({ status: "sending", sendRequestedAt: sql`now()`, sentBy: actor.id })
        .where(and(eq(campaignMailings.id, mailingId), eq(campaignMailings.campaignId, campaign.id), eq(campaignMailings.status, "draft")))
        .returning({ id: campaignMailings.id, subject: campaignMailings.subject });
      if (!mailing) return { kind: "not-draft" };
      const inserted = await tx.execute(sql`
      insert into email_outbox (kind, mailing_id, signature_id, payload)
      select 'mailing', ${mailingId}::uuid, s.id, null
        from signatures s
       where s.campaign_id = ${campaign.id} and s.status = 'confirmed' and s.opt_in_updates and s.email <> ''
      on conflict do nothing`);
      const recipients = inserted.count;
      // Nothing to send: the flip is undone with the rest of the transaction.
      if (recipients === 0) throw new NoRecipients();
      await tx.update(campaignMailings).set({ recipients }).where(eq(campaignMailings.id, mailingId));
      await recordAudit(tx, actor, {
        action: "mailing.send",
        campaignId: campaign.id,
        subject: mailing.subject,
        details: { mailingId, campaign: campaign.slug, recipients },
      });
      return { kind: "queued", recipients };
    })
    .catch((error: unknown) => {
      if (error instanceof NoRecipients) return { kind: "no-recipients" } as const;
      throw error;
    });
  if (outcome.kind === "queued") requestOutboxDrain();
  return outcome;
}

/** Turns updates off for one signature. Returns whether it exists. No audit entry: it is the signer's own act. */
export async function unsubscribeSignature(signatureId: string): Promise<boolean> {
  return setUpdatesOptIn(signatureId, false);
}

/**
 * Turns a signature's updates on or off. "Manage my signatures" (lib/my-signatures) passes the
 * address the signer proved they hold: a signature made with another address is left alone.
 */
export async function setUpdatesOptIn(signatureId: string, optIn: boolean, emailCanonical?: string): Promise<boolean> {
  const updated = await getDb()
    .update(signatures)
    .set({ optInUpdates: optIn })
    .where(and(eq(signatures.id, signatureId), emailCanonical === undefined ? undefined : eq(signatures.emailCanonical, emailCanonical)))
    .returning({ id: signatures.id });
  return updated.length > 0;
}

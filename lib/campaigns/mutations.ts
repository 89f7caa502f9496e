import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { getDb, type Transaction } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { campaignMembers, campaignTranslations, campaignUpdates, campaignUpdateTranslations, campaigns, type Campaign } from "@/lib/db/schema";
import { changedFields } from "./changed-fields";
import { changesText } from "./translations";
import { furthestOutcome, publishProblems, TRANSITIONS, transitionRefusal } from "./lifecycle";
import { isSlugTaken } from "./queries";
import type { Locale } from "@/lib/i18n/routing";
import type { CampaignInput, CampaignTranslationData, TransitionName, UpdateKind, UpdateTranslationData } from "./schema";

// Writes for campaigns. They trust their caller on who may act (commands.ts authorizes), but each
// re-reads the campaign under a row lock and applies the rules that depend on its current state,
// in the same transaction as the change and its audit entry: a refusal changes nothing.

/** Messages are catalog keys (lib/i18n/message-key.ts), shown in the reader's language by the form. */
export const SLUG_TAKEN = "editor.errors.slugTaken";

export type WriteResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: Record<string, string> };

const invalid = (fieldErrors: Record<string, string>) => ({ ok: false as const, fieldErrors });

/** A new draft, its creator made owner of its team. */
export async function insertCampaign(actor: AuditActor, input: CampaignInput, eventId: string | null): Promise<WriteResult<Campaign>> {
  return getDb().transaction(async (tx) => {
    const [campaign] = await tx
      .insert(campaigns)
      .values({ ...input, status: "draft", eventId, createdBy: actor.id })
      .onConflictDoNothing({ target: campaigns.slug })
      .returning();
    if (!campaign) return invalid({ slug: SLUG_TAKEN });
    await tx.insert(campaignMembers).values({ campaignId: campaign.id, userId: actor.id, role: "owner" });
    await recordAudit(tx, actor, {
      action: "campaign.create",
      campaignId: campaign.id,
      eventId,
      subject: campaign.slug,
      details: { title: campaign.title, kind: campaign.kind },
    });
    return { ok: true as const, value: campaign };
  });
}

/**
 * Saves the settings form. A published campaign keeps its address and kind (links, embeds and
 * signatures depend on them) and must stay publishable.
 */
export async function updateCampaign(
  actor: AuditActor,
  campaignId: string,
  input: CampaignInput,
): Promise<WriteResult<{ campaign: Campaign; previousSlug: string; changed: string[] }> | null> {
  try {
    return await getDb().transaction(async (tx) => {
      const current = await lockCampaign(tx, campaignId);
      if (!current) return null;
      const errors: Record<string, string> = {};
      if (current.status !== "draft") {
        if (input.slug !== current.slug) errors.slug = "editor.errors.slugLocked";
        if (input.kind !== current.kind) errors.kind = "editor.errors.kindLocked";
        Object.assign(errors, publishProblems(input));
      }
      // Once signers' data is erased, keeping it longer (or the list) can no longer be chosen.
      if (current.anonymisedAt) {
        if (input.retentionMonths !== undefined && input.retentionMonths !== current.retentionMonths)
          errors.retentionMonths = "editor.errors.retentionErased";
        if (input.keepPublicList !== undefined && input.keepPublicList !== current.keepPublicList)
          errors.keepPublicList = "editor.errors.retentionErased";
      }
      if (!errors.slug && input.slug !== current.slug && (await isSlugTaken(input.slug, campaignId, tx))) errors.slug = SLUG_TAKEN;
      if (Object.keys(errors).length > 0) return invalid(errors);
      const changed = changedFields(current, input);
      if (changed.length === 0) return { ok: true as const, value: { campaign: current, previousSlug: current.slug, changed } };
      const [campaign] = await tx
        .update(campaigns)
        .set({ ...input, updatedAt: new Date(), ...(changesText(changed) && { textRevision: sql`${campaigns.textRevision} + 1` }) })
        .where(eq(campaigns.id, campaignId))
        .returning();
      await recordAudit(tx, actor, {
        action: "campaign.update",
        campaignId,
        subject: campaign.slug,
        details: { changed, ...(campaign.slug !== current.slug && { previousSlug: current.slug }) },
      });
      return { ok: true as const, value: { campaign, previousSlug: current.slug, changed } };
    });
  } catch (error) {
    // Another save took the address between our check and our write.
    if (isUniqueViolation(error)) return invalid({ slug: SLUG_TAKEN });
    throw error;
  }
}

/** Publish, close, reopen, archive or restore, if the campaign's state allows it now. */
export async function applyTransition(actor: AuditActor, campaignId: string, name: TransitionName): Promise<WriteResult<Campaign> | null> {
  return getDb().transaction(async (tx) => {
    const current = await lockCampaign(tx, campaignId);
    if (!current) return null;
    const refusal = transitionRefusal(current, name);
    if (refusal) return invalid({ form: refusal });
    const now = new Date();
    const transition = TRANSITIONS[name];
    const [campaign] = await tx
      .update(campaigns)
      .set({
        status: transition.to,
        updatedAt: now,
        ...(name === "publish" && { publishedAt: now }),
        ...(name === "close" && { closedAt: now }),
        ...(name === "reopen" && { closedAt: null }),
        ...(name === "archive" && { closedAt: current.closedAt ?? now }),
      })
      .where(eq(campaigns.id, campaignId))
      .returning();
    await recordAudit(tx, actor, {
      action: transition.audit,
      campaignId,
      subject: campaign.slug,
      details: { from: current.status, to: campaign.status },
    });
    return { ok: true as const, value: campaign };
  });
}

/** A public update on the campaign page; an outcome also moves the campaign's outcome forward. */
export async function insertCampaignUpdate(
  actor: AuditActor,
  campaignId: string,
  input: { kind: UpdateKind; title: string; body: string; language?: Locale; snapshotId?: string },
): Promise<WriteResult<{ campaign: Campaign; updateId: string }> | null> {
  return getDb().transaction(async (tx) => {
    const current = await lockCampaign(tx, campaignId);
    if (!current) return null;
    if (current.status === "draft") return invalid({ form: "editor.errors.updateBeforePublish" });
    if (input.snapshotId !== undefined) {
      // Only a delivery names a pack, and only a finished pack of this campaign (issue #14).
      if (input.kind !== "delivered") return invalid({ snapshotId: "editor.errors.snapshotOnlyDelivered" });
      const pack = await tx.execute(sql`
        select 1 from campaign_snapshots where id = ${input.snapshotId} and campaign_id = ${campaignId} and status = 'finished'`);
      if (pack.length === 0) return invalid({ snapshotId: "editor.errors.snapshotUnknown" });
    }
    const [update] = await tx
      .insert(campaignUpdates)
      .values({
        campaignId,
        kind: input.kind,
        title: input.title,
        body: input.body,
        language: input.language ?? current.language,
        authorId: actor.id,
        snapshotId: input.snapshotId ?? null,
      })
      .returning({ id: campaignUpdates.id });
    const outcome = furthestOutcome(current.outcome, input.kind);
    const [campaign] = await tx
      .update(campaigns)
      // updatedAt moves so the page's and the API's caches see the change.
      .set({ outcome, updatedAt: new Date() })
      .where(eq(campaigns.id, campaignId))
      .returning();
    await recordAudit(tx, actor, {
      action: input.kind === "news" ? "campaign.news" : "campaign.outcome",
      campaignId,
      subject: campaign.slug,
      details: { kind: input.kind, title: input.title, updateId: update.id, outcome, ...(input.snapshotId && { snapshotId: input.snapshotId }) },
    });
    return { ok: true as const, value: { campaign, updateId: update.id } };
  });
}

/**
 * Closes every open campaign whose closing date has passed, in one statement, and records each in
 * the audit log (the actor is the system). Signing already stops at the closing date
 * (lib/campaigns/status.ts); this makes the status say so too. closed_at is the closing date itself.
 */
export async function closeDueCampaigns(): Promise<{ id: string; slug: string }[]> {
  const rows = await getDb().execute(sql`
    with closed as (
      update campaigns
         set status = 'closed', closed_at = closes_at, updated_at = now()
       where status = 'open' and closes_at is not null and closes_at <= now()
      returning id, slug, closes_at
    ), logged as (
      insert into audit_log (actor_id, actor_email, action, campaign_id, subject, details)
      select null, 'system', 'campaign.auto-close', id, slug, jsonb_build_object('closesAt', closes_at) from closed
    )
    select id, slug from closed`);
  return [...(rows as unknown as { id: string; slug: string }[])];
}

async function lockCampaign(tx: Transaction, campaignId: string): Promise<Campaign | null> {
  const [campaign] = await tx.select().from(campaigns).where(eq(campaigns.id, campaignId)).for("update");
  return campaign ?? null;
}

/**
 * Writes a campaign's translation into one language, made from the authoritative text as it is now
 * (its revision, read under the campaign's lock, so a concurrent save of the original dates it).
 */
export async function saveTranslation(
  actor: AuditActor,
  campaignId: string,
  input: CampaignTranslationData,
): Promise<WriteResult<{ campaign: Campaign; created: boolean }> | null> {
  return getDb().transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (!campaign) return null;
    if (input.language === campaign.language) return invalid({ language: "editor.errors.translationIsOriginal" });
    const text = { title: input.title, summary: input.summary, statement: input.statement, decisionMakers: input.decisionMakers };
    const [row] = await tx
      .insert(campaignTranslations)
      .values({ campaignId, language: input.language, ...text, sourceRevision: campaign.textRevision, updatedBy: actor.id })
      .onConflictDoUpdate({
        target: [campaignTranslations.campaignId, campaignTranslations.language],
        set: { ...text, sourceRevision: campaign.textRevision, updatedBy: actor.id, updatedAt: new Date() },
      })
      .returning({ createdAt: campaignTranslations.createdAt, updatedAt: campaignTranslations.updatedAt });
    const created = row.createdAt.getTime() === row.updatedAt.getTime();
    await recordAudit(tx, actor, {
      action: "campaign.translation.save",
      campaignId,
      subject: campaign.slug,
      details: { language: input.language, sourceRevision: campaign.textRevision, created },
    });
    return { ok: true as const, value: { campaign, created } };
  });
}

/** Deletes a campaign's translation into one language (readers of it see the original again). */
export async function deleteTranslation(
  actor: AuditActor,
  campaignId: string,
  language: Locale,
): Promise<WriteResult<{ campaign: Campaign; deleted: boolean }> | null> {
  return getDb().transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (!campaign) return null;
    const deleted = await tx
      .delete(campaignTranslations)
      .where(and(eq(campaignTranslations.campaignId, campaignId), eq(campaignTranslations.language, language)))
      .returning({ language: campaignTranslations.language });
    if (deleted.length > 0) {
      await recordAudit(tx, actor, { action: "campaign.translation.delete", campaignId, subject: campaign.slug, details: { language } });
    }
    return { ok: true as const, value: { campaign, deleted: deleted.length > 0 } };
  });
}

/** The campaign's update `updateId`, read inside a write that holds the campaign's lock. */
async function updateOf(tx: Transaction, campaignId: string, updateId: string) {
  const [update] = await tx
    .select({ id: campaignUpdates.id, language: campaignUpdates.language, title: campaignUpdates.title })
    .from(campaignUpdates)
    .where(and(eq(campaignUpdates.id, updateId), eq(campaignUpdates.campaignId, campaignId)));
  return update ?? null;
}

/** Writes an update's title and body in one other language than it was written in (issue #12). */
export async function saveUpdateTranslation(
  actor: AuditActor,
  campaignId: string,
  input: UpdateTranslationData,
): Promise<WriteResult<{ campaign: Campaign; created: boolean }> | null> {
  return getDb().transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (!campaign) return null;
    const update = await updateOf(tx, campaignId, input.updateId);
    if (!update) return invalid({ form: "editor.errors.updateNotFound" });
    if (input.language === update.language) return invalid({ language: "editor.errors.updateInThisLanguage" });
    const text = { title: input.title, body: input.body, updatedBy: actor.id };
    const [row] = await tx
      .insert(campaignUpdateTranslations)
      .values({ updateId: update.id, language: input.language, ...text })
      .onConflictDoUpdate({
        target: [campaignUpdateTranslations.updateId, campaignUpdateTranslations.language],
        set: { ...text, updatedAt: new Date() },
      })
      .returning({ createdAt: campaignUpdateTranslations.createdAt, updatedAt: campaignUpdateTranslations.updatedAt });
    const created = row.createdAt.getTime() === row.updatedAt.getTime();
    await recordAudit(tx, actor, {
      action: "campaign.update.translation.save",
      campaignId,
      subject: campaign.slug,
      details: { updateId: update.id, title: update.title, language: input.language, created },
    });
    return { ok: true as const, value: { campaign, created } };
  });
}

/** Deletes an update's translation into one language (its readers see it as written again). */
export async function deleteUpdateTranslation(
  actor: AuditActor,
  campaignId: string,
  input: { updateId: string; language: Locale },
): Promise<WriteResult<{ campaign: Campaign; deleted: boolean }> | null> {
  return getDb().transaction(async (tx) => {
    const campaign = await lockCampaign(tx, campaignId);
    if (!campaign) return null;
    const update = await updateOf(tx, campaignId, input.updateId);
    if (!update) return invalid({ form: "editor.errors.updateNotFound" });
    const deleted = await tx
      .delete(campaignUpdateTranslations)
      .where(and(eq(campaignUpdateTranslations.updateId, update.id), eq(campaignUpdateTranslations.language, input.language)))
      .returning({ language: campaignUpdateTranslations.language });
    if (deleted.length > 0) {
      await recordAudit(tx, actor, {
        action: "campaign.update.translation.delete",
        campaignId,
        subject: campaign.slug,
        details: { updateId: update.id, title: update.title, language: input.language },
      });
    }
    return { ok: true as const, value: { campaign, deleted: deleted.length > 0 } };
  });
}

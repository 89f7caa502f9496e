import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import { pickTallyShard } from "@/lib/tallies/shards";
import { signatureInvalidations, signatures, type InvalidationFilter } from "@/lib/db/schema";
import { matchingSignaturesSql } from "./filter-sql";
import type { InvalidationPreview } from "./queries";
import { addRowsToCounters, addToCounters, lockCampaignModeration } from "./recount-sql";
import { describeFilter, VISIBILITY_CHANGES, type VisibilityChange } from "./schema";

// Moderation writes. They trust their caller (commands.ts authorizes first) and write their audit
// entry in the same transaction as the change. Entries name signatures by id only: a signer's
// name, address or client address never goes into the audit log, which outlives withdrawals. The
// log is a record, written once: its subjects and details are in English, whoever reads it.

type CampaignRef = { id: string; slug: string };

/** Hides or shows a signer's public name or comment; false if the campaign has no such signature. */
export async function setSignatureVisibility(
  actor: AuditActor,
  campaign: CampaignRef,
  signatureId: string,
  change: VisibilityChange,
): Promise<boolean> {
  const { part, hidden } = VISIBILITY_CHANGES[change];
  return getDb().transaction(async (tx) => {
    const updated = await tx
      .update(signatures)
      .set(part === "name" ? { nameHidden: hidden } : { commentHidden: hidden })
      .where(and(eq(signatures.id, signatureId), eq(signatures.campaignId, campaign.id)))
      .returning({ id: signatures.id });
    if (updated.length === 0) return false;
    await recordAudit(tx, actor, {
      action: `signature.${change}`,
      campaignId: campaign.id,
      subject: `A signature on ${campaign.slug}`,
      details: { signatureId },
    });
    return true;
  });
}

/** What one invalidation set aside, by former status: held ones only by a filter with `held`. */
type SetAsideCounts = { confirmed: number; pending: number; held: number };

export type InvalidateOutcome =
  | ({ kind: "invalidated"; invalidationId: string } & SetAsideCounts)
  | { kind: "count-changed"; preview: InvalidationPreview };

class CountChanged extends Error {
  constructor(readonly preview: InvalidationPreview) {
    super("the matching signatures changed since the preview");
  }
}

/**
 * Sets aside the pending and confirmed signatures the filter matches (held ones, for a filter with `held`), if they are still the
 * `expectedCount` the moderator previewed (else nothing changes). In one transaction: the
 * invalidation, each signature's former status, the counters of the confirmed ones, the audit entry.
 */
export async function invalidateSignatures(
  actor: AuditActor,
  campaign: CampaignRef,
  input: { filter: InvalidationFilter; reason: string; expectedCount: number },
): Promise<InvalidateOutcome> {
  try {
    return await getDb().transaction(async (tx) => {
      await lockCampaignModeration(tx, campaign.id);
      const [invalidation] = await tx
        .insert(signatureInvalidations)
        .values({ campaignId: campaign.id, filter: input.filter, reason: input.reason, matched: 0, createdBy: actor.id })
        .returning({ id: signatureInvalidations.id });
      const [counts] = (await tx.execute(sql`
        with set_aside as (
          update signatures s
             set status = 'invalidated', status_before_invalidation = s.status, invalidation_id = ${invalidation.id}
           where ${matchingSignaturesSql(campaign.id, input.filter)}
          returning s.status_before_invalidation)
        select count(*) filter (where status_before_invalidation = 'confirmed')::int as confirmed,
               count(*) filter (where status_before_invalidation = 'pending')::int as pending,
               count(*) filter (where status_before_invalidation = 'held')::int as held
          from set_aside`)) as unknown as SetAsideCounts[];
      const total = counts.confirmed + counts.pending + counts.held;
      if (total !== input.expectedCount) throw new CountChanged({ confirmed: counts.confirmed, pending: counts.pending, total });
      await tx.update(signatureInvalidations).set({ matched: total }).where(eq(signatureInvalidations.id, invalidation.id));
      await addToCounters(tx, invalidation.id, -1);
      await recordAudit(tx, actor, {
        action: "signatures.invalidate",
        campaignId: campaign.id,
        subject: `${total} signature${total === 1 ? "" : "s"} on ${campaign.slug}`,
        details: {
          invalidationId: invalidation.id,
          filter: describeFilter(input.filter, translatorFor("en")),
          reason: input.reason,
          confirmed: counts.confirmed,
          pending: counts.pending,
          ...(counts.held > 0 && { held: counts.held }),
        },
      });
      return { kind: "invalidated", invalidationId: invalidation.id, ...counts } as const;
    });
  } catch (error) {
    if (error instanceof CountChanged) return { kind: "count-changed", preview: error.preview };
    throw error;
  }
}

export type UndoOutcome = { kind: "restored"; confirmed: number; pending: number } | { kind: "not-found" } | { kind: "already-undone" };

/**
 * Gives every signature an invalidation set aside (and not withdrawn since) its former status back,
 * counts the confirmed ones again in the shards they were counted in, and marks the invalidation
 * undone: once only.
 */
export async function undoInvalidation(actor: AuditActor, campaign: CampaignRef, invalidationId: string): Promise<UndoOutcome> {
  return getDb().transaction(async (tx) => {
    await lockCampaignModeration(tx, campaign.id);
    const [invalidation] = await tx
      .select({ undoneAt: signatureInvalidations.undoneAt })
      .from(signatureInvalidations)
      .where(and(eq(signatureInvalidations.id, invalidationId), eq(signatureInvalidations.campaignId, campaign.id)));
    if (!invalidation) return { kind: "not-found" } as const;
    if (invalidation.undoneAt) return { kind: "already-undone" } as const;
    const [counts] = (await tx.execute(sql`
      with restored as (
        update signatures s set status = s.status_before_invalidation
         where s.invalidation_id = ${invalidationId} and s.status = 'invalidated'
        returning s.status)
      select count(*) filter (where status = 'confirmed')::int as confirmed,
             count(*) filter (where status = 'pending')::int as pending,
             count(*) filter (where status = 'held')::int as held
        from restored`)) as unknown as SetAsideCounts[];
    await addToCounters(tx, invalidationId, 1);
    await tx.execute(sql`
      update signatures set invalidation_id = null, status_before_invalidation = null
       where invalidation_id = ${invalidationId}`);
    await tx.update(signatureInvalidations).set({ undoneAt: new Date(), undoneBy: actor.id }).where(eq(signatureInvalidations.id, invalidationId));
    const total = counts.confirmed + counts.pending + counts.held;
    await recordAudit(tx, actor, {
      action: "signatures.restore",
      campaignId: campaign.id,
      subject: `${total} signature${total === 1 ? "" : "s"} on ${campaign.slug}`,
      details: { invalidationId, confirmed: counts.confirmed, pending: counts.pending, ...(counts.held > 0 && { held: counts.held }) },
    });
    return { kind: "restored", confirmed: counts.confirmed, pending: counts.pending } as const;
  });
}

export type ReleaseOutcome = { kind: "released"; confirmed: number; pending: number } | { kind: "count-changed"; total: number };

class ReleaseCountChanged extends Error {
  constructor(readonly total: number) {
    super("the held signatures changed since the page was shown");
  }
}

/**
 * Releases the held signatures `filter` matches (it has `held`: one signature, or all held for a
 * reason), if they are still the `expectedCount` the moderator was shown (else nothing changes).
 * Each goes back to where its owner left it: pending, or confirmed (they confirmed while it was
 * held) and then counted, once, in one shard, by the counters code invalidations use. In one
 * transaction with its audit entry.
 */
export async function releaseHeldSignatures(
  actor: AuditActor,
  campaign: CampaignRef,
  input: { filter: InvalidationFilter; expectedCount: number },
): Promise<ReleaseOutcome> {
  try {
    return await getDb().transaction(async (tx) => {
      await lockCampaignModeration(tx, campaign.id);
      const shard = pickTallyShard();
      const released = (await tx.execute(sql`
        update signatures s
           set status = (case when s.confirmed_at is null then 'pending' else 'confirmed' end)::signature_status,
               tally_shard = case when s.confirmed_at is null then s.tally_shard else ${shard} end,
               released_at = now()
         where ${matchingSignaturesSql(campaign.id, input.filter)}
        returning s.id, s.status`)) as unknown as { id: string; status: "pending" | "confirmed" }[];
      if (released.length !== input.expectedCount) throw new ReleaseCountChanged(released.length);
      const counted = released.filter((row) => row.status === "confirmed").map((row) => row.id);
      // Ids read back from the database: a literal array of uuids, one parameter.
      if (counted.length > 0) await addRowsToCounters(tx, sql`r.id = any(${`{${counted.join(",")}}`}::uuid[])`, 1);
      const pending = released.length - counted.length;
      await recordAudit(tx, actor, {
        action: "signatures.release",
        campaignId: campaign.id,
        subject: `${released.length} held signature${released.length === 1 ? "" : "s"} on ${campaign.slug}`,
        details: { filter: describeFilter(input.filter, translatorFor("en")), confirmed: counted.length, pending },
      });
      return { kind: "released", confirmed: counted.length, pending } as const;
    });
  } catch (error) {
    if (error instanceof ReleaseCountChanged) return { kind: "count-changed", total: error.total };
    throw error;
  }
}

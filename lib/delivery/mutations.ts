import "server-only";
import { eq, sql } from "drizzle-orm";
import { recordAudit, type AuditActor } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { campaignSnapshots, type CampaignSnapshot, type SnapshotCounts } from "@/lib/db/schema";

// Writes of the delivery packs (issue #14): queue one, and the worker's claim, progress, finish and
// failure. The job is a row, so it survives a restart and any instance may take it up.

/** Queues a pack; null when one of this campaign is already waiting or being made. */
export async function queueSnapshot(actor: AuditActor, campaign: { id: string; slug: string }, languages: string[]): Promise<string | null> {
  return getDb().transaction(async (tx) => {
    // Two organizers pressing at once queue one pack, not two.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`delivery:${campaign.id}`}, 0))`);
    const pending = await tx.execute(sql`
      select 1 from campaign_snapshots where campaign_id = ${campaign.id} and status in ('queued', 'running') limit 1`);
    if (pending.length > 0) return null;
    const [row] = await tx
      .insert(campaignSnapshots)
      .values({ campaignId: campaign.id, languages, createdBy: actor.id })
      .returning({ id: campaignSnapshots.id });
    await recordAudit(tx, actor, {
      action: "campaign.delivery-pack",
      campaignId: campaign.id,
      subject: campaign.slug,
      details: { snapshotId: row.id, languages },
    });
    return row.id;
  });
}

/** A job past this many starts is given up: it keeps crashing whatever runs it. */
const MAX_ATTEMPTS = 3;

/**
 * The oldest waiting job, or one whose worker stopped renewing its lease (a crash, a restart),
 * claimed for `leaseMs`. SKIP LOCKED: instances polling at once never take the same row.
 */
export async function claimNextSnapshot(leaseMs: number): Promise<CampaignSnapshot | null> {
  const rows = (await getDb().execute(sql`
    update campaign_snapshots set status = 'running', attempts = attempts + 1, rows_done = 0,
           lease_until = now() + ${leaseMs} * interval '1 millisecond', started_at = coalesce(started_at, now())
     where id = (select id from campaign_snapshots
                  where status = 'queued' or (status = 'running' and lease_until < now())
                  order by created_at for update skip locked limit 1)
     returning id`)) as unknown as { id: string }[];
  if (rows.length === 0) return null;
  const [claimed] = await getDb().select().from(campaignSnapshots).where(eq(campaignSnapshots.id, rows[0].id));
  if (claimed && claimed.attempts > MAX_ATTEMPTS) {
    await failSnapshot(claimed.id, "delivery.errors.jobCrashed");
    return null;
  }
  return claimed ?? null;
}

/** Progress, which also renews the lease: a job that stops reporting is taken up again elsewhere. */
export async function reportSnapshotProgress(id: string, rowsDone: number, rowsTotal: number, leaseMs: number): Promise<void> {
  await getDb().execute(sql`
    update campaign_snapshots set rows_done = ${rowsDone}, rows_total = ${rowsTotal},
           lease_until = now() + ${leaseMs} * interval '1 millisecond'
     where id = ${id} and status = 'running'`);
}

export async function finishSnapshot(
  id: string,
  result: { counts: SnapshotCounts; sha256: string; pdf: Buffer; pageCount: number; rowsTotal: number },
): Promise<void> {
  await getDb()
    .update(campaignSnapshots)
    .set({
      status: "finished",
      counts: result.counts,
      sha256: result.sha256,
      pdf: result.pdf,
      pdfBytes: result.pdf.length,
      pageCount: result.pageCount,
      rowsDone: result.rowsTotal,
      rowsTotal: result.rowsTotal,
      leaseUntil: null,
      finishedAt: new Date(),
    })
    .where(sql`${campaignSnapshots.id} = ${id} and ${campaignSnapshots.status} = 'running'`);
}

/** `error` is a catalog key the organizer page shows. */
export async function failSnapshot(id: string, error: string): Promise<void> {
  await getDb()
    .update(campaignSnapshots)
    .set({ status: "failed", error, leaseUntil: null, finishedAt: new Date() })
    .where(sql`${campaignSnapshots.id} = ${id} and ${campaignSnapshots.status} <> 'finished'`);
}

import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { reportError } from "@/lib/log/logger";

// How many signatures were refused before being recorded, per campaign, reason and hour, for the
// public integrity report (issue #13). Never who: no address, no client, only a number.
//
// Counted in memory and written every few seconds, outside any signing transaction: a refusal never
// waits on the database, and a flood of refused attempts (the attack this defends against) makes
// one upsert per campaign and reason every FLUSH_DELAY_MS rather than one per attempt, which would
// all queue on the same row. A process that dies loses at most those few seconds of this figure,
// never a signature. Keys are campaigns that exist (the caller checked), so memory stays small.

const REFUSAL_REASONS = ["disposable-email"] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const HOUR_MS = 3_600_000;
const FLUSH_DELAY_MS = 5_000;

type Key = `${string}|${RefusalReason}|${string}`;
const unwritten = new Map<Key, number>();
let flushTimer: NodeJS.Timeout | null = null;

/** Counts one refusal now; written to signing_refusals within FLUSH_DELAY_MS. */
export function countRefusal(campaignId: string, reason: RefusalReason): void {
  const hour = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS).toISOString();
  const key: Key = `${campaignId}|${reason}|${hour}`;
  unwritten.set(key, (unwritten.get(key) ?? 0) + 1);
  flushTimer ??= setTimeout(() => {
    flushRefusalCounts().catch((error) => reportError(error, { msg: "Writing signing refusal counts failed" }));
  }, FLUSH_DELAY_MS).unref();
}

/**
 * Adds the refusals counted so far to signing_refusals, in one statement. On failure they are kept
 * for the next attempt. A campaign deleted meanwhile is skipped rather than failing the batch.
 */
export async function flushRefusalCounts(): Promise<void> {
  if (flushTimer) clearTimeout(flushTimer);
  flushTimer = null;
  if (unwritten.size === 0) return;
  const batch = [...unwritten.entries()];
  unwritten.clear();
  const rows = batch.map(([key, count]) => {
    const [campaign_id, reason, hour] = key.split("|");
    return { campaign_id, reason, hour, count };
  });
  try {
    await getDb().execute(sql`
      insert into signing_refusals as r (campaign_id, reason, hour, count)
      select v.campaign_id, v.reason, v.hour, v.count
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(campaign_id uuid, reason text, hour timestamptz, count int)
        join campaigns c on c.id = v.campaign_id
      on conflict (campaign_id, reason, hour) do update set count = r.count + excluded.count`);
  } catch (error) {
    for (const [key, count] of batch) unwritten.set(key, (unwritten.get(key) ?? 0) + count);
    throw error;
  }
}

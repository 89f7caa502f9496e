import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Transaction } from "@/lib/db/client";
import { breakdownKeys } from "@/lib/tallies/shards";

// The counters of the signatures one invalidation set aside: taken out when it is made, put back
// when it is undone. Mirrors lib/tallies/shards.ts (countConfirmedSql, uncountSql), which count one
// signature per statement, for many signatures at once.

/**
 * Adds `sign` × the confirmed signatures of invalidation `invalidationId` (those whose status
 * before it was "confirmed") to the tally shards they were counted in and to their breakdowns.
 *
 * Lock order, as in lib/tallies/shards.ts: the caller has already locked the signature rows (its
 * UPDATE ran first); then every shard row, in shard order; then the breakdown rows, in key order.
 * A confirmation locks its signature, its shard row, then that shard's breakdown rows, so whoever
 * holds a shard row holds the way to its breakdown rows and neither waits on the other in a cycle.
 * Two statements, not CTEs of one, because PostgreSQL runs a statement's CTEs in no set order.
 * One row per shard and key (summed), since ON CONFLICT may not touch a row twice.
 * Upserts, not UPDATEs: a row a concurrent confirmation created after this transaction's snapshot
 * is acted on all the same.
 */
export async function addToCounters(tx: Transaction, invalidationId: string, sign: 1 | -1): Promise<void> {
  await addRowsToCounters(tx, sql`r.invalidation_id = ${invalidationId} and r.status_before_invalidation = 'confirmed'`, sign);
}

/**
 * Adds `sign` × the signatures `rows` matches (a condition on alias `r`) to the tally shards they
 * are counted in (their tally_shard) and to their breakdowns, with addToCounters' lock order.
 */
export async function addRowsToCounters(tx: Transaction, rows: SQL, sign: 1 | -1): Promise<void> {
  await tx.execute(sql`
    insert into tally_shards (campaign_id, shard, confirmed, updated_at)
    select r.campaign_id, r.tally_shard, ${sign} * count(*), now()
      from signatures r
     where ${rows}
     group by r.campaign_id, r.tally_shard
     order by r.tally_shard
    on conflict (campaign_id, shard)
    do update set confirmed = tally_shards.confirmed + excluded.confirmed, updated_at = now()`);
  await tx.execute(sql`
    insert into tally_breakdowns (campaign_id, dimension, key, shard, confirmed)
    select r.campaign_id, k.dimension, k.key, r.tally_shard, ${sign} * count(*)
      from signatures r cross join lateral ${breakdownKeys}
     where ${rows} and k.key is not null
     group by r.campaign_id, k.dimension, k.key, r.tally_shard
     order by k.dimension, k.key, r.tally_shard
    on conflict (campaign_id, dimension, key, shard)
    do update set confirmed = tally_breakdowns.confirmed + excluded.confirmed`);
}

/** Serializes the moderation changes of one campaign, so two invalidations never lock signatures crosswise. */
export async function lockCampaignModeration(tx: Transaction, campaignId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`moderation:${campaignId}`}, 0))`);
}

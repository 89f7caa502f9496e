import "server-only";
import { randomInt } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { TALLY_SHARDS } from "@/lib/db/schema";

/** A random shard spreads concurrent confirmations of one campaign over TALLY_SHARDS rows. */
export function pickTallyShard(): number {
  return randomInt(TALLY_SHARDS);
}

/**
 * A CTE body that counts one confirmed signature in `shard` for each row of `source` (a CTE that
 * returns campaign_id), so the count changes in the same statement as the signature.
 */
export function countInShardSql(source: SQL, shard: number): SQL {
  return sql`
    insert into tally_shards (campaign_id, shard, confirmed, updated_at)
    select campaign_id, ${shard}, 1, now() from ${source}
    on conflict (campaign_id, shard)
    do update set confirmed = tally_shards.confirmed + 1, updated_at = now()
    returning campaign_id`;
}

/** Takes a confirmed signature back out of the shard it was counted in. */
export async function decrementTally(tx: Executor, campaignId: string, shard: number): Promise<void> {
  await tx.execute(sql`
    update tally_shards set confirmed = confirmed - 1, updated_at = now()
     where campaign_id = ${campaignId} and shard = ${shard}`);
}

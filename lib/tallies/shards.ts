import "server-only";
import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { TALLY_SHARDS } from "@/lib/db/schema";

/** Counts one confirmed signature in a random shard and returns the shard used. */
export async function incrementTally(tx: Executor, campaignId: string): Promise<number> {
  const shard = randomInt(TALLY_SHARDS);
  await tx.execute(sql`
    insert into tally_shards (campaign_id, shard, confirmed, updated_at)
    values (${campaignId}, ${shard}, 1, now())
    on conflict (campaign_id, shard)
    do update set confirmed = tally_shards.confirmed + 1, updated_at = now()`);
  return shard;
}

/** Takes a confirmed signature back out of the shard it was counted in. */
export async function decrementTally(tx: Executor, campaignId: string, shard: number): Promise<void> {
  await tx.execute(sql`
    update tally_shards set confirmed = confirmed - 1, updated_at = now()
     where campaign_id = ${campaignId} and shard = ${shard}`);
}

import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { getTally } from "@/lib/tallies/queries";

// The integrity report's figures (issue #13), read from the database. Aggregates only: no name, no
// address, no client. Each statement is bounded by an index, whatever the campaign's size:
// - signatures on record: an index-only count on signatures_campaign_created_idx (the one statement
//   that grows with the campaign, a few milliseconds per 100,000 signatures; lib/integrity/report.ts
//   runs it at most once per campaign every few minutes);
// - confirmed and offline: the tally (tally_shards, offline_tallies), as the public count;
// - held and released: signatures_held_idx, which holds only signatures ever held;
// - invalidated: signature_invalidations_campaign_idx, then signatures_invalidation_idx;
// - refused: signing_refusals' primary key.

/** A figure over the last 24 hours, the last 7 days, and since the campaign started. */
export type Windowed = { last24Hours: number; last7Days: number; sinceStart: number };
export type ByReason = Windowed & { reason: string };

export type IntegrityFigures = {
  /** Online signatures on record (withdrawn ones are deleted, so not among them). */
  recorded: number;
  /** Confirmed by their owner and counted: the online part of the public count. */
  confirmed: number;
  /** Neither confirmed, held nor set aside: waiting for their owner to confirm, or never confirmed. */
  pending: number;
  /** Documented paper or offline signatures, counted apart. */
  offline: number;
  heldNow: number;
  held: ByReason[];
  released: Windowed;
  invalidatedNow: number;
  invalidated: ByReason[];
  refused: ByReason[];
};

type WindowRow = { reason: string | null; last_24_hours: string; last_7_days: string; since_start: string };

const windowed = (row: WindowRow): Windowed => ({
  last24Hours: Number(row.last_24_hours),
  last7Days: Number(row.last_7_days),
  sinceStart: Number(row.since_start),
});

/** Counts of `at` in each window, as SQL: the rows are those the statement selects. */
const windowCounts = (at: ReturnType<typeof sql>, value = sql`1`) => sql`
  coalesce(sum(${value}) filter (where ${at} > now() - interval '24 hours'), 0) as last_24_hours,
  coalesce(sum(${value}) filter (where ${at} > now() - interval '7 days'), 0) as last_7_days,
  coalesce(sum(${value}) filter (where ${at} is not null), 0) as since_start`;

export async function readIntegrityFigures(campaignId: string): Promise<IntegrityFigures> {
  const db = getDb();
  const [recordedRows, heldRows, releasedRows, invalidatedRows, refusedRows, tally] = await Promise.all([
    db.execute(sql`select count(*) as recorded from signatures where campaign_id = ${campaignId}`),
    db.execute(sql`
      select coalesce(held_reason, '') as reason, ${windowCounts(sql`held_at`)},
             count(*) filter (where status = 'held') as held_now
        from signatures
       where campaign_id = ${campaignId} and held_at is not null
       group by 1 order by 1`),
    db.execute(sql`
      select ${windowCounts(sql`released_at`)}
        from signatures
       where campaign_id = ${campaignId} and held_at is not null`),
    // Signatures still set aside, under the invalidation that set them aside (an undone one restored them).
    // A held signature set aside is reported under the rule that held it: the moderation page records
    // a code there ("held", the rule's name), which the report words like the held ones.
    db.execute(sql`
      select case when s.status_before_invalidation = 'held' then coalesce(s.held_reason, i.reason) else i.reason end as reason,
             ${windowCounts(sql`i.created_at`)}
        from signature_invalidations i
        join signatures s on s.invalidation_id = i.id and s.status = 'invalidated'
       where i.campaign_id = ${campaignId} and i.undone_at is null
       group by 1 order by 1`),
    // By the hour: "the last 24 hours" is the current hour and the 23 before it.
    db.execute(sql`
      select reason, ${windowCounts(sql`hour + interval '1 hour'`, sql`count`)}
        from signing_refusals
       where campaign_id = ${campaignId}
       group by reason order by reason`),
    getTally(campaignId),
  ]);
  const recorded = Number((recordedRows as unknown as { recorded: string }[])[0].recorded);
  const heldByReason = heldRows as unknown as (WindowRow & { held_now: string })[];
  const heldNow = heldByReason.reduce((sum, row) => sum + Number(row.held_now), 0);
  const invalidated = (invalidatedRows as unknown as WindowRow[]).map(byReason);
  const invalidatedNow = invalidated.reduce((sum, row) => sum + row.sinceStart, 0);
  const confirmed = tally.online;
  return {
    recorded,
    confirmed,
    pending: Math.max(0, recorded - confirmed - heldNow - invalidatedNow),
    offline: tally.offline,
    heldNow,
    held: heldByReason.map(byReason),
    released: windowed((releasedRows as unknown as WindowRow[])[0]),
    invalidatedNow,
    invalidated,
    refused: (refusedRows as unknown as WindowRow[]).map(byReason),
  };
}

const byReason = (row: WindowRow): ByReason => ({ reason: row.reason ?? "", ...windowed(row) });

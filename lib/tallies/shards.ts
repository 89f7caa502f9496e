import "server-only";
import { randomInt } from "node:crypto";
import { sql, type Placeholder, type SQL } from "drizzle-orm";
import { TALLY_SHARDS } from "@/lib/db/schema";

/** A random shard spreads concurrent confirmations of one campaign over TALLY_SHARDS rows. */
export function pickTallyShard(): number {
  return randomInt(TALLY_SHARDS);
}

// The breakdown keys of a signature row `r`: country, office, the UTC day it was confirmed, and its
// source (utm_source, else the referring host, else "direct"), and the language they signed in.
// A French official's commune (issue #14) adds its département and region, looked up by primary key
// in the communes table; retired communes stay in it, so taking a signature back out of the counters
// finds the keys it was counted under. Signers without a commune have none (null keys are skipped).
export const breakdownKeys = sql`(values ('country', r.country), ('office', r.office),
  ('day', to_char(r.confirmed_at at time zone 'UTC', 'YYYY-MM-DD')),
  ('source', coalesce(r.utm_source, r.referrer_host, 'direct')), ('language', r.locale),
  ('departement', (select cm.departement_code from communes cm where cm.code = r.commune_code)),
  ('region', (select cm.region_code from communes cm where cm.code = r.commune_code))) as k(dimension, key)`;

/** The signature columns the breakdowns read: a CTE passed to the functions below returns them. */
export const BREAKDOWN_SOURCE_COLUMNS = sql.raw("s.country, s.office, s.confirmed_at, s.utm_source, s.referrer_host, s.locale, s.commune_code");

// Lock order. PostgreSQL runs the data-modifying CTEs of one statement in no set order, and two
// statements that create or change the same shard's rows in opposite orders deadlock (seen under
// load). The breakdown CTEs read the tally CTE first ("exists"), so every statement locks the
// signature row, then the shard's tally row, then its breakdown rows, always in that order. The
// statements here change one signature each, so that read runs the tally CTE to completion.

/**
 * CTEs that count the rows of CTE `source` (confirmed signatures: campaign_id and
 * BREAKDOWN_SOURCE_COLUMNS) in `shard` of the tally and of the breakdowns, in the caller's statement.
 */
export function countConfirmedSql(source: SQL, shard: number | Placeholder): SQL {
  return sql`
    counted as (
      insert into tally_shards (campaign_id, shard, confirmed, updated_at)
      select campaign_id, ${shard}, 1, now() from ${source}
      on conflict (campaign_id, shard)
      do update set confirmed = tally_shards.confirmed + 1, updated_at = now()
      returning campaign_id),
    counted_breakdowns as (
      insert into tally_breakdowns (campaign_id, dimension, key, shard, confirmed)
      select r.campaign_id, k.dimension, k.key, ${shard}, 1 from ${source} r cross join lateral ${breakdownKeys}
       where k.key is not null and exists (select 1 from counted)
      on conflict (campaign_id, dimension, key, shard)
      do update set confirmed = tally_breakdowns.confirmed + 1
      returning 1)`;
}

/**
 * CTEs that take the confirmed rows of CTE `source` (with status and tally_shard) back out of the
 * shard they were counted in. Upserts, not UPDATEs: a shard row created by a confirmation that
 * committed while this statement waited is not in its snapshot, and only INSERT ... ON CONFLICT
 * acts on the latest row whatever the snapshot.
 */
export function uncountSql(source: SQL): SQL {
  return sql`
    uncounted as (
      insert into tally_shards (campaign_id, shard, confirmed, updated_at)
      select campaign_id, tally_shard, -1, now() from ${source} where status = 'confirmed'
      on conflict (campaign_id, shard)
      do update set confirmed = tally_shards.confirmed - 1, updated_at = now()
      returning 1),
    uncounted_breakdowns as (
      insert into tally_breakdowns (campaign_id, dimension, key, shard, confirmed)
      select r.campaign_id, k.dimension, k.key, r.tally_shard, -1 from ${source} r cross join lateral ${breakdownKeys}
       where r.status = 'confirmed' and k.key is not null and exists (select 1 from uncounted)
      on conflict (campaign_id, dimension, key, shard)
      do update set confirmed = tally_breakdowns.confirmed - 1
      returning 1)`;
}

import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { isFreeMailDomain } from "@/lib/velocity/free-mail-domains";

// Hourly trending (issue #13): the client hashes and email domains with unusual volume in one hour
// of a campaign. Read by the moderation page (the last 24 hours) and by the alert sweep
// (velocity-alerts.ts, the current and previous hour). Each count reads the campaign's signatures
// of that span through signatures_campaign_created_idx; held and invalidated ones count too, since
// volume is what is measured. Big free-mail domains are left out: their volume is normal.

export type TrendingKey = { dimension: "client" | "domain"; key: string; hour: Date; signatures: number };

// Enough rows that leaving free-mail domains out still leaves the shown ones.
const TRENDING_READ = 100;
const TRENDING_SHOWN = 20;

/** Keys with at least `threshold` signatures in one clock hour (UTC) since `since`, most first. */
export async function listTrendingKeys(campaignId: string, threshold: number, since: Date): Promise<TrendingKey[]> {
  const found = (await getDb().execute(sql`
    select dimension, key, hour, signatures from (
      select 'client' as dimension, encode(ip_hash, 'hex') as key, date_trunc('hour', created_at) as hour, count(*)::int as signatures
        from signatures
       where campaign_id = ${campaignId} and created_at >= ${since.toISOString()}::timestamptz and ip_hash is not null
       group by ip_hash, date_trunc('hour', created_at)
      having count(*) >= ${threshold}
      union all
      select 'domain', split_part(email_canonical, '@', -1), date_trunc('hour', created_at), count(*)::int
        from signatures
       where campaign_id = ${campaignId} and created_at >= ${since.toISOString()}::timestamptz
       group by split_part(email_canonical, '@', -1), date_trunc('hour', created_at)
      having count(*) >= ${threshold}) keys
     order by signatures desc, hour desc, key
     limit ${TRENDING_READ}`)) as unknown as { dimension: "client" | "domain"; key: string; hour: Date | string; signatures: number }[];
  return found
    .filter((row) => row.dimension === "client" || !isFreeMailDomain(row.key))
    .slice(0, TRENDING_SHOWN)
    .map((row) => ({ ...row, hour: new Date(row.hour) }));
}

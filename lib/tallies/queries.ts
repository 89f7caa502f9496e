import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";

export type Tally = {
  online: number;
  offline: number;
  total: number;
  /** The last time the count or the campaign changed. */
  updatedAt: Date;
};

type TallyRow = { campaign_id: string; online: string; offline: string; updated_at: Date };

// The tally of campaign row `c`: at most TALLY_SHARDS rows through the primary key, plus the few
// offline tallies. The cost does not grow with the number of signatures.
const tallyColumns = sql`
  coalesce((select sum(confirmed) from tally_shards t where t.campaign_id = c.id), 0) as online,
  coalesce((select sum(count) from offline_tallies o where o.campaign_id = c.id), 0) as offline,
  greatest(c.updated_at,
           (select max(updated_at) from tally_shards t where t.campaign_id = c.id),
           (select max(recorded_at) from offline_tallies o where o.campaign_id = c.id)) as updated_at`;

function toTally(row: TallyRow): Tally {
  const online = Number(row.online);
  const offline = Number(row.offline);
  return { online, offline, total: online + offline, updatedAt: new Date(row.updated_at) };
}

export async function getTallies(campaignIds: string[]): Promise<Map<string, Tally>> {
  const result = new Map<string, Tally>();
  if (campaignIds.length === 0) return result;
  const rows = (await getDb().execute(sql`
    select c.id as campaign_id, ${tallyColumns}
      from campaigns c
     where c.id in (${sql.join(
       campaignIds.map((id) => sql`${id}`),
       sql`, `,
     )})
  `)) as unknown as TallyRow[];
  for (const row of rows) result.set(row.campaign_id, toTally(row));
  return result;
}

export async function getTally(campaignId: string): Promise<Tally> {
  const tallies = await getTallies([campaignId]);
  return tallies.get(campaignId) ?? { online: 0, offline: 0, total: 0, updatedAt: new Date(0) };
}

export type CampaignCount = {
  slug: string;
  status: "draft" | "open" | "closed" | "archived";
  opensAt: Date | null;
  closesAt: Date | null;
  goal: number;
  tally: Tally;
};

/** One round trip for the count endpoint: the campaign's public fields and its tally. */
export async function getCampaignCount(slug: string): Promise<CampaignCount | null> {
  const [row] = (await getDb().execute(sql`
    select c.slug, c.status, c.opens_at, c.closes_at, c.goal, ${tallyColumns}
      from campaigns c
     where c.slug = ${slug}`)) as unknown as (TallyRow & {
    slug: string;
    status: CampaignCount["status"];
    opens_at: Date | null;
    closes_at: Date | null;
    goal: number;
  })[];
  if (!row) return null;
  return {
    slug: row.slug,
    status: row.status,
    opensAt: row.opens_at && new Date(row.opens_at),
    closesAt: row.closes_at && new Date(row.closes_at),
    goal: row.goal,
    tally: toTally(row),
  };
}

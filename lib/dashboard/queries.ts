import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";

// Exact counts for the dashboard that the tally does not keep. They do not authorize: page-data.ts does.

export type StatusCounts = { pending: number; invalidated: number; held: number };

/** Pending, invalidated and held (issue #13) signatures of a campaign, counted on the signatures table. */
export async function countUnconfirmedSignatures(campaignId: string): Promise<StatusCounts> {
  const rows = (await getDb().execute(sql`
    select status, count(*)::int as n from signatures
     where campaign_id = ${campaignId} and status in ('pending', 'invalidated', 'held')
     group by status`)) as unknown as { status: "pending" | "invalidated" | "held"; n: number }[];
  const of = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
  return { pending: of("pending"), invalidated: of("invalidated"), held: of("held") };
}

export type UtmCount = { source: string | null; medium: string | null; campaign: string | null; count: number };

const UTM_ROWS_SHOWN = 50;

/** Confirmed signatures that carried utm tags, grouped by their tags, most first. */
export async function listUtmCounts(campaignId: string): Promise<UtmCount[]> {
  const rows = (await getDb().execute(sql`
    select utm_source as source, utm_medium as medium, utm_campaign as campaign, count(*)::int as count
      from signatures
     where campaign_id = ${campaignId} and status = 'confirmed'
       and (utm_source is not null or utm_medium is not null or utm_campaign is not null)
     group by 1, 2, 3
     order by count desc, 1, 2, 3
     limit ${UTM_ROWS_SHOWN}`)) as unknown as UtmCount[];
  return [...rows];
}

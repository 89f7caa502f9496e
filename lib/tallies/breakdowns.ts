import "server-only";
import { sql } from "drizzle-orm";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { getDb } from "@/lib/db/client";
import type { BreakdownDimension } from "@/lib/db/schema";

export type BreakdownEntry = { key: string; count: number };
export type DailyEntry = { date: string; count: number; total: number };

/**
 * Confirmed online signatures by country, by office, by day (with the running total) and by source
 * (utm_source, else the referring host, else "direct": for organizers, not the public API).
 */
export type Breakdowns = {
  byCountry: BreakdownEntry[];
  byOffice: BreakdownEntry[];
  byDay: DailyEntry[];
  bySource: BreakdownEntry[];
  /** The languages signers signed in (issue #12). */
  byLanguage: BreakdownEntry[];
};

// Sums the sharded breakdown counters: at most (keys × shards) rows of one campaign, read through
// the primary key, never the signatures table.
async function loadBreakdowns(campaignId: string): Promise<Breakdowns> {
  const rows = (await getDb().execute(sql`
    select dimension, key, sum(confirmed)::int as count
      from tally_breakdowns
     where campaign_id = ${campaignId}
     group by dimension, key
    having sum(confirmed) > 0`)) as unknown as { dimension: BreakdownDimension; key: string; count: number }[];
  const of = (dimension: BreakdownDimension) => rows.filter((row) => row.dimension === dimension).map(({ key, count }) => ({ key, count }));
  const byCount = (a: BreakdownEntry, b: BreakdownEntry) => b.count - a.count || a.key.localeCompare(b.key);
  let total = 0;
  const byDay = of("day")
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ key, count }) => {
      total += count;
      return { date: key, count, total };
    });
  return {
    byCountry: of("country").sort(byCount),
    byOffice: of("office").sort(byCount),
    byDay,
    bySource: of("source").sort(byCount),
    byLanguage: of("language").sort(byCount),
  };
}

// Breakdowns change with every confirmation but nobody needs them to the second.
const cache = createTtlCache<string, Breakdowns>({ maxAgeMs: 5_000, load: loadBreakdowns });

export function getBreakdowns(campaignId: string): Promise<Breakdowns> {
  return cache.get(campaignId);
}

import "server-only";
import { sql } from "drizzle-orm";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { getDb } from "@/lib/db/client";
import type { BreakdownDimension } from "@/lib/db/schema";

export type BreakdownEntry = { key: string; count: number };
/** A French département or region (issue #14): its INSEE code and its official name, in French. */
type PlaceEntry = BreakdownEntry & { name: string };
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
  /** French officials by the département and the region of their commune (issue #14). */
  byDepartement: PlaceEntry[];
  byRegion: PlaceEntry[];
};

// Sums the sharded breakdown counters: at most (keys × shards) rows of one campaign, read through
// the primary key, never the signatures table.
async function loadBreakdowns(campaignId: string): Promise<Breakdowns> {
  // Départements and regions are named from their tables (a handful of primary-key lookups).
  const rows = (await getDb().execute(sql`
    select b.dimension, b.key, b.count, coalesce(d.name, r.name, b.key) as name
      from (select dimension, key, sum(confirmed)::int as count
              from tally_breakdowns
             where campaign_id = ${campaignId}
             group by dimension, key
            having sum(confirmed) > 0) b
      left join departements d on b.dimension = 'departement' and d.code = b.key
      left join regions r on b.dimension = 'region' and r.code = b.key`)) as unknown as {
    dimension: BreakdownDimension;
    key: string;
    count: number;
    name: string;
  }[];
  const of = (dimension: BreakdownDimension) => rows.filter((row) => row.dimension === dimension).map(({ key, count }) => ({ key, count }));
  const places = (dimension: BreakdownDimension) =>
    rows.filter((row) => row.dimension === dimension).map(({ key, count, name }) => ({ key, count, name }));
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
    // Equal counts by name, as a reader scans them (codes would put La Réunion, "04", before Bretagne).
    byDepartement: places("departement").sort(byCount),
    byRegion: places("region").sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "fr")),
  };
}

// Breakdowns change with every confirmation but nobody needs them to the second.
const cache = createTtlCache<string, Breakdowns>({ maxAgeMs: 5_000, load: loadBreakdowns });

export function getBreakdowns(campaignId: string): Promise<Breakdowns> {
  return cache.get(campaignId);
}

import "server-only";
import { type BreakdownEntry, getBreakdowns } from "./breakdowns";

/**
 * Confirmed signatures by French département (INSEE code: "75", "2A", "971"), for the France map:
 * the `departement` breakdown counters (issue #14), read through the breakdowns' short cache.
 */
export async function departementCounts(campaignId: string): Promise<BreakdownEntry[]> {
  return (await getBreakdowns(campaignId)).byDepartement.map(({ key, count }) => ({ key, count }));
}

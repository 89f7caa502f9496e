import "server-only";
import type { BreakdownEntry } from "./breakdowns";

/**
 * Confirmed signatures by French département (INSEE code: "75", "2A", "971"), for the France map.
 *
 * TODO(issue #14, wire at the merge with the communes branch): return
 * `(await getBreakdowns(campaignId)).byDepartement` once breakdowns count the `departement`
 * dimension. Until then no signature records a département, and the map shows none.
 */
export async function departementCounts(_campaignId: string): Promise<BreakdownEntry[]> {
  return [];
}

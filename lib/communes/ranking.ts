// The order a search answers in (issue #14): communes whose whole name is what was typed come first
// (every "Saint-Denis" when "Saint-Denis" is typed, so homonyms are never pushed out by longer
// names; all of them are kept, past `limit` if need be, as France has 12 Sainte-Colombe), then
// the others whose name starts with it, the most populous first: someone typing "Mars" most likely
// means Marseille. Ties go by name, then by code, so the order is stable.

export type RankedCandidate = { code: string; name: string; searchName: string; population: number | null };

export function rankCommunes<T extends RankedCandidate>(key: string, candidates: readonly T[], limit: number): T[] {
  const exact = (candidate: T) => (candidate.searchName === key ? 0 : 1);
  const exactCount = candidates.filter((candidate) => candidate.searchName === key).length;
  return [...candidates]
    .sort(
      (a, b) =>
        exact(a) - exact(b) || (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name, "fr") || a.code.localeCompare(b.code),
    )
    .slice(0, Math.max(limit, exactCount));
}

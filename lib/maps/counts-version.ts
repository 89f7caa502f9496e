import type { BreakdownEntry } from "@/lib/tallies/breakdowns";

/**
 * A short fingerprint of a map's counts (FNV-1a over the sorted entries): the same counts give the
 * same version, any change gives another. It keys the SVG cache (./map-cache.ts) and versions the
 * image's address, so a browser keeps a map until its counts change. Pure: pages compute it too.
 */
export function countsVersion(entries: readonly BreakdownEntry[]): string {
  const text = entries
    .map(({ key, count }) => `${key}:${count}`)
    .sort()
    .join(",");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(36)}${entries.length.toString(36)}`;
}

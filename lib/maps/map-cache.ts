import "server-only";
import type { BreakdownEntry } from "@/lib/tallies/breakdowns";
import { countsVersion } from "./counts-version";
import { renderFranceMapSvg } from "./france-map";
import type { MapOptions } from "./svg-frame";
import { renderWorldMapSvg } from "./world-map";

// A map is drawn once per change of its counts, not per request (issue #14). The counts come from
// the breakdowns, which are themselves kept a few seconds (lib/tallies/breakdowns.ts); each drawing
// is kept under its campaign, map and language with the version of the counts it drew, and redrawn
// only when that version changes. Drawing costs about 3.5 ms for the world and 1–8 ms for France once
// the geometry is projected (about 0.5 s once per process); see README, "Maps".

export type MapKind = "world" | "france";

const MAX_ENTRIES = 2_000;
const drawings = new Map<string, { version: string; svg: string }>();
const RENDERERS = { world: renderWorldMapSvg, france: renderFranceMapSvg } as const;

/** The map's SVG for these counts, drawn now only if the counts changed since the last drawing. */
export function cachedMapSvg(campaignId: string, kind: MapKind, entries: readonly BreakdownEntry[], options: MapOptions): string {
  const key = `${campaignId}|${kind}|${options.locale}|${options.framed === false ? "bare" : "framed"}`;
  const version = countsVersion(entries);
  const kept = drawings.get(key);
  if (kept?.version === version) return kept.svg;
  const svg = RENDERERS[kind](entries, options);
  if (drawings.size >= MAX_ENTRIES) drawings.clear();
  drawings.set(key, { version, svg });
  return svg;
}

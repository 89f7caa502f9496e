import type { MapKind } from "./map-cache";

// The unframed maps' sizes, for an <img>'s width and height (no layout shift while it loads).
// Constants, so that rendering a page never projects the world: tests/unit/maps-render.test.ts
// checks them against the drawn SVGs.
const SIZES: Record<MapKind, { width: number; height: number }> = {
  world: { width: 960, height: 422 },
  france: { width: 769, height: 585 },
};

export function mapSize(kind: MapKind): { width: number; height: number } {
  return SIZES[kind];
}

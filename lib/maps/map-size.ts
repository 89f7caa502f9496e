import { FRANCE_HEIGHT, FRANCE_WIDTH } from "./france-map";
import { WORLD_WIDTH, worldMapHeight } from "./world-map";
import type { MapKind } from "./map-cache";

/** The unframed map's size, for an <img>'s width and height (no layout shift while it loads). */
export function mapSize(kind: MapKind): { width: number; height: number } {
  return kind === "world" ? { width: WORLD_WIDTH, height: worldMapHeight() } : { width: FRANCE_WIDTH, height: FRANCE_HEIGHT };
}

import { geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import countries110m from "world-atlas/countries-110m.json" with { type: "json" };
import { formatterFor } from "@/lib/i18n/format";
import { translatorFor } from "@/lib/i18n/translator";
import type { BreakdownEntry } from "@/lib/tallies/breakdowns";
import { fillFor, MAP_BORDER, mapScale } from "./color-scale";
import { ALPHA2_BY_ISO_NUMERIC } from "./country-ids";
import { SMALL_TERRITORY_POINTS } from "./small-territories";
import { drawLegend, escapeXml, FONT_SIZE, isRightToLeft, legendItems, type MapOptions, svgDocument, TITLE_HEIGHT } from "./svg-frame";

// The world map by country (issue #14), from world-atlas's 1:110m countries (Natural Earth, public
// domain) in the Equal Earth projection. The 110m file draws to about 75 KB of SVG with whole-unit
// coordinates; the 50m file, which has the small countries, to about 700 KB, too heavy for a page.
// So the small countries 110m lacks (Singapore, Bahrain, Malta, Andorra, the island states: about
// seventy) are dots at their 50m centroid (./small-territories.ts), drawn when they have signatures.
// Antarctica is left out (it would take a fifth of the height). France's feature includes French
// Guiana, which signatures record as GF: it is split off and coloured by its own count.

const WORLD_WIDTH = 960;

type Shape = { code: string | null; d: string };
type Geometry = { shapes: Shape[]; height: number; project: GeoProjection };

let geometry: Geometry | null = null;

/** Projected once per process: a count change costs colouring, not projecting (about 0.5 s). */
function worldGeometry(): Geometry {
  if (geometry) return geometry;
  const topology = countries110m as unknown as Parameters<typeof feature>[0];
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const features: { code: string | null; feature: Feature<Polygon | MultiPolygon> }[] = [];
  for (const f of all.features) {
    const code = f.id === undefined ? null : (ALPHA2_BY_ISO_NUMERIC[String(f.id)] ?? null);
    if (code === "AQ") continue;
    if (code === "FR" && f.geometry.type === "MultiPolygon") {
      // French Guiana is the polygon west of -40°.
      const isGuiana = (polygon: Polygon["coordinates"]) => polygon[0][0][0] < -40;
      const guiana = f.geometry.coordinates.filter(isGuiana);
      const rest = f.geometry.coordinates.filter((polygon) => !isGuiana(polygon));
      features.push({ code: "GF", feature: { ...f, geometry: { type: "MultiPolygon", coordinates: guiana } } });
      features.push({ code, feature: { ...f, geometry: { type: "MultiPolygon", coordinates: rest } } });
      continue;
    }
    features.push({ code, feature: f });
  }
  const collection: FeatureCollection = { type: "FeatureCollection", features: features.map((f) => f.feature) };
  const project = geoEqualEarth().fitWidth(WORLD_WIDTH, collection);
  const path = geoPath(project).digits(0);
  const [[, top], [, bottom]] = path.bounds(collection);
  geometry = {
    shapes: features.map(({ code, feature: f }) => ({ code, d: path(f) ?? "" })).filter((shape) => shape.d !== ""),
    height: Math.ceil(bottom - top),
    project,
  };
  return geometry;
}

/**
 * The world map of confirmed signatures by country, as a standalone SVG string (issue #14): a pure
 * function of the counts and the language, usable in a page, a route or a PDF. `byCountry` is
 * Breakdowns.byCountry (alpha-2 codes).
 */
export function renderWorldMapSvg(byCountry: readonly BreakdownEntry[], options: MapOptions): string {
  const { locale, framed = true } = options;
  const t = translatorFor(locale);
  const format = formatterFor(locale);
  const rtl = isRightToLeft(locale);
  const { shapes, height: mapHeight, project } = worldGeometry();
  const counts = new Map(byCountry.map(({ key, count }) => [key, count]));
  const classes = mapScale(byCountry);
  const tooltip = (code: string) => {
    const count = counts.get(code) ?? 0;
    return `<title>${escapeXml(t("campaign.maps.countryTooltip", { name: format.country(code), count }))}</title>`;
  };
  const paths = shapes.map(({ code, d }) =>
    code
      ? `<path d="${d}" fill="${fillFor(counts.get(code) ?? 0, classes)}" data-code="${code}">${tooltip(code)}</path>`
      : `<path d="${d}" fill="${fillFor(0, classes)}"/>`,
  );
  const drawn = new Set(shapes.map((shape) => shape.code));
  const dots: string[] = [];
  for (const [code, count] of counts) {
    const point = SMALL_TERRITORY_POINTS[code];
    const at = point && !drawn.has(code) && count > 0 ? project([point[0], point[1]]) : null;
    if (at) {
      dots.push(
        `<circle cx="${Math.round(at[0])}" cy="${Math.round(at[1])}" r="5" fill="${fillFor(count, classes)}" data-code="${code}">${tooltip(code)}</circle>`,
      );
    }
  }
  const map = `<g class="shapes" stroke="${MAP_BORDER}" stroke-width="0.5" stroke-linejoin="round">${paths.join("")}${dots.join("")}</g>`;
  const name = t("campaign.maps.worldName");
  if (!framed) return svgDocument({ id: "map-world", name, width: WORLD_WIDTH, height: mapHeight, rtl, content: map });
  const legend = drawLegend(legendItems(classes, locale), t("campaign.maps.legendHeading"), TITLE_HEIGHT + mapHeight + 8, WORLD_WIDTH, rtl);
  const attribution = t("campaign.maps.worldAttribution");
  const bottom = TITLE_HEIGHT + mapHeight + 8 + legend.height;
  const start = rtl ? WORLD_WIDTH : 0;
  const content =
    `<text x="${start}" y="${FONT_SIZE + 8}" font-size="${FONT_SIZE + 6}" font-weight="700">${escapeXml(t("campaign.maps.worldTitle"))}</text>` +
    `<g transform="translate(0 ${TITLE_HEIGHT})">${map}</g>${legend.markup}` +
    `<text x="${start}" y="${bottom + FONT_SIZE}" font-size="${FONT_SIZE - 3}">${escapeXml(attribution)}</text>`;
  return svgDocument({ id: "map-world", name, width: WORLD_WIDTH, height: bottom + FONT_SIZE + 8, rtl, content });
}

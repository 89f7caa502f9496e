import { formatterFor } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, directionOf, isLocale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { MAP_BACKGROUND, MAP_TEXT, ZERO_FILL, type MapClass } from "./color-scale";

// What the world map and the France map share: the <svg> element with its accessible name, the
// title and the legend drawn inside it when the SVG stands alone (a PDF, a downloaded file), and the
// reading direction. In Persian the title, the legend and the labels start at the right and run
// leftwards; the geography itself is never mirrored. Strings are escaped here, nowhere else.

export type MapOptions = {
  /** The reader's language: names, numbers (Persian digits in `fa`) and the layout's direction. */
  locale: string;
  /**
   * Draw the title, the legend and the attribution inside the SVG (default). A page passes false and
   * shows them in HTML beside the image, where they keep the page's text size on a phone.
   */
  framed?: boolean;
};

export const FONT_SIZE = 16;
const LINE = 28;
export const TITLE_HEIGHT = 40;
const SWATCH = 18;
const FONT_FAMILY = "Vazirmatn, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type LegendItem = { fill: string; label: string };

/** The legend's entries: no signatures, then each class as a range of counts. */
export function legendItems(classes: readonly MapClass[], locale: string): LegendItem[] {
  const t = translatorFor(locale);
  const format = formatterFor(locale);
  return [
    { fill: ZERO_FILL, label: t("campaign.maps.legendNone") },
    ...classes.map((c) => ({
      fill: c.fill,
      label: c.from === c.to ? format.number(c.from) : t("campaign.maps.legendRange", { from: c.from, to: c.to }),
    })),
  ];
}

// Text has no measured width on the server: an estimate generous enough for Latin and Persian.
const textWidth = (text: string, size = FONT_SIZE) => text.length * size * 0.6;

/**
 * The legend as rows of swatches and labels, from the start side of the reading direction,
 * wrapping to the width. Returns the markup and its height.
 */
export function drawLegend(items: readonly LegendItem[], heading: string, top: number, width: number, rtl: boolean) {
  const x = (fromStart: number, size = 0) => (rtl ? width - fromStart - size : fromStart);
  const parts = [`<text x="${x(0)}" y="${top + FONT_SIZE}" font-weight="700">${escapeXml(heading)}</text>`];
  let row = 1;
  let along = 0;
  for (const item of items) {
    const itemWidth = SWATCH + 8 + textWidth(item.label) + 24;
    if (along > 0 && along + itemWidth > width) {
      row += 1;
      along = 0;
    }
    const y = top + row * LINE;
    parts.push(
      `<g class="legend-item"><rect x="${x(along, SWATCH)}" y="${y}" width="${SWATCH}" height="${SWATCH}" fill="${item.fill}" stroke="${MAP_TEXT}" stroke-width="1"/>` +
        `<text x="${x(along + SWATCH + 8)}" y="${y + SWATCH - 3}">${escapeXml(item.label)}</text></g>`,
    );
    along += itemWidth;
  }
  return { markup: `<g class="legend">${parts.join("")}</g>`, height: (row + 1) * LINE };
}

/** The outer <svg>: role="img" named by its <title>, on a white background, in the reading direction. */
export function svgDocument(options: { id: string; name: string; width: number; height: number; rtl: boolean; content: string }): string {
  const { id, name, width, height, rtl, content } = options;
  // With direction="rtl", text-anchor="start" puts a label's right edge at its x: every x above is the start side.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title"` +
    ` font-family="${FONT_FAMILY}" font-size="${FONT_SIZE}" fill="${MAP_TEXT}"${rtl ? ' direction="rtl"' : ""} text-anchor="start">` +
    `<title id="${id}-title">${escapeXml(name)}</title>` +
    `<rect width="${width}" height="${height}" fill="${MAP_BACKGROUND}"/>${content}</svg>`
  );
}

export function isRightToLeft(locale: string): boolean {
  return directionOf(isLocale(locale) ? locale : DEFAULT_LOCALE) === "rtl";
}

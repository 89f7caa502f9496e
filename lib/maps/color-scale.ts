import type { BreakdownEntry } from "@/lib/tallies/breakdowns";

// The stepped colour scale of the maps (issue #14). Five classes at most, from quantiles of the
// non-zero counts rounded to easy numbers; zero has its own grey. Every fill keeps 3:1 against the
// white background and the white borders between shapes (WCAG 1.4.11, non-text contrast), so the
// lightest class is a mid blue, not the pale tints of a usual scale: a country with one signature
// stays visible. Zero is grey, told apart from the first class by hue and from the rest by lightness;
// the table beside every map gives the exact numbers. tests/unit/maps-color-scale.test.ts computes the
// contrasts.

export const MAP_BACKGROUND = "#ffffff";
/** Borders between shapes: the background's colour, so each fill's contrast with both is one number. */
export const MAP_BORDER = "#ffffff";
/** Legend and label text (the page's --text). */
export const MAP_TEXT = "#0b0c0c";
export const ZERO_FILL = "#8c8c8c";
/** From the fewest signatures to the most. */
export const CLASS_FILLS = ["#4292c6", "#2171b5", "#08519c", "#0a3a7a", "#081d58"] as const;

export type MapClass = { from: number; to: number; fill: string };

/** The classes for these counts: contiguous integer ranges from 1 to the largest count. */
export function mapScale(entries: readonly BreakdownEntry[]): MapClass[] {
  const values = entries
    .map((entry) => entry.count)
    .filter((count) => count > 0)
    .sort((a, b) => a - b);
  if (values.length === 0) return [];
  const max = values[values.length - 1];
  const bounds: number[] = [];
  for (let k = 1; k < CLASS_FILLS.length; k++) {
    const bound = Math.min(max, niceCeil(quantile(values, k / CLASS_FILLS.length)));
    if (bound >= 1 && bound < max && !bounds.includes(bound)) bounds.push(bound);
  }
  bounds.push(max);
  // Fewer classes than colours (few distinct counts): spread them over the whole ramp, so the
  // largest count always gets the darkest colour and the smallest the lightest.
  const last = CLASS_FILLS.length - 1;
  const colourAt = (i: number) => (bounds.length === 1 ? last : Math.round((i * last) / (bounds.length - 1)));
  return bounds.map((to, i) => ({ from: i === 0 ? 1 : bounds[i - 1] + 1, to, fill: CLASS_FILLS[colourAt(i)] }));
}

/** The fill of a count under these classes. */
export function fillFor(count: number, classes: readonly MapClass[]): string {
  if (count <= 0) return ZERO_FILL;
  return (classes.find((c) => count <= c.to) ?? classes[classes.length - 1])?.fill ?? ZERO_FILL;
}

function quantile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** Up to an easy number: 7 → 7, 23 → 25, 61 → 100, 140 → 200. */
function niceCeil(value: number): number {
  if (value <= 10) return Math.ceil(value);
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/**
 * WCAG contrast ratio of two #rrggbb colours, from 1 to 21.
 * @internal (the tests check the palette with it)
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

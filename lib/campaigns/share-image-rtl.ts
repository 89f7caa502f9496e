import "server-only";
import path from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";

// The campaigns' share images in a right-to-left language (issue #12). next/og (Satori) neither
// shapes Persian nor lays it out right to left: its letters come out apart and in reverse order.
// resvg shapes text with HarfBuzz's port and reorders it by the Unicode bidi algorithm, once each
// line is given its direction with an embedding mark; lines are broken here, by measuring them.
// The image is drawn as next/og draws the others (opengraph-image.tsx), mirrored: the site's name
// and the title on the right, the bar filling from the right.

const WIDTH = 1200;
const HEIGHT = 630;
const MARGIN = 64;
const COLORS = { brand: "#1d3f6e", accent: "#5694ca", text: "#0b0c0c", muted: "#505a5f", success: "#00703c", track: "#dfe1e2" };

// Vazirmatn, from its npm package (the one the pages use): Persian and Latin letters alike.
const FONT_DIR = path.join(process.cwd(), "node_modules/vazirmatn/fonts/ttf");
const FONTS: ResvgRenderOptions["font"] = {
  fontFiles: [path.join(FONT_DIR, "Vazirmatn-Regular.ttf"), path.join(FONT_DIR, "Vazirmatn-Bold.ttf")],
  loadSystemFonts: false,
  defaultFontFamily: "Vazirmatn",
};

export type RtlShareImage = {
  siteName: string;
  /** "Petition · open for signatures", in the image's language. */
  header: string;
  title: string;
  /** The direction of the title's own language (an English campaign on a Persian image reads left to right). */
  titleDirection: "ltr" | "rtl";
  /** The count, formatted in the image's language. */
  count: string;
  /** "signatures of a goal of …", in the image's language. */
  ofGoal: string;
  /** 0 to 100. */
  percent: number;
};

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Text in its direction, whatever the renderer's default: an embedding (RLE or LRE) … PDF. */
const embed = (text: string, direction: "ltr" | "rtl") => `${direction === "rtl" ? "\u202B" : "\u202A"}${text}\u202C`;

type Line = { text: string; size: number; weight?: 400 | 700; fill: string; direction: "ltr" | "rtl"; x: number; y: number };

const textElement = ({ text, size, weight = 400, fill, direction, x, y }: Line) =>
  `<text x="${x}" y="${y}" font-family="Vazirmatn" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="end">${escapeXml(embed(text, direction))}</text>`;

const svgOf = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${body}</svg>`;

/** How wide a line of text draws, in pixels. @internal (exported for its test) */
export function measure(text: string, size: number, direction: "ltr" | "rtl", weight: 400 | 700 = 400): number {
  const box = new Resvg(svgOf(textElement({ text, size, weight, fill: "#000", direction, x: WIDTH, y: size })), { font: FONTS }).getBBox();
  return box?.width ?? 0;
}

/**
 * The words of `text` in lines no wider than `width`, at most `maxLines` (the last one cut short
 * with "…"). @internal (exported for its test)
 */
export function wrap(text: string, size: number, direction: "ltr" | "rtl", width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || measure(candidate, size, direction) <= width) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) lines.push(current);
  else if (current && lines.length === maxLines) lines[maxLines - 1] = `${lines[maxLines - 1]}…`;
  return lines.slice(0, maxLines);
}

/** The share image as a PNG, laid out right to left. */
export function drawRtlShareImage(image: RtlShareImage): Buffer {
  const right = WIDTH - MARGIN;
  const titleSize = image.title.length > 100 ? 46 : image.title.length > 60 ? 56 : 66;
  // Three lines at most: a fourth would run into the count.
  const titleLines = wrap(image.title, titleSize, image.titleDirection, WIDTH - 2 * MARGIN, 3);
  const countWidth = measure(image.count, 88, "rtl", 700);
  const fill = Math.round(((WIDTH - 2 * MARGIN) * Math.max(0, Math.min(100, image.percent))) / 100);
  const parts = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<rect width="${WIDTH}" height="112" fill="${COLORS.brand}"/>`,
    `<rect y="112" width="${WIDTH}" height="12" fill="${COLORS.accent}"/>`,
    textElement({ text: image.siteName, size: 34, fill: "#fff", direction: "rtl", x: right, y: 72 }),
    // The header's other end: on the left, anchored there.
    textElement({ text: image.header, size: 28, fill: "#fff", direction: "rtl", x: MARGIN + measure(image.header, 28, "rtl"), y: 70 }),
    ...titleLines.map((line, i) =>
      textElement({
        text: line,
        size: titleSize,
        fill: COLORS.text,
        direction: image.titleDirection,
        x: right,
        y: 124 + 48 + titleSize + i * Math.round(titleSize * 1.2),
      }),
    ),
    textElement({ text: image.count, size: 88, weight: 700, fill: COLORS.success, direction: "rtl", x: right, y: 500 }),
    textElement({ text: image.ofGoal, size: 36, fill: COLORS.muted, direction: "rtl", x: right - countWidth - 20, y: 500 }),
    `<rect x="${MARGIN}" y="526" width="${WIDTH - 2 * MARGIN}" height="24" fill="${COLORS.track}"/>`,
    `<rect x="${right - fill}" y="526" width="${fill}" height="24" fill="${COLORS.success}"/>`,
  ];
  return new Resvg(svgOf(parts.join("")), { font: FONTS }).render().asPng();
}

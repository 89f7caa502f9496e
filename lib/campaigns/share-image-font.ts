import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The font of the campaigns' share images (app/(public)/campaigns/[slug]/opengraph-image.tsx).
// next/og lays a line out by adding up each word's letters one by one, then draws each word with
// the font's kerning, which pulls its letters closer: every word ends short of where the next one
// was placed, by as much as its kerning took, and the gaps between words came out uneven
// ("international  commission of", issue #11). The same font, Geist, which next/og ships and uses
// by default, without its kerning table is measured and drawn alike: even spaces.

type ShareImageFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };

const GEIST = path.join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf");

/** The font file with its kerning tables renamed, so that no reader finds them (an OpenType table directory: 12 bytes, then 16 per table). */
function withoutKerning(font: Buffer): ArrayBuffer {
  const copy = Buffer.from(font);
  const tables = copy.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const at = 12 + 16 * i;
    const tag = copy.toString("latin1", at, at + 4);
    if (tag === "GPOS" || tag === "kern") copy.write(tag.toLowerCase(), at, "latin1");
  }
  return copy.buffer.slice(copy.byteOffset, copy.byteOffset + copy.byteLength) as ArrayBuffer;
}

let loading: Promise<ShareImageFont[] | undefined> | undefined;

/**
 * The fonts to pass to ImageResponse, read once per process; undefined (next/og's own font, with its
 * uneven spaces) if Next.js no longer ships the file where this looks for it.
 */
export function shareImageFonts(): Promise<ShareImageFont[] | undefined> {
  loading ??= readFile(GEIST).then(
    (font) => [{ name: "Geist", data: withoutKerning(font), weight: 400 as const, style: "normal" as const }],
    () => undefined,
  );
  return loading;
}

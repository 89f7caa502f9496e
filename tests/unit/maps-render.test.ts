import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CLASS_FILLS, ZERO_FILL } from "@/lib/maps/color-scale";
import { departementCodes, renderFranceMapSvg } from "@/lib/maps/france-map";
import { mapSize } from "@/lib/maps/map-size";
import { renderWorldMapSvg } from "@/lib/maps/world-map";

const TOP = CLASS_FILLS[CLASS_FILLS.length - 1];
const LOWEST = CLASS_FILLS[0];

/** assert.match without printing a 100 KB SVG when it fails. */
function has(svg: string, pattern: RegExp, message = String(pattern)): void {
  assert.ok(pattern.test(svg), message);
}
function hasNot(svg: string, pattern: RegExp, message = String(pattern)): void {
  assert.ok(!pattern.test(svg), `not ${message}`);
}

/** The fill of the shape (path or dot) drawn for a code. */
function fillOf(svg: string, code: string): string | undefined {
  return new RegExp(`fill="(#[0-9a-f]{6})" data-code="${code}"`).exec(svg)?.[1];
}

/** The x of each legend swatch, in the order of the legend (none, then the classes upwards). */
function legendSwatchXs(svg: string): number[] {
  return [...svg.matchAll(/<g class="legend-item"><rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe("the map of France by département (issue #14)", () => {
  const counts = [
    { key: "75", count: 100 },
    { key: "13", count: 1 },
  ];

  test("Paris gets the top class, Bouches-du-Rhône the lowest non-zero, the Rhône the zero colour", () => {
    const svg = renderFranceMapSvg(counts, { locale: "en" });
    assert.equal(fillOf(svg, "75"), TOP);
    assert.equal(fillOf(svg, "13"), LOWEST);
    assert.equal(fillOf(svg, "69"), ZERO_FILL);
  });

  test("draws every département once: the 96 metropolitan ones with Corsica as 2A and 2B, and the five overseas", () => {
    const svg = renderFranceMapSvg([{ key: "971", count: 4 }], { locale: "en" });
    const drawn = [...svg.matchAll(/data-code="([0-9AB]+)"/g)].map((m) => m[1]);
    assert.equal(drawn.length, 101);
    assert.equal(new Set(drawn).size, 101);
    assert.deepEqual(drawn.sort(), departementCodes().sort());
    for (const code of ["2A", "2B", "971", "972", "973", "974", "976"]) assert.ok(drawn.includes(code), code);
    assert.equal(fillOf(svg, "971"), TOP, "an overseas inset is coloured by its count");
    has(svg, />Guadeloupe<\/text>/);
    has(svg, />French Guiana<\/text>/);
  });

  test("is an image with an accessible name, a title, a legend and the attribution the licence asks for", () => {
    const svg = renderFranceMapSvg(counts, { locale: "fr" });
    has(svg, /^<svg [^>]*role="img" aria-labelledby="map-france-title"/);
    has(svg, /<title id="map-france-title">Carte de France des signatures confirmées par département/);
    has(svg, />Signatures par département<\/text>/);
    has(svg, />Aucune<\/text>/);
    has(svg, />de 1 à 25<\/text>/);
    has(svg, /svg-maps de Victor Cazanave, CC BY 4\.0/);
    has(svg, />Guyane<\/text>/);
  });

  test("unframed (for a page), it holds only the map: no legend, no visible title", () => {
    const svg = renderFranceMapSvg(counts, { locale: "en", framed: false });
    hasNot(svg, /class="legend"/);
    has(svg, /viewBox="0 0 769 585"/);
  });

  test("in Persian the insets and the legend start at the right; the map itself is not mirrored", () => {
    const en = renderFranceMapSvg(counts, { locale: "en" });
    const fa = renderFranceMapSvg(counts, { locale: "fa" });
    has(fa, /direction="rtl"/);
    hasNot(en, /direction="rtl"/);
    const insetX = (svg: string) => Number(/<g class="inset" transform="translate\(([\d.]+) /.exec(svg)?.[1]);
    const metroX = (svg: string) => Number(/<g class="metropolitan" transform="translate\(([\d.]+) /.exec(svg)?.[1]);
    assert.ok(insetX(en) < metroX(en), "insets on the left in English");
    assert.ok(insetX(fa) > metroX(fa), "insets on the right in Persian");
    const enXs = legendSwatchXs(en);
    const faXs = legendSwatchXs(fa);
    assert.ok(enXs.length >= 3);
    assert.ok(enXs[0] < enXs[enXs.length - 1], "the English legend runs rightwards");
    assert.ok(faXs[0] > faXs[faXs.length - 1], "the Persian legend runs leftwards");
    // The shapes are the same paths, not flipped.
    const paris = (svg: string) => /<path d="([^"]+)" fill="[^"]+" data-code="75"/.exec(svg)?.[1];
    assert.equal(paris(fa), paris(en));
    hasNot(fa, /scale\(-1/);
    has(fa, />۱ تا ۲۵<\/text>/, "Persian digits in the legend");
  });
});

describe("the world map by country (issue #14)", () => {
  test("a country with the most signatures gets the top class, one with a single signature the lowest, others zero", () => {
    const svg = renderWorldMapSvg(
      [
        { key: "IR", count: 100 },
        { key: "BR", count: 1 },
      ],
      { locale: "en" },
    );
    assert.equal(fillOf(svg, "IR"), TOP);
    assert.equal(fillOf(svg, "BR"), LOWEST);
    assert.equal(fillOf(svg, "DE"), ZERO_FILL);
    has(svg, /<title id="map-world-title">World map of the confirmed signatures by country/);
  });

  test("small countries the 110m file lacks appear as dots when they have signatures", () => {
    const svg = renderWorldMapSvg(
      [
        { key: "SG", count: 7 },
        { key: "MT", count: 1 },
        { key: "BH", count: 2 },
        { key: "AD", count: 3 },
      ],
      { locale: "en" },
    );
    for (const code of ["SG", "MT", "BH", "AD"]) has(svg, new RegExp(`<circle [^>]*data-code="${code}"`), code);
    assert.equal(fillOf(svg, "SG"), TOP);
    hasNot(renderWorldMapSvg([], { locale: "en" }), /<circle/, "no dots without signatures");
  });

  test("French Guiana is its own shape, coloured by GF rather than by France", () => {
    const svg = renderWorldMapSvg(
      [
        { key: "GF", count: 9 },
        { key: "FR", count: 1 },
      ],
      { locale: "en" },
    );
    assert.equal(fillOf(svg, "GF"), TOP);
    assert.equal(fillOf(svg, "FR"), LOWEST);
  });

  test("names in the tooltips are escaped and in the reader's language", () => {
    has(renderWorldMapSvg([{ key: "TT", count: 2 }], { locale: "en" }), /<title>Trinidad &#38; Tobago: 2 signatures<\/title>/);
    has(renderWorldMapSvg([{ key: "CI", count: 1 }], { locale: "fr" }), /<title>Côte d’Ivoire\u00a0: 1 signature<\/title>/);
  });

  test("in Persian the legend runs from the right", () => {
    const xs = legendSwatchXs(renderWorldMapSvg([{ key: "IR", count: 10 }], { locale: "fa" }));
    assert.ok(xs[0] > xs[xs.length - 1]);
  });
});

test("the sizes pages give the images are the unframed maps' own", () => {
  for (const [kind, svg] of [
    ["world", renderWorldMapSvg([], { locale: "en", framed: false })],
    ["france", renderFranceMapSvg([], { locale: "en", framed: false })],
  ] as const) {
    const { width, height } = mapSize(kind);
    has(svg, new RegExp(`^<svg [^>]*viewBox="0 0 ${width} ${height}"`), kind);
  }
});

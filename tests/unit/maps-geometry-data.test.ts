import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { geoCentroid } from "d3-geo";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };
import countries110m from "world-atlas/countries-110m.json" with { type: "json" };
import { ALPHA2_BY_ISO_NUMERIC } from "@/lib/maps/country-ids";
import { OVERSEAS_RINGS, SMALL_TERRITORY_POINTS } from "@/lib/maps/small-territories";
import { countryOptions, isCountryCode } from "@/lib/signing/countries";

type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;
const load = (topology: unknown) => {
  const t = topology as Parameters<typeof feature>[0];
  return feature(t, t.objects.countries) as Countries;
};
const world50 = load(countries50m);
const world110 = load(countries110m);
const round = (n: number) => Math.round(n * 100) / 100;

describe("the world map's data, checked against world-atlas (issue #14)", () => {
  test("every numeric id maps to a country code signers can choose, and the names agree", () => {
    const english = new Intl.DisplayNames(["en"], { type: "region" });
    // world-atlas abbreviates; these are the same country under a shorter name.
    const samples: Record<string, string> = {
      "250": "France",
      "364": "Iran",
      "702": "Singapore",
      "048": "Bahrain",
      "470": "Malta",
      "020": "Andorra",
    };
    for (const [id, code] of Object.entries(ALPHA2_BY_ISO_NUMERIC)) {
      assert.ok(isCountryCode(code), `${id} → ${code}`);
      const named = world50.features.find((f) => f.id === id)?.properties.name;
      assert.ok(named, `${id} is in countries-50m.json`);
      if (samples[id]) assert.equal(english.of(code), samples[id], id);
    }
    for (const f of world110.features) if (f.id !== undefined) assert.ok(ALPHA2_BY_ISO_NUMERIC[String(f.id)], `${f.id} ${f.properties.name}`);
    assert.equal(new Set(Object.values(ALPHA2_BY_ISO_NUMERIC)).size, Object.keys(ALPHA2_BY_ISO_NUMERIC).length, "one id per code");
  });

  test("every country a signer can choose has a shape or a dot (Antarctica aside)", () => {
    const shaped = new Set(world110.features.map((f) => ALPHA2_BY_ISO_NUMERIC[String(f.id)]));
    const missing = countryOptions("en")
      .map(([code]) => code)
      .filter((code) => code !== "AQ" && !shaped.has(code) && !SMALL_TERRITORY_POINTS[code]);
    assert.deepEqual(missing, []);
    for (const code of ["SG", "BH", "MT", "AD", "GP", "MQ", "RE", "YT"]) assert.ok(SMALL_TERRITORY_POINTS[code], code);
  });

  test("the small countries' dots are their 50m centroids", () => {
    const byCode = new Map(world50.features.map((f) => [ALPHA2_BY_ISO_NUMERIC[String(f.id)], f]));
    let checked = 0;
    for (const [code, point] of Object.entries(SMALL_TERRITORY_POINTS)) {
      const shape = byCode.get(code);
      if (!shape) continue; // placed by hand: not in the 50m file either
      const [x, y] = geoCentroid(shape);
      assert.deepEqual(point, [round(x), round(y)], code);
      checked += 1;
    }
    assert.ok(checked > 50);
  });

  test("the overseas insets are the 50m outlines of France's overseas départements", () => {
    const france = world50.features.find((f) => f.id === "250");
    assert.ok(france && france.geometry.type === "MultiPolygon");
    const rings = france.geometry.coordinates.map((polygon) => polygon[0].map(([x, y]) => [round(x), round(y)]));
    for (const [code, insets] of Object.entries(OVERSEAS_RINGS)) {
      for (const inset of insets)
        assert.ok(
          rings.some((ring) => JSON.stringify(ring) === JSON.stringify(inset)),
          code,
        );
    }
    const [x, y] = geoCentroid({ type: "MultiPolygon", coordinates: OVERSEAS_RINGS["974"].map((ring) => [ring.map(([a, b]) => [a, b])]) });
    assert.ok(Math.abs(x - 55.5) < 0.3 && Math.abs(y + 21.1) < 0.3, "La Réunion is where it should be");
  });
});

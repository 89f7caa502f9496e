import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CLASS_FILLS, contrastRatio, fillFor, MAP_BACKGROUND, MAP_BORDER, MAP_TEXT, mapScale, ZERO_FILL } from "@/lib/maps/color-scale";
import { countsVersion } from "@/lib/maps/counts-version";

describe("the maps' colour scale (issue #14)", () => {
  test("the largest count gets the darkest class, the smallest non-zero the lightest, zero its own grey", () => {
    const classes = mapScale([
      { key: "75", count: 100 },
      { key: "13", count: 1 },
    ]);
    assert.equal(fillFor(100, classes), CLASS_FILLS[CLASS_FILLS.length - 1]);
    assert.equal(fillFor(1, classes), CLASS_FILLS[0]);
    assert.equal(fillFor(0, classes), ZERO_FILL);
  });

  test("classes are contiguous ranges from 1 to the largest count, five at most, in easy numbers", () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({ key: String(i), count: Math.round(1.3 ** i) }));
    const classes = mapScale(entries);
    assert.equal(classes.length, 5);
    assert.equal(classes[0].from, 1);
    assert.equal(classes[classes.length - 1].to, Math.max(...entries.map((e) => e.count)));
    for (let i = 1; i < classes.length; i++) assert.equal(classes[i].from, classes[i - 1].to + 1);
    assert.deepEqual(
      classes.slice(0, -1).map((c) => c.to),
      [8, 100, 500, 5000],
    );
    assert.deepEqual(
      classes.map((c) => c.fill),
      [...CLASS_FILLS],
    );
  });

  test("a single count is one class in the darkest colour; no counts, no classes", () => {
    assert.deepEqual(mapScale([{ key: "FR", count: 3 }]), [{ from: 1, to: 3, fill: CLASS_FILLS[CLASS_FILLS.length - 1] }]);
    assert.deepEqual(mapScale([]), []);
  });

  test("legend text keeps 4.5:1 against the background, every fill 3:1 against the background and the borders", () => {
    assert.ok(contrastRatio(MAP_TEXT, MAP_BACKGROUND) >= 4.5);
    for (const fill of [ZERO_FILL, ...CLASS_FILLS]) {
      assert.ok(contrastRatio(fill, MAP_BACKGROUND) >= 3, `${fill} against the background`);
      assert.ok(contrastRatio(fill, MAP_BORDER) >= 3, `${fill} against the borders`);
      // The legend's swatches are outlined in the text colour: they stand out from a white page too.
    }
    // Neighbouring classes stay apart in lightness, not only in hue.
    for (let i = 1; i < CLASS_FILLS.length; i++) assert.ok(contrastRatio(CLASS_FILLS[i - 1], CLASS_FILLS[i]) >= 1.3);
  });

  test("the contrast ratio is WCAG's: black on white is 21, a colour on itself 1", () => {
    assert.equal(Math.round(contrastRatio("#000000", "#ffffff") * 100) / 100, 21);
    assert.equal(contrastRatio("#4292c6", "#4292c6"), 1);
  });

  test("the counts' version changes with any count and not with the order of the entries", () => {
    const a = countsVersion([
      { key: "FR", count: 3 },
      { key: "IR", count: 5 },
    ]);
    assert.equal(
      a,
      countsVersion([
        { key: "IR", count: 5 },
        { key: "FR", count: 3 },
      ]),
    );
    assert.notEqual(
      a,
      countsVersion([
        { key: "FR", count: 4 },
        { key: "IR", count: 5 },
      ]),
    );
    assert.match(a, /^[0-9a-z]{1,16}$/);
  });
});

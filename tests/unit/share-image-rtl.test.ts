import assert from "node:assert/strict";
import { test } from "node:test";
import { drawRtlShareImage, measure, wrap } from "@/lib/campaigns/share-image-rtl";

// The Persian share image (issue #12): drawn by resvg, which shapes Persian and orders it right to
// left. What a test can check without eyes: a PNG of the right size, and titles broken into lines
// that fit. (The pictures themselves were looked at: see the note.)

const TITLE_FA = "کمیسیون بین‌المللی تحقیق دربارهٔ کشتار زندانیان سیاسی در تابستان ۱۳۶۷ در ایران، به درخواست خانواده‌های قربانیان";

test("the image is a 1200×630 PNG", () => {
  const png = drawRtlShareImage({
    siteName: "دادخواست‌ها",
    header: "دادخواست · باز برای امضا",
    title: TITLE_FA,
    titleDirection: "rtl",
    count: "۲٬۰۳۴",
    ofGoal: "امضا از هدف ۱۰٬۰۰۰",
    percent: 20.3,
  });
  assert.equal(png.subarray(1, 4).toString("latin1"), "PNG");
  assert.equal(png.readUInt32BE(16), 1200);
  assert.equal(png.readUInt32BE(20), 630);
});

test("a long title is broken into at most three lines, each narrower than the image's text column", () => {
  for (const [title, direction] of [
    [TITLE_FA, "rtl"],
    ["An international commission of inquiry into the 1988 massacre of political prisoners in Iran, asked for by the victims' families", "ltr"],
  ] as const) {
    const lines = wrap(title, 56, direction, 1072, 3);
    assert.ok(lines.length >= 2 && lines.length <= 3, `${lines.length} lines`);
    for (const line of lines) assert.ok(measure(line.replace(/…$/, ""), 56, direction) <= 1072, line);
    assert.equal(lines.join(" ").replace(/…$/, ""), title.split(/\s+/).slice(0, lines.join(" ").split(/\s+/).length).join(" "));
  }
});

test("Persian is measured shaped: joined letters take less room than the same letters apart", () => {
  const joined = measure("امضاکنندگان", 56, "rtl");
  const apart = measure("ا م ض ا ک ن ن د گ ا ن".replaceAll(" ", "\u200C"), 56, "rtl");
  assert.ok(joined > 0 && joined < apart, `${joined} < ${apart}`);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { openingLabel, signingState } from "@/lib/campaigns/status";
import { formatterFor } from "@/lib/i18n/format";

const now = new Date("2026-11-23T12:00:00Z");
const hour = 3_600_000;
const at = (offset: number) => new Date(now.getTime() + offset);

test("a published campaign whose opening date is ahead is upcoming, not closed", () => {
  assert.equal(signingState({ status: "open", opensAt: at(hour), closesAt: null }, now), "upcoming");
  assert.equal(signingState({ status: "open", opensAt: at(hour), closesAt: at(48 * hour) }, now), "upcoming");
});

test("open inside its window; closed after it, or when closed, archived or a draft", () => {
  assert.equal(signingState({ status: "open", opensAt: at(-hour), closesAt: at(hour) }, now), "open");
  assert.equal(signingState({ status: "open", opensAt: null, closesAt: at(-1) }, now), "closed");
  assert.equal(signingState({ status: "closed", opensAt: at(hour), closesAt: null }, now), "closed");
  assert.equal(signingState({ status: "archived", opensAt: null, closesAt: null }, now), "closed");
  assert.equal(signingState({ status: "draft", opensAt: at(hour), closesAt: null }, now), "closed");
});

test("the opening date reads in UTC, in the reader's language", () => {
  const opensAt = new Date("2026-12-05T09:00:00Z");
  // The day as lib/i18n/format.ts writes it for each language.
  const day = (locale: string) => formatterFor(locale).date(opensAt, "long");
  assert.equal(openingLabel(opensAt), `${day("en")} at 09:00 UTC`);
  assert.equal(openingLabel(opensAt, "en"), openingLabel(opensAt));
  assert.equal(openingLabel(opensAt, "fr"), `${day("fr")} à 09:00 UTC`);
  // Persian: the Solar Hijri day and the hour in Persian digits.
  assert.equal(openingLabel(opensAt, "fa"), `${day("fa")}، ساعت ۰۹:۰۰ به وقت UTC`);
  assert.match(day("fa"), /۱۴۰۵/);
});

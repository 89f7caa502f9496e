import assert from "node:assert/strict";
import { test } from "node:test";
import { formatterFor } from "@/lib/i18n/format";

test("French writes the first of a month as an ordinal, and every other day as a number", () => {
  const fr = formatterFor("fr");
  assert.equal(fr.date("2026-11-01"), "1er novembre 2026");
  assert.equal(fr.date("2026-11-01", "short"), "1er nov. 2026");
  assert.match(fr.dateTime(new Date("2026-11-01T09:30:00Z")), /^1er nov\. 2026/);
  assert.equal(fr.eventDate("2017-11-28"), "28 novembre 2017");
  assert.equal(fr.date("2026-11-11"), "11 novembre 2026");
});

test("English and Persian keep Intl's own first of the month", () => {
  assert.equal(formatterFor("en").date("2026-11-01"), "1 November 2026");
  assert.doesNotMatch(formatterFor("fa").date("2026-11-01"), /er/);
});

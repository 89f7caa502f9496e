import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { erasureDate, isErasedOrDue } from "@/lib/campaigns/retention";

// Issue #13: when signers' personal data is erased, as the settings and the campaign page say it.

const closed = (closedAt: string, retentionMonths = 6) =>
  ({ status: "closed", closedAt: new Date(closedAt), retentionMonths, anonymisedAt: null }) as const;

describe("the erasure date", () => {
  test("is retention_months calendar months after closing, as PostgreSQL adds them", () => {
    assert.equal(erasureDate(closed("2026-05-20T10:00:00Z"))?.toISOString(), "2026-11-20T10:00:00.000Z");
    assert.equal(erasureDate(closed("2026-08-31T10:00:00Z"))?.toISOString(), "2027-02-28T10:00:00.000Z", "the last day of a shorter month");
    assert.equal(erasureDate(closed("2027-08-31T00:00:00Z"))?.toISOString(), "2028-02-29T00:00:00.000Z");
    assert.equal(erasureDate(closed("2026-01-15T00:00:00Z", 60))?.toISOString(), "2031-01-15T00:00:00.000Z");
  });

  test("is unknown while the campaign has not closed, and the day it happened once it has", () => {
    assert.equal(erasureDate({ status: "open", closedAt: null, retentionMonths: 6, anonymisedAt: null }), null);
    assert.equal(erasureDate({ status: "draft", closedAt: null, retentionMonths: 6, anonymisedAt: null }), null);
    const done = new Date("2026-12-01T03:00:00Z");
    assert.equal(erasureDate({ ...closed("2026-01-01T00:00:00Z"), anonymisedAt: done }), done);
  });

  test("is due from that moment on, whether or not the sweep has run", () => {
    const campaign = closed("2026-05-20T10:00:00Z");
    assert.equal(isErasedOrDue(campaign, new Date("2026-11-20T09:59:59Z")), false);
    assert.equal(isErasedOrDue(campaign, new Date("2026-11-20T10:00:00Z")), true);
  });
});

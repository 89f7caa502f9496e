import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { askedDetails, retentionOf } from "@/lib/privacy/notice";

// A campaign's privacy page lists what its form asks for and how long it keeps it (issue #13),
// read from the campaign so that the page cannot say something else than the form and the job do.

const base = {
  kind: "petition" as const,
  status: "open" as const,
  opensAt: null,
  closesAt: null,
  closedAt: null,
  retentionMonths: 6,
  keepPublicList: false,
  listNamesPublicly: true,
  anonymisedAt: null,
};
const now = new Date("2026-12-03T12:00:00Z");

describe("privacy notice", () => {
  test("lists exactly the details the form asks for, optional ones marked", () => {
    assert.deepEqual(askedDetails({ country: "required", city: "optional", postcode: "off", office: "off", municipality: "off" }), [
      { detail: "country", optional: false },
      { detail: "city", optional: true },
    ]);
    assert.deepEqual(
      askedDetails({ country: "off", city: "off", postcode: "optional", office: "required", municipality: "required" }).map((d) => d.detail),
      ["postcode", "office", "municipality"],
    );
  });

  test("an open campaign without a closing date has no anonymisation date yet", () => {
    assert.deepEqual(retentionOf(base, now), {
      months: 6,
      closesOn: null,
      closed: false,
      anonymisedFrom: null,
      anonymisedOn: null,
      keepsPublicList: false,
    });
  });

  test("a closed campaign is anonymised its retention months after it closed", () => {
    const closedAt = new Date("2026-10-31T10:00:00Z");
    const retention = retentionOf({ ...base, status: "closed", closedAt, closesAt: new Date("2027-01-01T00:00:00Z"), retentionMonths: 13 }, now);
    assert.equal(retention.closed, true);
    assert.deepEqual(retention.closesOn, closedAt, "when it actually closed, not when it was due to");
    assert.deepEqual(retention.anonymisedFrom, new Date("2027-12-01T10:00:00Z"));
  });

  test("a campaign past its closing date counts as closed on that date", () => {
    const closesAt = new Date("2026-11-01T00:00:00Z");
    const retention = retentionOf({ ...base, closesAt, retentionMonths: 1 }, now);
    assert.equal(retention.closed, true);
    assert.deepEqual(retention.anonymisedFrom, new Date("2026-12-01T00:00:00Z"));
  });

  test("only a declaration that lists names keeps its public list", () => {
    assert.equal(retentionOf({ ...base, kind: "declaration", keepPublicList: true }, now).keepsPublicList, true);
    assert.equal(retentionOf({ ...base, kind: "petition", keepPublicList: true }, now).keepsPublicList, false);
    assert.equal(retentionOf({ ...base, kind: "declaration", keepPublicList: true, listNamesPublicly: false }, now).keepsPublicList, false);
  });
});

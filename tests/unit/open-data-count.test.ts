import assert from "node:assert/strict";
import { test } from "node:test";
import { countAnswer } from "@/lib/open-data/count-endpoint";
import type { CampaignCount } from "@/lib/tallies/queries";

// The count endpoint answers If-None-Match by the same rule as every open-data answer
// (lib/open-data/http.ts): a list of tags works, not only the one tag alone (issue #10).

const count: CampaignCount = {
  slug: "un-inquiry",
  status: "open",
  opensAt: null,
  closesAt: null,
  goal: 1000,
  tally: { online: 40, offline: 2, total: 42, updatedAt: new Date("2026-12-01T12:00:00Z") },
};
const request = (ifNoneMatch?: string) => ({ headers: { get: (name: string) => (name === "if-none-match" ? (ifNoneMatch ?? null) : null) } });

test("the count's current tag gets a 304 alone, in a list, or without W/; another tag gets the count", () => {
  const etag = countAnswer(request(), count).headers.ETag;
  assert.ok(etag);
  assert.equal(countAnswer(request(etag), count).status, 304);
  assert.equal(countAnswer(request(`W/"x", ${etag}`), count).status, 304);
  assert.equal(countAnswer(request(etag.replace(/^W\//, "")), count).status, 304);
  const fresh = countAnswer(request('W/"x"'), count);
  assert.equal(fresh.status, 200);
  assert.equal((fresh.body as { signatureCount: number }).signatureCount, 42);
});

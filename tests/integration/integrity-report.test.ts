import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, insertSignature, schema, useIntegrationLifecycle } from "./support";

const { getIntegrityReport } = await import("@/lib/integrity/report");
const { integrityReportSchema } = await import("@/lib/open-data/schema");
const route = await import("@/app/api/v1/campaigns/[slug]/integrity/route");

useIntegrationLifecycle();

// The public integrity report (issue #13), on a campaign seeded with known numbers of each kind.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms);

type Campaign = Awaited<ReturnType<typeof createTestCampaign>>;

async function invalidate(campaign: Campaign, reason: string, createdAt: Date, signatures: number, undone = false) {
  const [invalidation] = await getDb()
    .insert(schema.signatureInvalidations)
    .values({ campaignId: campaign.id, filter: {}, reason, matched: signatures, createdAt, ...(undone && { undoneAt: new Date() }) })
    .returning();
  for (let i = 0; i < signatures; i++) {
    await insertSignature({
      campaignId: campaign.id,
      // Undoing an invalidation restores each signature's status (pending here) and detaches it.
      status: undone ? "pending" : "invalidated",
      invalidationId: undone ? null : invalidation.id,
      statusBeforeInvalidation: undone ? null : "pending",
    });
  }
}

/**
 * 3 confirmed and counted, 1 pending, 1 held now (24 h), 1 held 3 days ago and released 2 days ago
 * (pending again), 2 set aside today for a reason naming an address, 1 set aside 10 days ago,
 * 1 set aside and restored (pending), refusals 4 this hour and 2 three days ago, and 12 paper signatures.
 */
async function seededCampaign(): Promise<Campaign> {
  const campaign = await createTestCampaign();
  for (let i = 0; i < 3; i++) await insertSignature({ campaignId: campaign.id, status: "confirmed", tallyShard: 0 });
  await getDb().insert(schema.tallyShards).values({ campaignId: campaign.id, shard: 0, confirmed: 3 });
  await insertSignature({ campaignId: campaign.id, status: "pending" });
  await insertSignature({ campaignId: campaign.id, status: "held", heldReason: "velocity-client", heldAt: ago(HOUR) });
  await insertSignature({
    campaignId: campaign.id,
    status: "pending",
    heldReason: "velocity-domain",
    heldAt: ago(3 * DAY),
    releasedAt: ago(2 * DAY),
  });
  await invalidate(campaign, "Bulk sign-ups from bot@spam.example", ago(2 * HOUR), 2);
  await invalidate(campaign, "Duplicates", ago(10 * DAY), 1);
  await invalidate(campaign, "Undone later", ago(HOUR), 1, true);
  await getDb().execute(sql`
    insert into signing_refusals (campaign_id, reason, hour, count) values
      (${campaign.id}, 'disposable-email', date_trunc('hour', now()), 4),
      (${campaign.id}, 'disposable-email', date_trunc('hour', now()) - interval '3 days', 2)`);
  await getDb()
    .insert(schema.offlineTallies)
    .values({ campaignId: campaign.id, count: 12, description: "Signed on paper at the meeting", sourceTitle: "Minutes" });
  return campaign;
}

const windows = (last24Hours: number, last7Days: number, sinceStart: number) => ({ last24Hours, last7Days, sinceStart });

describe("the integrity report", () => {
  test("gives the known figures of a seeded campaign", async () => {
    const campaign = await seededCampaign();
    const report = await getIntegrityReport(campaign.id);
    // Pending: the pending one, the released one and the one whose invalidation was undone.
    assert.deepEqual(report.online, { recorded: 10, confirmed: 3, pending: 3, confirmationRate: 0.5 });
    assert.equal(report.offline, 12);
    assert.equal(report.held.now, 1);
    assert.deepEqual(report.held.total, windows(1, 2, 2));
    assert.deepEqual(report.held.byReason, [
      { reason: "velocity-client", ...windows(1, 1, 1) },
      { reason: "velocity-domain", ...windows(0, 1, 1) },
    ]);
    assert.deepEqual(report.released, windows(0, 1, 1));
    assert.equal(report.invalidated.now, 3);
    assert.deepEqual(report.invalidated.total, windows(2, 2, 3));
    assert.deepEqual(report.invalidated.byReason, [
      { reason: "Bulk sign-ups from …", ...windows(2, 2, 2) },
      { reason: "Duplicates", ...windows(0, 0, 1) },
    ]);
    assert.deepEqual(report.refused.total, windows(4, 6, 6));
    assert.deepEqual(report.refused.byReason, [{ reason: "disposable-email", ...windows(4, 6, 6) }]);
  });

  test("a campaign with nothing yet has zeros and no rate, not an error", async () => {
    const campaign = await createTestCampaign();
    const report = await getIntegrityReport(campaign.id);
    assert.deepEqual(report.online, { recorded: 0, confirmed: 0, pending: 0, confirmationRate: null });
    assert.deepEqual(report.held, { now: 0, total: windows(0, 0, 0), byReason: [] });
    assert.deepEqual(report.released, windows(0, 0, 0));
    assert.deepEqual(report.invalidated, { now: 0, total: windows(0, 0, 0), byReason: [] });
    assert.deepEqual(report.refused, { total: windows(0, 0, 0), byReason: [] });
  });

  test("is computed once per campaign within its window: later changes wait for the next computation", async () => {
    const campaign = await seededCampaign();
    const [first, second] = await Promise.all([getIntegrityReport(campaign.id), getIntegrityReport(campaign.id)]);
    assert.equal(first, second, "requests at the same moment share one computation");
    await invalidate(campaign, "Found later", new Date(), 2);
    await insertSignature({ campaignId: campaign.id, status: "pending" });
    const later = await getIntegrityReport(campaign.id);
    assert.equal(later, first, "the same report, not recomputed");
    assert.equal(later.invalidated.now, 3);
    assert.equal(later.online.recorded, 10);
  });

  test("the JSON endpoint serves it by slug, matching its schema, cacheable, with no address in it", async () => {
    const campaign = await seededCampaign();
    const get = (slug: string, headers: Record<string, string> = {}) =>
      route.GET(new Request(`http://test/api/v1/campaigns/${slug}/integrity`, { headers }), { params: Promise.resolve({ slug }) });
    const response = await get(campaign.slug);
    assert.equal(response.status, 200);
    assert.match(response.headers.get("cache-control") ?? "", /^public, max-age=60\b/);
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    const text = await response.text();
    assert.doesNotMatch(text, /@/, "no address, not even in an organizer's reason");
    const body = integrityReportSchema.parse(JSON.parse(text));
    assert.equal(body.slug, campaign.slug);
    assert.equal(body.online.confirmationRate, 0.5);
    assert.equal(body.offlineSignatureCount, 12);
    assert.equal((await get(campaign.slug, { "If-None-Match": response.headers.get("etag")! })).status, 304);

    const draft = await createTestCampaign({ status: "draft" });
    assert.equal((await get(draft.slug)).status, 404, "drafts are not public");
    assert.equal((await get("no-such-campaign")).status, 404);
  });
});

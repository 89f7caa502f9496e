import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { test } from "node:test";
import { createTestCampaign, getDb, schema, useIntegrationLifecycle } from "./support";
import { captureQueries } from "./query-plans";

const { findSnapshotPdf } = await import("@/lib/delivery/queries");

useIntegrationLifecycle();

const NO_COUNTS = { online: 0, offline: 0, total: 0, listed: 0, verifiedOfficials: 0, byCountry: [], byDepartement: [], byRegion: [] };

// A finished pack's PDF is public and never changes (issue #14): an anonymous client downloading it
// again and again must not cost the database 8 MB a time. The first download reads it; later ones
// are answered from memory, and a pack not finished is never kept.
test("a finished pack's PDF is read from the database once, then kept; one not finished is not found", async () => {
  const campaign = await createTestCampaign();
  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(4096)]);
  const sha256 = createHash("sha256").update(pdf).digest("hex");
  const [finished] = await getDb()
    .insert(schema.campaignSnapshots)
    .values({ campaignId: campaign.id, status: "finished", languages: ["en"], counts: NO_COUNTS, sha256, pdf, pdfBytes: pdf.length })
    .returning({ id: schema.campaignSnapshots.id });
  const [queued] = await getDb()
    .insert(schema.campaignSnapshots)
    .values({ campaignId: campaign.id, languages: ["en"] })
    .returning({ id: schema.campaignSnapshots.id });

  const first = await captureQueries(async () => assert.equal((await findSnapshotPdf(campaign.id, finished.id))?.sha256, sha256));
  assert.equal(first.length, 1, "the first download reads the database");
  const again = await captureQueries(async () => {
    const file = await findSnapshotPdf(campaign.id, finished.id);
    assert.ok(file?.pdf.equals(pdf), "the same bytes");
  });
  assert.equal(again.length, 0, "a later download does not");

  assert.equal(await findSnapshotPdf(campaign.id, queued.id), null, "a pack still being made has no PDF");
  const other = await createTestCampaign();
  assert.equal(await findSnapshotPdf(other.id, finished.id), null, "nor is a pack found under another campaign");
});

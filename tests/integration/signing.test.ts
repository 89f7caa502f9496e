import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { createTestCampaign, fake, getDb, linksFor, schema, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { getTally } = await import("@/lib/tallies/queries");

useIntegrationLifecycle();

describe("signing, confirming and withdrawing", () => {
  test("a signature counts only once confirmed, and withdrawal takes it back", async () => {
    const campaign = await createTestCampaign();
    const input = validSignature();
    assert.deepEqual(await signCampaign(campaign.slug, input), { kind: "accepted" });
    assert.equal((await getTally(campaign.id)).online, 0);

    await settleOutbox(campaign.id);
    const { confirm, withdraw } = linksFor(input.email);
    assert.ok(confirm && withdraw, "the confirmation email carries both links");

    assert.equal((await confirmSignature(confirm)).kind, "confirmed");
    assert.equal((await getTally(campaign.id)).online, 1);
    assert.equal((await confirmSignature(confirm)).kind, "already-confirmed");
    assert.equal((await getTally(campaign.id)).online, 1);

    assert.equal((await withdrawSignature(withdraw)).kind, "withdrawn");
    assert.equal((await getTally(campaign.id)).online, 0);
    const rows = await getDb().select().from(schema.signatures).where(eq(schema.signatures.campaignId, campaign.id));
    assert.equal(rows.length, 0, "withdrawal deletes the signer's details");
    assert.equal(fake.emails.filter((e) => e.to.includes(input.email)).length, 1);
  });
});

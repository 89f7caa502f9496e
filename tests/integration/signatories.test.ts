import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, linksFor, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature } = await import("@/lib/signing/mutations");
const { listPublicSignatories, streamPublicSignatories } = await import("@/lib/signatory-list/queries");

useIntegrationLifecycle();

async function signAndConfirm(campaignSlug: string, campaignId: string, input: Record<string, unknown>) {
  const signature = validSignature(input);
  await signCampaign(campaignSlug, signature);
  await settleOutbox(campaignId);
  const { confirm } = linksFor(String(signature.email));
  assert.ok(confirm);
  assert.equal((await confirmSignature(confirm)).kind, "confirmed");
  return signature;
}

describe("the public list of signatories", () => {
  test("lists only confirmed signers who chose to be shown, with what they chose to show", async () => {
    const campaign = await createTestCampaign();
    await signAndConfirm(campaign.slug, campaign.id, { fullName: "Shown Signer", showName: true, city: "Lyon", comment: "Because." });
    await signAndConfirm(campaign.slug, campaign.id, { fullName: "Hidden Signer", showName: false });
    await signCampaign(campaign.slug, validSignature({ fullName: "Pending Signer", showName: true }));

    const { signatories, hasNextPage } = await listPublicSignatories(campaign.id, { page: 1, search: "" });
    assert.deepEqual(
      signatories.map(({ name, place, comment }) => ({ name, place, comment })),
      [{ name: "Shown Signer", place: "Lyon", comment: "Because." }],
    );
    assert.equal(hasNextPage, false);
    assert.equal(JSON.stringify(signatories).includes("@"), false, "no email address");
    await settleOutbox(campaign.id);
  });

  test("verified officials come first; search matches any part of a name", async () => {
    const campaign = await createTestCampaign();
    await signAndConfirm(campaign.slug, campaign.id, { fullName: "Marie Curie", showName: true });
    await signAndConfirm(campaign.slug, campaign.id, { fullName: "Pierre Curie", showName: true });
    await signAndConfirm(campaign.slug, campaign.id, { fullName: "Irène Joliot", showName: true });
    await getDb().execute(sql`update signatures set verified_at = now() where campaign_id = ${campaign.id} and full_name = 'Marie Curie'`);

    const all = await listPublicSignatories(campaign.id, { page: 1, search: "" });
    assert.equal(all.signatories[0].name, "Marie Curie");
    assert.equal(all.signatories[0].verified, true);
    const curies = await listPublicSignatories(campaign.id, { page: 1, search: "CURIE" });
    assert.deepEqual(curies.signatories.map((s) => s.name).sort(), ["Marie Curie", "Pierre Curie"]);
    const wildcard = await listPublicSignatories(campaign.id, { page: 1, search: "%" });
    assert.equal(wildcard.signatories.length, 0, "% is a character to find, not a wildcard");
  });

  test("the CSV stream holds the same people as the list", async () => {
    const campaign = await createTestCampaign();
    await signAndConfirm(campaign.slug, campaign.id, { fullName: "Ada Lovelace", showName: true });
    const streamed = [];
    for await (const batch of streamPublicSignatories(campaign.id)) streamed.push(...batch);
    assert.deepEqual(streamed, (await listPublicSignatories(campaign.id, { page: 1, search: "" })).signatories);
  });
});

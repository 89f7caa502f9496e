import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, fake, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signResponse } = await import("@/lib/signing/api-endpoints");
const { disposableAddressRefusal } = await import("@/lib/signing/address-screening");
const { flushRefusalCounts } = await import("@/lib/signing/refusal-counts");
const helperRoute = await import("@/app/api/osdi/v1/petitions/[id]/signatures/helper/route");

useIntegrationLifecycle();

// Disposable addresses are refused wherever a signature comes in (issue #13): the sign form's
// action (which calls refusesDisposableAddress before signing; its field error is checked in the
// browser, tests/e2e/email-typos.spec.ts), the JSON API and OSDI. Nothing is recorded, nobody is
// emailed, and the refusal is counted for the campaign's integrity report.

type Campaign = Awaited<ReturnType<typeof createTestCampaign>>;

const disposable = () => `someone.${randomUUID().slice(0, 8)}@yopmail.com`;

const apiSign = (slug: string, body: unknown) =>
  signResponse(
    new Request(`http://petitions.test/api/v1/campaigns/${slug}/signatures`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
    slug,
  );

const osdiSign = (campaignId: string, email: string) =>
  helperRoute.POST(
    new Request(`http://petitions.test/api/osdi/v1/petitions/${campaignId}/signatures/helper`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        person: {
          given_name: "Ada",
          family_name: "Lovelace",
          email_addresses: [{ address: email, primary: true }],
          postal_addresses: [{ country: "GB" }],
        },
        "petitions_app:consent": true,
      }),
    }),
    { params: Promise.resolve({ id: campaignId }) },
  );

async function signatureCount(campaign: Campaign): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from signatures where campaign_id = ${campaign.id}`);
  return n;
}

async function refusalsOf(campaign: Campaign): Promise<{ reason: string; hour: Date; count: number }[]> {
  await flushRefusalCounts();
  return rows(sql`select reason, hour, count from signing_refusals where campaign_id = ${campaign.id} order by hour`);
}

describe("disposable addresses", () => {
  test("the JSON API refuses one with 400 disposable_email and an email field error, records nothing and counts it", async () => {
    const campaign = await createTestCampaign();
    const email = disposable();
    const response = await apiSign(campaign.slug, validSignature({ email }));
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: string; fieldErrors: Record<string, string> };
    assert.equal(body.error, "disposable_email");
    assert.match(body.fieldErrors.email, /disposable/i);
    await settleOutbox();
    assert.equal(await signatureCount(campaign), 0);
    assert.equal(fake.emails.filter((message) => message.to.includes(email)).length, 0, "nobody is emailed");
    const counted = await refusalsOf(campaign);
    assert.equal(counted.length, 1);
    assert.equal(counted[0].reason, "disposable-email");
    assert.equal(counted[0].count, 1);
    assert.equal(new Date(counted[0].hour).getUTCMinutes(), 0, "counted by the hour");
  });

  test("OSDI refuses one with DISPOSABLE_EMAIL_ADDRESS on the address's property", async () => {
    const campaign = await createTestCampaign();
    const response = await osdiSign(campaign.id, disposable());
    assert.equal(response.status, 400);
    const body = (await response.json()) as {
      "osdi:error": { resource_status: { error_descriptions: { error_code: string; properties: string[] }[] }[] };
    };
    const [description] = body["osdi:error"].resource_status[0].error_descriptions;
    assert.equal(description.error_code, "DISPOSABLE_EMAIL_ADDRESS");
    assert.deepEqual(description.properties, ["person.email_addresses[0].address"]);
    assert.equal(await signatureCount(campaign), 0);
    assert.equal((await refusalsOf(campaign))[0]?.count, 1);
  });

  test("the sign form's check refuses a disposable domain or a subdomain of one, and counts each", async () => {
    const campaign = await createTestCampaign();
    assert.equal(await disposableAddressRefusal(campaign.slug, { email: disposable() }), "signing.errors.email.disposable");
    assert.equal(await disposableAddressRefusal(campaign.slug, { email: "Someone@Mail.YOPMAIL.com" }), "signing.errors.email.disposable");
    assert.equal(await disposableAddressRefusal(campaign.slug, { email: "someone@mailinator.com" }), "signing.errors.email.disposable");
    assert.equal(await disposableAddressRefusal(campaign.slug, { email: "someone@example.org" }), null);
    const [counted] = await refusalsOf(campaign);
    assert.equal(counted.count, 3);
  });

  test("a misspelt big provider registered as a throwaway inbox (gmial.com) is refused with what was meant", async () => {
    const campaign = await createTestCampaign();
    const response = await apiSign(campaign.slug, validSignature({ email: "ana@gmial.com" }));
    assert.equal(response.status, 400);
    const body = (await response.json()) as { error: string; fieldErrors: Record<string, string> };
    assert.equal(body.error, "disposable_email");
    assert.equal(body.fieldErrors.email, "Addresses at gmial.com are not accepted. Did you mean gmail.com?");
    assert.equal(await signatureCount(campaign), 0);
  });

  test("refusals from several requests add up in one row per campaign, reason and hour", async () => {
    const campaign = await createTestCampaign();
    const other = await createTestCampaign();
    for (let i = 0; i < 3; i++) assert.equal((await apiSign(campaign.slug, validSignature({ email: disposable() }))).status, 400);
    await flushRefusalCounts();
    assert.equal((await osdiSign(campaign.id, disposable())).status, 400);
    assert.equal((await apiSign(other.slug, validSignature({ email: disposable() }))).status, 400);
    assert.deepEqual(
      (await refusalsOf(campaign)).map((row) => row.count),
      [4],
    );
    assert.deepEqual(
      (await refusalsOf(other)).map((row) => row.count),
      [1],
    );
  });

  test("an ordinary address is signed as before, and a malformed one gets the format error, not this one", async () => {
    const campaign = await createTestCampaign();
    assert.equal((await apiSign(campaign.slug, validSignature())).status, 202);
    const malformed = await apiSign(campaign.slug, validSignature({ email: "not-an-address@yopmail" }));
    assert.equal(malformed.status, 400);
    assert.equal(((await malformed.json()) as { error: string }).error, "invalid_signature");
    assert.equal(await signatureCount(campaign), 1);
    assert.deepEqual(await refusalsOf(campaign), []);
  });

  test("a closed campaign says it is closed, and a filled honeypot still looks accepted: neither is counted", async () => {
    const closed = await createTestCampaign({ status: "closed" });
    assert.equal((await apiSign(closed.slug, validSignature({ email: disposable() }))).status, 409);
    assert.deepEqual(await refusalsOf(closed), []);
    const open = await createTestCampaign();
    assert.equal((await apiSign(open.slug, validSignature({ email: disposable(), website: "http://spam.example" }))).status, 202);
    assert.equal(await signatureCount(open), 0);
    assert.deepEqual(await refusalsOf(open), []);
  });
});

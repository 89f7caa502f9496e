import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, fake, linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";
import { addPending, assertCountersExact } from "./moderation-fixtures";

// The velocity rules (issue #13) with their defaults: one client may sign a campaign once a minute
// and five times in five minutes, one email domain 20 times a minute and 200 times an hour; past
// that, a signature is accepted as usual but held, uncounted and unlisted.

const { confirmSignature, signCampaign, withdrawSignature } = await import("@/lib/signing/mutations");
const { findSignatureByConfirmToken, findSignatureByWithdrawToken } = await import("@/lib/signing/queries");
const { getTally } = await import("@/lib/tallies/queries");
const { listPublicSignatories } = await import("@/lib/signatory-list/queries");
const { isFreeMailDomain } = await import("@/lib/velocity/free-mail-domains");

useIntegrationLifecycle();

const uniqueDomain = () => `d${randomUUID().slice(0, 8)}.example`;
const uniqueAddress = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const signerAt = (domain: string) => `s.${randomUUID().slice(0, 8)}@${domain}`;

async function sign(slug: string, email: string, address: string | null, overrides: Record<string, unknown> = {}) {
  const outcome = await signCampaign(slug, validSignature({ email, ...overrides }), { address });
  assert.deepEqual(outcome, { kind: "accepted" }, "a held signature is answered exactly like any other");
}

async function stored(email: string) {
  const [row] = await rows<{ status: string; held_reason: string | null; held: boolean; confirmed: boolean }>(sql`
    select status, held_reason, held_at is not null as held, confirmed_at is not null as confirmed
      from signatures where email = ${email}`);
  return row;
}

describe("velocity rules per client", () => {
  test("a second signature from one client within a minute is held; its signer still gets the confirmation email", async () => {
    const campaign = await createTestCampaign();
    const address = uniqueAddress();
    const [first, second] = [signerAt(uniqueDomain()), signerAt(uniqueDomain())];
    await sign(campaign.slug, first, address);
    await sign(campaign.slug, second, address);
    await settleOutbox(campaign.id);
    assert.deepEqual(await stored(first), { status: "pending", held_reason: null, held: false, confirmed: false });
    assert.deepEqual(await stored(second), { status: "held", held_reason: "velocity_client_burst", held: true, confirmed: false });
    assert.ok(linksFor(second).confirm, "the held signer was sent a confirmation link");
    assert.equal(fake.emails.filter((email) => email.to.includes(second)).length, 1);
  });

  test("another client, and the same client on another campaign, are unaffected", async () => {
    const campaign = await createTestCampaign();
    const other = await createTestCampaign();
    const address = uniqueAddress();
    await sign(campaign.slug, signerAt(uniqueDomain()), address);
    await sign(campaign.slug, signerAt(uniqueDomain()), address);
    const elsewhere = signerAt(uniqueDomain());
    const otherClient = signerAt(uniqueDomain());
    await sign(other.slug, elsewhere, address);
    await sign(campaign.slug, otherClient, uniqueAddress());
    assert.equal((await stored(elsewhere)).status, "pending");
    assert.equal((await stored(otherClient)).status, "pending");
    await settleOutbox();
  });

  test("five signatures from one client in five minutes hold the sixth, though a minute apart", async () => {
    const campaign = await createTestCampaign();
    const address = uniqueAddress();
    const threeMinutesAgo = new Date(Date.now() - 3 * 60_000);
    await addPending(campaign.id, 4, { address, createdAt: threeMinutesAgo, domain: uniqueDomain() });
    const fifth = signerAt(uniqueDomain());
    await sign(campaign.slug, fifth, address);
    assert.equal((await stored(fifth)).status, "pending", "four earlier ones leave the fifth alone");
    // The fifth is now within the minute: move it back, so only the sustained rule can hold the sixth.
    await rows(sql`update signatures set created_at = ${threeMinutesAgo.toISOString()}::timestamptz where email = ${fifth}`);
    const sixth = signerAt(uniqueDomain());
    await sign(campaign.slug, sixth, address);
    assert.deepEqual(await stored(sixth), { status: "held", held_reason: "velocity_client_sustained", held: true, confirmed: false });
    await settleOutbox();
  });

  test("signatures older than the windows do not count", async () => {
    const campaign = await createTestCampaign();
    const address = uniqueAddress();
    await addPending(campaign.id, 10, { address, createdAt: new Date(Date.now() - 6 * 60_000), domain: uniqueDomain() });
    const late = signerAt(uniqueDomain());
    await sign(campaign.slug, late, address);
    assert.equal((await stored(late)).status, "pending");
    await settleOutbox();
  });
});

describe("velocity rules per email domain", () => {
  test("the 21st signature from one domain within a minute is held, from any client", async () => {
    const campaign = await createTestCampaign();
    const domain = uniqueDomain();
    await addPending(campaign.id, 19, { domain });
    const twentieth = signerAt(domain);
    await sign(campaign.slug, twentieth, null);
    assert.equal((await stored(twentieth)).status, "pending");
    const next = signerAt(domain.toUpperCase());
    await sign(campaign.slug, next, uniqueAddress());
    assert.deepEqual(await stored(next), { status: "held", held_reason: "velocity_domain_burst", held: true, confirmed: false });
    const otherDomain = signerAt(uniqueDomain());
    await sign(campaign.slug, otherDomain, null);
    assert.equal((await stored(otherDomain)).status, "pending", "another domain is unaffected");
    await settleOutbox();
  });

  test("200 signatures from one domain in an hour hold the next", async () => {
    const campaign = await createTestCampaign();
    const domain = uniqueDomain();
    await addPending(campaign.id, 200, { domain, createdAt: new Date(Date.now() - 30 * 60_000) });
    const next = signerAt(domain);
    await sign(campaign.slug, next, null);
    assert.equal((await stored(next)).held_reason, "velocity_domain_sustained");
    await settleOutbox();
  });

  test("big free email providers are never held for their domain", async () => {
    for (const domain of ["gmail.com", "hotmail.fr", "yahoo.co.uk", "orange.fr", "gmx.de"]) assert.ok(isFreeMailDomain(domain), domain);
    for (const domain of ["live.mycompany.com", "example.org", "gmail.com.evil.example"]) assert.ok(!isFreeMailDomain(domain), domain);
    const campaign = await createTestCampaign();
    await addPending(campaign.id, 30, { domain: "hotmail.fr" });
    const next = signerAt("hotmail.fr");
    await sign(campaign.slug, next, null);
    assert.equal((await stored(next)).status, "pending");
    await settleOutbox();
  });
});

describe("a held signature", () => {
  test("is not counted nor listed; confirming it records the confirmation and keeps it held", async () => {
    const campaign = await createTestCampaign();
    const address = uniqueAddress();
    const [first, held] = [signerAt(uniqueDomain()), signerAt(uniqueDomain())];
    await sign(campaign.slug, first, address, { showName: true, fullName: "First Signer" });
    await sign(campaign.slug, held, address, { showName: true, fullName: "Held Signer" });
    await settleOutbox(campaign.id);
    const token = linksFor(held).confirm!;
    assert.equal((await findSignatureByConfirmToken(token))?.status, "pending", "its page looks like any pending signature's");
    assert.deepEqual(await confirmSignature(token), { kind: "confirmed", campaignSlug: campaign.slug });
    assert.deepEqual(await confirmSignature(linksFor(first).confirm!), { kind: "confirmed", campaignSlug: campaign.slug });
    assert.deepEqual(await stored(held), { status: "held", held_reason: "velocity_client_burst", held: true, confirmed: true });
    assert.deepEqual(await confirmSignature(token), { kind: "already-confirmed", campaignSlug: campaign.slug });
    assert.equal((await findSignatureByConfirmToken(token))?.status, "confirmed");
    assert.equal((await getTally(campaign.id)).online, 1, "only the signature that was not held counts");
    const listed = await listPublicSignatories(campaign.id, { search: "" });
    assert.deepEqual(
      listed.signatories.map((s) => s.name),
      ["First Signer"],
    );
    await assertCountersExact(campaign.id);
  });

  test("signing again with its address sends a fresh confirmation link, and keeps one held row", async () => {
    const campaign = await createTestCampaign();
    const address = uniqueAddress();
    const held = signerAt(uniqueDomain());
    await sign(campaign.slug, signerAt(uniqueDomain()), address);
    await sign(campaign.slug, held, address);
    await settleOutbox(campaign.id);
    const firstLink = linksFor(held).confirm;
    await sign(campaign.slug, held, uniqueAddress());
    await settleOutbox(campaign.id);
    const secondLink = linksFor(held).confirm;
    assert.ok(secondLink && secondLink !== firstLink, "a fresh link, as a pending signer gets");
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from signatures where email = ${held}`);
    assert.equal(n, 1);
    assert.equal((await stored(held)).status, "held");
    assert.deepEqual(await confirmSignature(secondLink), { kind: "confirmed", campaignSlug: campaign.slug });
    assert.equal((await getTally(campaign.id)).online, 0);
  });

  test("can be withdrawn, confirmed or not, and the counters stay exact", async () => {
    const campaign = await createTestCampaign();
    const address = uniqueAddress();
    const [first, held] = [signerAt(uniqueDomain()), signerAt(uniqueDomain())];
    await sign(campaign.slug, first, address);
    await sign(campaign.slug, held, address);
    await settleOutbox(campaign.id);
    await confirmSignature(linksFor(first).confirm!);
    await confirmSignature(linksFor(held).confirm!);
    const withdraw = linksFor(held).withdraw!;
    assert.equal((await findSignatureByWithdrawToken(withdraw))?.status, "confirmed");
    assert.deepEqual(await withdrawSignature(withdraw), { kind: "withdrawn", campaignSlug: campaign.slug });
    assert.equal(await stored(held), undefined, "the held signature is erased");
    assert.equal((await getTally(campaign.id)).online, 1, "withdrawing it takes nothing from the count");
    await assertCountersExact(campaign.id);
  });
});

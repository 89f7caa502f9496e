import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, linksFor, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { findSignatureByWithdrawToken } = await import("@/lib/signing/queries");
const { getTally } = await import("@/lib/tallies/queries");

// Issue #13, finding 13: anyone may type a signer's address into the form again, and the owner is
// then emailed a fresh withdrawal link. That must add a link, never kill the ones in earlier emails.

useIntegrationLifecycle();

type Campaign = Awaited<ReturnType<typeof createTestCampaign>>;

/** Signs with `email` (the owner, or anyone re-entering it) and returns the withdrawal link the owner was emailed. */
async function signAs(campaign: Campaign, email: string, fullName = "Ada Lovelace"): Promise<string> {
  assert.deepEqual(await signCampaign(campaign.slug, validSignature({ email, fullName })), { kind: "accepted" });
  await settleOutbox();
  const { withdraw } = linksFor(email);
  assert.ok(withdraw, "the owner's email carries a withdrawal link");
  return withdraw;
}

/** A signer who signed and confirmed, then `repeats` re-entries of their address by someone else. */
async function confirmedSignerWithRepeats(repeats: number) {
  const campaign = await createTestCampaign();
  const email = validSignature().email;
  assert.equal((await signCampaign(campaign.slug, validSignature({ email }))).kind, "accepted");
  await settleOutbox();
  const first = linksFor(email);
  assert.equal((await confirmSignature(first.confirm!)).kind, "confirmed");
  const later: string[] = [];
  for (let i = 0; i < repeats; i++) later.push(await signAs(campaign, email, "Mallory"));
  return { campaign, links: [first.withdraw!, ...later] };
}

async function signaturesIn(campaign: Campaign): Promise<number> {
  const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from signatures where campaign_id = ${campaign.id}`);
  return n;
}

async function assertAllSpent(campaign: Campaign, links: string[]) {
  for (const link of links) {
    assert.deepEqual(await withdrawSignature(link), { kind: "invalid" }, "a withdrawn signature's links are all spent");
    assert.equal(await findSignatureByWithdrawToken(link), null, "and its withdrawal page says so");
  }
  assert.equal(await signaturesIn(campaign), 0);
}

describe("withdrawal links survive someone re-entering the address", () => {
  afterEach(() => settleOutbox());

  test("a pending signer's first link still withdraws after someone re-enters their address", async () => {
    const campaign = await createTestCampaign();
    const email = validSignature().email;
    const first = await signAs(campaign, email);
    const later = await signAs(campaign, email, "Mallory");
    assert.notEqual(later, first);

    assert.equal((await findSignatureByWithdrawToken(first))?.status, "pending", "the first link's page still finds the signature");
    assert.deepEqual(await withdrawSignature(first), { kind: "withdrawn", campaignSlug: campaign.slug });
    await assertAllSpent(campaign, [first, later]);
  });

  test("a confirmed signer's first link still withdraws after two re-entries, and the count goes down once", async () => {
    const { campaign, links } = await confirmedSignerWithRepeats(2);
    assert.equal((await getTally(campaign.id)).online, 1);
    for (const link of links) assert.equal((await findSignatureByWithdrawToken(link))?.status, "confirmed");

    assert.deepEqual(await withdrawSignature(links[0]), { kind: "withdrawn", campaignSlug: campaign.slug });
    assert.equal((await getTally(campaign.id)).online, 0);
    await assertAllSpent(campaign, links);
    assert.equal((await getTally(campaign.id)).online, 0, "spent links take nothing more off the count");
  });

  test("a link from a later re-entry withdraws too, not only the latest one, and spends the others", async () => {
    const { campaign, links } = await confirmedSignerWithRepeats(2);
    assert.deepEqual(await withdrawSignature(links[1]), { kind: "withdrawn", campaignSlug: campaign.slug });
    assert.equal((await getTally(campaign.id)).online, 0);
    await assertAllSpent(campaign, links);
  });

  test("two of a signer's links used at the same moment withdraw once and take one off the count", async () => {
    const { campaign, links } = await confirmedSignerWithRepeats(1);
    for (const link of links) assert.ok(await findSignatureByWithdrawToken(link), "both links are live before the race");
    const outcomes = await Promise.all(links.map((link) => withdrawSignature(link)));
    assert.deepEqual(outcomes.map((outcome) => outcome.kind).sort(), ["invalid", "withdrawn"]);
    assert.equal((await getTally(campaign.id)).online, 0);
    assert.equal(await signaturesIn(campaign), 0);
  });

  test("endless re-entries keep only the 20 newest later links; the first link never lapses", async () => {
    const campaign = await createTestCampaign();
    const email = validSignature().email;
    const first = await signAs(campaign, email);
    const later: string[] = [];
    for (let i = 0; i < 25; i++) {
      later.push(await signAs(campaign, email, "Mallory"));
      // Past the 3 notices a day nothing is emailed, so no link is made; start a new day.
      await getDb().execute(sql`update signatures set repeat_notices_since = null where campaign_id = ${campaign.id}`);
    }
    const [{ n }] = await rows<{ n: number }>(sql`
      select count(*)::int as n from signature_withdrawal_tokens
       where signature_id = (select id from signatures where campaign_id = ${campaign.id})`);
    assert.equal(n, 20, "the table does not grow with every re-entry");
    assert.equal(await findSignatureByWithdrawToken(later[4]), null, "the 5 oldest later links lapsed");
    assert.ok(await findSignatureByWithdrawToken(later[5]), "the 20 newest are kept");
    assert.ok(await findSignatureByWithdrawToken(first), "the first link never lapses");
    assert.equal((await withdrawSignature(first)).kind, "withdrawn");
    await assertAllSpent(campaign, [first, ...later]);
  });
});

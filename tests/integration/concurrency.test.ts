import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, rows, schema, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign, confirmSignature, withdrawSignature } = await import("@/lib/signing/mutations");
const { createTokenPair } = await import("@/lib/signing/tokens");
const { canonicalizeEmail } = await import("@/lib/signing/canonical-email");
const { getTally } = await import("@/lib/tallies/queries");

useIntegrationLifecycle();

type Tokens = { confirm: string; withdraw: string };

/** Pending signatures as signCampaign leaves them, with tokens we know (the email would carry them). */
async function insertPending(campaignId: string, count: number): Promise<Tokens[]> {
  const tokens = Array.from({ length: count }, () => createTokenPair());
  await getDb()
    .insert(schema.signatures)
    .values(
      tokens.map(({ confirm, withdraw }, i) => {
        const email = `signer-${i}-${confirm.token.slice(0, 6)}@example.org`;
        return {
          campaignId,
          email,
          emailCanonical: canonicalizeEmail(email),
          fullName: `Signer ${i}`,
          showName: false,
          optInUpdates: false,
          consentedAt: new Date(),
          confirmTokenHash: confirm.hash,
          confirmExpiresAt: new Date(Date.now() + 86_400_000),
          withdrawTokenHash: withdraw.hash,
        };
      }),
    );
  return tokens.map(({ confirm, withdraw }) => ({ confirm: confirm.token, withdraw: withdraw.token }));
}

/** Every shard must hold exactly the confirmed signatures that name it, and none may go negative. */
async function assertShardsMatchSignatures(campaignId: string): Promise<{ confirmed: number; shardsUsed: number }> {
  const shards = await rows<{ shard: number; confirmed: number }>(sql`
    select shard, confirmed::int from tally_shards where campaign_id = ${campaignId} order by shard`);
  const counted = await rows<{ shard: number | null; n: number }>(sql`
    select tally_shard as shard, count(*)::int as n from signatures
     where campaign_id = ${campaignId} and status = 'confirmed' group by tally_shard order by tally_shard`);
  for (const { shard, confirmed } of shards) assert.ok(confirmed >= 0, `shard ${shard} went negative (${confirmed})`);
  assert.ok(!counted.some((c) => c.shard === null), "every confirmed signature records its shard");
  assert.deepEqual(
    shards.filter((s) => s.confirmed > 0).map((s) => [s.shard, s.confirmed]),
    counted.map((c) => [c.shard, c.n]),
    "per-shard counts match the confirmed signature rows",
  );
  const confirmed = counted.reduce((sum, c) => sum + c.n, 0);
  assert.equal(
    shards.reduce((sum, s) => sum + s.confirmed, 0),
    confirmed,
  );
  assert.equal((await getTally(campaignId)).online, confirmed, "the public tally equals the confirmed rows");
  return { confirmed, shardsUsed: counted.length };
}

/** Waits until no email of this campaign is due or in flight (signCampaign also drains in the background). */
/** Lets every call finish (nothing left running when the test ends); a throw becomes its message. */
async function settled(calls: Promise<unknown>[]): Promise<string[]> {
  const results = await Promise.allSettled(calls);
  return results.map((r) => (r.status === "fulfilled" ? JSON.stringify(r.value) : `threw: ${String(r.reason?.cause ?? r.reason)}`));
}

describe("concurrency", () => {
  test("200 concurrent confirmations on one campaign give an exact count", async () => {
    const campaign = await createTestCampaign();
    const tokens = await insertPending(campaign.id, 200);

    const outcomes = await Promise.all(tokens.map(({ confirm }) => confirmSignature(confirm)));
    assert.deepEqual(
      outcomes.filter((o) => o.kind !== "confirmed"),
      [],
      "every confirmation succeeds",
    );

    assert.equal((await getTally(campaign.id)).online, 200);
    const { confirmed, shardsUsed } = await assertShardsMatchSignatures(campaign.id);
    assert.equal(confirmed, 200);
    assert.ok(shardsUsed > 1, `confirmations are spread over shards (used ${shardsUsed})`);
  });

  test("the same confirmation link submitted twice at once counts once", async () => {
    const campaign = await createTestCampaign();
    const tokens = await insertPending(campaign.id, 20);
    const outcomes = await Promise.all(tokens.flatMap(({ confirm }) => [confirmSignature(confirm), confirmSignature(confirm)]));
    const kinds = outcomes.map((o) => o.kind).sort();
    assert.equal(kinds.filter((k) => k === "confirmed").length, 20);
    assert.equal(kinds.filter((k) => k === "already-confirmed").length, 20);
    assert.equal((await assertShardsMatchSignatures(campaign.id)).confirmed, 20);
  });

  test("two concurrent signatures with the same address leave one row", async () => {
    const campaign = await createTestCampaign();
    const pairs: [string, string][] = [];
    for (let i = 0; i < 10; i++) {
      const tag = `${i}${campaign.slug.slice(-4)}`;
      pairs.push([`same.${tag}@example.org`, `same.${tag}@example.org`]);
      pairs.push([`john.smith${tag}+a@gmail.com`, `JohnSmith${tag}@googlemail.com`]);
    }
    const outcomes = await settled(
      pairs.flatMap(([a, b]) => [
        signCampaign(campaign.slug, validSignature({ email: a })),
        signCampaign(campaign.slug, validSignature({ email: b })),
      ]),
    );
    await settleOutbox(campaign.id);
    assert.deepEqual([...new Set(outcomes)], [JSON.stringify({ kind: "accepted" })], "both signers get the same answer");

    const stored = await rows<{ email_canonical: string; n: number }>(sql`
      select email_canonical, count(*)::int as n from signatures
       where campaign_id = ${campaign.id} group by email_canonical`);
    assert.equal(stored.length, pairs.length, "one row per person");
    assert.ok(stored.every((row) => row.n === 1));
    assert.deepEqual(stored.map((row) => row.email_canonical).sort(), pairs.map(([a]) => canonicalizeEmail(a)).sort());
  });

  test("concurrent confirm and withdraw of the same signature leave the tally consistent", async () => {
    const campaign = await createTestCampaign();
    const tokens = await insertPending(campaign.id, 60);
    // Half start with the confirmation, half with the withdrawal.
    const outcomes = await Promise.all(
      tokens.map(async ({ confirm, withdraw }, i) => {
        const [c, w] =
          i % 2 === 0
            ? await Promise.all([confirmSignature(confirm), withdrawSignature(withdraw)])
            : (await Promise.all([withdrawSignature(withdraw), confirmSignature(confirm)])).reverse();
        return { confirm: c.kind, withdraw: w.kind };
      }),
    );
    for (const outcome of outcomes) {
      assert.equal(outcome.withdraw, "withdrawn", "withdrawal always erases the signature");
      assert.ok(["confirmed", "invalid"].includes(outcome.confirm), `unexpected confirm outcome ${outcome.confirm}`);
    }
    const [{ n }] = await rows<{ n: number }>(sql`select count(*)::int as n from signatures where campaign_id = ${campaign.id}`);
    assert.equal(n, 0);
    const { confirmed } = await assertShardsMatchSignatures(campaign.id);
    assert.equal(confirmed, 0, "a withdrawn signature is not counted, whichever ran first");
  });
});

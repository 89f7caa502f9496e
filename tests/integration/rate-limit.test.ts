import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";

const { signCampaign } = await import("@/lib/signing/mutations");
const { consumeRateLimit } = await import("@/lib/rate-limit/limiter");
const { getEnv } = await import("@/lib/env");

useIntegrationLifecycle();

const uniqueAddress = () => `198.51.100.${Math.floor(Math.random() * 250)}-${process.hrtime.bigint()}`;
const signatureCount = async (campaignId: string) =>
  (await rows<{ n: number }>(sql`select count(*)::int as n from signatures where campaign_id = ${campaignId}`))[0].n;

describe("rate limits", () => {
  test("one address may sign the configured number of times a minute; the next is refused and writes nothing", async () => {
    const limit = getEnv().RATE_LIMIT_SIGN_PER_MINUTE;
    assert.ok(limit > 0, "a limit is on by default");
    const campaign = await createTestCampaign();
    const caller = { address: uniqueAddress() };
    for (let i = 0; i < limit; i++) {
      assert.deepEqual(await signCampaign(campaign.slug, validSignature(), caller), { kind: "accepted" });
    }
    const refused = await signCampaign(campaign.slug, validSignature(), caller);
    assert.equal(refused.kind, "rate-limited");
    assert.ok(refused.kind === "rate-limited" && refused.retryAfterSeconds >= 1 && refused.retryAfterSeconds <= 60);
    assert.equal(await signatureCount(campaign.id), limit);

    assert.deepEqual(
      await signCampaign(campaign.slug, validSignature(), { address: uniqueAddress() }),
      { kind: "accepted" },
      "another address is not held back",
    );
    await settleOutbox(campaign.id);
  });

  test("concurrent requests from one address are counted exactly", async () => {
    const subject = uniqueAddress();
    const results = await Promise.all(Array.from({ length: 40 }, () => consumeRateLimit("test", subject, 25)));
    assert.equal(results.filter((r) => r.allowed).length, 25);
  });

  test("a limit of 0 turns the limit off", async () => {
    const subject = uniqueAddress();
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit("test-off", subject, 0)));
    assert.equal(
      results.every((r) => r.allowed),
      true,
    );
  });

  test("only a keyed hash of the address is stored", async () => {
    const subject = `203.0.113.77-${process.hrtime.bigint()}`;
    await consumeRateLimit("test-hash", subject, 5);
    const stored = await rows<{ key: string }>(sql`select key from rate_limit_counters where key like 'test-hash:%'`);
    assert.ok(stored.length > 0);
    assert.equal(
      stored.some((row) => row.key.includes(subject) || row.key.includes("203.0.113")),
      false,
    );
  });
});

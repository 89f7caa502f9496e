import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createTestCampaign, getDb, rows, settleOutbox, useIntegrationLifecycle, validSignature } from "./support";
import { addressHash } from "./moderation-fixtures";

const { signEndpoint } = await import("@/lib/signing/api-endpoints");
const { UNKNOWN_CLIENT } = await import("@/lib/rate-limit/client-address");
const { getEnv } = await import("@/lib/env");

// Issue #13, finding 4: the signing limit keyed on the exact address, so one IPv6 /64 (one
// subscriber's network) signed without limit, and a request whose X-Forwarded-For was empty or
// ended in a comma was not limited at all and stored no client hash. Each accepted attempt mails
// someone, so the limit also spares third parties. Through the JSON API, as a client calls it.

useIntegrationLifecycle();

type Forwarded = Record<string, string>;

const sign = (slug: string, forwarded: Forwarded, signature: Record<string, unknown> = validSignature()) =>
  signEndpoint(
    new Request(`http://petitions.test/api/v1/campaigns/${slug}/signatures`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...forwarded },
      body: JSON.stringify(signature),
    }),
    slug,
  );

const hashesOf = async (campaignId: string) =>
  (await rows<{ hash: string | null }>(sql`select encode(ip_hash, 'hex') as hash from signatures where campaign_id = ${campaignId}`)).map(
    (row) => row.hash,
  );

const forgetSigningCounts = () => getDb().execute(sql`delete from rate_limit_counters where key like 'sign:%'`);

const hextet = () => randomBytes(2).toString("hex");
const freshSlash64 = () => `2001:db8:${hextet()}:${hextet()}`;

/**
 * Attempts (refused for want of consent, so nothing is written, but counted) until every one of
 * `clients` has been refused once, taking them in turn. A minute boundary may reset the count once,
 * so two windows' worth and two rounds are allowed; clients counted apart would each need a window's worth.
 */
async function refusedClients(slug: string, clients: Forwarded[]): Promise<Set<number>> {
  const limit = getEnv().RATE_LIMIT_SIGN_PER_MINUTE;
  assert.ok(limit > 0, "a limit is on by default");
  const refused = new Set<number>();
  for (let i = 0; i < 2 * (limit + clients.length) && refused.size < clients.length; i++) {
    const response = await sign(slug, clients[i % clients.length], validSignature({ consent: false }));
    if (response.status === 429) refused.add(i % clients.length);
    else assert.equal(response.status, 400);
  }
  return refused;
}

describe("the signing rate limit", () => {
  test("counts every address of one IPv6 /64 as one client, and stores one client hash for it", async () => {
    const campaign = await createTestCampaign();
    const network = freshSlash64();
    assert.equal((await sign(campaign.slug, { "X-Forwarded-For": `${network}::1` })).status, 202);
    assert.equal((await sign(campaign.slug, { "X-Forwarded-For": `203.0.113.9, [${network}:a:b:c:d]:443` })).status, 202);
    const hashes = await hashesOf(campaign.id);
    assert.equal(hashes.length, 2);
    assert.ok(hashes[0] && hashes[0] === hashes[1], "both signatures carry the network's hash");

    // A new address of the network for every attempt.
    const clients = Array.from({ length: 64 }, (_, i) => ({ "X-Forwarded-For": `${network}:${i.toString(16)}:${hextet()}:${hextet()}:1` }));
    const refused = await refusedClients(campaign.slug, clients);
    assert.equal(refused.size, clients.length, "once the network reached the limit, each new address of it is refused");
    assert.equal((await sign(campaign.slug, { "X-Forwarded-For": `${freshSlash64()}::1` })).status, 202, "another /64 is not held back");
    assert.equal((await hashesOf(campaign.id)).length, 3, "refused attempts wrote nothing");
    await settleOutbox(campaign.id);
  });

  test("a missing, empty or trailing-comma X-Forwarded-For is limited, as one client with a client hash", async () => {
    // The bucket is shared with every other request without an address: start it, and leave it, empty.
    await forgetSigningCounts();
    const campaign = await createTestCampaign();
    const clients: Forwarded[] = [{}, { "X-Forwarded-For": "" }, { "X-Forwarded-For": "," }, { "X-Forwarded-For": "203.0.113.9," }];
    for (const client of clients) assert.equal((await sign(campaign.slug, client)).status, 202, JSON.stringify(client));
    const hashes = await hashesOf(campaign.id);
    assert.equal(hashes.length, clients.length);
    assert.ok(
      hashes.every((hash) => hash === addressHash(UNKNOWN_CLIENT)),
      "each signature carries the unknown client's hash",
    );

    const refused = await refusedClients(campaign.slug, clients);
    assert.equal(refused.size, clients.length, "all four reach the limit, and share it");
    assert.equal((await hashesOf(campaign.id)).length, clients.length, "refused attempts wrote nothing");
    await forgetSigningCounts();
    await settleOutbox(campaign.id);
  });
});

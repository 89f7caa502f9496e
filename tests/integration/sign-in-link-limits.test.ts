import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";

const { useIntegrationLifecycle } = await import("./support");
const { admitSignInLinkRequest } = await import("@/lib/auth/sign-in-limits");
const { getEnv } = await import("@/lib/env");

useIntegrationLifecycle();

// Issue #13, finding 5: each request for a sign-in link mails someone, and 30 once reached one
// organizer in seconds. Limited per address asked for and per client, in PostgreSQL (shared by
// every instance). The default: 6 an hour per address, 3 of them in ten minutes.

const address = () => `organizer.${randomUUID().slice(0, 8)}@example.org`;
const client = () => `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}::/64`;

async function allowedOf(requests: [string, string][]) {
  const results = [];
  for (const [email, from] of requests) results.push((await admitSignInLinkRequest(email, from)).allowed);
  return results;
}

describe("sign-in links", () => {
  test("one address gets three in ten minutes, whoever asks, then is told when to try again", async () => {
    assert.equal(getEnv().RATE_LIMIT_SIGN_IN_LINKS_PER_HOUR, 6);
    const email = address();
    assert.deepEqual(await allowedOf([...Array(4)].map(() => [email, client()] as [string, string])), [true, true, true, false]);
    const refused = await admitSignInLinkRequest(email, client());
    assert.ok(!refused.allowed && refused.retryAfterMinutes >= 1 && refused.retryAfterMinutes <= 10);
    assert.equal((await admitSignInLinkRequest(address(), client())).allowed, true, "other addresses are not held back");
  });

  test("one client gets twelve in ten minutes, whatever addresses it types", async () => {
    const from = client();
    const results = await allowedOf([...Array(13)].map(() => [address(), from] as [string, string]));
    assert.deepEqual(results, [...Array(12).fill(true), false]);
    assert.equal((await admitSignInLinkRequest(address(), client())).allowed, true, "other clients are not held back");
  });

  test("a client held back does not use up the address's allowance", async () => {
    const email = address();
    const from = client();
    await allowedOf([...Array(12)].map(() => [address(), from] as [string, string]));
    assert.equal((await admitSignInLinkRequest(email, from)).allowed, false);
    assert.deepEqual(await allowedOf([...Array(3)].map(() => [email, client()] as [string, string])), [true, true, true]);
  });
});

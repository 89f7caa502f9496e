import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { addressOnSite, redirectOnSite, sessionView } from "@/lib/auth/callbacks";
import { callbackPathSchema } from "@/lib/auth/schema";
import { everyResponse } from "@/lib/http/security-headers.mjs";

// Issue #13, findings 7, 8 and 10: what Auth.js's session endpoint gives away, and where sign-in,
// sign-out and Auth.js's own pages send people. The site is http://petitions.test; requests reach
// Auth.js, as Next.js reports them behind a proxy, on http://localhost:3000.

const SITE = "http://petitions.test";

describe("the session as Auth.js answers it", () => {
  test("says who is signed in and their role, never the session token or the rest of the user row", () => {
    const session = { sessionToken: "secret-token", userId: "u1", expires: "2027-01-01T00:00:00.000Z", user: {} };
    const user = { id: "u1", email: "ada@example.org", role: "organizer", emailVerified: null, invitedBy: "u0", createdAt: new Date() };
    const view = sessionView(session, user);
    assert.deepEqual(view, { expires: "2027-01-01T00:00:00.000Z", user: { id: "u1", email: "ada@example.org", role: "organizer" } });
    assert.ok(!JSON.stringify(view).includes("secret-token"));
  });
});

describe("the path followed after signing in or out", () => {
  test("stays on this site after the browser resolves it", () => {
    for (const [given, followed] of [
      ["/.//evil.example", "/evil.example"],
      ["/%2e//evil.example", "/evil.example"],
      ["/organizer/../..//evil.example", "/evil.example"],
      ["/fr/organizer?tab=team", "/fr/organizer?tab=team"],
    ]) {
      const path = callbackPathSchema.parse(given);
      assert.equal(path, followed, given);
      assert.equal(new URL(path, SITE).host, "petitions.test", given);
    }
  });

  test("Auth.js's redirect callback keeps it on the site, whatever address it was given", () => {
    const cases: [string, string][] = [
      ["/.//evil.example", `${SITE}/evil.example`],
      [`${SITE}/.//evil.example`, `${SITE}/evil.example`],
      ["http://localhost:3000/fr/organizer?x=1", `${SITE}/fr/organizer?x=1`],
      ["https://evil.example/", SITE],
      ["/organizer", `${SITE}/organizer`],
    ];
    for (const [url, expected] of cases) assert.equal(redirectOnSite(url, "http://localhost:3000", SITE), expected, url);
  });
});

describe("Auth.js's own pages", () => {
  test("are reached on the site's address, not on the one Next.js saw", () => {
    assert.equal(addressOnSite("http://localhost:3000/api/auth/verify-request?x=1", SITE), `${SITE}/api/auth/verify-request?x=1`);
    assert.equal(
      addressOnSite("http://localhost:3000/api/auth/error", "https://petitions.example/api/auth"),
      "https://petitions.example/api/auth/error",
    );
  });
});

test("every response says which browser features no page uses", () => {
  assert.ok(everyResponse.some(({ key, value }) => key === "Permissions-Policy" && value.includes("camera=()")));
});

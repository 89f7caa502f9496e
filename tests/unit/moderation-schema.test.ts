import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, test } from "node:test";
import { translateMessage } from "@/lib/i18n/message-key";
import { translatorFor } from "@/lib/i18n/translator";
import { describeFilter, invalidationPreviewSchema, invalidationSchema, NO_CRITERION, toInvalidationFilter } from "@/lib/moderation/schema";

process.env.AUTH_SECRET = "unit-secret-unit-secret-unit-secret-0123";
const { hashClientAddress } = await import("@/lib/moderation/client-address-hash");

// Messages are catalog keys (issue #12): read in English, as the organizer pages show them by default.
const en = translatorFor("en");

const slug = { campaignSlug: "a-campaign" };
const HASH = "ab".repeat(32);

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0] ?? "form"), translateMessage(en, issue.message)]));
}

describe("the invalidation filter", () => {
  test("needs at least one criterion, and says so on the first field", () => {
    const result = invalidationPreviewSchema.safeParse({ ...slug, from: "", to: "", emailDomain: " ", ipHash: "" });
    assert.equal(result.success, false);
    assert.equal(errorsOf(result).from, translateMessage(en, NO_CRITERION));
  });

  test("takes a time window as UTC, and refuses one that ends before it starts", () => {
    const ok = invalidationPreviewSchema.parse({ ...slug, from: "2025-03-01T10:00", to: "2025-03-01T12:30" });
    assert.deepEqual(toInvalidationFilter(ok), { from: "2025-03-01T10:00:00.000Z", to: "2025-03-01T12:30:00.000Z" });
    assert.match(errorsOf(invalidationPreviewSchema.safeParse({ ...slug, from: "2025-03-02T10:00", to: "2025-03-01T10:00" })).to, /after its start/);
    assert.ok(errorsOf(invalidationPreviewSchema.safeParse({ ...slug, from: "yesterday" })).from);
    assert.ok(errorsOf(invalidationPreviewSchema.safeParse({ ...slug, from: "2025-02-30T10:00" })).from, "a date that does not exist");
  });

  test("normalizes an email domain and refuses anything else", () => {
    assert.deepEqual(toInvalidationFilter(invalidationPreviewSchema.parse({ ...slug, emailDomain: " @Spam.Example. " })), {
      emailDomain: "spam.example",
    });
    for (const bad of ["user@spam.example", "spam", "spam..example", "-spam.example", "spam.example/x"]) {
      assert.ok(errorsOf(invalidationPreviewSchema.safeParse({ ...slug, emailDomain: bad })).emailDomain, bad);
    }
  });

  test("takes a whole hex client-address hash, in either case", () => {
    assert.deepEqual(toInvalidationFilter(invalidationPreviewSchema.parse({ ...slug, ipHash: HASH.toUpperCase() })), { ipHash: HASH });
    assert.ok(errorsOf(invalidationPreviewSchema.safeParse({ ...slug, ipHash: HASH.slice(0, 12) })).ipHash, "an abbreviated hash");
    assert.ok(errorsOf(invalidationPreviewSchema.safeParse({ ...slug, ipHash: "203.0.113.9" })).ipHash, "an address is not a hash");
  });

  test("invalidating also needs the previewed count and a reason", () => {
    const errors = errorsOf(invalidationSchema.safeParse({ ...slug, emailDomain: "spam.example", expectedCount: "0", reason: "" }));
    assert.ok(errors.expectedCount && errors.reason);
    const parsed = invalidationSchema.parse({ ...slug, emailDomain: "spam.example", expectedCount: "12", reason: "  bulk sign-ups " });
    assert.deepEqual([parsed.expectedCount, parsed.reason], [12, "bulk sign-ups"]);
  });

  test("reads in words, with the hash abbreviated", () => {
    assert.equal(
      describeFilter({ from: "2025-03-01T10:00:00.000Z", emailDomain: "spam.example", ipHash: HASH }, en),
      "signed from 2025-03-01 10:00 UTC, email domain spam.example, client address hash abababababab…",
    );
  });
});

describe("the client-address hash", () => {
  test("is the HMAC-SHA256 of “ip:” and the address, keyed with AUTH_SECRET", () => {
    const expected = createHmac("sha256", process.env.AUTH_SECRET!).update("ip:203.0.113.9").digest();
    assert.deepEqual(hashClientAddress("203.0.113.9"), expected);
    assert.equal(hashClientAddress("203.0.113.9")!.length, 32);
    assert.notDeepEqual(hashClientAddress("203.0.113.10"), expected);
  });

  test("is null when the request gave no address", () => {
    assert.equal(hashClientAddress(null), null);
    assert.equal(hashClientAddress(""), null);
  });
});

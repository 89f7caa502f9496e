import assert from "node:assert/strict";
import { describe, test } from "node:test";

process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-unit-test";
const { seal, unseal } = await import("@/lib/email/sealed-payload");
const { retryDelaySeconds } = await import("@/lib/email/outbox-records");
const { confirmSignatureEmail } = await import("@/lib/signing/signer-emails");

describe("queued email payloads", () => {
  test("a sealed message opens to the same message and hides its contents", () => {
    const message = { to: "ada@example.org", subject: "Confirm", html: "<p>x</p>", text: "https://x/confirm/abc" };
    const sealed = seal(message);
    assert.deepEqual(unseal(sealed), message);
    assert.equal(sealed.toString("latin1").includes("ada@example.org"), false);
  });

  test("a tampered payload is refused", () => {
    const sealed = seal({ to: "ada@example.org" });
    sealed[sealed.length - 1] ^= 1;
    assert.throws(() => unseal(sealed));
  });
});

describe("retry backoff", () => {
  test("delays grow with attempts and stop at about an hour", () => {
    assert.ok(retryDelaySeconds(1) <= 12);
    assert.ok(retryDelaySeconds(4) >= 64);
    for (let attempt = 10; attempt < 50; attempt++) assert.ok(retryDelaySeconds(attempt) <= 3600 * 1.2);
  });
});

describe("confirmation email", () => {
  test("names are escaped in HTML and the links appear in both parts", () => {
    const email = confirmSignatureEmail({
      to: "ada@example.org",
      fullName: "<script>alert(1)</script>",
      campaignTitle: "A & B",
      campaignUrl: "https://p.example/campaigns/a",
      confirmUrl: "https://p.example/confirm/TOKEN",
      withdrawUrl: "https://p.example/withdraw/TOKEN2",
      expiresInDays: 7,
    });
    assert.equal(email.html.includes("<script>"), false);
    assert.ok(email.html.includes("A &amp; B"));
    for (const part of [email.html, email.text]) {
      assert.ok(part.includes("https://p.example/confirm/TOKEN"));
      assert.ok(part.includes("https://p.example/withdraw/TOKEN2"));
    }
  });
});

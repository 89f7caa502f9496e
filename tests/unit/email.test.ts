import assert from "node:assert/strict";
import { describe, test } from "node:test";

process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-unit-test";
const { seal, unseal } = await import("@/lib/email/sealed-payload");
const { retryDelaySeconds } = await import("@/lib/email/outbox-records");
const { alreadySignedEmail, confirmSignatureEmail } = await import("@/lib/signing/signer-emails");

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

describe("the signer's language (issue #12)", () => {
  const context = {
    to: "ada@example.org",
    fullName: "Ada Lovelace",
    campaignTitle: "Rivers",
    campaignUrl: "https://p.example/fr/campaigns/rivers",
    confirmUrl: "https://p.example/fr/confirm/TOKEN",
    withdrawUrl: "https://p.example/fr/withdraw/TOKEN2",
    expiresInDays: 7,
  };

  test("without a language (queued before signatures had one) the email is in English", () => {
    const email = confirmSignatureEmail(context);
    assert.equal(email.subject, "Confirm your signature: Rivers");
    assert.ok(email.html.startsWith('<!doctype html><html lang="en">'));
    assert.ok(email.text.includes("The link works for 7 days."));
  });

  test("a French signer's confirmation is written in French, with French typography", () => {
    const email = confirmSignatureEmail({ ...context, locale: "fr" });
    assert.equal(email.subject, "Confirmez votre signature\u00a0: Rivers");
    assert.ok(email.html.startsWith('<!doctype html><html lang="fr">'));
    assert.ok(email.text.startsWith("Bonjour Ada Lovelace,"));
    assert.ok(email.text.includes("«\u00a0Rivers\u00a0»"));
    for (const part of [email.html, email.text]) assert.ok(part.includes("https://p.example/fr/confirm/TOKEN"));
  });

  test("a Persian signer's emails are right to left, with Persian digits and the name isolated", () => {
    const email = confirmSignatureEmail({ ...context, locale: "fa" });
    assert.ok(email.html.startsWith('<!doctype html><html lang="fa" dir="rtl">'));
    assert.ok(email.html.includes("<bdi>Ada Lovelace</bdi>"));
    assert.ok(email.text.includes("۷"), email.text);
    const already = alreadySignedEmail({ ...context, locale: "fa", setAside: true });
    assert.match(already.subject, /امضا/);
    assert.ok(already.text.includes("https://p.example/fr/withdraw/TOKEN2"));
  });
});

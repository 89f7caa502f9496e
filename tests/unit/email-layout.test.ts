import assert from "node:assert/strict";
import { describe, test } from "node:test";

process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-unit-test";
process.env.APP_URL = "https://petitions.example";
const { emailLayout, escapeHtml } = await import("@/lib/email/html");
const { alreadySignedEmail, confirmSignatureEmail } = await import("@/lib/signing/signer-emails");
const { magicLinkEmail } = await import("@/lib/auth/magic-link-email");
const { organizerInvitationEmail } = await import("@/lib/organizers/invitation-email");
const { mailingEmail } = await import("@/lib/mailings/mailing-email");
const { renderTestMailing } = await import("@/lib/mailings/preview");

describe("the one HTML escape", () => {
  test("escapes all five characters that can break out of text or a quoted attribute", () => {
    assert.equal(escapeHtml(`<a href="x">Tom & Jerry's</a>`), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  });

  test("escapes an ampersand once, so an entity in the input shows as typed", () => {
    assert.equal(escapeHtml("&lt; > &amp;"), "&amp;lt; &gt; &amp;amp;");
  });
});

describe("every email the app sends goes through the one layout", () => {
  const [opening, closing] = emailLayout(["PARAGRAPH"]).split('<p style="margin:0 0 16px">PARAGRAPH</p>');
  const signer = {
    to: "ada@example.org",
    fullName: "Ada > Lovelace",
    campaignTitle: "Rivers > roads",
    campaignUrl: "https://petitions.example/campaigns/rivers",
    withdrawUrl: "https://petitions.example/withdraw/T2",
  };
  const mailing = { subject: "News", body: "We delivered the petition.\n\nThank you > all." };
  const emails = {
    "signature confirmation": confirmSignatureEmail({ ...signer, confirmUrl: "https://petitions.example/confirm/T1", expiresInDays: 7 }),
    "already signed": alreadySignedEmail(signer),
    "sign-in link": magicLinkEmail(
      "ada@example.org",
      "https://petitions.example/api/auth/callback?token=a&b='c'>",
      new Date(Date.now() + 86_400_000),
    ),
    "organizer invitation": organizerInvitationEmail("ada@example.org", "https://petitions.example/sign-in?email=a&b='c'>"),
    "update to signers": mailingEmail({
      ...signer,
      ...mailing,
      unsubscribe: { page: "https://petitions.example/unsubscribe/T3", oneClick: "https://petitions.example/api/unsubscribe/T3" },
    }),
    "test of an update": renderTestMailing(mailing, { slug: "rivers", title: "Rivers > roads" }, "organizer@example.org"),
  };

  for (const [kind, email] of Object.entries(emails)) {
    test(`${kind}: wrapped in the layout, every paragraph in its style, the > of names and addresses escaped`, () => {
      assert.ok(email.html.startsWith(opening), email.html.slice(0, 200));
      assert.ok(email.html.endsWith(closing), email.html.slice(-100));
      const inner = email.html.slice(opening.length, email.html.length - closing.length);
      assert.match(inner, /^(<p style="margin:0 0 (16|24)px">.*?<\/p>)+$/s);
      const text = inner.replace(/<[^>]*>/g, "");
      assert.equal(text.includes(">"), false, text);
    });
  }
});

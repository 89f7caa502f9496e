import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { describe, test } from "node:test";

process.env.AUTH_SECRET = "unit-test-secret-unit-test-secret-unit-test";
process.env.APP_URL = "https://petitions.example/some/path";
const { checkUnsubscribeToken, unsubscribeToken, unsubscribeUrls } = await import("@/lib/mailings/unsubscribe-token");
const { mailingEmail, paragraphsOf } = await import("@/lib/mailings/mailing-email");
const { createMailingSchema, sendMailingSchema } = await import("@/lib/mailings/schema");
const { translateMessage } = await import("@/lib/i18n/message-key");
const { createTranslator } = await import("use-intl/core");
const { CATALOGS } = await import("@/lib/i18n/catalogs");
// The schema's messages are catalog keys (issue #12): read here as an English reader sees them.
const english = (message: string) =>
  translateMessage(createTranslator({ locale: "en", messages: CATALOGS.en as never, timeZone: "UTC" }) as never, message);

const ctx = (overrides: Partial<Parameters<typeof mailingEmail>[0]> = {}) => ({
  to: "ada@example.org",
  fullName: "Ada <b>Lovelace</b>",
  campaignTitle: "Clean & safe rivers",
  campaignUrl: "https://petitions.example/campaigns/rivers",
  subject: "We delivered your signatures",
  body: "First paragraph,\nsecond line.\n\n\n  Second <paragraph> with https://example.org/report?a=1&b=2.\n",
  unsubscribe: { page: "https://petitions.example/unsubscribe/TOKEN", oneClick: "https://petitions.example/api/unsubscribe/TOKEN" },
  ...overrides,
});

describe("unsubscribe tokens", () => {
  test("a token names its signature and checks out; the same signature always gets the same token", () => {
    const id = randomUUID();
    const token = unsubscribeToken(id);
    assert.match(token, /^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    assert.equal(unsubscribeToken(id), token);
    assert.deepEqual(checkUnsubscribeToken(token), { kind: "valid", signatureId: id });
  });

  test("a token for another signature, or with a changed MAC, is forged", () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const mac = unsubscribeToken(a).split(".")[1];
    assert.deepEqual(checkUnsubscribeToken(`${b}.${mac}`), { kind: "forged" });
    const flipped = mac.slice(0, 10) + (mac[10] === "A" ? "B" : "A") + mac.slice(11);
    assert.deepEqual(checkUnsubscribeToken(`${a}.${flipped}`), { kind: "forged" });
  });

  test("anything not shaped like a token is malformed", () => {
    const good = unsubscribeToken(randomUUID());
    for (const token of ["", "sample", good.toUpperCase(), `${good}x`, good.replace(".", ""), `${good.split(".")[0]}.short`, `x${good}`]) {
      assert.deepEqual(checkUnsubscribeToken(token), { kind: "malformed" }, token);
    }
  });

  test("the links are built on APP_URL's origin", () => {
    assert.deepEqual(unsubscribeUrls("abc"), {
      page: "https://petitions.example/unsubscribe/abc",
      oneClick: "https://petitions.example/api/unsubscribe/abc",
    });
  });
});

describe("the email of an update", () => {
  test("carries RFC 8058 one-click headers pointing at the POST address", () => {
    const email = mailingEmail(ctx());
    assert.deepEqual(email.headers, {
      "List-Unsubscribe": "<https://petitions.example/api/unsubscribe/TOKEN>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });

  test("shows the unsubscribe page link in both parts, and greets the signer by name", () => {
    const email = mailingEmail(ctx());
    for (const part of [email.html, email.text]) assert.ok(part.includes("https://petitions.example/unsubscribe/TOKEN"));
    assert.ok(email.text.startsWith("Dear Ada <b>Lovelace</b>,"));
    assert.equal(email.subject, "We delivered your signatures");
    assert.equal(email.to, "ada@example.org");
  });

  test("the frame around the organizer's text is in the signer's language; the text itself is as written", () => {
    const french = mailingEmail(ctx({ locale: "fr" }));
    assert.ok(french.text.startsWith("Bonjour Ada <b>Lovelace</b>,"), french.text);
    assert.match(french.text, /Pour ne plus recevoir de nouvelles de cette campagne, désabonnez-vous\u00a0:/);
    assert.match(french.html, /^<!doctype html><html lang="fr">/);
    assert.ok(french.html.includes('<a href="https://petitions.example/campaigns/rivers">Clean &amp; safe rivers</a>'));
    assert.equal(french.subject, "We delivered your signatures");
    const persian = mailingEmail(ctx({ locale: "fa" }));
    assert.match(persian.html, /^<!doctype html><html lang="fa" dir="rtl">/);
    assert.ok(persian.text.includes("گرامی،"), persian.text);
    assert.ok(persian.text.includes("First paragraph,\nsecond line."));
    const unknown = mailingEmail(ctx({ locale: "xx" }));
    assert.ok(unknown.text.startsWith("Dear "), "an unknown language falls back to English");
  });

  test("escapes the organizer's text and the signer's name in HTML, keeps paragraphs and links addresses", () => {
    const { html, text } = mailingEmail(ctx());
    assert.equal(html.includes("<b>Lovelace"), false);
    assert.equal(html.includes("<paragraph>"), false);
    assert.ok(html.includes("Clean &amp; safe rivers"));
    assert.ok(html.includes("First paragraph,<br>second line."));
    assert.ok(html.includes('<a href="https://example.org/report?a=1&amp;b=2">https://example.org/report?a=1&amp;b=2</a>.'));
    assert.ok(text.includes("First paragraph,\nsecond line.\n\n  Second <paragraph> with https://example.org/report?a=1&b=2.\n"));
  });

  test("blank lines split paragraphs; Windows line ends and runs of blank lines change nothing", () => {
    assert.deepEqual(paragraphsOf("a\r\nb\r\n\r\n\r\nc\n \n\nd\n\n"), ["a\nb", "c", "d"]);
  });
});

describe("the update form's schema", () => {
  const valid = { campaignSlug: "rivers", subject: "  Hello  ", body: " Some news.\r\n\r\nMore. " };

  test("trims and normalizes what it accepts", () => {
    assert.deepEqual(createMailingSchema.parse(valid), { campaignSlug: "rivers", subject: "Hello", body: "Some news.\n\nMore." });
  });

  test("a message is 1 to 10,000 characters; a subject is one line of at most 200", () => {
    const fails = (input: object, field: string) => {
      const result = createMailingSchema.safeParse({ ...valid, ...input });
      assert.equal(result.success, false);
      assert.ok(
        result.error!.issues.some((issue) => issue.path[0] === field),
        `${field} error for ${JSON.stringify(input).slice(0, 60)}`,
      );
    };
    fails({ body: "   \n\n " }, "body");
    fails({ body: "x".repeat(10_001) }, "body");
    assert.equal(createMailingSchema.safeParse({ ...valid, body: "x".repeat(10_000) }).success, true);
    fails({ subject: "" }, "subject");
    fails({ subject: "x".repeat(201) }, "subject");
    fails({ subject: "Hello\r\nBcc: everyone@example.org" }, "subject");
  });

  test("sending needs the preview checkbox, from a browser form ('on') or react-hook-form (true)", () => {
    const ref = { campaignSlug: "rivers", mailingId: randomUUID() };
    assert.equal(sendMailingSchema.safeParse({ ...ref, previewChecked: "on" }).success, true);
    assert.equal(sendMailingSchema.safeParse({ ...ref, previewChecked: true }).success, true);
    for (const previewChecked of [undefined, false, "", "off"]) {
      const result = sendMailingSchema.safeParse({ ...ref, previewChecked });
      assert.equal(result.success, false);
      assert.match(english(result.error!.issues[0].message), /checked the preview/);
    }
  });
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { callbackLocale, hasLocalePrefix, signInPath } from "@/lib/auth/sign-in-path";
import { emailAddressSchema } from "@/lib/auth/schema";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { parseMessageKey } from "@/lib/i18n/message-key";

// Signing in in the reader's language (issue #12): the sign-in page, the page it comes back to and
// the magic link's email all follow the language of the page where the organizer asked.

describe("the way to the sign-in page keeps the reader's language", () => {
  test("English keeps the bare addresses it always had", () => {
    assert.equal(signInPath("/organizer", "en"), "/signin?callbackUrl=%2Forganizer");
  });

  test("a French or Persian reader signs in, and comes back, in their language", () => {
    assert.equal(signInPath("/organizer", "fr"), "/fr/signin?callbackUrl=%2Ffr%2Forganizer");
    assert.equal(signInPath("/organizer/campaigns/x/edit", "fa"), "/fa/signin?callbackUrl=%2Ffa%2Forganizer%2Fcampaigns%2Fx%2Fedit");
  });

  test("a path that already names its language keeps it, and gives it to the sign-in page when no locale is given", () => {
    assert.equal(signInPath("/fr/organizer", "fr"), "/fr/signin?callbackUrl=%2Ffr%2Forganizer");
    assert.equal(signInPath("/organizer", "de"), "/signin?callbackUrl=%2Forganizer");
    assert.equal(signInPath("/fa/organizer"), "/fa/signin?callbackUrl=%2Ffa%2Forganizer");
    assert.equal(signInPath("/organizer"), "/signin?callbackUrl=%2Forganizer");
    assert.equal(hasLocalePrefix("/fa"), true);
    assert.equal(hasLocalePrefix("/fashion"), false);
  });

  test("Auth.js's pages follow the language of the callbackUrl, a path or an address", () => {
    assert.equal(callbackLocale("/fr/organizer"), "fr");
    assert.equal(callbackLocale("https://petitions.example/fa/organizer"), "fa");
    assert.equal(callbackLocale("https://petitions.example/organizer"), "en");
    assert.equal(callbackLocale(null), "en");
  });
});

describe("the email address's errors are catalog keys", () => {
  const issue = (value: unknown) => {
    const parsed = emailAddressSchema.safeParse(value);
    assert.equal(parsed.success, false);
    return parseMessageKey(parsed.error?.issues[0]?.message ?? "");
  };

  test("each error names a message every language has", () => {
    for (const value of [undefined, "", "not-an-address", `${"a".repeat(250)}@example.org`]) {
      const { key } = issue(value);
      assert.match(key, /^auth\.errors\./);
      const name = key.split(".").at(-1) as string;
      for (const locale of ["en", "fr", "fa"] as const) {
        assert.ok((CATALOGS[locale].auth.errors as Record<string, string>)[name], `${locale} ${key}`);
      }
    }
  });

  test("the length limit travels with its number", () => {
    assert.deepEqual(issue(`${"a".repeat(250)}@example.org`), { key: "auth.errors.emailTooLong", values: { max: 254 } });
  });
});

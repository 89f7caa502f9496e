import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { SignerFields } from "@/lib/db/schema";
import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { parseMessageKey } from "@/lib/i18n/message-key";
import { parseSignatureInput } from "@/lib/signing/schema";

const petition: SignerFields = { country: "required", city: "optional", postcode: "off", office: "off", municipality: "off" };
const declaration: SignerFields = { country: "required", city: "off", postcode: "off", office: "required", municipality: "required" };

const valid = { fullName: "Ada Lovelace", email: "ada@example.org", country: "GB", consent: true, optInUpdates: false, showName: true };

/** A message key (lib/i18n/message-key.ts) as an English reader sees it. */
function english(encoded: string): string {
  const { key, values } = parseMessageKey(encoded);
  const message = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], CATALOGS.en);
  assert.equal(typeof message, "string", `${key} is in the English catalog`);
  return String(new IntlMessageFormat(message as string, "en").format(values));
}

/** The field errors, which are catalog keys, in English. */
function errorsOf(fields: SignerFields, input: unknown): Record<string, string> {
  const result = parseSignatureInput(fields, input);
  if (result.ok) return {};
  return Object.fromEntries(Object.entries(result.fieldErrors).map(([field, message]) => [field, english(message ?? "")]));
}

describe("signature validation", () => {
  test("a complete petition signature is accepted and trimmed", () => {
    const result = parseSignatureInput(petition, { ...valid, fullName: "  Ada Lovelace ", city: "" });
    assert.ok(result.ok);
    assert.equal(result.data.fullName, "Ada Lovelace");
    assert.equal(result.data.city, undefined, "an empty optional field is not given");
  });

  test("form checkboxes ('on' or absent) and JSON booleans mean the same", () => {
    const result = parseSignatureInput(petition, { ...valid, consent: "on", optInUpdates: undefined, showName: "on" });
    assert.ok(result.ok);
    assert.equal(result.data.optInUpdates, false);
    assert.equal(result.data.showName, true);
  });

  test("missing fields get a message each", () => {
    const errors = errorsOf(petition, {});
    assert.equal(errors.fullName, "Enter your full name");
    assert.equal(errors.email, "Enter your email address");
    assert.equal(errors.consent, "You must agree before you can sign");
    assert.ok(errors.country);
  });

  test("consent must be given explicitly", () => {
    assert.ok(errorsOf(petition, { ...valid, consent: false }).consent);
    assert.ok(errorsOf(petition, { ...valid, consent: "yes please" }).consent);
  });

  test("malformed and overlong emails are rejected", () => {
    assert.match(errorsOf(petition, { ...valid, email: "not-an-email" }).email ?? "", /correct format/);
    assert.match(errorsOf(petition, { ...valid, email: `${"a".repeat(250)}@example.org` }).email ?? "", /254/);
  });

  test("overlong text and control characters are rejected", () => {
    assert.match(errorsOf(petition, { ...valid, fullName: "A".repeat(101) }).fullName ?? "", /100 characters/);
    for (const name of ["Ada\u0000Lovelace", "Ada\nLovelace", "Ada\u001bLovelace", "Ada\u0085"]) {
      assert.match(errorsOf(petition, { ...valid, fullName: name }).fullName ?? "", /not allowed/, JSON.stringify(name));
    }
  });

  test("a country must be one of the ISO codes", () => {
    assert.ok(errorsOf(petition, { ...valid, country: "XX" }).country);
    assert.ok(errorsOf(petition, { ...valid, country: "gb" }).country);
  });

  test("fields a campaign does not ask for are dropped, not stored", () => {
    const result = parseSignatureInput(petition, { ...valid, postcode: "75005", office: "mayor" });
    assert.ok(result.ok);
    assert.equal("postcode" in result.data, false);
    assert.equal("office" in result.data, false);
  });

  test("a declaration asks office and municipality", () => {
    const errors = errorsOf(declaration, valid);
    assert.ok(errors.office);
    assert.ok(errors.municipality);
    assert.ok(parseSignatureInput(declaration, { ...valid, office: "mayor", municipality: "Paris 5e" }).ok);
    assert.ok(errorsOf(declaration, { ...valid, office: "king", municipality: "Paris 5e" }).office);
  });

  test("the messages are catalog keys, not English sentences", () => {
    const result = parseSignatureInput(petition, { ...valid, fullName: "A".repeat(101), email: "" });
    assert.ok(!result.ok);
    assert.equal(result.fieldErrors.email, "signing.errors.email.required");
    assert.equal(result.fieldErrors.fullName, 'signing.errors.fullName.tooLong?{"max":100}');
  });

  test("the signer's language is one of en, fr and fa, English when not given", () => {
    const given = parseSignatureInput(petition, { ...valid, locale: "fa" });
    assert.ok(given.ok);
    assert.equal(given.data.locale, "fa");
    const absent = parseSignatureInput(petition, valid);
    assert.ok(absent.ok);
    assert.equal(absent.data.locale, "en");
    assert.ok(errorsOf(petition, { ...valid, locale: "de" }).locale);
  });

  test("input that is not an object is rejected without throwing", () => {
    for (const input of [null, "a string", 42, [valid]]) {
      assert.equal(parseSignatureInput(petition, input).ok, false);
    }
  });
});

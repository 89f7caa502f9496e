import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { LOCALES } from "@/lib/i18n/routing";
import { CONSENT_TEXT_KEY, CONSENT_VERSIONS, CURRENT_CONSENT_VERSION } from "@/lib/signing/consent";

// Each signature stores the version of the consent text its signer agreed to (issue #13). The
// version means nothing unless the wording it names never changes under it: a change of the text in
// any language without a new version in lib/signing/consent.ts fails here.

function consentTexts(): Record<string, string> {
  const [namespace, ...path] = CONSENT_TEXT_KEY.split(".");
  return Object.fromEntries(
    LOCALES.map((locale) => {
      let node: unknown = CATALOGS[locale][namespace as keyof (typeof CATALOGS)[typeof locale]];
      for (const part of path) node = (node as Record<string, unknown>)[part];
      assert.equal(typeof node, "string", `${locale} has no ${CONSENT_TEXT_KEY}`);
      return [locale, node as string];
    }),
  );
}

test("the consent text in every language is the one its current version pins", () => {
  const texts = consentTexts();
  const sha256 = createHash("sha256").update(JSON.stringify(texts)).digest("hex");
  const current = CONSENT_VERSIONS.at(-1);
  assert.equal(
    current?.sha256,
    sha256,
    `The consent text changed. Add a version to lib/signing/consent.ts, e.g. { version: "${new Date().toISOString().slice(0, 10)}", sha256: "${sha256}" }`,
  );
  assert.equal(CURRENT_CONSENT_VERSION, current.version);
});

test("consent versions are unique, dated and in order", () => {
  const versions = CONSENT_VERSIONS.map((entry) => entry.version);
  assert.equal(new Set(versions).size, versions.length);
  for (const version of versions) assert.match(version, /^\d{4}-\d{2}-\d{2}(\.\d+)?$/);
  assert.deepEqual([...versions].sort(), versions);
  assert.equal(new Set(CONSENT_VERSIONS.map((entry) => entry.sha256)).size, versions.length, "two versions pin the same text");
});

// The consent a signer gives (issue #13). Signing reveals a political opinion, so the legal basis is
// explicit consent (GDPR art. 9(2)(a)), and we must be able to show what each signer agreed to:
// every signature stores the version of the consent text it was given under (signatures.consent_version).
//
// The text itself lives in the catalogs, in every language, under CONSENT_TEXT_KEY; a version names
// its wording in all of them at once. Changing the wording in any language means a new version:
// append an entry below (the date of the change as its id) with the SHA-256 that
// tests/unit/consent-version.test.ts prints, and keep the earlier ones, which stored signatures name.
// That test fails while the catalogs' text and the last version's hash disagree.

/** The catalog key of the consent text, shown beside the sign form's box and on the confirmation page. */
export const CONSENT_TEXT_KEY = "signing.signForm.consent";

type ConsentVersion = {
  /** What signatures.consent_version stores. */
  version: string;
  /** SHA-256 (hex) of JSON.stringify({ en, fr, fa }) of the consent text in each catalog. */
  sha256: string;
};

/** Every version of the consent text, oldest first; the last is the one shown now. */
export const CONSENT_VERSIONS: readonly ConsentVersion[] = [
  { version: "2026-12-03", sha256: "fcdf0cbd67eb5e337e86035480ef53c6fa07930974ebb62c684718a31a3affa3" },
];

export const CURRENT_CONSENT_VERSION: string = CONSENT_VERSIONS[CONSENT_VERSIONS.length - 1].version;

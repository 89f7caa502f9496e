import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { SignerFields } from "@/lib/db/schema";
import { toOsdiErrorDescriptions, toSignatureInput } from "@/lib/osdi/record-signature";
import { parseSignatureInput } from "@/lib/signing/schema";

const petition: SignerFields = { country: "required", city: "optional", postcode: "optional", office: "off", municipality: "off" };
const declaration: SignerFields = { country: "required", city: "off", postcode: "off", office: "required", municipality: "required" };

const body = (overrides: Record<string, unknown> = {}, person: Record<string, unknown> = {}) => ({
  person: {
    given_name: "Ada",
    family_name: "Lovelace",
    email_addresses: [{ address: "ada@example.org", primary: true }],
    postal_addresses: [{ locality: "London", postal_code: "W1", country: "GB" }],
    ...person,
  },
  "petitions_app:consent": true,
  ...overrides,
});

/** Maps an OSDI body and validates it as signCampaign would; returns OSDI error descriptions or the data. */
function record(fields: SignerFields, osdiBody: unknown) {
  const { input, properties } = toSignatureInput(osdiBody);
  const result = parseSignatureInput(fields, input, "may-follow");
  return result.ok ? { data: result.data, errors: [] } : { data: null, errors: toOsdiErrorDescriptions(result.fieldErrors, properties) };
}

const propertiesOf = (errors: { properties: string[] }[]) => errors.flatMap((error) => error.properties).sort();

describe("OSDI record signature helper mapping", () => {
  test("a person maps onto a signature: names joined, address fields, consent, defaults off", () => {
    const { data } = record(petition, body({ add_tags: ["volunteer"], identifiers: ["foreign:1"] }, { additional_name: "Augusta" }));
    assert.ok(data);
    assert.equal(data.fullName, "Ada Augusta Lovelace");
    assert.equal(data.email, "ada@example.org");
    assert.equal(data.country, "GB");
    assert.equal(data.city, "London");
    assert.equal(data.postcode, "W1");
    assert.equal(data.consent, true);
    assert.equal(data.optInUpdates, false, "no opt-in unless asserted");
    assert.equal(data.showName, false, "not listed unless asserted");
  });

  test("the primary email and postal address win over the first", () => {
    const { data } = record(
      petition,
      body(
        {},
        {
          email_addresses: [{ address: "old@example.org" }, { address: "primary@example.org", primary: true }],
          postal_addresses: [
            { country: "FR", locality: "Paris" },
            { country: "de", locality: "Berlin", primary: true },
          ],
        },
      ),
    );
    assert.equal(data?.email, "primary@example.org");
    assert.equal(data?.country, "DE", "a lower-case code is upper-cased");
    assert.equal(data?.city, "Berlin");
  });

  test("consent, opt-in and a public name count only as the JSON value true", () => {
    // OSDI has no consent field: without the JSON value true, the signature is kept without consent
    // (the confirmation page asks for it, issue #13), never with it.
    for (const consent of [undefined, false, "true", 1, "on"]) {
      const { data, errors } = record(petition, body({ "petitions_app:consent": consent }));
      assert.deepEqual(errors, [], `consent ${JSON.stringify(consent)} is accepted`);
      assert.equal(data?.consent, false, `consent ${JSON.stringify(consent)} is not read as consent`);
    }
    const { data } = record(petition, body({ "petitions_app:opt_in_updates": true, "petitions_app:show_name": "yes" }));
    assert.equal(data?.optInUpdates, true);
    assert.equal(data?.showName, false);
  });

  test("errors name the OSDI property they came from, at the index that was read", () => {
    const { errors } = record(
      petition,
      body(
        {},
        {
          given_name: " ",
          family_name: 42,
          email_addresses: [{ address: "x@example.org" }, { address: "not an address", primary: true }],
          postal_addresses: [null, { country: "United Kingdom", primary: true }],
        },
      ),
    );
    assert.deepEqual(propertiesOf(errors), [
      "person.email_addresses[1].address",
      "person.family_name",
      "person.given_name",
      "person.postal_addresses[1].country",
    ]);
    assert.ok(errors.find((error) => error.error_code === "INVALID_COUNTRY")?.hint?.includes("ISO 3166-1 alpha-2"));
  });

  test("a body without a person, or not an object at all, is refused field by field", () => {
    for (const osdiBody of [{}, [], "sign me", null, { person: "Ada" }]) {
      const { errors } = record(petition, osdiBody);
      assert.deepEqual(propertiesOf(errors), [
        "person.email_addresses[0].address",
        "person.family_name",
        "person.given_name",
        "person.postal_addresses[0].country",
      ]);
    }
  });

  test("a declaration reads office and municipality from custom_fields", () => {
    const signed = record(declaration, body({}, { custom_fields: { office: "mayor", municipality: "Paris 5e" } }));
    assert.equal(signed.data?.office, "mayor");
    assert.equal(signed.data?.municipality, "Paris 5e");

    const { errors } = record(declaration, body({}, { custom_fields: { office: "Mayor" } }));
    assert.deepEqual(propertiesOf(errors), ["person.custom_fields.municipality", "person.custom_fields.office"]);
    assert.ok(errors.find((error) => error.error_code === "INVALID_OFFICE")?.hint?.includes("deputy-mayor"));
  });

  test("fields a campaign does not ask for are dropped", () => {
    const { data } = record(declaration, body({}, { custom_fields: { office: "mayor", municipality: "Lyon" } }));
    assert.equal(data?.city, undefined);
    assert.equal(data?.postcode, undefined);
  });
});

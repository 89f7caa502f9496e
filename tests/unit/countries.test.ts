import assert from "node:assert/strict";
import { test } from "node:test";

const { countryName, countryOptions, isCountryCode } = await import("@/lib/signing/countries");

// The sign form's country list is built on the server and handed to the browser (issue #11): the
// browser's own ICU data name some countries differently, and a list built there would not hydrate.

test("the country list holds every code once, named as countryName names it, sorted by name", () => {
  const options = countryOptions();
  assert.equal(new Set(options.map(([code]) => code)).size, options.length);
  for (const [code, name] of options) {
    assert.ok(isCountryCode(code), code);
    assert.equal(name, countryName(code));
  }
  const names = options.map(([, name]) => name);
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, "en")),
  );
  assert.equal(countryName("FR"), "France");
});

test("the list is built once per locale, and an unknown code reads as itself", () => {
  assert.equal(countryOptions(), countryOptions(), "the same list, not rebuilt on every render");
  assert.notEqual(countryOptions("fr"), countryOptions("en"));
  assert.equal(countryOptions("fr").find(([code]) => code === "DE")?.[1], "Allemagne");
  assert.equal(countryName("XX"), "XX");
});

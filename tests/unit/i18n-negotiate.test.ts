import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { preferredLocale } from "@/lib/i18n/negotiate";
import { localePath, splitLocale } from "@/lib/i18n/routing";

describe("the language `/` sends a reader to", () => {
  test("the remembered choice wins over Accept-Language", () => {
    assert.equal(preferredLocale("fa", "fr-FR,fr;q=0.9"), "fa");
  });
  test("else the best language of Accept-Language that the platform speaks, by quality then order", () => {
    assert.equal(preferredLocale(undefined, "fr-FR,fr;q=0.9,en;q=0.8"), "fr");
    assert.equal(preferredLocale(undefined, "de-DE,de;q=0.9,fa;q=0.5,fr;q=0.4"), "fa");
    assert.equal(preferredLocale(undefined, "en;q=0.3,fr;q=0.7"), "fr");
    assert.equal(preferredLocale(undefined, "FA-IR"), "fa");
  });
  test("else English; a remembered value that is not a language of the platform is ignored", () => {
    assert.equal(preferredLocale(undefined, null), "en");
    assert.equal(preferredLocale(undefined, "de,it;q=0.5"), "en");
    assert.equal(preferredLocale("xx", "fr;q=0"), "en");
    assert.equal(preferredLocale(undefined, ";;,q=,fr;q=abc"), "en");
  });
});

describe("addresses", () => {
  test("English keeps the bare address; French and Persian carry a prefix", () => {
    assert.equal(localePath("en", "/campaigns/x"), "/campaigns/x");
    assert.equal(localePath("fr", "/campaigns/x"), "/fr/campaigns/x");
    assert.equal(localePath("fa", "/"), "/fa");
    assert.deepEqual(splitLocale("/fa/events/x"), { locale: "fa", path: "/events/x" });
    assert.deepEqual(splitLocale("/fr"), { locale: "fr", path: "/" });
    assert.deepEqual(splitLocale("/events/x"), { locale: "en", path: "/events/x" });
    assert.deepEqual(splitLocale("/frites"), { locale: "en", path: "/frites" });
  });
});

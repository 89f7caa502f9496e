import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { clientAddressFrom } from "@/lib/rate-limit/client-address";

describe("client address", () => {
  test("is the entry the nearest proxy appended to X-Forwarded-For", () => {
    assert.equal(clientAddressFrom(new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" })), "203.0.113.9");
    assert.equal(clientAddressFrom(new Headers({ "x-forwarded-for": "::1" })), "::1");
  });

  test("is unknown without the header", () => {
    assert.equal(clientAddressFrom(new Headers()), null);
    assert.equal(clientAddressFrom(new Headers({ "x-forwarded-for": " , " })), null);
  });
});

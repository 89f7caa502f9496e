import assert from "node:assert/strict";
import { test } from "node:test";
import { findFastRoute } from "@/lib/production-server/fast-routes";

// Which requests the production server answers without Next.js: exactly the hot public API calls.

test("the count, signing and confirmation calls take the fast path, with their slug decoded", () => {
  assert.deepEqual(findFastRoute("GET", "/api/v1/campaigns/mayors-declaration/count")?.params, ["mayors-declaration"]);
  assert.deepEqual(findFastRoute("GET", "/api/v1/campaigns/mayors-declaration/count?x=1")?.params, ["mayors-declaration"]);
  assert.deepEqual(findFastRoute("POST", "/api/v1/campaigns/caf%C3%A9/signatures")?.params, ["café"]);
  assert.deepEqual(findFastRoute("POST", "/api/v1/confirmations")?.params, []);
});

test("anything else goes to Next.js: other methods, trailing slashes, other paths, malformed escapes", () => {
  for (const [method, url] of [
    ["HEAD", "/api/v1/campaigns/a/count"],
    ["OPTIONS", "/api/v1/campaigns/a/count"],
    ["POST", "/api/v1/campaigns/a/count"],
    ["GET", "/api/v1/campaigns/a/count/"],
    ["GET", "/api/v1/campaigns/a/signatures"],
    ["GET", "/api/v1/campaigns/a/b/count"],
    ["GET", "/campaigns/a"],
    ["POST", "/api/v1/campaigns/%E0%A4%A/signatures"],
  ] as const) {
    assert.equal(findFastRoute(method, url), null, `${method} ${url}`);
  }
});

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { matchesIfNoneMatch, openDataJson, preflightResponse, staticOpenDataJson, weakEtagOf } from "@/lib/open-data/http";

const request = (headers: Record<string, string> = {}) => new Request("http://test/api/v1/x", { headers });

describe("open data responses", () => {
  test("the ETag is weak and follows the content", () => {
    const etag = weakEtagOf('{"a":1}');
    assert.match(etag, /^W\/"[A-Za-z0-9_-]+"$/);
    assert.equal(weakEtagOf('{"a":1}'), etag);
    assert.notEqual(weakEtagOf('{"a":2}'), etag);
  });

  test("If-None-Match compares weakly, in a list, and * matches anything", () => {
    const etag = 'W/"abc"';
    assert.equal(matchesIfNoneMatch(null, etag), false);
    assert.equal(matchesIfNoneMatch('W/"abc"', etag), true);
    assert.equal(matchesIfNoneMatch('"abc"', etag), true);
    assert.equal(matchesIfNoneMatch('W/"zzz", W/"abc"', etag), true);
    assert.equal(matchesIfNoneMatch("*", etag), true);
    assert.equal(matchesIfNoneMatch('W/"abcd"', etag), false);
    assert.equal(matchesIfNoneMatch('W/"zzz"', etag), false);
  });

  test("a read answers JSON with open CORS, the cache policy and an ETag; a current tag gets a bare 304", async () => {
    const first = openDataJson(request(), { count: 3 }, "public, max-age=5");
    assert.equal(first.status, 200);
    assert.equal(first.headers.get("content-type"), "application/json");
    assert.equal(first.headers.get("access-control-allow-origin"), "*");
    assert.match(first.headers.get("access-control-expose-headers") ?? "", /ETag/);
    assert.equal(first.headers.get("cache-control"), "public, max-age=5");
    assert.deepEqual(await first.json(), { count: 3 });

    const etag = first.headers.get("etag")!;
    const again = openDataJson(request({ "if-none-match": etag }), { count: 3 }, "public, max-age=5");
    assert.equal(again.status, 304);
    assert.equal(await again.text(), "");
    assert.equal(again.headers.get("etag"), etag);
    assert.equal(again.headers.get("access-control-allow-origin"), "*");

    const changed = openDataJson(request({ "if-none-match": etag }), { count: 4 }, "public, max-age=5");
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get("etag"), etag);
  });

  test("a static answer is built once, on the first request", async () => {
    let builds = 0;
    const handler = staticOpenDataJson(() => ({ built: ++builds }), "public, max-age=3600");
    const first = handler(request());
    const second = handler(request({ "if-none-match": first.headers.get("etag")! }));
    assert.deepEqual(await first.json(), { built: 1 });
    assert.equal(second.status, 304);
    assert.equal(builds, 1);
  });

  test("a preflight allows GET with If-None-Match from any origin", () => {
    const response = preflightResponse();
    assert.equal(response.status, 204);
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    assert.match(response.headers.get("access-control-allow-methods") ?? "", /\bGET\b/);
    assert.match(response.headers.get("access-control-allow-headers") ?? "", /If-None-Match/i);
    assert.ok(Number(response.headers.get("access-control-max-age")) > 0);
  });
});

import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { nodeApiRequest, writeApiResponse } from "@/lib/production-server/node-exchange";

// The production server's adapter between Node's request and response and the hot endpoints, on a
// real HTTP server: what the endpoints read, and what the client receives.

type Seen = { contentType: string | null; forwarded: string | null; missing: string | null; text: string };
let seen: Seen | undefined;
let server: http.Server;
let base: string;

before(async () => {
  server = http.createServer(async (req, res) => {
    const request = nodeApiRequest(req);
    const text = await request.text();
    seen = {
      contentType: request.headers.get("Content-Type"),
      forwarded: request.headers.get("x-forwarded-for"),
      missing: request.headers.get("x-nothing"),
      text,
    };
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/empty") writeApiResponse(res, { status: 304, headers: { ETag: 'W/"1"' }, body: null }, { "X-Frame-Options": "DENY" });
    else
      writeApiResponse(
        res,
        { status: 202, headers: { "Cache-Control": "no-store" }, body: { status: "accepted", size: text.length, note: "café" } },
        { "X-Frame-Options": "DENY" },
      );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("the endpoint reads the body and headers, and the client gets the JSON with the extra headers", async () => {
  const response = await fetch(`${base}/sign`, {
    method: "POST",
    headers: { "Content-Type": "application/json; charset=utf-8" },
    body: JSON.stringify({ fullName: "Zoë" }),
  });
  assert.equal(response.status, 202);
  assert.equal(response.headers.get("content-type"), "application/json");
  assert.equal(response.headers.get("cache-control"), "no-store");
  assert.equal(response.headers.get("x-frame-options"), "DENY");
  const body = await response.json();
  assert.deepEqual(body, { status: "accepted", size: '{"fullName":"Zoë"}'.length, note: "café" });
  assert.equal(seen?.text, '{"fullName":"Zoë"}');
  assert.equal(seen?.contentType, "application/json; charset=utf-8");
  assert.equal(seen?.missing, null);
});

test("without X-Forwarded-For the client address is the socket's; a proxy's header is kept as sent", async () => {
  await fetch(`${base}/sign`, { method: "POST", body: "" });
  assert.equal(seen?.forwarded, "127.0.0.1");
  await fetch(`${base}/sign`, { method: "POST", headers: { "X-Forwarded-For": "203.0.113.7, 198.51.100.2" }, body: "" });
  assert.equal(seen?.forwarded, "203.0.113.7, 198.51.100.2");
});

test("a body without a length is read only up to the cap, and still answered", async () => {
  const chunk = "x".repeat(64 * 1024);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode(chunk)); // 2.5 MiB, chunked
      controller.close();
    },
  });
  const response = await fetch(`${base}/sign`, { method: "POST", body: stream, duplex: "half" } as RequestInit);
  assert.equal(response.status, 202);
  const body = (await response.json()) as { size: number };
  assert.ok(body.size > 1_048_576, "more than the cap was seen, so an endpoint answers 413");
  assert.ok(body.size < 2 * 1_048_576, `reading stopped near the cap (${body.size} bytes kept)`);
});

test("an answer without a body has none", async () => {
  const response = await fetch(`${base}/empty`);
  assert.equal(response.status, 304);
  assert.equal(response.headers.get("etag"), 'W/"1"');
  assert.equal(await response.text(), "");
});

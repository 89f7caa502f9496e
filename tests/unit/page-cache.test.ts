import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { after, before, test } from "node:test";
import { invalidateRegisteredPageCache, registerPageCache } from "@/lib/cache/page-cache-registry";
import { MAX_STALE_MS, PAGE_CACHE_MAX_AGE_MS, PageCache, RETRY_MS } from "@/lib/production-server/page-cache";

// The production server's one-second cache of public campaign pages, on a real HTTP server wired
// as in lib/production-server/main.ts, with a fake Next.js that answers like an ISR page from its own cache:
// which requests are answered from the cache, which answers are kept, for how long, and what the
// client receives when one is replayed.

// ---- The fake Next.js ------------------------------------------------------------------------

/** How the fake Next.js answers, per test. */
type Render = {
  status?: number;
  /** Added to (or, with null, removed from) the headers of an ISR page. */
  headers?: Record<string, string | string[] | null>;
  /** The HTML is written in this many pieces (res.write…, then res.end with the last). */
  chunks?: number;
  /** The HTML is padded to exactly this many bytes. */
  size?: number;
  /** Gzip the answer, the way the `compression` middleware does, when the request accepts gzip. */
  compress?: boolean;
  /** The render waits for this before writing anything (a slow render, held by the test). */
  hold?: Promise<void>;
  /** Runs while the page is being rendered, before any byte is written. */
  whileRendering?: () => void;
  /** Runs after the first piece was written and before res.end. */
  betweenWriteAndEnd?: () => void;
};

const ISR_HEADERS: Record<string, string> = {
  "x-nextjs-cache": "HIT",
  "Cache-Control": "s-maxage=1, stale-while-revalidate=31535999",
  ETag: '"abc"',
  "Content-Type": "text/html; charset=utf-8",
};

let render: Render = {};
let calls = 0;
let clock = 0;
let pages = new PageCache(() => clock);

/** A new, empty cache on a stopped clock, and a fake Next.js that has not run yet. */
function fresh(options: Render = {}): void {
  render = options;
  calls = 0;
  clock = 0;
  pages = new PageCache(() => clock);
}

function html(call: number, url: string, size?: number): string {
  const head = `<!DOCTYPE html><html><body><h1>Café petition</h1><p>render ${call} of ${url}</p>`;
  const tail = "</body></html>";
  const padding = size === undefined ? 0 : size - Buffer.byteLength(head + tail);
  return head + "x".repeat(padding) + tail;
}

/** Splits text into pieces, alternately passed on as strings and as bytes. */
function pieces(text: string, count: number): (string | Buffer)[] {
  const length = Math.ceil(text.length / count);
  return Array.from({ length: count }, (_, i) => text.slice(i * length, (i + 1) * length)).map((piece, i) =>
    i % 2 === 0 ? piece : Buffer.from(piece),
  );
}

/**
 * What `compression` does to a response: replaces res.write and res.end with functions that feed
 * a gzip stream, whose output goes to the res.write and res.end there were when it was wrapped.
 */
function gzipLikeCompression(res: http.ServerResponse): void {
  const write = res.write as (chunk: Buffer) => boolean;
  const end = res.end as () => http.ServerResponse;
  const gzip = zlib.createGzip();
  gzip.on("data", (chunk: Buffer) => write.call(res, chunk));
  gzip.on("end", () => end.call(res));
  const start = () => {
    if (res.headersSent) return;
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Vary", "Accept-Encoding");
    res.removeHeader("Content-Length");
  };
  res.write = ((chunk: string | Buffer) => {
    start();
    return gzip.write(chunk);
  }) as typeof res.write;
  res.end = ((chunk?: string | Buffer) => {
    start();
    if (chunk !== undefined) gzip.write(chunk);
    gzip.end();
    return res;
  }) as typeof res.end;
}

async function fakeNext(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  calls += 1;
  const call = calls;
  const options = render;
  if (options.compress && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) gzipLikeCompression(res);
  options.whileRendering?.();
  await new Promise((resolve) => setImmediate(resolve));
  if (options.hold) await options.hold;
  res.statusCode = options.status ?? 200;
  for (const [name, value] of Object.entries({ ...ISR_HEADERS, ...options.headers })) {
    if (value !== null) res.setHeader(name, value);
  }
  const parts = pieces(html(call, req.url ?? "", options.size), options.chunks ?? 1);
  for (const part of parts.slice(0, -1)) {
    res.write(part);
    await new Promise((resolve) => setImmediate(resolve));
  }
  options.betweenWriteAndEnd?.();
  res.end(parts.at(-1));
}

// ---- The server, wired as in lib/production-server/main.ts -----------------------------------------------

let server: http.Server;
let base: string;
let port: number;

before(async () => {
  server = http.createServer((req, res) => {
    const pageKey = pages.keyOf(req);
    if (pageKey !== null) {
      if (pages.serve(pageKey, req, res)) return;
      pages.record(pageKey, res);
    }
    void fakeNext(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

after(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

type Answer = { status: number; headers: Headers; text: string };

async function get(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: Buffer };

/** A GET with exactly these headers (fetch adds its own Accept-Encoding), body left as sent. */
function raw(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method: "GET", headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

/** How many times a header name occurs in a response as sent. */
function occurrences(rawHeaders: string[], name: string): number {
  return rawHeaders.filter((value, i) => i % 2 === 0 && value.toLowerCase() === name).length;
}

const PAGE = "/campaigns/some-slug";

// ---- Tests -------------------------------------------------------------------------------------

test("a campaign page asked for again within the second is replayed from the cache, then rendered again", async () => {
  fresh();
  const first = await get(PAGE);
  assert.equal(first.status, 200);
  assert.match(first.text, /render 1 of \/campaigns\/some-slug/);
  assert.equal(first.headers.get("x-page-cache"), null);

  clock = PAGE_CACHE_MAX_AGE_MS - 1;
  const second = await get(PAGE);
  assert.equal(calls, 1, "Next.js was not asked again");
  assert.equal(second.status, 200);
  assert.equal(second.text, first.text);
  assert.equal(second.headers.get("x-page-cache"), "hit");
  assert.equal(second.headers.get("content-length"), String(Buffer.byteLength(first.text)));
  assert.equal(second.headers.get("content-type"), "text/html; charset=utf-8");
  assert.equal(second.headers.get("etag"), '"abc"');
  assert.equal(second.headers.get("cache-control"), "s-maxage=1, stale-while-revalidate=31535999");
  assert.equal(second.headers.get("x-nextjs-cache"), "HIT");

  clock = PAGE_CACHE_MAX_AGE_MS;
  const third = await get(PAGE);
  assert.equal(calls, 2, "a second after it was kept, the page goes to Next.js again");
  assert.match(third.text, /render 2 of/);
  assert.equal(third.headers.get("x-page-cache"), null);

  clock = 2 * PAGE_CACHE_MAX_AGE_MS - 1;
  const fourth = await get(PAGE);
  assert.equal(calls, 2, "the new rendering is kept for its own second");
  assert.equal(fourth.text, third.text);
  assert.equal(fourth.headers.get("x-page-cache"), "hit");
});

/** A render held until the test lets it go. */
function held(headers?: Render["headers"]): { render: Render; release: () => void } {
  let release = () => {};
  const hold = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { render: { hold, headers }, release };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 2));
  assert.ok(condition(), "waited 1 s in vain");
}

test("a second after it was kept, one request fetches the next copy while the others still get the kept one", async () => {
  fresh();
  const first = await get(PAGE);
  clock = PAGE_CACHE_MAX_AGE_MS;
  const slow = held();
  render = slow.render;
  const refresher = get(PAGE);
  await until(() => calls === 2);
  for (let i = 0; i < 3; i++) {
    const meanwhile = await get(PAGE);
    assert.equal(meanwhile.headers.get("x-page-cache"), "stale");
    assert.equal(meanwhile.text, first.text, "the kept copy, while Next.js renders the next");
    assert.equal(meanwhile.headers.get("content-length"), String(Buffer.byteLength(first.text)));
  }
  const notModified = await get(PAGE, { headers: { "If-None-Match": '"abc"' } });
  assert.equal(notModified.status, 304);
  assert.equal(notModified.headers.get("x-page-cache"), "stale");
  assert.equal(calls, 2, "only one request went to Next.js");
  slow.release();
  const next = await refresher;
  assert.match(next.text, /render 2 of/);
  const after = await get(PAGE);
  assert.equal(after.headers.get("x-page-cache"), "hit");
  assert.equal(after.text, next.text, "the new copy replaced the stale one");
  assert.equal(calls, 2);
});

test("while Next.js answers with its own stale copy, the kept one is still replayed and the next request tries again", async () => {
  fresh();
  const first = await get(PAGE);
  clock = PAGE_CACHE_MAX_AGE_MS;
  render = { headers: { "x-nextjs-cache": "STALE" } };
  const stale = await get(PAGE);
  assert.match(stale.text, /render 2 of/, "the refresher gets what Next.js sent");
  assert.equal(calls, 2);
  const meanwhile1 = await get(PAGE);
  assert.equal(meanwhile1.text, first.text, "the kept copy is replayed for a moment before the next try");
  assert.equal(meanwhile1.headers.get("x-page-cache"), "stale");
  assert.equal(calls, 2);
  clock += RETRY_MS;
  render = { headers: { "x-nextjs-cache": "STALE" } };
  await get(PAGE);
  assert.equal(calls, 3, "the refresher's answer was not kept: a request goes to Next.js again");
  clock += RETRY_MS;
  const slow = held();
  render = slow.render;
  const refresher = get(PAGE);
  await until(() => calls === 4);
  const meanwhile = await get(PAGE);
  assert.equal(meanwhile.text, first.text, "the first copy is still replayed");
  assert.equal(meanwhile.headers.get("x-page-cache"), "stale");
  slow.release();
  await refresher;
  assert.equal((await get(PAGE)).headers.get("x-page-cache"), "hit");
  assert.equal(calls, 4);
});

test("a copy is never replayed once Next.js answers that the page is gone or failing", async () => {
  for (const status of [404, 500]) {
    fresh();
    await get(PAGE);
    clock = PAGE_CACHE_MAX_AGE_MS;
    render = { status, headers: { "x-nextjs-cache": null } };
    const gone = await get(PAGE);
    assert.equal(gone.status, status);
    render = { status };
    const again = await get(PAGE);
    assert.equal(again.status, status, `after a ${status}, the kept page is not replayed`);
    assert.equal(calls, 3);
  }
});

test("a stale copy is replayed for at most MAX_STALE_MS more, however long the next one takes", async () => {
  fresh();
  await get(PAGE);
  clock = PAGE_CACHE_MAX_AGE_MS;
  const slow = held();
  render = slow.render;
  const refresher = get(PAGE);
  await until(() => calls === 2);
  clock = PAGE_CACHE_MAX_AGE_MS + MAX_STALE_MS - 1;
  assert.equal((await get(PAGE)).headers.get("x-page-cache"), "stale");
  clock = PAGE_CACHE_MAX_AGE_MS + MAX_STALE_MS;
  render = {};
  const late = await get(PAGE);
  assert.equal(calls, 3, "too old: this request went to Next.js");
  assert.match(late.text, /render 3 of/);
  slow.release();
  await refresher;
});

test("a refresher whose client goes away lets the next request fetch the page", async () => {
  fresh();
  await get(PAGE);
  clock = PAGE_CACHE_MAX_AGE_MS;
  const slow = held();
  render = slow.render;
  const abort = new AbortController();
  const gone = fetch(`${base}${PAGE}`, { signal: abort.signal }).catch(() => null);
  await until(() => calls === 2);
  assert.equal((await get(PAGE)).headers.get("x-page-cache"), "stale");
  abort.abort();
  await gone;
  render = {};
  // The server learns of the closed connection a moment later: ask until Next.js is asked.
  for (let i = 0; i < 200 && calls < 3; i++) {
    await get(PAGE);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.equal(calls, 3, "the next request went to Next.js");
  slow.release();
  await new Promise((resolve) => setTimeout(resolve, 10));
});

test("a page written in several pieces, as strings and as bytes, is replayed whole", async () => {
  fresh({ chunks: 5 });
  const first = await get(PAGE);
  const second = await get(PAGE);
  assert.equal(calls, 1);
  assert.equal(second.headers.get("x-page-cache"), "hit");
  assert.equal(second.text, first.text);
  assert.match(second.text, /^<!DOCTYPE html>.*Café petition.*<\/html>$/);
  assert.equal(second.headers.get("content-length"), String(Buffer.byteLength(first.text)));
});

test("the embeddable widget's page is cached too", async () => {
  fresh();
  assert.notEqual(pages.keyOf({ method: "GET", url: "/embed/campaigns/some-slug", headers: {} }), null);
  const first = await get("/embed/campaigns/some-slug");
  const second = await get("/embed/campaigns/some-slug");
  assert.equal(calls, 1);
  assert.equal(second.headers.get("x-page-cache"), "hit");
  assert.equal(second.text, first.text);
});

test("other paths are never cached: each request goes to Next.js", async () => {
  for (const path of [
    "/",
    "/campaigns",
    "/campaigns/",
    "/campaigns/a/",
    "/campaigns/a/signatories",
    "/embed/campaigns/a/b",
    "/api/v1",
    "/organizer/campaigns/a",
  ]) {
    fresh();
    assert.equal(pages.keyOf({ method: "GET", url: path, headers: {} }), null, path);
    await get(path);
    const second = await get(path);
    assert.equal(calls, 2, `${path} was answered by Next.js both times`);
    assert.equal(second.headers.get("x-page-cache"), null, path);
  }
});

test("requests that can get something other than the page's HTML bypass the cache", async () => {
  const bypassing: [string, string, RequestInit][] = [
    ["a query string", `${PAGE}?confirmed=1`, {}],
    ["a router request", PAGE, { headers: { RSC: "1" } }],
    ["a router prefetch", PAGE, { headers: { "Next-Router-Prefetch": "1" } }],
    ["a router state tree", PAGE, { headers: { "Next-Router-State-Tree": "%5B%5D" } }],
    ["a server action", PAGE, { headers: { "Next-Action": "7f00aa" } }],
    ["a range", PAGE, { headers: { Range: "bytes=0-10" } }],
    ["draft mode", PAGE, { headers: { Cookie: "__prerender_bypass=abc" } }],
    ["preview data after another cookie", PAGE, { headers: { Cookie: "theme=dark; __next_preview_data=xyz" } }],
    ["a HEAD request", PAGE, { method: "HEAD" }],
    ["a POST request", PAGE, { method: "POST", body: "" }],
  ];
  for (const [what, path, init] of bypassing) {
    fresh();
    await get(PAGE);
    assert.equal(calls, 1);
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    assert.equal(pages.keyOf({ method: init.method ?? "GET", url: path, headers }), null, what);
    const answer = await get(path, init);
    assert.equal(calls, 2, `${what}: answered by Next.js, not from the cache`);
    assert.equal(answer.headers.get("x-page-cache"), null, what);
    await get(path, init);
    assert.equal(calls, 3, `${what}: its answer was not kept either`);
    const plain = await get(PAGE);
    assert.equal(plain.headers.get("x-page-cache"), "hit", `${what}: the page itself stays cached`);
    assert.match(plain.text, /render 1 of/, what);
  }
});

test("an ordinary cookie, such as a signed-in session, does not bypass the cache", async () => {
  fresh();
  const session = { Cookie: "authjs.session-token=x" };
  assert.equal(
    pages.keyOf({ method: "GET", url: PAGE, headers: { cookie: "authjs.session-token=x" } }),
    pages.keyOf({ method: "GET", url: PAGE, headers: {} }),
  );
  const first = await get(PAGE);
  const second = await get(PAGE, { headers: session });
  assert.equal(calls, 1);
  assert.equal(second.headers.get("x-page-cache"), "hit");
  assert.equal(second.text, first.text);
});

test("answers that are not the page from Next.js's own cache are not kept", async () => {
  const notKept: [string, Render][] = [
    ["a 404", { status: 404 }],
    ["a 500", { status: 500 }],
    ["an answer setting a cookie", { headers: { "Set-Cookie": "flash=1; Path=/" } }],
    ["an answer without x-nextjs-cache", { headers: { "x-nextjs-cache": null } }],
    ["a private answer", { headers: { "Cache-Control": "private, s-maxage=1" } }],
    ["a no-store answer", { headers: { "Cache-Control": "no-store, s-maxage=1" } }],
    ["an answer without s-maxage", { headers: { "Cache-Control": "public, max-age=60" } }],
    ["an answer without Cache-Control", { headers: { "Cache-Control": null } }],
    ["a body over 512 KiB, in pieces each under it", { size: 600 * 1024, chunks: 4 }],
    ["a body one byte over 512 KiB", { size: 512 * 1024 + 1 }],
  ];
  for (const [what, options] of notKept) {
    fresh(options);
    await get(PAGE);
    const second = await get(PAGE);
    assert.equal(calls, 2, `${what}: Next.js answered again`);
    assert.equal(second.headers.get("x-page-cache"), null, what);
    assert.match(second.text, /render 2 of/, what);
  }
});

test("a body of exactly 512 KiB is still kept", async () => {
  fresh({ size: 512 * 1024, chunks: 4 });
  const first = await get(PAGE);
  assert.equal(Buffer.byteLength(first.text), 512 * 1024);
  const second = await get(PAGE);
  assert.equal(calls, 1);
  assert.equal(second.headers.get("x-page-cache"), "hit");
  assert.equal(second.text, first.text);
});

test("each Accept-Encoding gets its own entry, and gzipped bytes are replayed as sent", async () => {
  fresh({ compress: true, chunks: 3, size: 4096 });
  const gzipped = await raw(PAGE, { "Accept-Encoding": "gzip" });
  assert.equal(gzipped.headers["content-encoding"], "gzip");
  const page = zlib.gunzipSync(gzipped.body).toString("utf8");
  assert.match(page, /render 1 of/);

  const identity = await raw(PAGE);
  assert.equal(calls, 2, "a request without Accept-Encoding is not answered with the gzipped entry");
  assert.equal(identity.headers["content-encoding"], undefined);
  assert.match(identity.body.toString("utf8"), /render 2 of/);

  const gzippedAgain = await raw(PAGE, { "Accept-Encoding": "gzip" });
  assert.equal(calls, 2);
  assert.equal(gzippedAgain.headers["x-page-cache"], "hit");
  assert.equal(gzippedAgain.headers["content-encoding"], "gzip");
  assert.equal(gzippedAgain.headers.vary, "Accept-Encoding");
  assert.equal(gzippedAgain.headers["content-length"], String(gzipped.body.length));
  assert.deepEqual(gzippedAgain.body, gzipped.body);
  assert.equal(zlib.gunzipSync(gzippedAgain.body).toString("utf8"), page);

  const identityAgain = await raw(PAGE);
  assert.equal(calls, 2);
  assert.equal(identityAgain.headers["x-page-cache"], "hit");
  assert.equal(identityAgain.headers["content-encoding"], undefined);
  assert.equal(identityAgain.body.toString("utf8"), identity.body.toString("utf8"));

  const otherList = await raw(PAGE, { "Accept-Encoding": "gzip, br" });
  assert.equal(calls, 3, "another Accept-Encoding value is another entry");
  assert.equal(otherList.headers["x-page-cache"], undefined);
  assert.match(zlib.gunzipSync(otherList.body).toString("utf8"), /render 3 of/);
});

test("a request whose If-None-Match is the kept ETag gets a 304 without a body from the cache", async () => {
  fresh();
  await get(PAGE);
  const notModified = await get(PAGE, { headers: { "If-None-Match": '"abc"' } });
  assert.equal(calls, 1);
  assert.equal(notModified.status, 304);
  assert.equal(notModified.text, "");
  assert.equal(notModified.headers.get("etag"), '"abc"');

  const otherTag = await get(PAGE, { headers: { "If-None-Match": '"older"' } });
  assert.equal(calls, 1);
  assert.equal(otherTag.status, 200);
  assert.equal(otherTag.headers.get("x-page-cache"), "hit");
  assert.match(otherTag.text, /render 1 of/);
});

test("revalidating a page drops it and its embed alone; revalidating a layout drops everything under it", async () => {
  fresh();
  await get("/campaigns/x");
  await get("/campaigns/y");
  await get("/embed/campaigns/x");
  assert.equal(calls, 3);

  pages.invalidate("/campaigns/x");
  const x = await get("/campaigns/x");
  assert.equal(calls, 4, "the revalidated page went to Next.js");
  assert.match(x.text, /render 4 of \/campaigns\/x/);
  const y = await get("/campaigns/y");
  assert.equal(y.headers.get("x-page-cache"), "hit", "another campaign stayed cached");
  assert.equal(calls, 4);
  const embed = await get("/embed/campaigns/x");
  assert.equal(calls, 5, "the campaign's embed was dropped with it");
  assert.match(embed.text, /render 5 of \/embed\/campaigns\/x/);

  pages.invalidate("/campaigns", "layout");
  await get("/campaigns/x");
  await get("/campaigns/y");
  assert.equal(calls, 7, "both campaigns went to Next.js");
  const widget = await get("/embed/campaigns/x");
  assert.equal(widget.headers.get("x-page-cache"), "hit", "a page outside the layout stayed cached");

  pages.invalidate("/campaigns/", "layout");
  await get("/campaigns/x");
  assert.equal(calls, 8, "a layout path with a trailing slash works the same");

  pages.invalidate("/", "layout");
  await get("/embed/campaigns/x");
  assert.equal(calls, 9, "the root layout covers every page");

  await get("/campaigns/xy");
  assert.equal(calls, 10);
  pages.invalidate("/campaigns/x", "layout");
  await get("/campaigns/x");
  assert.equal(calls, 11, "a layout's own page is dropped");
  const longer = await get("/campaigns/xy");
  assert.equal(longer.headers.get("x-page-cache"), "hit", "a page whose path merely starts with the same letters is not under the layout");
});

test("only a page Next.js served from its own cache is kept: not a fresh rendering (MISS) nor a STALE copy", async () => {
  for (const state of ["MISS", "STALE"]) {
    fresh({ headers: { "x-nextjs-cache": state } });
    await get("/campaigns/x");
    await get("/campaigns/x");
    assert.equal(calls, 2, state);
  }
});

test("a percent-encoded path shares the entry of its decoded form, and revalidation drops it", async () => {
  fresh();
  await get("/campaigns/some-slug");
  const encoded = await get("/campaigns/%73ome-slug");
  assert.equal(encoded.headers.get("x-page-cache"), "hit");
  pages.invalidate("/campaigns/some-slug");
  await get("/campaigns/%73ome-slug");
  assert.equal(calls, 2);
  assert.equal(pages.keyOf({ method: "GET", url: "/campaigns/%E0%A4%A", headers: {} }), null, "a malformed escape goes to Next.js");
});

test("a weak or listed If-None-Match matching the stored ETag gets a 304", async () => {
  fresh();
  await get("/campaigns/x");
  for (const tag of ['W/"abc"', '"zzz", "abc"', "*"]) {
    const response = await get("/campaigns/x", { headers: { "if-none-match": tag } });
    assert.equal(response.status, 304, tag);
  }
  assert.equal(calls, 1);
});

test("revalidating a page in a server action reaches the registered cache", async () => {
  fresh();
  registerPageCache(pages);
  await get(PAGE);
  assert.equal((await get(PAGE)).headers.get("x-page-cache"), "hit");
  invalidateRegisteredPageCache(PAGE);
  const afterwards = await get(PAGE);
  assert.equal(calls, 2);
  assert.equal(afterwards.headers.get("x-page-cache"), null);
  assert.match(afterwards.text, /render 2 of/);
});

test("an answer being recorded when a revalidation happens is not kept", async () => {
  fresh({ chunks: 2, betweenWriteAndEnd: () => pages.invalidate(PAGE) });
  const first = await get(PAGE);
  assert.match(first.text, /render 1 of/, "the client still got the whole page");
  await get(PAGE);
  assert.equal(calls, 2, "the answer written across the revalidation was not kept");

  fresh({ whileRendering: () => pages.invalidate("/campaigns/another-slug") });
  await get(PAGE);
  await get(PAGE);
  assert.equal(calls, 2, "any revalidation during the rendering counts, as the page may predate it");

  fresh({ chunks: 2 });
  await get(PAGE);
  await get(PAGE);
  assert.equal(calls, 1, "without a revalidation the same answer is kept");
});

test("a replayed page carries its own Date and connection headers, once, and no stored ones", async () => {
  fresh({
    headers: {
      Date: "Thu, 01 Jan 1970 00:00:00 GMT",
      Connection: "keep-alive",
      "Keep-Alive": "timeout=42",
      "Transfer-Encoding": "chunked",
      "Content-Length": null,
      "x-multi": ["a", "b"],
    },
  });
  const first = await raw(PAGE);
  assert.equal(first.headers["transfer-encoding"], "chunked");
  const hit = await raw(PAGE);
  assert.equal(calls, 1);
  assert.equal(hit.headers["x-page-cache"], "hit");
  for (const name of ["date", "connection", "keep-alive", "content-length", "content-type", "etag"]) {
    assert.ok(occurrences(hit.rawHeaders, name) <= 1, `${name} sent at most once`);
  }
  assert.equal(occurrences(hit.rawHeaders, "date"), 1);
  assert.notEqual(hit.headers.date, "Thu, 01 Jan 1970 00:00:00 GMT", "the date is the replay's, not the stored one");
  assert.ok(Math.abs(Date.parse(hit.headers.date ?? "") - Date.now()) < 60_000, `a current date (${hit.headers.date})`);
  assert.notEqual(hit.headers["keep-alive"], "timeout=42");
  assert.equal(hit.headers["transfer-encoding"], undefined);
  assert.equal(hit.headers["content-length"], String(hit.body.length));
  assert.equal(hit.body.toString("utf8"), first.body.toString("utf8"));
  assert.equal(occurrences(hit.rawHeaders, "x-multi"), 2, "a header with several values keeps them all");
});

test("at most 500 pages are kept: a new one pushes out the one kept first", async () => {
  fresh();
  for (let i = 0; i < 500; i++) await get(`/campaigns/c${i}`);
  assert.equal(calls, 500);
  assert.equal((await get("/campaigns/c0")).headers.get("x-page-cache"), "hit");
  assert.equal((await get("/campaigns/c499")).headers.get("x-page-cache"), "hit");
  assert.equal(calls, 500);

  await get("/campaigns/c500");
  assert.equal(calls, 501);
  await get("/campaigns/c0");
  assert.equal(calls, 502, "the oldest page was pushed out");
  assert.equal((await get("/campaigns/c2")).headers.get("x-page-cache"), "hit", "the others stayed");
  assert.equal((await get("/campaigns/c500")).headers.get("x-page-cache"), "hit");
});

test("at most 32 MiB of pages are kept: the oldest make room, expired ones first", async () => {
  fresh({ size: 500 * 1024 });
  for (let i = 0; i < 60; i++) await get(`/campaigns/big${i}`); // 29.3 MiB
  assert.equal((await get("/campaigns/big0")).headers.get("x-page-cache"), "hit");
  for (let i = 60; i < 70; i++) await get(`/campaigns/big${i}`); // 34.2 MiB asked for
  assert.equal(calls, 70);
  await get("/campaigns/big0");
  assert.equal(calls, 71, "the oldest pages made room");
  assert.equal((await get("/campaigns/big69")).headers.get("x-page-cache"), "hit");

  clock = PAGE_CACHE_MAX_AGE_MS; // everything kept so far has expired
  const before = calls;
  for (let i = 0; i < 60; i++) await get(`/campaigns/next${i}`);
  assert.equal(calls, before + 60);
  assert.equal((await get("/campaigns/next0")).headers.get("x-page-cache"), "hit", "expired pages made room before any fresh one");
});

test("the age limit can be set (PAGE_CACHE_MS), and 0 turns the cache off", async () => {
  fresh();
  pages = new PageCache(() => clock, 60_000);
  await get(PAGE);
  clock = 59_999;
  assert.equal((await get(PAGE)).headers.get("x-page-cache"), "hit");
  clock = 60_000;
  assert.equal((await get(PAGE)).headers.get("x-page-cache"), null);
  assert.equal(calls, 2);

  fresh();
  pages = new PageCache(() => clock, 0);
  assert.equal(pages.keyOf({ method: "GET", url: PAGE, headers: {} }), null);
  await get(PAGE);
  const second = await get(PAGE);
  assert.equal(calls, 2);
  assert.equal(second.headers.get("x-page-cache"), null);
});

test("each language's copy of a campaign page and widget is kept apart, and revalidating the page drops them all", async () => {
  fresh();
  for (const path of ["/campaigns/x", "/fr/campaigns/x", "/fa/campaigns/x", "/fa/embed/campaigns/x", "/fr/campaigns/y"]) {
    assert.notEqual(pages.keyOf({ method: "GET", url: path, headers: {} }), null, path);
    await get(path);
  }
  assert.equal(calls, 5, "one rendering per language: nothing is shared between them");
  const french = await get("/fr/campaigns/x");
  assert.equal(french.headers.get("x-page-cache"), "hit");
  assert.match(french.text, /of \/fr\/campaigns\/x/);
  assert.equal(pages.keyOf({ method: "GET", url: "/de/campaigns/x", headers: {} }), null, "not a language of the platform");

  // revalidatePath names the page as Next.js caches it (lib/cache/revalidate.ts): /en/…, /fr/…, /fa/….
  pages.invalidate("/en/campaigns/x");
  for (const path of ["/campaigns/x", "/fr/campaigns/x", "/fa/campaigns/x", "/fa/embed/campaigns/x"]) {
    assert.equal((await get(path)).headers.get("x-page-cache"), null, `${path} went to Next.js again`);
  }
  assert.equal((await get("/fr/campaigns/y")).headers.get("x-page-cache"), "hit", "another campaign stayed cached");
});

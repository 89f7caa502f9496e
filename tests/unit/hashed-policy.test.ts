import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import zlib from "node:zlib";
import { after, before, test } from "node:test";
import { cachedContentSecurityPolicy, hashedContentSecurityPolicy } from "@/lib/http/security-headers.mjs";
import { sendHashedPolicy, wantsHashedPolicy } from "@/lib/production-server/hashed-policy";
import { MAX_BODY_BYTES, PageCache } from "@/lib/production-server/page-cache";

// The production server's Content-Security-Policy for cached pages (issue #13, finding 7), on a real
// HTTP server wired as in lib/production-server/main.ts, in front of a fake Next.js that answers as
// the real one does: headers set with setHeader, then flushHeaders, then the HTML in pieces, through
// the very `compression` middleware Next.js wraps its responses in.

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;

const FIRST = "(self.__next_f=self.__next_f||[]).push([0])";
const SECOND = 'self.__next_f.push([1,"0:{\\"title\\":\\"<\\/script>\\"}\\n"])';
const source = (script: string) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
const PAGE = `<!DOCTYPE html><html><body><h1>Pétition</h1>${"<p>Signez.</p>".repeat(200)}<script src="/_next/static/chunks/a.js" async=""></script><script>${FIRST}</script><script>${SECOND}</script></body></html>`;

type Render = { status?: number; contentType?: string; cache?: string; body?: string; pieces?: number };
let render: Render = {};
let renders = 0;
let pages = new PageCache();

async function fakeNext(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  renders += 1;
  compression()(req, res, () => {});
  await new Promise((resolve) => setImmediate(resolve));
  const framed = req.url?.includes("/embed/") ?? false;
  res.statusCode = render.status ?? 200;
  res.setHeader("Content-Type", render.contentType ?? "text/html; charset=utf-8");
  res.setHeader("Content-Security-Policy", cachedContentSecurityPolicy({ framed }));
  res.setHeader("x-nextjs-cache", render.cache ?? "MISS");
  res.setHeader("Cache-Control", "s-maxage=1, stale-while-revalidate=31535999");
  if (res.statusCode === 304) return void res.end();
  const body = render.body ?? PAGE;
  const count = render.pieces ?? 3;
  const length = Math.ceil(body.length / count);
  res.flushHeaders();
  for (let i = 0; i < count - 1; i += 1) {
    res.write(body.slice(i * length, (i + 1) * length));
    await new Promise((resolve) => setImmediate(resolve));
  }
  res.end(body.slice((count - 1) * length));
}

let server: http.Server;
let base: string;

before(async () => {
  server = http.createServer((req, res) => {
    const pageKey = pages.keyOf(req);
    if (pageKey !== null && pages.serve(pageKey, req, res)) return;
    if (wantsHashedPolicy(req)) sendHashedPolicy(res);
    if (pageKey !== null) pages.record(pageKey, res);
    void fakeNext(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

function fresh(options: Render = {}): void {
  render = options;
  renders = 0;
  pages = new PageCache();
}

/** GETs a path (gzip accepted unless said otherwise) and returns the decoded body with the headers. */
function get(path: string, headers: Record<string, string> = { "accept-encoding": "gzip" }, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .request(`${base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
        });
      })
      .on("error", reject)
      .end();
  });
}

test("only GET requests for the cached pages get a hashed policy", () => {
  for (const url of [
    "/campaigns/x",
    "/fa/campaigns/x",
    "/campaigns/x/integrity",
    "/fr/campaigns/x/privacy",
    "/embed/campaigns/x",
    "/campaigns/x?utm_source=copy",
  ]) {
    assert.equal(wantsHashedPolicy({ method: "GET", url }), true, url);
  }
  for (const [method, url] of [
    ["HEAD", "/campaigns/x"],
    ["POST", "/campaigns/x"],
    ["GET", "/fr/signin"],
    ["GET", "/campaigns/x/edit"],
  ]) {
    assert.equal(wantsHashedPolicy({ method, url }), false, `${method} ${url}`);
  }
});

test("a page Next.js streams gzipped in pieces goes out whole, its policy naming both inline scripts and no 'unsafe-inline'", async () => {
  fresh();
  const { status, headers, body } = await get("/fa/campaigns/x");
  assert.equal(status, 200);
  assert.equal(headers["content-encoding"], "gzip");
  assert.equal(body, PAGE);
  assert.equal(headers["content-security-policy"], hashedContentSecurityPolicy([source(FIRST), source(SECOND)], { framed: false }));
  assert.doesNotMatch(String(headers["content-security-policy"]), /script-src[^;]*unsafe-inline/);
});

test("uncompressed, the page is hashed the same and sent with its length", async () => {
  fresh();
  const { headers, body } = await get("/campaigns/x", {});
  assert.equal(body, PAGE);
  assert.equal(headers["content-length"], String(Buffer.byteLength(PAGE)));
  assert.equal(headers["content-security-policy"], hashedContentSecurityPolicy([source(FIRST), source(SECOND)], { framed: false }));
});

test("the widget's policy still lets any site frame it", async () => {
  fresh();
  const { headers } = await get("/embed/campaigns/x");
  assert.equal(headers["content-security-policy"], hashedContentSecurityPolicy([source(FIRST), source(SECOND)], { framed: true }));
});

test("a copy the page cache replays carries the hashes of the first answer, without asking Next.js again", async () => {
  fresh({ cache: "HIT" });
  const first = await get("/campaigns/x");
  const replay = await get("/campaigns/x");
  assert.equal(renders, 1);
  assert.equal(replay.headers["x-page-cache"], "hit");
  assert.equal(replay.headers["content-security-policy"], first.headers["content-security-policy"]);
  assert.match(String(replay.headers["content-security-policy"]), /'sha256-/);
});

test("a page larger than the bound goes out whole as it comes, with the static policy", async () => {
  const big = PAGE.replace("<h1>", `<h1>${"x".repeat(MAX_BODY_BYTES)}`);
  fresh({ body: big, pieces: 6 });
  const { headers, body } = await get("/campaigns/x", {});
  assert.equal(body, big);
  assert.equal(headers["content-security-policy"], cachedContentSecurityPolicy({ framed: false }));
});

test("a 304 carries no policy, so the browser keeps the one stored with its copy", async () => {
  fresh({ status: 304, cache: "STALE" });
  const { status, headers } = await get("/campaigns/x", { "if-none-match": '"abc"' });
  assert.equal(status, 304);
  assert.equal(headers["content-security-policy"], undefined);
});

test("an answer that is not HTML (a router request's payload) keeps its headers as Next.js set them", async () => {
  fresh({ contentType: "text/x-component" });
  const { headers, body } = await get("/campaigns/x", {});
  assert.equal(body, PAGE);
  assert.equal(headers["content-security-policy"], cachedContentSecurityPolicy({ framed: false }));
});

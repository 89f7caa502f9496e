import type http from "node:http";
import zlib from "node:zlib";
import { CACHED_PAGE_PATH, cachedContentSecurityPolicy, hashedContentSecurityPolicy } from "@/lib/http/security-headers.mjs";
import { inlineScriptHashes } from "./inline-script-hashes";
import { MAX_BODY_BYTES } from "./page-cache";

// Issue #13, finding 7: the cached campaign pages, their integrity report and privacy notice, and the
// widget cannot carry a nonce (lib/http/security-headers.mjs), and the static policy next.config.mjs
// gives them allows every inline script, an injected one included. The production server holds back
// the headers of such a page until it has the whole HTML, then replaces that policy with one listing
// the SHA-256 of each inline script in it: those run, nothing else inline does.
//
// Whatever Next.js sends (a HIT from its cache, a MISS it streams as it renders, a STALE copy) goes
// through here once. The page cache (page-cache.ts) stores the answer with the headers set here and
// replays them, so the hashes are computed once per stored copy, never per replay.
//
// Holding the headers means a MISS reaches the client only once it is fully rendered, instead of in
// pieces: streaming a page while naming its scripts in headers sent before them is not possible.
// Past MAX_BODY_BYTES (the largest page the page cache keeps; campaign pages are far smaller) this
// stops holding: that answer goes out with the static policy, as before this change, rather than
// keep an unbounded page in memory. Answers without a body to read (HEAD, 304: see below), not HTML
// (router requests) or without the static policy Next.js gives these pages are passed on untouched.

/** How large the decompressed HTML may be; a page the page cache keeps compresses far better than 8×. */
const MAX_HTML_BYTES = 8 * MAX_BODY_BYTES;

/** The static policies next.config.mjs sends, and whether the page may be framed (the widget). */
const STATIC_POLICIES = new Map([
  [cachedContentSecurityPolicy({ framed: false }), false],
  [cachedContentSecurityPolicy({ framed: true }), true],
]);

/** Whether this request is for a cached page whose policy the production server computes. */
export function wantsHashedPolicy(req: Pick<http.IncomingMessage, "method" | "url">): boolean {
  return req.method === "GET" && req.url !== undefined && CACHED_PAGE_PATH.test(req.url.split("?", 1)[0]);
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => http.ServerResponse;
type WriteHead = (statusCode: number, ...rest: unknown[]) => http.ServerResponse;

/**
 * Watches what Next.js sends on this response and, if it is the HTML of a cached page under the
 * static policy, sends it with the hashed policy instead. Call before Next.js (and before the page
 * cache's record, which must see the headers set here).
 */
export function sendHashedPolicy(res: http.ServerResponse): void {
  const writeHead = res.writeHead as WriteHead;
  const write = res.write as Write;
  const end = res.end as End;
  const flushHeaders = res.flushHeaders;
  let mode: "waiting" | "holding" | "passing" = "waiting";
  // A function, not a comparison: res.writeHead and hold() change the mode behind TypeScript's back.
  const passing = () => mode === "passing";
  let framed = false;
  const chunks: Buffer[] = [];
  let size = 0;

  // Everything held so far goes out with the static policy, and the rest as it comes.
  const giveUp = () => {
    mode = "passing";
    writeHead.call(res, res.statusCode);
    for (const chunk of chunks) write.call(res, chunk);
    chunks.length = 0;
  };
  const hold = (chunk: unknown, encoding: unknown): void => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    chunks.push(buffer);
    if (size > MAX_BODY_BYTES) giveUp();
  };
  const callbackOf = (...args: unknown[]) => args.find((arg) => typeof arg === "function") as (() => void) | undefined;

  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (mode === "passing") return writeHead.call(this, statusCode, ...rest);
    if (mode === "holding") return this;
    // Next.js sets its headers with setHeader; headers passed here would be an answer of another kind.
    const headersPassed = rest.some((arg) => typeof arg === "object" && arg !== null);
    const framing = STATIC_POLICIES.get(String(this.getHeader("content-security-policy")));
    const html = /^text\/html\b/i.test(String(this.getHeader("content-type") ?? ""));
    // A 304 says the browser's stored copy is still the page: its headers replace the stored ones
    // (RFC 9111, 4.3.4), and the stored policy, which names that copy's scripts, must stay.
    if (statusCode === 304 && framing !== undefined) this.removeHeader("content-security-policy");
    if (headersPassed || framing === undefined || !html || statusCode === 304 || statusCode === 204) {
      mode = "passing";
      return writeHead.call(this, statusCode, ...rest);
    }
    mode = "holding";
    framed = framing;
    this.statusCode = statusCode;
    if (typeof rest[0] === "string") this.statusMessage = rest[0];
    return this;
  } as typeof res.writeHead;

  res.flushHeaders = function (this: http.ServerResponse) {
    if (mode === "passing") return flushHeaders.call(this);
    // Through res.writeHead, which the `compression` middleware watches to choose its encoding.
    if (mode === "waiting") this.writeHead(this.statusCode);
    if (passing()) flushHeaders.call(this);
  };

  res.write = function (this: http.ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    if (mode === "waiting") this.writeHead(this.statusCode);
    if (passing()) return write.call(this, chunk, encoding, callback);
    hold(chunk, encoding);
    const done = callbackOf(encoding, callback);
    if (done) process.nextTick(done);
    return true;
  } as typeof res.write;

  res.end = function (this: http.ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (mode === "waiting") this.writeHead(this.statusCode);
    if (passing()) return end.call(this, chunk, encoding, callback);
    hold(chunk, encoding);
    const done = callbackOf(chunk, encoding, callback);
    if (passing()) return end.call(this, done); // too large: it went out as it came
    mode = "passing";
    const body = Buffer.concat(chunks);
    const hashes = hashesOf(body, this.getHeader("content-encoding"));
    if (hashes) this.setHeader("Content-Security-Policy", hashedContentSecurityPolicy(hashes, { framed }));
    // Node's end() then writes the head, with the body's Content-Length, and the body in one go.
    return end.call(this, body, done);
  } as typeof res.end;
}

/** The hash sources of the page's inline scripts; null if its body cannot be read (the static policy stays). */
function hashesOf(body: Buffer, contentEncoding: unknown): string[] | null {
  try {
    const options = { maxOutputLength: MAX_HTML_BYTES };
    let html: Buffer;
    if (contentEncoding === undefined || contentEncoding === "identity") html = body;
    else if (contentEncoding === "gzip") html = zlib.gunzipSync(body, options);
    else if (contentEncoding === "br") html = zlib.brotliDecompressSync(body, options);
    else if (contentEncoding === "deflate") html = zlib.inflateSync(body, options);
    else return null;
    return inlineScriptHashes(html);
  } catch {
    return null; // larger than MAX_HTML_BYTES, or not what its Content-Encoding says
  }
}

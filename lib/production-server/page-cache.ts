import type http from "node:http";
import type { PageInvalidator } from "@/lib/cache/page-cache-registry";
import { matchesIfNoneMatch } from "@/lib/open-data/http";

// The production server's one-second cache of public campaign pages (issue #5: a viral page read
// by thousands a second). Next.js already caches these pages for a second (ISR, `revalidate = 1`)
// but answers each request through its whole routing pipeline, about 1,000 a second on one of our
// cores whatever the page. This keeps the bytes Next.js sent, headers and all, for the same second
// and replays them, the way a reverse proxy's microcache would, inside the app.
//
// Only what Next.js itself served from its page cache is kept: a 200 marked `x-nextjs-cache: HIT`
// (whole HTML from its cache; not a MISS, streamed as it renders and cut short if the client goes
// away, nor a STALE copy served while it renders anew), to a client still connected, with no
// Set-Cookie and a shared-cache Cache-Control. Requests that can get something else go to
// Next.js: any query string, router (RSC) and server-action requests, draft mode, ranges. A
// server action that revalidates a page (lib/cache/revalidate.ts) drops it here too, with its
// embed, so the signer who just confirmed sees the new count at once, as before.
//
// Stale while revalidating: once a copy is a second old, one request at a time goes to Next.js
// for the next one while the others still get the kept copy (`x-page-cache: stale`), for at most
// MAX_STALE_MS more. Without this, every request arriving while Next.js rendered the next copy
// went to Next.js, and under a surge that window (the render, slowed by the crowd waiting behind
// it) set the page's throughput, not the replay (BENCHMARKS.md, 2026-12-03). An answer from
// Next.js that is not the page (a 404 once it is unpublished, an error) drops the kept copy.

/** The default age limit (PAGE_CACHE_MS), the pages' own `revalidate` of one second. */
export const PAGE_CACHE_MAX_AGE_MS = 1_000;
/** How much longer than its age limit a copy may be replayed while its next one is on the way. */
export const MAX_STALE_MS = 10_000;
/**
 * After Next.js answered a refresher with its own stale copy (it renders the next one in the
 * background), the next try waits this long: asking again at once sent a stream of requests
 * through Next.js's pipeline for the whole render, about a tenth of all requests under load.
 */
export const RETRY_MS = 20;
const MAX_ENTRIES = 500;
/** The largest answer kept; lib/production-server/hashed-policy.ts holds no larger page either. */
export const MAX_BODY_BYTES = 512 * 1024;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;

// A campaign page or its widget, in any language: `/campaigns/x`, `/fr/embed/campaigns/x`.
const CACHED_PATH = /^(?:\/(?:en|fr|fa))?(?:\/embed)?\/campaigns\/([^/?]+)$/;
const LOCALE_PREFIXES = ["", "/fr", "/fa"];

// Request headers that make Next.js answer with something other than the page's HTML.
const BYPASS_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "next-url", "range"];
const DRAFT_MODE_COOKIES = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/;

// Hop-by-hop or per-response headers, not replayed.
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

type Entry = {
  storedAt: number;
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  etag: string | undefined;
  /** A request is with Next.js for this page's next copy; the others get this one meanwhile. */
  refreshing: boolean;
  /** No request goes for the next copy before this time (see RETRY_MS). */
  retryAt: number;
};

/** Registered at start (lib/cache/page-cache-registry.ts), so that revalidatePath empties it too. */
export class PageCache implements PageInvalidator {
  private entries = new Map<string, Entry>();
  private totalBytes = 0;
  private generation = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxAgeMs: number = PAGE_CACHE_MAX_AGE_MS,
  ) {}

  /** The cache key of a request this cache may answer, or null: let Next.js answer it as usual. */
  keyOf(req: Pick<http.IncomingMessage, "method" | "url" | "headers">): string | null {
    if (this.maxAgeMs <= 0 || req.method !== "GET" || !req.url) return null;
    if (!CACHED_PATH.test(req.url)) return null;
    if (BYPASS_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
    if (req.headers.cookie && DRAFT_MODE_COOKIES.test(req.headers.cookie)) return null;
    // Keyed by the decoded path, as revalidatePath names pages (a malformed escape: Next.js answers).
    let path: string;
    try {
      path = decodeURIComponent(req.url);
    } catch {
      return null;
    }
    // Next.js compresses (or not) by the request's Accept-Encoding: one entry per exact value.
    return `${path}\n${req.headers["accept-encoding"] ?? ""}`;
  }

  /**
   * Answers from the cache if it holds a fresh copy, or a stale one while another request fetches
   * the next; false if the request must go to Next.js (then call record).
   */
  serve(key: string, req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    const age = this.now() - entry.storedAt;
    let state = "hit";
    if (age >= this.maxAgeMs) {
      if (age >= this.maxAgeMs + MAX_STALE_MS) {
        this.drop(key);
        return false;
      }
      if (!entry.refreshing && this.now() >= entry.retryAt) {
        // This request fetches the next copy (record() lets the next one try if it brings none).
        entry.refreshing = true;
        return false;
      }
      state = "stale";
    }
    if (entry.etag && matchesIfNoneMatch(req.headers["if-none-match"] ?? null, entry.etag)) {
      res.writeHead(304, { ...entry.headers, "x-page-cache": state }).end();
      return true;
    }
    res.writeHead(entry.status, { ...entry.headers, "x-page-cache": state, "content-length": String(entry.body.length) }).end(entry.body);
    return true;
  }

  /**
   * Lets Next.js answer, watching what it sends; keeps the answer if it is the page from Next's
   * own cache and nothing was revalidated meanwhile.
   */
  record(key: string, res: http.ServerResponse): void {
    const cache = this;
    const generation = this.generation;
    // However this answer ends (kept, not kept, the client gone), the next request may try.
    const refreshed = this.entries.get(key);
    const release = () => {
      if (refreshed) refreshed.refreshing = false;
    };
    if (refreshed?.refreshing) res.once("close", release);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer =
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(buffer);
    };
    const write = res.write;
    const end = res.end;
    res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof res.write;
    res.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      const result = (end as (...args: unknown[]) => http.ServerResponse).call(this, chunk, ...rest);
      if (!tooLarge && generation === cache.generation) cache.store(key, res, Buffer.concat(chunks));
      release();
      return result;
    } as typeof res.end;
  }

  private store(key: string, res: http.ServerResponse, body: Buffer): void {
    const headers = res.getHeaders();
    const cacheControl = String(headers["cache-control"] ?? "");
    const cacheable =
      res.statusCode === 200 &&
      !res.destroyed &&
      headers["x-nextjs-cache"] === "HIT" &&
      headers["set-cookie"] === undefined &&
      /s-maxage=/.test(cacheControl) &&
      !/private|no-store/.test(cacheControl);
    if (!cacheable) {
      // Next.js still has the page, only not a new copy yet (it served its stale one and renders
      // the next): keep replaying ours. Anything else (gone, an error, a page that became
      // personal): stop replaying it.
      const stillThePage = res.statusCode === 200 && (headers["x-nextjs-cache"] === "STALE" || headers["x-nextjs-cache"] === "MISS");
      const entry = this.entries.get(key);
      if (!stillThePage) this.drop(key);
      else if (entry) entry.retryAt = this.now() + RETRY_MS;
      return;
    }
    const kept: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined && !NOT_REPLAYED.has(name)) kept[name] = typeof value === "number" ? String(value) : value;
    }
    this.drop(key);
    this.evictFor(body.length);
    this.entries.set(key, {
      storedAt: this.now(),
      status: 200,
      headers: kept,
      body,
      etag: typeof headers.etag === "string" ? headers.etag : undefined,
      refreshing: false,
      retryAt: 0,
    });
    this.totalBytes += body.length;
  }

  /**
   * Makes room within the entry and byte limits, oldest first (entries are kept in the order they
   * were stored, so expired ones go before any fresh one).
   */
  private evictFor(bytes: number): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size < MAX_ENTRIES && this.totalBytes + bytes <= MAX_TOTAL_BYTES) break;
      this.drop(key);
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.body.length;
  }

  /**
   * Drops a page (revalidatePath's `path`; with type "layout", everything under it), a campaign
   * page's embed with it, and any answer still being recorded, which may predate the change.
   */
  invalidate(path: string, type?: "layout" | "page"): void {
    this.generation += 1;
    const slug = CACHED_PATH.exec(path)?.[1];
    // Every language's copy: the cache holds requests' addresses (English bare, `/fr/…`, `/fa/…`).
    const paths = slug
      ? LOCALE_PREFIXES.flatMap((prefix) => [`${prefix}/campaigns/${slug}`, `${prefix}/embed/campaigns/${slug}`])
      : LOCALE_PREFIXES.map((prefix) => (prefix && path === "/" ? prefix : `${prefix}${path}`));
    for (const key of [...this.entries.keys()]) {
      const url = key.slice(0, key.indexOf("\n"));
      const under = type === "layout" && LOCALE_PREFIXES.some((prefix) => url.startsWith(`${prefix}${path.endsWith("/") ? path : `${path}/`}`));
      if (paths.includes(url) || under) this.drop(key);
    }
  }
}

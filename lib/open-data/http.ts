import "server-only";
import { isLocale, type Locale, LOCALES } from "@/lib/i18n/routing";
import { availableLanguages, type TextVersion } from "@/lib/i18n/text-versions";
import { createHash } from "node:crypto";
import type { ErrorJson } from "./schema";

// How long browsers (max-age) and CDNs (s-maxage) may keep each kind of answer. The app itself
// never serves a stale campaign: these headers only govern caches between it and the reader.
export const CACHE_POLICIES = {
  /** Counts move with every confirmation; a listing a few seconds old is fine. */
  campaignList: "public, max-age=5, s-maxage=5, stale-while-revalidate=30",
  /**
   * A signer reads the campaign right after confirming and must see the new count: browsers
   * revalidate every time (a 304 when nothing changed), while a CDN may absorb a surge for 5 s.
   * No stale-while-revalidate, which browsers would honour too.
   */
  campaignDetail: "public, max-age=0, s-maxage=5",
  /** The integrity report is recomputed every few minutes (lib/integrity/report.ts). */
  integrity: "public, max-age=60, s-maxage=60, stale-while-revalidate=300",
  /** Events change when an organizer edits them or publishes a campaign on them. */
  events: "public, max-age=60, s-maxage=300, stale-while-revalidate=3600",
  /** A campaign's packs: a new one may appear at any time, a made one never changes. */
  snapshots: "public, max-age=30, s-maxage=30",
  /** One finished pack: immutable (a database trigger refuses any change). */
  snapshot: "public, max-age=31536000, immutable",
  /** Changes only with a deployment. */
  document: "public, max-age=3600",
  /** The list of communes changes with its data package, so with a deployment, and at most once a year. */
  communes: "public, max-age=86400, s-maxage=86400",
} as const;

// Open to every origin: the API is public and never uses cookies or credentials, so the wildcard
// is safe and browsers honour it. ETag is exposed so that scripts can send If-None-Match.
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag",
} as const;

/** Weak, because the same content may be served compressed or not. */
export function weakEtagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/**
 * If-None-Match compares weakly (RFC 9110 §13.1.2): a list of tags, W/ or not, or `*`. One rule
 * for every answer, the count endpoint's too (issue #10). That one is polled by every open page,
 * so this reads the header in place: no split, no trimmed copies, nothing allocated.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  // The usual request: the one tag the client was given, sent back as it was.
  if (header === etag) return true;
  const tagStart = etag.startsWith("W/") ? 2 : 0;
  const tagLength = etag.length - tagStart;
  for (let start = 0; start <= header.length; ) {
    const comma = header.indexOf(",", start);
    const end = comma === -1 ? header.length : comma;
    let from = start;
    let to = end;
    while (from < to && isSpace(header.charCodeAt(from))) from++;
    while (to > from && isSpace(header.charCodeAt(to - 1))) to--;
    if (to - from === 1 && header.charCodeAt(from) === STAR) return true;
    if (header.startsWith("W/", from)) from += 2;
    if (to - from === tagLength && sameChars(header, from, etag, tagStart, tagLength)) return true;
    start = end + 1;
  }
  return false;
}

const STAR = 0x2a;
const isSpace = (code: number) => code === 0x20 || code === 0x09;

function sameChars(a: string, aFrom: number, b: string, bFrom: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

/**
 * A JSON answer for a public read: CORS open, cacheable, with an ETag derived from the content so
 * that it changes exactly when the answer does, and a 304 for a client that already has it.
 */
export function openDataJson(request: Request, body: unknown, cacheControl: string): Response {
  return respond(request, JSON.stringify(body), cacheControl);
}

/**
 * For an answer that changes only with the code: built, serialised and tagged on the first request,
 * then served as it is (the API index is also the benchmark's baseline handler).
 */
export function staticOpenDataJson(build: () => unknown, cacheControl: string): (request: Request) => Response {
  let built: { text: string; etag: string } | undefined;
  return (request) => {
    if (!built) {
      const text = JSON.stringify(build());
      built = { text, etag: weakEtagOf(text) };
    }
    return respond(request, built.text, cacheControl, built.etag);
  };
}

function respond(request: Request, text: string, cacheControl: string, etag = weakEtagOf(text)): Response {
  const headers = { ...CORS_HEADERS, "Cache-Control": cacheControl, ETag: etag };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, { headers: { ...headers, "Content-Type": "application/json" } });
}

/** An error a browser script on another origin can read (jsonError alone would be opaque to it). */
export function openDataError(status: number, error: string, message: string): Response {
  const body: ErrorJson = { error, message };
  return Response.json(body, { status, headers: { ...CORS_HEADERS, "Cache-Control": "no-store" } });
}

export function openDataNotFound(what: "campaign" | "event" | "snapshot"): Response {
  if (what === "snapshot") return openDataError(404, "not_found", "The campaign has no finished pack with this id.");
  return openDataError(404, "not_found", `No ${what} has this slug.`);
}

/**
 * The answer to a CORS preflight. A plain GET needs none, but one with If-None-Match does, since
 * that header is not on the browsers' safelist.
 */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Cache-Control",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/**
 * The language an API reader asks the campaigns' texts in: `?lang=en|fr|fa`, or none (each
 * campaign's original). Only the query, not Accept-Language: these answers are cached publicly and
 * embedded on other sites, and one per browser language would split every cache (issue #12).
 */
export function requestedLanguage(request: Request): { ok: true; language: Locale | null } | { ok: false; response: Response } {
  const lang = new URL(request.url).searchParams.get("lang");
  if (lang === null) return { ok: true, language: null };
  if (isLocale(lang)) return { ok: true, language: lang };
  return { ok: false, response: openDataError(400, "invalid_language", `lang must be one of ${LOCALES.join(", ")}.`) };
}

/**
 * The fields that say which language an answer's texts are in (campaigns and events alike): the
 * version shown, its original, whether it is an outdated translation, and every language it exists in.
 */
export function languageFieldsJson(text: TextVersion, translations: readonly { language: string }[]) {
  return {
    language: text.language,
    originalLanguage: text.authoritative,
    isTranslation: text.translated,
    translationOutdated: text.outdated,
    languages: availableLanguages(text, translations),
  };
}

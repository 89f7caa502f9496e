import { type NextRequest, NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import { CACHED_PAGE_PATH, nonceContentSecurityPolicy } from "@/lib/http/security-headers.mjs";
import { preferredLocale } from "@/lib/i18n/negotiate";
import { DEFAULT_LOCALE, LOCALE_COOKIE, localePath, splitLocale } from "@/lib/i18n/routing";

// Four jobs, in this order:
// 1. A paper-signature upload larger than server actions accept (next.config.mjs, bodySizeLimit)
//    is turned back before Next.js reads it, with a way to say so on the page. Without this, a
//    browser without JavaScript (the form's own size check) gets Next's bare 413 error page.
// 2. `/` goes to the reader's language: the one they chose with the language switcher, else the
//    best of Accept-Language (issue #12). Every other address names its language itself.
// 3. The page's language, read from its address (`/fr/…`, `/fa/…`, else English), is handed to
//    next-intl (lib/i18n/request.ts) for server actions and pages rendered per request; cached
//    pages take it from their `[locale]` segment.
// 4. Every page rendered per request gets a Content-Security-Policy with a fresh nonce, in the
//    request (Next.js reads the nonce from it and puts it on its scripts) and in the response. The
//    cached campaign pages and widget get theirs from next.config.mjs (lib/http/security-headers.mjs).
//
// English addresses without a prefix reach app/[locale]/ through a rewrite in next.config.mjs, not
// here: since Next.js 16.2.6 a rewrite returned from the proxy, on a server bound to an address
// other than `localhost`, is sent out over the network to the server itself and comes back as a
// redirect loop (vercel/next.js#94342, #94745). So next-intl's own middleware is not used.

const SERVER_ACTION_BODY_LIMIT = 6 * 1024 * 1024;
const OFFLINE_PAGE = /^(?:\/(?:fr|fa))?\/organizer\/campaigns\/[^/]+\/offline$/;
/** next-intl's request header for the locale (next-intl/dist/…/shared/constants.js). */
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

function nonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (request.method === "POST" && OFFLINE_PAGE.test(pathname)) {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > SERVER_ACTION_BODY_LIMIT) {
      const back = request.nextUrl.clone();
      back.search = "?upload=too-large";
      return NextResponse.redirect(back, 303);
    }
  }
  if (pathname === "/" && (request.method === "GET" || request.method === "HEAD")) {
    const locale = preferredLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
    if (locale !== DEFAULT_LOCALE) {
      const there = request.nextUrl.clone();
      there.pathname = localePath(locale, "/");
      const response = NextResponse.redirect(there, 307);
      response.headers.set("Vary", "Accept-Language, Cookie");
      return response;
    }
  }
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, splitLocale(pathname).locale);
  const policy = CACHED_PAGE_PATH.test(pathname) ? null : nonceContentSecurityPolicy(nonce(), { development: getEnv().NODE_ENV === "development" });
  if (policy) headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  if (policy) response.headers.set("Content-Security-Policy", policy);
  if (pathname === "/") response.headers.set("Vary", "Accept-Language, Cookie");
  return response;
}

// Every page address; not the API, Next.js's own files, or the site's files at the root.
export const config = {
  matcher: ["/((?!api/|_next/|_vercel/|embed\\.js$|icon\\.svg$|favicon\\.ico$|robots\\.txt$).*)"],
};

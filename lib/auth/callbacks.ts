import { sameSitePath } from "./schema";

// Auth.js's callbacks and request addressing as plain functions (lib/auth/auth.ts wires them), so
// tests can hold them to what issue #13 found without loading Auth.js.

/**
 * What /api/auth/session answers and auth() returns: who is signed in and their role. Not the
 * session row, whose token is the HttpOnly cookie's value, nor the rest of the user row.
 */
export function sessionView<E>(session: { expires: E }, user: { id: string; email: string; role?: string }) {
  return { expires: session.expires, user: { id: user.id, email: user.email, role: user.role } };
}

/**
 * Where to go after signing in or out: a path or an address on this site, always on `site` (APP_URL).
 * Auth.js's own base address comes from the request, which Next.js reports as `localhost` for a
 * loopback host, so a redirect built on it could leave the host that holds the cookie. The path is
 * read again as a path on this site: "//evil.example" would otherwise name a host.
 */
export function redirectOnSite(url: string, baseUrl: string, site: string): string {
  const target = new URL(url, site);
  if (!url.startsWith("/") && target.origin !== site && target.origin !== baseUrl) return site;
  const path = sameSitePath(`${target.pathname.replace(/^\/+/, "/")}${target.search}`);
  return path ? new URL(path, site).toString() : site;
}

/**
 * A request to Auth.js's endpoints as addressed to the site: Auth.js builds its redirects (the error
 * and check-your-email pages) on the request's origin, which Next.js reports as
 * http://localhost:{port} behind a proxy.
 */
export function addressOnSite(requestUrl: string, site: string): string {
  const { pathname, search } = new URL(requestUrl);
  return new URL(`${pathname}${search}`, new URL(site).origin).toString();
}

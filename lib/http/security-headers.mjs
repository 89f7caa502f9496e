// The security headers every response carries, in one place for both servers: next.config.mjs has
// Next.js add them, and the production server's fast routes (lib/production-server/fast-routes.ts), which
// Next.js does not answer, send them too; `npm run build` bundles them from here, so the two cannot
// drift (issue #10). Plain JavaScript, because next.config.mjs imports it.

/** Every response, the embeddable widget's included. */
export const everyResponse = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // No page uses the camera, the microphone, the location or payments; a script injected into
  // one must not either, nor may any site that frames the widget delegate them to it (issue #13).
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
];

/**
 * Sent by `npm start` on every response when APP_URL is https (lib/production-server/main.ts): browsers
 * then refuse plain http for a year. Not in next.config.mjs, whose headers are fixed at build time.
 */
export const strictTransportSecurity = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

// Content-Security-Policy (issue #13, finding 7). Every page is rendered per request except the
// campaign pages and their widget, which Next.js prerenders and keeps (ISR, `revalidate = 1`) and the
// production server replays for a second (lib/production-server/page-cache.ts). Pages rendered per
// request get a fresh nonce from proxy.ts: only scripts carrying it run (Next.js puts it on its own
// scripts, reading it from the request's policy), and scripts they load ('strict-dynamic'). A nonce in
// a cached page would be replayed to everyone, and making campaign pages per request would end the
// cache that carries a viral surge. So the production server (`npm start`) lists instead the SHA-256
// of each inline script in the very HTML it sends (lib/production-server/hashed-policy.ts): the site's
// own script files and exactly those inline scripts run, an injected one does not. Under `next start`
// or `next dev`, which do not know the page's scripts when they send its headers, those pages keep
// next.config.mjs's static policy, which allows any inline script (the site's own script files only:
// injected markup cannot load or send anything elsewhere). React escapes every text it renders, and
// no page renders raw HTML.
// Inline style attributes (progress bars, charts) need 'unsafe-inline' in style-src, which a nonce
// there would switch off. Featured images may be on any https site.
const COMMON_DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The policy of a page rendered per request. In development React needs eval to rebuild server error
 * stacks in the browser (Next.js's guide); never in production.
 * @param {string} nonce
 * @param {{ development: boolean }} options
 */
export function nonceContentSecurityPolicy(nonce, { development }) {
  const script = `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`;
  return [...COMMON_DIRECTIVES, script, "frame-ancestors 'none'"].join("; ");
}

/**
 * The pages Next.js prerenders and keeps (ISR): a campaign page, its integrity report and privacy
 * notice, and its widget, in any language. proxy.ts gives every other page a nonce;
 * tests/e2e/content-security-policy.spec.ts fails if the build prerenders a page this misses (its
 * scripts would be refused).
 */
export const CACHED_PAGE_PATH = /^(?:\/(?:en|fr|fa))?(?:\/embed\/campaigns\/[^/]+|\/campaigns\/[^/]+(?:\/integrity|\/privacy)?)\/?$/;

/**
 * The static policy of a cached page, which next.config.mjs sends; the widget's may be framed by any
 * site. The production server replaces it with hashedContentSecurityPolicy.
 * @param {{ framed: boolean }} options
 */
export function cachedContentSecurityPolicy({ framed }) {
  return cachedPagePolicy("'unsafe-inline'", framed);
}

/**
 * A cached page's policy as the production server sends it: its inline scripts by their hash sources
 * (`'sha256-…'`, lib/production-server/inline-script-hashes.ts), no 'unsafe-inline'.
 * @param {readonly string[]} hashSources
 * @param {{ framed: boolean }} options
 */
export function hashedContentSecurityPolicy(hashSources, { framed }) {
  return cachedPagePolicy(hashSources.join(" "), framed);
}

/**
 * @param {string} inlineScripts
 * @param {boolean} framed
 */
function cachedPagePolicy(inlineScripts, framed) {
  const script = `script-src 'self'${inlineScripts ? ` ${inlineScripts}` : ""}`;
  return [...COMMON_DIRECTIVES, script, `frame-ancestors ${framed ? "*" : "'none'"}`].join("; ");
}

/** Every page refuses to be framed (clickjacking), except the embeddable widget. */
export const refuseFraming = [{ key: "X-Frame-Options", value: "DENY" }];

/**
 * A page whose address is a secret ("Manage my signatures", issue #13): never stored by a cache,
 * never sent as a Referer to the sites it links to, never indexed. `strict-origin` sends the origin
 * alone, never the path that holds the secret; `no-referrer` would also send `Origin: null` with the
 * page's own form posts, which Next.js refuses as cross-site Server Actions (without JavaScript,
 * every change on the page failed). Read by next.config.mjs (`@public`:
 * see cachedContentSecurityPolicy).
 * @public
 */
export const privateLinkPage = [
  { key: "Cache-Control", value: "private, no-store" },
  { key: "Referrer-Policy", value: "strict-origin" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
];

/** What every response but the embeddable widget's carries. */
export const nonEmbedHeaders = [...everyResponse, ...refuseFraming];

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

/** Every page refuses to be framed (clickjacking), except the embeddable widget. */
export const refuseFraming = [{ key: "X-Frame-Options", value: "DENY" }];

/**
 * A page whose address is a secret ("Manage my signatures", issue #13): never stored by a cache,
 * never sent as a Referer to the sites it links to, never indexed.
 */
export const privateLinkPage = [
  { key: "Cache-Control", value: "private, no-store" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
];

/** What every response but the embeddable widget's carries. */
export const nonEmbedHeaders = [...everyResponse, ...refuseFraming];

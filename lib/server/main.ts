import "./production-env";
import http from "node:http";
import { Readable } from "node:stream";
import next from "next";
import { getEnv } from "@/lib/env";

// `npm start`: the production server, bundled into .next/petitions-server.cjs by `npm run build`
// (esbuild; loading it through tsx at run time cost 100 MB of memory). Next.js serves everything
// except the few public API calls in lib/server/fast-routes.ts, which are answered directly (same
// handlers, without Next.js's per-request pipeline: about 6× the count endpoint's throughput on our
// 2-core machines; see BENCHMARKS.md). Usage as `next start`: `npm start -- -p 8080 -H 127.0.0.1`;
// PORT works too.

function option(names: string[], fallback: string): string {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => names.includes(arg));
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

const port = Number(option(["-p", "--port"], String(getEnv().PORT)));
const hostname = option(["-H", "--hostname"], "0.0.0.0");

type FastRoutes = typeof import("./fast-routes");

function toWebRequest(req: http.IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  // As Next.js does: the socket's address when no proxy said who the client is (rate limits key on it).
  if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url}`, { method: req.method, headers, body, duplex: "half" } as RequestInit);
}

type FastRoute = NonNullable<ReturnType<FastRoutes["findFastRoute"]>>;

async function answerFast(route: FastRoute, headersToAdd: FastRoutes["SECURITY_HEADERS"], req: http.IncomingMessage, res: http.ServerResponse) {
  try {
    const response = await route.handle(toWebRequest(req), route.params);
    const headers: Record<string, string> = { ...headersToAdd };
    response.headers.forEach((value, name) => (headers[name] = value));
    const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
    res.writeHead(response.status, headers).end(body);
  } catch (error) {
    console.error(`${req.method} ${req.url} failed:`, error);
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
  const server = http.createServer((req, res) => {
    const route = findFastRoute(req.method ?? "GET", req.url ?? "/");
    if (route) void answerFast(route, SECURITY_HEADERS, req, res);
    else void handleWithNext(req, res);
  });
  server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => server.close(() => process.exit(0)));
  }
}

start().catch((error) => {
  console.error("The server could not start:", error);
  process.exit(1);
});

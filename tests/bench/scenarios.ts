import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";

// Load scenarios, run from this process against the server on loopback with autocannon.

export type Measurement = {
  requestsPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  errors: number;
  completed: number;
  durationSeconds: number;
  statusCodes: Record<string, number>;
  /** The server's CPU time per measured request, in microseconds, when `serverCpuMs` was given. */
  serverCpuUs?: number;
  /** The database server's CPU time per measured request, in microseconds, when `databaseCpuMs` was given. */
  databaseCpuUs?: number;
};

type LoadOptions = {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: () => string;
  /** Headers of each request apart, on top of `headers` (a signer's own address, say). */
  headersOf?: () => Record<string, string>;
  /**
   * Seconds of the same load, not measured, before the measured run: the server's code warm again
   * after it idled (a bulk load, another scenario). Only for requests that change nothing.
   */
  warmupSeconds?: number;
  /** Reads the server's CPU time so far (server.ts cpuMs), to report its cost per request. */
  serverCpuMs?: () => number;
  /** Reads the database server's CPU time so far (server.ts databaseCpuMs), to report its cost per request. */
  databaseCpuMs?: () => number;
};

export async function load(options: LoadOptions): Promise<Measurement> {
  const { body, headersOf } = options;
  if (options.warmupSeconds) {
    await autocannon({
      url: options.url,
      connections: options.connections,
      duration: options.warmupSeconds,
      method: options.method ?? "GET",
      headers: options.headers,
      timeout: 10,
    });
  }
  const cpuBefore = options.serverCpuMs?.();
  const databaseBefore = options.databaseCpuMs?.();
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
    method: options.method ?? "GET",
    headers: options.headers,
    timeout: 10,
    requests:
      body || headersOf
        ? [
            {
              setupRequest: (request) => ({
                ...request,
                ...(body && { body: body() }),
                ...(headersOf && { headers: { ...request.headers, ...headersOf() } }),
              }),
            },
          ]
        : undefined,
  });
  const completed = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  const cpuAfter = options.serverCpuMs?.();
  const databaseAfter = options.databaseCpuMs?.();
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, (stats as { count: number }).count]),
  );
  return {
    requestsPerSecond: Math.round(result["2xx"] / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    completed,
    durationSeconds: result.duration,
    statusCodes,
    ...(cpuBefore !== undefined &&
      cpuAfter !== undefined &&
      completed > 0 && { serverCpuUs: Math.round(((cpuAfter - cpuBefore) * 1000) / completed) }),
    ...(databaseBefore !== undefined &&
      databaseAfter !== undefined &&
      completed > 0 && { databaseCpuUs: Math.round(((databaseAfter - databaseBefore) * 1000) / completed) }),
  };
}

/** Raw single-row inserts into PostgreSQL: pgbench when installed, else the same loop in Node. */
export async function insertBaseline(databaseUrl: string, seconds: number): Promise<Measurement & { tool: string }> {
  const sql = postgres(databaseUrl, { max: 8, onnotice: () => {} });
  await sql`create table if not exists bench_inserts (id bigserial primary key, v int not null, created_at timestamptz not null default now())`;
  try {
    const pgbench = spawnSync("pgbench", ["--version"], { encoding: "utf8" });
    if (pgbench.status === 0) {
      const script = path.join(mkdtempSync(path.join(tmpdir(), "bench-")), "insert.sql");
      writeFileSync(script, "insert into bench_inserts (v) values (1);\n");
      const run = spawnSync("pgbench", ["-n", "-c", "8", "-j", "2", "-T", String(seconds), "-f", script, databaseUrl], {
        encoding: "utf8",
      });
      const tps = Number(/tps = ([\d.]+)/.exec(run.stdout)?.[1] ?? NaN);
      const latency = Number(/latency average = ([\d.]+) ms/.exec(run.stdout)?.[1] ?? NaN);
      if (Number.isFinite(tps)) {
        return {
          tool: "pgbench -c 8 -j 2",
          requestsPerSecond: Math.round(tps),
          p50Ms: latency,
          p99Ms: null,
          errors: 0,
          completed: Math.round(tps * seconds),
          durationSeconds: seconds,
          statusCodes: {},
        };
      }
    }
    let completed = 0;
    const deadline = Date.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (Date.now() < deadline) {
          await sql`insert into bench_inserts (v) values (1)`;
          completed++;
        }
      }),
    );
    return {
      tool: "postgres.js, 8 connections",
      requestsPerSecond: Math.round(completed / seconds),
      p50Ms: null,
      p99Ms: null,
      errors: 0,
      completed,
      durationSeconds: seconds,
      statusCodes: {},
    };
  } finally {
    await sql.end();
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { productionServerArgs } from "../production-server";

// Starts the production server (`npm start`: lib/production-server/main.ts, bundled by `npm run build`) as its own process and samples its memory.

export type BenchServer = { url: string; pid: number; stop(): Promise<void> };

export async function startServer(port: number, env: Record<string, string>, nodeArgs: string[] = []): Promise<BenchServer> {
  const args = productionServerArgs(port, nodeArgs);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealthy(`${url}/api/health`, child, () => log);
  return { url, pid: child.pid!, stop: () => stopProcess(child) };
}

export async function startProcess(command: string, args: string[], readyUrl: string): Promise<{ stop(): Promise<void> }> {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"] });
  await waitForHealthy(readyUrl, child, () => "");
  return { stop: () => stopProcess(child) };
}

async function waitForHealthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Process exited before it was ready:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Not ready after 60 s: ${url}\n${log()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    // SIGINT lets Node write a --cpu-prof profile before it exits.
    child.kill("SIGINT");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {}
  }
  let total = 0;
  for (const pid of parents.keys()) {
    let cursor: number | undefined = pid;
    while (cursor && cursor !== rootPid) cursor = parents.get(cursor);
    if (cursor !== rootPid) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {}
  }
  return total;
}

/**
 * CPU time a process has used so far, in milliseconds (user + system, /proc/{pid}/stat). Divided
 * by the requests served, the server's own cost per request, whatever the load generator's speed:
 * it shares the machine's two cores, and autocannon decodes every body as text (a page in
 * Persian, two bytes a letter, costs it about four times an ASCII page of the same length).
 */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, fields 14 and 15 of proc(5), in clock ticks of 1/100 s.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU time a PostgreSQL server on this machine has used so far, in milliseconds: its postmaster
 * and every process it started, those that ended included (their time is added to the
 * postmaster's when it reaps them). Per request, the database's own cost, like cpuMs for the
 * app, so a change in the SQL shows whatever the other processes on the machine do. Meaningful for
 * the embedded database the benchmark starts by default; a shared server also counts its other
 * databases' work. NaN when the postmaster cannot be read.
 */
export function databaseCpuMs(postmasterPid: number): number {
  const times = (pid: number, withChildren: boolean) => {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime, cutime and cstime are fields 14 to 17 of proc(5); ppid is field 4.
    const own = Number(fields[11]) + Number(fields[12]) + (withChildren ? Number(fields[13]) + Number(fields[14]) : 0);
    return { ppid: Number(fields[1]), ticks: own };
  };
  try {
    let ticks = times(postmasterPid, true).ticks;
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const child = times(Number(entry), true);
        if (child.ppid === postmasterPid) ticks += child.ticks;
      } catch {} // ended meanwhile
    }
    return ticks * 10;
  } catch {
    return Number.NaN;
  }
}

/** Samples peak memory of the server while `work` runs. */
export async function withPeakMemory<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peakRss = treeRss(pid);
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(pid));
  }, 250);
  try {
    const result = await work();
    peakRss = Math.max(peakRss, treeRss(pid));
    return { result, peakRss };
  } finally {
    clearInterval(timer);
  }
}

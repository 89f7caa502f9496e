import { type ChildProcess, spawn } from "node:child_process";
import { accessSync, chmodSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { freePort } from "./database";

// A PgBouncer in transaction mode in front of the test database, started and stopped by the tests
// that run several app instances or clients through it (issue #13: the app must work behind one).
// Debian's `pgbouncer` package; `.ci/run` installs it. Without it, outside CI, those tests are
// skipped and say so; in CI (CI=true) a missing pgbouncer is a failure.

export type PgBouncer = {
  /** DATABASE_URL for clients that go through the pooler. */
  url: string;
  stop(): Promise<void>;
};

export type PgBouncerOptions = {
  /** PostgreSQL's statement_timeout on every server connection, as the app would send it (see README). */
  statementTimeoutMs?: number;
};

const INSTALL_HINT = "install it (Debian/Ubuntu: `sudo apt-get install pgbouncer`; macOS: `brew install pgbouncer`) or set PGBOUNCER to its path";

/**
 * Why the PgBouncer runs cannot happen here, or undefined when they can. In CI a missing
 * pgbouncer throws instead: CI installs it, so its absence is a broken machine, not a skip.
 */
export function pgbouncerMissing(): string | undefined {
  if (findPgbouncer()) return undefined;
  if (process.env.CI && !["0", "false"].includes(process.env.CI)) {
    throw new Error(`pgbouncer is not installed, and CI must run the tests through PgBouncer (.ci/run installs it): ${INSTALL_HINT}.`);
  }
  return `pgbouncer is not installed, so the tests through PgBouncer are skipped: ${INSTALL_HINT}.`;
}

function findPgbouncer(): string | undefined {
  // Debian installs it in /usr/sbin, which is not on every user's PATH.
  const dirs = [...(process.env.PATH ?? "").split(path.delimiter), "/usr/sbin", "/usr/local/sbin", "/usr/local/bin", "/opt/homebrew/bin"];
  const candidates = process.env.PGBOUNCER ? [process.env.PGBOUNCER] : dirs.filter(Boolean).map((dir) => path.join(dir, "pgbouncer"));
  return candidates.find((candidate) => {
    try {
      accessSync(candidate, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Starts PgBouncer in transaction mode on a free port, in front of the database of `databaseUrl`. */
export async function startPgBouncer(databaseUrl: string, options: PgBouncerOptions = {}): Promise<PgBouncer> {
  const binary = findPgbouncer();
  if (!binary) throw new Error(`pgbouncer is not installed: ${INSTALL_HINT}.`);
  const target = new URL(databaseUrl);
  const database = decodeURIComponent(target.pathname.slice(1)) || "postgres";
  const user = decodeURIComponent(target.username) || userInfo().username;
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), "petitions-pgbouncer-"));
  // Run as root (CI), pgbouncer refuses to start unless told which user to become (-u), and that
  // user must read its configuration.
  chmodSync(dir, 0o755);
  const server = [
    `host=${target.hostname || "127.0.0.1"}`,
    `port=${target.port || 5432}`,
    `dbname=${database}`,
    `user=${user}`,
    target.password && `password=${decodeURIComponent(target.password)}`,
    `connect_query='set statement_timeout = ${options.statementTimeoutMs ?? 15_000}'`,
  ].filter(Boolean);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `${database} = ${server.join(" ")}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "pool_mode = transaction",
      // PostgreSQL trusts 127.0.0.1 here; clients are let in by name, listed in the userlist.
      "auth_type = trust",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "max_client_conn = 500",
      "default_pool_size = 20",
      // Hand each transaction the next server connection rather than the last one used, so state a
      // client wrongly expects to keep between transactions (a session lock, a prepared statement)
      // breaks in every run, not now and then.
      "server_round_robin = 1",
      // The app sends statement_timeout when it connects (lib/db/client.ts); PgBouncer refuses
      // start-up parameters it does not know, so it drops it and sets it itself (connect_query).
      "ignore_startup_parameters = extra_float_digits,statement_timeout",
      "",
    ].join("\n"),
    { mode: 0o644 },
  );
  writeFileSync(path.join(dir, "userlist.txt"), `"${user}" ""\n`, { mode: 0o644 });

  const asUser = userInfo().uid === 0 ? ["-u", "nobody"] : [];
  const child = spawn(binary, [...asUser, path.join(dir, "pgbouncer.ini")], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  // Even when a test fails or the runner exits early, the pooler goes with this process.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const url = new URL(databaseUrl);
  url.host = `127.0.0.1:${port}`;
  try {
    await waitUntilReady(child, url.toString(), () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: url.toString(), stop };
}

async function waitUntilReady(child: ChildProcess, url: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited (code ${child.exitCode}):\n${log()}`);
    const probe = postgres(url, { max: 1, prepare: false, connect_timeout: 2, onnotice: () => {} });
    try {
      await probe`select 1`;
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await probe.end({ timeout: 1 });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pgbouncer did not accept connections within 15 s (${String(lastError)}):\n${log()}`);
}

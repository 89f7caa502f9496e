import "server-only";
import path from "node:path";
import { sql as statement } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { PgDialect, type PgSession } from "drizzle-orm/pg-core";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Transaction } from "./client";
import * as schema from "./schema";

// Any number of app instances may start together against one database: an advisory lock
// makes exactly one of them migrate and seed while the others wait.
const STARTUP_LOCK = 7_236_001;

/**
 * Migrates and seeds in one transaction that holds the start-up lock until it commits. A
 * session-level lock (pg_advisory_lock) does not survive a pooler in transaction mode (PgBouncer):
 * the lock stayed on whichever server connection took it, and the unlock could run on another,
 * so the lock leaked there, a second instance landing on that connection took it again at once,
 * and the next start waited on it. A transaction runs on one server connection from begin to
 * commit, whatever the pooler. Statements go unnamed, as through any pooler (see client.ts).
 */
export async function migrateAndSeed(databaseUrl: string, seed: (tx: Transaction) => Promise<void>): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, prepare: false, onnotice: () => {} });
  try {
    await drizzle(sql, { schema }).transaction(async (tx) => {
      await tx.execute(statement`select pg_advisory_xact_lock(${STARTUP_LOCK})`);
      await new PgDialect().migrate(readMigrationFiles({ migrationsFolder: path.resolve("drizzle/migrations") }), inside(tx), {
        migrationsFolder: "",
      });
      await seed(tx);
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Drizzle's migrator wants a session and opens its own transaction: inside ours, a savepoint. */
function inside(tx: Transaction): PgSession {
  const session = {
    execute: (query: Parameters<Transaction["execute"]>[0]) => tx.execute(query),
    all: async (query: Parameters<Transaction["execute"]>[0]) => [...(await tx.execute(query))],
    transaction: <T>(work: (nested: Transaction) => Promise<T>) => tx.transaction(work),
  };
  return session as unknown as PgSession;
}

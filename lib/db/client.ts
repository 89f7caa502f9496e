import "server-only";
import { fillPlaceholders, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import { gatedClient, PoolGate } from "./pool-gate";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

type Connection = { sql: postgres.Sql; db: Database };

// One pool per process. Kept on globalThis because Next.js may evaluate this module in more than
// one bundle (instrumentation and routes), and in development on every hot reload.
const globalForDb = globalThis as unknown as { petitionsDb?: Connection };

// No request waits forever on the database (issue #13): a place in the pool within
// DATABASE_ACQUIRE_TIMEOUT_MS (pool-gate.ts), a connection within DATABASE_CONNECT_TIMEOUT_MS, and
// each statement within DATABASE_STATEMENT_TIMEOUT_MS (PostgreSQL's statement_timeout, set when
// the connection opens). Past any of them the caller gets DatabaseUnavailableError or the driver's
// error, which isDatabaseUnavailable recognises, and answers 503.
function connect(): Connection {
  const env = getEnv();
  const gate = new PoolGate(env.DATABASE_POOL_SIZE, env.DATABASE_ACQUIRE_TIMEOUT_MS);
  const statementTimeout = env.DATABASE_STATEMENT_TIMEOUT_MS;
  const sql = gatedClient(
    postgres(env.databaseUrl, {
      max: env.DATABASE_POOL_SIZE,
      // Not only the hot statements: postgres.js also sends a transaction's `commit` as a named
      // prepared statement. Behind a transaction-mode pooler the next transaction may run on
      // another server connection, where that name is unknown; postgres.js then prepares it again,
      // but the failed attempt has already aborted the transaction, so the retried `commit` rolls
      // it back without an error: a signature answered 202 and never stored (issue #13).
      prepare: env.DATABASE_PREPARE,
      idle_timeout: 30,
      connect_timeout: env.DATABASE_CONNECT_TIMEOUT_MS / 1000,
      ...(statementTimeout > 0 && { connection: { statement_timeout: statementTimeout } }),
      onnotice: () => {},
    }),
    gate,
  );
  return { sql, db: drizzle(sql, { schema }) };
}

export function getDb(): Database {
  globalForDb.petitionsDb ??= connect();
  return globalForDb.petitionsDb.db;
}

export function getSql(): postgres.Sql {
  globalForDb.petitionsDb ??= connect();
  return globalForDb.petitionsDb.sql;
}

/**
 * Ends the pool, so a process that must exit on its own can: the integration tests, after each file.
 * The server never calls it (it exits with its connections).
 * @internal
 */
export async function closeDb(): Promise<void> {
  const connection = globalForDb.petitionsDb;
  globalForDb.petitionsDb = undefined;
  await connection?.sql.end({ timeout: 5 });
}

const dialect = new PgDialect();

/**
 * Runs one of the hot statements (signing, confirming, the email worker) as a named prepared
 * statement, which each pooled connection parses and plans once. Drizzle sends every query
 * unnamed, and postgres.js then asks the server to describe it before binding it: two round trips
 * and a fresh parse and plan each time. Only for statements whose text never varies (parameters
 * carry every value); each distinct text stays prepared on every connection for its lifetime.
 * DATABASE_PREPARE=false (a pooler that cannot keep prepared statements) sends them unnamed.
 */
export async function executePrepared<Row>(query: SQL): Promise<Row[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return runPrepared<Row>(text, params);
}

async function runPrepared<Row>(text: string, params: unknown[]): Promise<Row[]> {
  return (await getSql().unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: getEnv().DATABASE_PREPARE })) as unknown as Row[];
}

/**
 * A hot statement whose text is built once: values go in through `sql.placeholder(name)` and are
 * given to `execute`. Saves building the query from its template on every call (see executePrepared).
 */
export function preparedStatement<Row>(query: SQL): { execute(values: Record<string, unknown>): Promise<Row[]> } {
  let compiled: { sql: string; params: unknown[] } | undefined;
  return {
    async execute(values) {
      compiled ??= dialect.sqlToQuery(query);
      return runPrepared<Row>(compiled.sql, fillPlaceholders(compiled.params, values));
    },
  };
}

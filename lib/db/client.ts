import "server-only";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

type Connection = { sql: postgres.Sql; db: Database };

// One pool per process. Kept on globalThis because Next.js may evaluate this module in more than
// one bundle (instrumentation and routes), and in development on every hot reload.
const globalForDb = globalThis as unknown as { petitionsDb?: Connection };

function connect(): Connection {
  const env = getEnv();
  const sql = postgres(env.databaseUrl, {
    max: env.DATABASE_POOL_SIZE,
    idle_timeout: 30,
    onnotice: () => {},
  });
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

export async function closeDb(): Promise<void> {
  const connection = globalForDb.petitionsDb;
  globalForDb.petitionsDb = undefined;
  await connection?.sql.end({ timeout: 5 });
}
